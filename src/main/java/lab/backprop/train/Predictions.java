package lab.backprop.train;

/**
 * What the network predicts for every training and test row, measured with the metrics of a
 * snapshot (same network, same moment): the class and the probability it gives that class. Never
 * written after construction.
 *
 * @param train the training rows, in the order of {@link Snapshot#train()}
 * @param test the test rows, in the order of {@link Snapshot#test()} (null without test rows)
 * @param classes number of classes
 */
public record Predictions(Rows train, Rows test, int classes) {

  /** One data set's predictions: {@code classes[r]} and {@code confidence[r]} for row r. */
  public record Rows(int[] classes, double[] confidence) {
    public int size() {
      return classes.length;
    }

    /** The share of rows whose class is the label (the accuracy). */
    public double accuracy(int[] labels) {
      int right = 0;
      for (int r = 0; r < classes.length; r++) {
        if (classes[r] == labels[r]) {
          right++;
        }
      }
      return (double) right / classes.length;
    }
  }
}
