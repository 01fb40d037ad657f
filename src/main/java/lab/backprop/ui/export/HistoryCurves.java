package lab.backprop.ui.export;

import lab.backprop.train.History;
import lab.backprop.ui.charts.Curves;

/** The charts' copy of a trainer's history, with the label of every break in the curves. */
public final class HistoryCurves {
  private HistoryCurves() {}

  public static Curves of(History h) {
    String[] breaks = new String[h.size()];
    for (int k = 0; k < breaks.length; k++) {
      breaks[k] = h.isGap(k) ? h.curveBreak(k).label() : null;
    }
    return new Curves(
        h.epochs(),
        h.trainLosses(),
        h.testLosses(),
        h.trainAccuracies(),
        h.testAccuracies(),
        breaks);
  }
}
