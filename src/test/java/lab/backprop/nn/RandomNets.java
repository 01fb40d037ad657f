package lab.backprop.nn;

import java.util.SplittableRandom;

/** Random networks and batches for the finite-difference and stability tests. */
final class RandomNets {
  private RandomNets() {}

  static Network network(int[] sizes, Activation act, OutputKind out, double lambda, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Activation[] acts = new Activation[sizes.length - 2];
    java.util.Arrays.fill(acts, act);
    double[][][] w = new double[sizes.length - 1][][];
    double[][] b = new double[sizes.length - 1][];
    for (int l = 0; l < w.length; l++) {
      w[l] = new double[sizes[l + 1]][sizes[l]];
      b[l] = new double[sizes[l + 1]];
      for (int j = 0; j < sizes[l + 1]; j++) {
        b[l][j] = r.nextDouble(-0.5, 0.5);
        for (int i = 0; i < sizes[l]; i++) {
          w[l][j][i] = r.nextDouble(-1.0, 1.0);
        }
      }
    }
    return new Network(sizes, acts, out, lambda, w, b);
  }

  static Samples samples(int n, int in, OutputKind out, int classes, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] x = new double[n][in];
    int[] y = new int[n];
    double[] t = new double[n];
    for (int k = 0; k < n; k++) {
      for (int i = 0; i < in; i++) {
        x[k][i] = r.nextDouble(-2.0, 2.0);
      }
      y[k] = r.nextInt(out == OutputKind.SOFTMAX_CE ? classes : 2);
      t[k] = r.nextDouble(-1.0, 1.0);
    }
    return out == OutputKind.MSE ? new Samples(x, null, t) : new Samples(x, y, null);
  }

  /** Smallest |z| over every hidden pre-activation of a pass. */
  static double closestToKink(Network net, Samples samples) {
    Trace trace = net.trace(samples);
    double min = Double.POSITIVE_INFINITY;
    for (int l = 0; l < trace.Z().length - 1; l++) {
      for (double[] row : trace.Z()[l]) {
        for (double v : row) {
          min = Math.min(min, Math.abs(v));
        }
      }
    }
    return min;
  }
}
