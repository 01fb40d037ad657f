package lab.backprop.data;

/**
 * An immutable set of 2-D points with integer labels 0 … classes−1 (classification) or real targets
 * (regression). Accessors return copies.
 */
public final class Dataset {

  public static Dataset classification(String name, double[][] X, int[] labels, int classes) {
    throw new UnsupportedOperationException("TODO");
  }

  public static Dataset regression(String name, double[][] X, double[] targets) {
    throw new UnsupportedOperationException("TODO");
  }

  public String name() {
    throw new UnsupportedOperationException("TODO");
  }

  public Task task() {
    throw new UnsupportedOperationException("TODO");
  }

  public int size() {
    throw new UnsupportedOperationException("TODO");
  }

  /** Number of input features (2 for every generator). */
  public int dimension() {
    throw new UnsupportedOperationException("TODO");
  }

  /** Number of classes (0 for regression). */
  public int classes() {
    throw new UnsupportedOperationException("TODO");
  }

  public double x(int row, int feature) {
    throw new UnsupportedOperationException("TODO");
  }

  public int label(int row) {
    throw new UnsupportedOperationException("TODO");
  }

  public double target(int row) {
    throw new UnsupportedOperationException("TODO");
  }

  /** A copy of the features, [N][dimension]. */
  public double[][] features() {
    throw new UnsupportedOperationException("TODO");
  }

  /** A copy of the labels, or null for regression. */
  public int[] labels() {
    throw new UnsupportedOperationException("TODO");
  }

  /** A copy of the targets, or null for classification. */
  public double[] targets() {
    throw new UnsupportedOperationException("TODO");
  }

  /** The rows {@code rows}, in that order, as a new data set. */
  public Dataset subset(int[] rows) {
    throw new UnsupportedOperationException("TODO");
  }

  /**
   * A seeded split: a shuffled {@code round(trainRatio·N)} rows for training (at least 1), the rest
   * for testing (may be empty when the ratio is 1).
   */
  public Split split(double trainRatio, long seed) {
    throw new UnsupportedOperationException("TODO");
  }

  public record Split(Dataset train, Dataset test) {}
}
