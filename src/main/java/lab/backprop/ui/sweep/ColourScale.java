package lab.backprop.ui.sweep;

import java.util.Locale;
import lab.backprop.train.SweepSummary;

/**
 * The heat map's colours: each cell's mean placed between the worst and the best mean shown (on a
 * log scale for the loss, which spans decades), then coloured along viridis, dark purple for the
 * worst and yellow for the best, a scale that stays readable for colour-blind viewers and in grey.
 */
record ColourScale(double worst, double best, boolean log) {
  /** Viridis at five stops (matplotlib's values), from 0 to 1. */
  private static final int[] VIRIDIS = {0x440154, 0x3B528B, 0x21918C, 0x5EC962, 0xFDE725};

  static ColourScale of(SweepMap map) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (SweepMap.Cell c : map.cells()) {
      if (c.summary() != null && !Double.isNaN(c.summary().mean())) {
        lo = Math.min(lo, c.summary().mean());
        hi = Math.max(hi, c.summary().mean());
      }
    }
    if (lo > hi) {
      return new ColourScale(Double.NaN, Double.NaN, false);
    }
    boolean higherIsBetter = map.measure() == SweepSummary.Measure.TEST_ACCURACY;
    boolean log = map.measure() == SweepSummary.Measure.TEST_LOSS && lo > 0;
    return higherIsBetter ? new ColourScale(lo, hi, false) : new ColourScale(hi, lo, log);
  }

  /** 0 for the worst value shown, 1 for the best. */
  double goodness(double v) {
    if (!(worst != best)) {
      return 1;
    }
    double t =
        log
            ? (Math.log(v) - Math.log(worst)) / (Math.log(best) - Math.log(worst))
            : (v - worst) / (best - worst);
    return Math.max(0, Math.min(1, t));
  }

  static int colour(double t) {
    double x = Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 1);
    int i = Math.min(VIRIDIS.length - 2, (int) x);
    double f = x - i;
    int a = VIRIDIS[i];
    int b = VIRIDIS[i + 1];
    int r = (int) Math.round(((a >> 16) & 255) * (1 - f) + ((b >> 16) & 255) * f);
    int g = (int) Math.round(((a >> 8) & 255) * (1 - f) + ((b >> 8) & 255) * f);
    int bl = (int) Math.round((a & 255) * (1 - f) + (b & 255) * f);
    return (r << 16) | (g << 8) | bl;
  }

  static String hex(int rgb) {
    return String.format(Locale.ROOT, "#%06x", rgb);
  }

  String legend(SweepSummary.Measure m) {
    if (Double.isNaN(worst)) {
      return "";
    }
    return "Colour: dark purple = worst ("
        + SweepViewModel.format(m, worst)
        + "), yellow = best ("
        + SweepViewModel.format(m, best)
        + ")"
        + (log ? ", on a log scale" : "")
        + ".  ✕ marks runs that diverged (never counted in a mean).  Hover a cell for its spread"
        + " over the seeds; click it to open its run in the main view.";
  }
}
