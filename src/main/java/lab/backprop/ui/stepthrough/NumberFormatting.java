package lab.backprop.ui.stepthrough;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How the step-through shows a number: 3–4 significant digits with a Unicode minus for the diagram
 * and the substituted equations, {@link Double#toString} for hover.
 *
 * <ul>
 *   <li>1 ≤ |x| < 10⁴: 4 significant digits (−15.89, 63.10, 1235);
 *   <li>0.01 ≤ |x| < 1: 4 decimals (0.0567, 0.5225); 0.001 ≤ |x| < 0.01: 5 decimals (0.00793);
 *   <li>otherwise scientific with 4 significant digits (1.234e−5, 1.235e4);
 *   <li>trailing zeros are dropped only when the shorter text is the number exactly (0.01, 1, 8),
 *       so "−8.300" means rounded and "8" means exactly 8;
 *   <li>NaN, ∞ and −∞ are shown as those words/symbols.
 * </ul>
 */
public final class NumberFormatting {
  private static final MathContext FOUR_DIGITS = new MathContext(4, RoundingMode.HALF_EVEN);
  private static final char MINUS = '\u2212';

  private NumberFormatting() {}

  /** The display text, e.g. "0.0567", "−15.89", "1.234e−5", "NaN", "∞". */
  public static String display(double x) {
    if (Double.isNaN(x)) {
      return "NaN";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "∞" : MINUS + "∞";
    }
    if (x == 0) {
      return "0";
    }
    Rounded r = round(x);
    String sign = x < 0 ? String.valueOf(MINUS) : "";
    return r.exponent == null ? sign + r.digits : sign + r.digits + "e" + minus(r.exponent);
  }

  /** {@link #display} parenthesised when negative, for a term inside a sum: "(−0.42)". */
  public static String term(double x) {
    String s = display(x);
    return s.startsWith(String.valueOf(MINUS)) ? "(" + s + ")" : s;
  }

  /** Full precision for hover: {@link Double#toString}, with a Unicode minus. */
  public static String full(double x) {
    return minus(Double.toString(Math.abs(x))).transform(s -> isNegative(x) ? MINUS + s : s);
  }

  /** The display value in LaTeX: "-15.89", "1.234\times10^{-5}", "\infty", "\mathrm{NaN}". */
  public static String latex(double x) {
    if (Double.isNaN(x)) {
      return "\\mathrm{NaN}";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "\\infty" : "-\\infty";
    }
    if (x == 0) {
      return "0";
    }
    Rounded r = round(x);
    String sign = x < 0 ? "-" : "";
    return r.exponent == null
        ? sign + r.digits
        : sign + r.digits + "\\times 10^{" + r.exponent + "}";
  }

  /** {@link #latex} parenthesised when negative: "\left(-0.42\right)". */
  public static String latexTerm(double x) {
    String s = latex(x);
    return s.startsWith("-") ? "\\left(" + s + "\\right)" : s;
  }

  private static boolean isNegative(double x) {
    return x < 0 || (x == 0 && 1 / x < 0);
  }

  private static String minus(String s) {
    return s.replace('-', MINUS);
  }

  /** Digits of |x| without sign, and a decimal exponent (ASCII minus) when scientific. */
  private record Rounded(String digits, String exponent) {}

  private static Rounded round(double x) {
    BigDecimal exact = new BigDecimal(Math.abs(x));
    BigDecimal shortest = BigDecimal.valueOf(Math.abs(x));
    double a = Math.abs(x);
    if (a >= 1e-3 && a < 1e4) {
      BigDecimal r =
          a >= 1
              ? exact.round(FOUR_DIGITS)
              : exact.setScale(a >= 0.01 ? 4 : 5, RoundingMode.HALF_EVEN);
      if (r.compareTo(BigDecimal.valueOf(10_000)) < 0) {
        return new Rounded(trimIfExact(r, shortest).toPlainString(), null);
      }
    }
    BigDecimal r = exact.round(FOUR_DIGITS);
    int exponent = r.precision() - r.scale() - 1;
    BigDecimal mantissa = r.movePointLeft(exponent);
    BigDecimal shortMantissa = shortest.movePointLeft(exponent);
    return new Rounded(
        trimIfExact(mantissa, shortMantissa).toPlainString(), Integer.toString(exponent));
  }

  /** Drops trailing zeros of {@code rounded} when that equals the number exactly. */
  private static BigDecimal trimIfExact(BigDecimal rounded, BigDecimal shortest) {
    BigDecimal trimmed = rounded.stripTrailingZeros();
    if (trimmed.compareTo(shortest) == 0) {
      return trimmed.scale() < 0 ? trimmed.setScale(0) : trimmed;
    }
    return rounded;
  }
}
