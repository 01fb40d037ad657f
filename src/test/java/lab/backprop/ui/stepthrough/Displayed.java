package lab.backprop.ui.stepthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

/** Reads a displayed number back, independently of {@link NumberFormatting}'s rules. */
public final class Displayed {
  private Displayed() {}

  /** The value of a display text such as "−15.89" or "1.234e−5". */
  public static double parse(String shown) {
    return Double.parseDouble(shown.replace('\u2212', '-'));
  }

  /** One unit of the last digit shown: 0.01 for "−15.89", 1e−8 for "1.234e−5". */
  public static double lastDigit(String shown) {
    String ascii = shown.replace('\u2212', '-');
    int e = ascii.indexOf('e');
    BigDecimal mantissa = new BigDecimal(e < 0 ? ascii : ascii.substring(0, e));
    int exponent = e < 0 ? 0 : Integer.parseInt(ascii.substring(e + 1));
    return BigDecimal.ONE.movePointLeft(mantissa.scale()).doubleValue() * Math.pow(10, exponent);
  }

  /** The shown text equals {@code expected} to within half of its last shown digit. */
  public static void assertShows(String shown, double expected) {
    assertThat(parse(shown))
        .as("'%s' shows %s", shown, expected)
        .isCloseTo(
            expected, org.assertj.core.data.Offset.offset(0.5 * lastDigit(shown) * (1 + 1e-9)));
    assertThat(significantDigits(shown)).as("significant digits of '%s'", shown).isBetween(1, 4);
  }

  private static int significantDigits(String shown) {
    String ascii = shown.replace('\u2212', '-').replace("-", "");
    int e = ascii.indexOf('e');
    return new BigDecimal(e < 0 ? ascii : ascii.substring(0, e)).stripTrailingZeros().precision();
  }
}
