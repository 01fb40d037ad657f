package lab.backprop.train;

/**
 * An immutable, epoch-indexed record of the metrics: point k was measured at (fractional) epoch
 * {@link #epoch(int)}. Accuracy is NaN for regression; test values are NaN when there is no test
 * set. Built by {@link HistoryBuffer}, which keeps it bounded by decimating old points.
 */
public final class History {
  public static final History EMPTY =
      new History(new double[0], new double[0], new double[0], new double[0], new double[0]);

  private final double[] epoch;
  private final double[] trainLoss;
  private final double[] testLoss;
  private final double[] trainAccuracy;
  private final double[] testAccuracy;

  /** Takes ownership of the arrays (all of the same length). */
  History(
      double[] epoch,
      double[] trainLoss,
      double[] testLoss,
      double[] trainAccuracy,
      double[] testAccuracy) {
    this.epoch = epoch;
    this.trainLoss = trainLoss;
    this.testLoss = testLoss;
    this.trainAccuracy = trainAccuracy;
    this.testAccuracy = testAccuracy;
  }

  /**
   * A history of these columns (copied), e.g. read from a file.
   *
   * @throws IllegalArgumentException when the columns differ in length
   */
  public static History of(
      double[] epoch,
      double[] trainLoss,
      double[] testLoss,
      double[] trainAccuracy,
      double[] testAccuracy) {
    int n = epoch.length;
    if (trainLoss.length != n
        || testLoss.length != n
        || trainAccuracy.length != n
        || testAccuracy.length != n) {
      throw new IllegalArgumentException("the columns of a history differ in length");
    }
    return new History(
        epoch.clone(),
        trainLoss.clone(),
        testLoss.clone(),
        trainAccuracy.clone(),
        testAccuracy.clone());
  }

  public int size() {
    return epoch.length;
  }

  public boolean isEmpty() {
    return epoch.length == 0;
  }

  public double epoch(int k) {
    return epoch[k];
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

  /** Copies of the columns, for bulk use. */
  public double[] epochs() {
    return epoch.clone();
  }

  public double[] trainLosses() {
    return trainLoss.clone();
  }

  public double[] testLosses() {
    return testLoss.clone();
  }

  public double[] trainAccuracies() {
    return trainAccuracy.clone();
  }

  public double[] testAccuracies() {
    return testAccuracy.clone();
  }
}
