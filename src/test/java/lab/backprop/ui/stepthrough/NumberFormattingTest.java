package lab.backprop.ui.stepthrough;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberFormattingTest {

  @ParameterizedTest
  @CsvSource({
    "0, 0",
    "-0.0, 0",
    "0.05674909100715905, 0.0567",
    "-15.886501817985682, −15.89",
    "-8.300456118924863, −8.300",
    "-8.260811597714826, −8.261",
    "63.09523500321559, 63.10",
    "0.5224848247918001, 0.5225",
    "0.00793, 0.00793",
    "1.234e-5, 1.234e−5",
    "-1.23456e-5, −1.235e−5",
    "1e-7, 1e−7",
    "12345.6, 1.235e4",
    "9999.6, 1.000e4",
    "1234.4, 1234",
    "0.01, 0.01",
    "8, 8",
    "-2, −2",
    "0.5, 0.5",
  })
  void displaysThreeToFourSignificantDigits(double x, String expected) {
    assertThat(NumberFormatting.display(x)).isEqualTo(expected);
  }

  @Test
  void showsNonFiniteValuesAsText() {
    assertThat(NumberFormatting.display(Double.NaN)).isEqualTo("NaN");
    assertThat(NumberFormatting.display(Double.POSITIVE_INFINITY)).isEqualTo("∞");
    assertThat(NumberFormatting.display(Double.NEGATIVE_INFINITY)).isEqualTo("−∞");
    assertThat(NumberFormatting.latex(Double.NaN)).isEqualTo("\\mathrm{NaN}");
    assertThat(NumberFormatting.latex(Double.NEGATIVE_INFINITY)).isEqualTo("-\\infty");
  }

  @Test
  void parenthesisesNegativeTermsOnly() {
    assertThat(NumberFormatting.term(-0.42)).isEqualTo("(−0.42)");
    assertThat(NumberFormatting.term(0.31)).isEqualTo("0.31");
    assertThat(NumberFormatting.latexTerm(-0.42)).isEqualTo("\\left(-0.42\\right)");
    assertThat(NumberFormatting.latexTerm(0.31)).isEqualTo("0.31");
  }

  @Test
  void writesScientificNotationInLatex() {
    assertThat(NumberFormatting.latex(-1.234e-5)).isEqualTo("-1.234\\times 10^{-5}");
    assertThat(NumberFormatting.latex(-15.886501817985682)).isEqualTo("-15.89");
  }

  @Test
  void fullPrecisionIsDoubleToStringWithUnicodeMinus() {
    for (double x : new double[] {0.1, -15.886501817985682, 1e-7, -1e-7, 12345.6, 0.0}) {
      String full = NumberFormatting.full(x);
      assertThat(full.replace('\u2212', '-')).isEqualTo(Double.toString(x));
      assertThat(Double.parseDouble(full.replace('\u2212', '-'))).isEqualTo(x);
    }
  }

  @Test
  void everyDisplayIsWithinHalfTheLastDigit() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(5);
    for (int t = 0; t < 2000; t++) {
      double x = (random.nextBoolean() ? 1 : -1) * Math.pow(10, random.nextDouble(-9, 7));
      Displayed.assertShows(NumberFormatting.display(x), x);
    }
  }
}
