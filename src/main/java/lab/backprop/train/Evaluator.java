package lab.backprop.train;

import lab.backprop.data.Dataset;
import lab.backprop.nn.Backprop;
import lab.backprop.nn.Network;
import lab.backprop.nn.OutputKind;
import lab.backprop.nn.Predictor;
import lab.backprop.nn.Samples;

/**
 * Loss and accuracy of a network on one data set, with reusable buffers. {@link #loss} is the data
 * loss (no L2 term), so train and test curves measure the same thing. Not thread-safe.
 */
public final class Evaluator {
  private final Samples samples;
  private final double[] xFlat;
  private final int[] labels;
  private final Backprop backprop = new Backprop();
  private final Predictor predictor = new Predictor();
  private double[] out = new double[0];

  Evaluator(Dataset data) {
    this(TrainingSession.samples(data));
  }

  public Evaluator(Samples samples) {
    this.samples = samples;
    int n = samples.size();
    int d = n == 0 ? 0 : samples.X()[0].length;
    this.xFlat = new double[n * d];
    for (int r = 0; r < n; r++) {
      System.arraycopy(samples.X()[r], 0, xFlat, r * d, d);
    }
    this.labels = samples.y();
  }

  Samples samples() {
    return samples;
  }

  /** Mean data loss, NaN when there are no rows. */
  public double loss(Network net) {
    int n = samples.size();
    if (n == 0) {
      return Double.NaN;
    }
    backprop.loss(net, samples, null, 0, n);
    return backprop.dataLoss();
  }

  /** Data loss plus the L2 term, NaN when there are no rows. */
  public double totalLoss(Network net) {
    int n = samples.size();
    return n == 0 ? Double.NaN : backprop.loss(net, samples, null, 0, n);
  }

  /** Share of rows whose predicted class is the label; NaN for regression or no rows. */
  public double accuracy(Network net) {
    int n = samples.size();
    if (n == 0 || labels == null || net.output() == OutputKind.MSE) {
      return Double.NaN;
    }
    int k = net.outputSize();
    predictAll(net, n * k);
    int right = 0;
    for (int r = 0; r < n; r++) {
      if (predictedClass(out, r, k) == labels[r]) {
        right++;
      }
    }
    return (double) right / n;
  }

  /** The network's outputs for every row into {@link #out}, which holds {@code size} values. */
  private void predictAll(Network net, int size) {
    if (out.length != size) {
      out = new double[size];
    }
    predictor.predict(net, xFlat, samples.size(), out);
  }

  /**
   * The predicted class of every row and the probability the network gives it; null for regression
   * or no rows. {@link #accuracy} is the share of these classes that equal the labels.
   */
  public Predictions.Rows predictions(Network net) {
    int n = samples.size();
    if (n == 0 || labels == null || net.output() == OutputKind.MSE) {
      return null;
    }
    int k = net.outputSize();
    predictAll(net, n * k);
    int[] classes = new int[n];
    double[] confidence = new double[n];
    for (int r = 0; r < n; r++) {
      int c = predictedClass(out, r, k);
      classes[r] = c;
      confidence[r] = k == 1 ? (c == 1 ? out[r] : 1 - out[r]) : out[r * k + c];
    }
    return new Predictions.Rows(classes, confidence);
  }

  /** Argmax of the class probabilities; with one sigmoid output, class 1 when p ≥ 0.5. */
  static int predictedClass(double[] out, int row, int k) {
    if (k == 1) {
      return out[row] >= 0.5 ? 1 : 0;
    }
    int best = 0;
    for (int c = 1; c < k; c++) {
      if (out[row * k + c] > out[row * k + best]) {
        best = c;
      }
    }
    return best;
  }
}
