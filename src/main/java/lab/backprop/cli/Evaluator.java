package lab.backprop.cli;

import lab.backprop.nn.Backprop;
import lab.backprop.nn.Network;
import lab.backprop.nn.OutputKind;
import lab.backprop.nn.Predictor;
import lab.backprop.nn.Samples;

/** Loss and accuracy of a network on one fixed set of samples, with reusable buffers. */
final class Evaluator {
  /** Total loss (data + L2) and the fraction classified right (NaN for regression). */
  record Metrics(double loss, double accuracy) {}

  private final Samples samples;
  private final double[] x;
  private final Backprop backprop = new Backprop();
  private final Predictor predictor = new Predictor();
  private double[] out = new double[0];

  Evaluator(Samples samples) {
    this.samples = samples;
    int n = samples.size();
    int in = samples.X()[0].length;
    x = new double[n * in];
    for (int r = 0; r < n; r++) {
      System.arraycopy(samples.X()[r], 0, x, r * in, in);
    }
  }

  Metrics evaluate(Network net) {
    int n = samples.size();
    double loss = backprop.loss(net, samples, null, 0, n);
    if (!net.output().isClassification()) {
      return new Metrics(loss, Double.NaN);
    }
    int k = net.outputSize();
    if (out.length != n * k) {
      out = new double[n * k];
    }
    predictor.predict(net, x, n, out);
    int right = 0;
    for (int r = 0; r < n; r++) {
      if (predictedClass(net.output(), out, r, k) == samples.y()[r]) {
        right++;
      }
    }
    return new Metrics(loss, (double) right / n);
  }

  private static int predictedClass(OutputKind output, double[] out, int row, int k) {
    if (output == OutputKind.SIGMOID_BCE) {
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
