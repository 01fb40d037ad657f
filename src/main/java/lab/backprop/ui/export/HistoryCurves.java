package lab.backprop.ui.export;

import lab.backprop.train.History;
import lab.backprop.ui.charts.Curves;

/** The charts' copy of a trainer's history. */
public final class HistoryCurves {
  private HistoryCurves() {}

  public static Curves of(History h) {
    return new Curves(
        h.epochs(), h.trainLosses(), h.testLosses(), h.trainAccuracies(), h.testAccuracies());
  }
}
