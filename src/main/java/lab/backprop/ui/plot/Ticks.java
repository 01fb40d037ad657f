package lab.backprop.ui.plot;

import java.math.BigDecimal;

/** Round tick steps (1, 2, 5 × 10^k) and their labels. */
public final class Ticks {
  private Ticks() {}

  /** A step of 1, 2 or 5 × 10^k giving at most about {@code maxTicks} ticks over {@code span}. */
  public static double niceStep(double span, int maxTicks) {
    if (!(span > 0) || maxTicks < 1) {
      return 1;
    }
    double raw = span / maxTicks;
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / mag;
    double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
    return nice * mag;
  }

  /** A tick label with as many decimals as the step needs, and "0" rather than "-0". */
  public static String format(double value, double step) {
    int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
    double rounded = Math.round(value / step) * step;
    if (Math.abs(rounded) < step / 2) {
      rounded = 0;
    }
    return new BigDecimal(rounded)
        .setScale(decimals, java.math.RoundingMode.HALF_UP)
        .toPlainString();
  }
}
