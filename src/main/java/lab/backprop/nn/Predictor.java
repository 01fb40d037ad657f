package lab.backprop.nn;

/**
 * Fast forward passes for many points (the decision-boundary grid, accuracy): reusable buffers, no
 * allocation after the first call for a shape. Not thread-safe; one per thread.
 *
 * <p>Points are processed in blocks of {@value #BLOCK} so the per-layer buffers stay in cache; the
 * loops are those of {@link Backprop} ({@link Kernels}), so the outputs are the very numbers a
 * training pass computes for the same point.
 */
public final class Predictor {
  static final int BLOCK = 1024;

  private int[] shape = new int[0];
  private double[][][] z = new double[0][][];
  private double[][][] a = new double[0][][];

  public Predictor() {}

  /**
   * Forward pass of {@code n} points stored row-major in {@code x} ([n*in]); writes the output
   * ([n*outputSize]: softmax probabilities, the sigmoid probability, or the regression value) into
   * {@code out}.
   */
  public void predict(Network net, double[] x, int n, double[] out) {
    predictWithUnit(net, x, n, out, -1, -1, null);
  }

  /** {@link #predict(Network, double[], int, double[])} of a frozen network, without a copy. */
  public void predict(FrozenNetwork net, double[] x, int n, double[] out) {
    predictWithUnit(net.network(), x, n, out, -1, -1, null);
  }

  /** {@link #predictWithUnit(Network, double[], int, double[], int, int, double[])}, frozen. */
  public void predictWithUnit(
      FrozenNetwork net, double[] x, int n, double[] out, int layer, int unit, double[] unitOut) {
    predictWithUnit(net.network(), x, n, out, layer, unit, unitOut);
  }

  /**
   * Like {@link #predict}, and also writes the activation a of unit {@code unit} of layer {@code
   * layer} (0 = first hidden) for each point into {@code unitOut} ([n]).
   */
  public void predictWithUnit(
      Network net, double[] x, int n, double[] out, int layer, int unit, double[] unitOut) {
    int in = net.inputSize();
    int k = net.outputSize();
    if (x.length < n * in || out.length < n * k) {
      throw new IllegalArgumentException(
          "x needs " + n * in + " values and out " + n * k + " for " + n + " points");
    }
    if (unitOut != null
        && (layer < 0
            || layer >= net.numLayers()
            || unit < 0
            || unit >= net.layerSize(layer + 1)
            || unitOut.length < n)) {
      throw new IllegalArgumentException(
          "unit " + unit + " of layer " + layer + " does not exist or unitOut is too short");
    }
    ensure(net);
    int layers = net.numLayers();
    int last = layers - 1;
    for (int start = 0; start < n; start += BLOCK) {
      int m = Math.min(BLOCK, n - start);
      double[][] input = a[layers]; // the block's inputs, one column per input
      toColumns(x, start * in, in, input, m);
      for (int l = 0; l < layers; l++) {
        int inL = net.layerSize(l);
        int outL = net.layerSize(l + 1);
        Kernels.affine(net.weights(l), net.biases(l), inL, outL, input, z[l], m);
        if (l < last) {
          Activation f = net.activation(l);
          for (int j = 0; j < outL; j++) {
            f.apply(z[l][j], a[l][j], m);
          }
        }
        input = a[l];
      }
      switch (net.output()) {
        case SOFTMAX_CE:
          Kernels.softmax(z[last], a[last], m, k, null);
          break;
        case SIGMOID_BCE:
          Kernels.sigmoid(z[last][0], a[last][0], m);
          break;
        default:
          System.arraycopy(z[last][0], 0, a[last][0], 0, m);
          break;
      }
      toRows(a[last], k, out, start * k, m);
      if (unitOut != null) {
        System.arraycopy(a[layer][unit], 0, unitOut, start, m);
      }
    }
  }

  /** columns[i][r] = x[from + r·in + i] for r < m (the plane, in = 2, in one sequential pass). */
  private static void toColumns(double[] x, int from, int in, double[][] columns, int m) {
    if (in == 2) {
      double[] c0 = columns[0];
      double[] c1 = columns[1];
      for (int r = 0; r < m; r++) {
        c0[r] = x[from + 2 * r];
        c1[r] = x[from + 2 * r + 1];
      }
      return;
    }
    for (int i = 0; i < in; i++) {
      double[] column = columns[i];
      for (int r = 0; r < m; r++) {
        column[r] = x[from + r * in + i];
      }
    }
  }

  /** out[at + r·k + j] = columns[j][r] for r < m (two classes in one sequential pass). */
  private static void toRows(double[][] columns, int k, double[] out, int at, int m) {
    if (k == 2) {
      double[] c0 = columns[0];
      double[] c1 = columns[1];
      for (int r = 0; r < m; r++) {
        out[at + 2 * r] = c0[r];
        out[at + 2 * r + 1] = c1[r];
      }
      return;
    }
    for (int j = 0; j < k; j++) {
      double[] column = columns[j];
      for (int r = 0; r < m; r++) {
        out[at + r * k + j] = column[r];
      }
    }
  }

  private void ensure(Network net) {
    int layers = net.numLayers();
    boolean same = shape.length == layers + 1;
    for (int k = 0; same && k <= layers; k++) {
      same = shape[k] == net.layerSize(k);
    }
    if (same) {
      return;
    }
    shape = net.layerSizes();
    z = new double[layers][][];
    a = new double[layers + 1][][];
    for (int l = 0; l < layers; l++) {
      z[l] = new double[shape[l + 1]][BLOCK];
      a[l] = new double[shape[l + 1]][BLOCK];
    }
    a[layers] = new double[shape[0]][BLOCK];
  }
}
