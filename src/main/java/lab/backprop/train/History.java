package lab.backprop.train;

/**
 * An immutable, epoch-indexed record of the metrics: point k was measured at (fractional) epoch
 * {@link #epoch(int)}. Accuracy is NaN for regression; test values are NaN when there is no test
 * set. A row may instead be a break in the curves ({@link #curveBreak(int)}: its metrics are NaN).
 * Built by {@link HistoryBuffer}, which keeps it bounded by decimating old points.
 */
public final class History {
  public static final History EMPTY =
      new History(
          new double[0], new double[0], new double[0], new double[0], new double[0], new byte[0]);
  private static final CurveBreak[] BREAKS = CurveBreak.values();

  private final double[] epoch;
  private final double[] trainLoss;
  private final double[] testLoss;
  private final double[] trainAccuracy;
  private final double[] testAccuracy;

  /** Per row 0, or 1 + the ordinal of its {@link CurveBreak}. */
  private final byte[] breaks;

  /** Takes ownership of the arrays (all of the same length). */
  History(
      double[] epoch,
      double[] trainLoss,
      double[] testLoss,
      double[] trainAccuracy,
      double[] testAccuracy,
      byte[] breaks) {
    this.breaks = breaks;
    this.epoch = epoch;
    this.trainLoss = trainLoss;
    this.testLoss = testLoss;
    this.trainAccuracy = trainAccuracy;
    this.testAccuracy = testAccuracy;
  }

  /**
   * A history of these columns (copied), e.g. read from a file; {@code breaks[k]} is why the curves
   * break at row k, null for a measured point.
   *
   * @throws IllegalArgumentException when the columns differ in length
   */
  public static History of(
      double[] epoch,
      double[] trainLoss,
      double[] testLoss,
      double[] trainAccuracy,
      double[] testAccuracy,
      CurveBreak[] breaks) {
    int n = epoch.length;
    if (trainLoss.length != n
        || testLoss.length != n
        || trainAccuracy.length != n
        || testAccuracy.length != n
        || breaks.length != n) {
      throw new IllegalArgumentException("the columns of a history differ in length");
    }
    byte[] codes = new byte[n];
    for (int k = 0; k < n; k++) {
      codes[k] = (byte) (breaks[k] == null ? 0 : 1 + breaks[k].ordinal());
    }
    return new History(
        epoch.clone(),
        trainLoss.clone(),
        testLoss.clone(),
        trainAccuracy.clone(),
        testAccuracy.clone(),
        codes);
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

  /** Why the curves break at row {@code k}, or null when it is a measured point. */
  public CurveBreak curveBreak(int k) {
    return breaks[k] == 0 ? null : BREAKS[breaks[k] - 1];
  }

  /** Whether row {@code k} breaks the curves (the one rule for a gap). */
  public boolean isGap(int k) {
    return breaks[k] != 0;
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
