package lab.backprop.train;

/**
 * Counts of (true class, predicted class) pairs, with per-class precision and recall. Immutable.
 * Rows are the true classes, columns the predicted ones.
 */
public final class ConfusionMatrix {
  private final int[][] counts;
  private final int total;

  private ConfusionMatrix(int[][] counts, int total) {
    this.counts = counts;
    this.total = total;
  }

  /**
   * @throws IllegalArgumentException if the arrays differ in length or hold a class outside 0 …
   *     classes−1
   */
  public static ConfusionMatrix of(int[] labels, int[] predicted, int classes) {
    if (labels.length != predicted.length) {
      throw new IllegalArgumentException(
          labels.length + " labels but " + predicted.length + " predictions");
    }
    int[][] counts = new int[classes][classes];
    for (int r = 0; r < labels.length; r++) {
      if (labels[r] < 0 || labels[r] >= classes || predicted[r] < 0 || predicted[r] >= classes) {
        throw new IllegalArgumentException(
            "row "
                + r
                + ": class outside 0 … "
                + (classes - 1)
                + " ("
                + labels[r]
                + ", "
                + predicted[r]
                + ")");
      }
      counts[labels[r]][predicted[r]]++;
    }
    return new ConfusionMatrix(counts, labels.length);
  }

  public int classes() {
    return counts.length;
  }

  /** Rows with true class {@code actual} predicted as {@code predicted}. */
  public int count(int actual, int predicted) {
    return counts[actual][predicted];
  }

  public int total() {
    return total;
  }

  /** Rows of true class c. */
  public int actual(int c) {
    int sum = 0;
    for (int p = 0; p < counts.length; p++) {
      sum += counts[c][p];
    }
    return sum;
  }

  /** Rows predicted as class c. */
  public int predicted(int c) {
    int sum = 0;
    for (int[] row : counts) {
      sum += row[c];
    }
    return sum;
  }

  /** Share of the rows predicted as c that are c; NaN when none is predicted as c. */
  public double precision(int c) {
    int p = predicted(c);
    return p == 0 ? Double.NaN : (double) counts[c][c] / p;
  }

  /** Share of the rows of class c predicted as c; NaN when there is none of class c. */
  public double recall(int c) {
    int a = actual(c);
    return a == 0 ? Double.NaN : (double) counts[c][c] / a;
  }

  /** Share of all rows on the diagonal; NaN without rows. */
  public double accuracy() {
    int right = 0;
    for (int c = 0; c < counts.length; c++) {
      right += counts[c][c];
    }
    return total == 0 ? Double.NaN : (double) right / total;
  }
}
