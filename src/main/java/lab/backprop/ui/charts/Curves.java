package lab.backprop.ui.charts;

/**
 * What the charts draw: the metrics at each measured (fractional) epoch, one array per curve, all
 * of the same length. Accuracy is NaN for regression; test values are NaN without a test set. A row
 * whose {@code breaks} entry is not null breaks every curve there and is marked with that label
 * ("diverged", "new data"). The arrays are the charts' own copies and never change.
 */
public record Curves(
    double[] epochs,
    double[] trainLoss,
    double[] testLoss,
    double[] trainAccuracy,
    double[] testAccuracy,
    String[] breaks) {

  public static final Curves EMPTY =
      new Curves(
          new double[0], new double[0], new double[0], new double[0], new double[0], new String[0]);

  /** Whether the curves break at row {@code k}. */
  public boolean isBreak(int k) {
    return breaks[k] != null;
  }

  public int size() {
    return epochs.length;
  }

  public boolean isEmpty() {
    return epochs.length == 0;
  }
}
