package lab.backprop.ui.charts;

/**
 * What the charts draw: the metrics at each measured (fractional) epoch, one array per curve, all
 * of the same length. Accuracy is NaN for regression; test values are NaN without a test set. The
 * arrays are the charts' own copies and never change.
 */
public record Curves(
    double[] epochs,
    double[] trainLoss,
    double[] testLoss,
    double[] trainAccuracy,
    double[] testAccuracy) {

  public static final Curves EMPTY =
      new Curves(new double[0], new double[0], new double[0], new double[0], new double[0]);

  public int size() {
    return epochs.length;
  }

  public boolean isEmpty() {
    return epochs.length == 0;
  }

  public double epoch(int k) {
    return epochs[k];
  }

  public double trainLoss(int k) {
    return trainLoss[k];
  }

  public double testLoss(int k) {
    return testLoss[k];
  }

  public double trainAccuracy(int k) {
    return trainAccuracy[k];
  }

  public double testAccuracy(int k) {
    return testAccuracy[k];
  }
}
