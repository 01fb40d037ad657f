package lab.backprop.nn;

/**
 * The forward and backward pass, with reusable buffers: after the first call for a given shape and
 * batch size, {@link #run} allocates nothing. Not thread-safe; one per training thread.
 *
 * <p>Gradients are of the total loss (data + L2): {@code dW_l = Δ_lᵀ A_{l−1} + λ W_l}, {@code db_l
 * = Σ_n Δ_l[n]}, deltas include the 1/N of the mean.
 *
 * <p>Per layer l the buffers Z, A, Δ hold one column (array over the rows) per unit, the layout of
 * {@link Kernels}; the input batch is gathered into columns the same way, once for a full batch
 * that stays the same. {@link #toTrace} copies them out as [N][out] matrices, so a trace holds
 * exactly the numbers a training step used.
 */
public final class Backprop {
  private int[] shape = new int[0];
  private int capacity;
  private double[][] x = new double[0][];
  private int[] labels = new int[0];
  private double[] labelValues = new double[0];
  private double[] rowLoss = new double[0];
  private double[] flatZ = new double[0];
  private double[] flatA = new double[0];

  /** Batches with fewer rows than this apply an activation to all units of a layer in one call. */
  private static final int SMALL_BATCH = 16;

  private double[] targets = new double[0];
  private double[] logSumExp = new double[0];
  private double[][][] z = new double[0][][];
  private double[][][] a = new double[0][][];
  private double[][][] delta = new double[0][][];
  private double[][] dW = new double[0][];
  private double[][] db = new double[0][];

  /** The batch's rows, row-major, and a row of scratch, for wide layers (Kernels.wide). */
  private double[][] rowsOfBatch = new double[0][];

  private double[] wideRow = new double[0];

  /**
   * The batch the input buffers hold when it was all rows of {@code cachedData} from..to, in order.
   */
  private Samples cachedData;

  private int cachedFrom;
  private int cachedTo;
  private OutputKind cachedOutput;

  private int rowsInPass;
  private double dataLoss;
  private double l2Term;
  private double loss;

  public Backprop() {}

  /**
   * Forward and backward pass of {@code net} on rows {@code rows[from..to)} of {@code data} (rows
   * may be null: then rows from..to of X in order). Fills {@link #dW()} and {@link #db()}.
   *
   * @return the total loss (data + L2) with the parameters before any update
   */
  public double run(Network net, Samples data, int[] rows, int from, int to) {
    int n = prepare(net, data, rows, from, to);
    forward(net, n);
    finishLoss(net, n, true);
    backward(net, n);
    return loss;
  }

  /** Forward pass only: total loss on the given rows. Overwrites the buffers of the last run. */
  public double loss(Network net, Samples data, int[] rows, int from, int to) {
    int n = prepare(net, data, rows, from, to);
    forward(net, n);
    finishLoss(net, n, false);
    return loss;
  }

  /** ∂L/∂W_l of the last {@link #run}, flat row-major [out*in] per layer; valid until next run. */
  public double[][] dW() {
    return dW;
  }

  /** ∂L/∂b_l of the last {@link #run}; valid until next run. */
  public double[][] db() {
    return db;
  }

  /** Data part of the loss of the last run or loss call. */
  public double dataLoss() {
    return dataLoss;
  }

  /** L2 part, (λ/2)·Σ W², of the last run or loss call. */
  public double l2Term() {
    return l2Term;
  }

  /** Copies every value of the last {@link #run} (which must have had the given net) out. */
  public Trace toTrace(Network net, Samples data, int[] rows, int from, int to) {
    int n = to - from;
    if (n != rowsInPass || !sameShape(net)) {
      throw new IllegalStateException("toTrace must follow a run with the same network and rows");
    }
    int layers = net.numLayers();
    double[][][] zs = new double[layers][][];
    double[][][] as = new double[layers][][];
    double[][][] ds = new double[layers][][];
    double[][][] dWs = new double[layers][][];
    double[][] dbs = new double[layers][];
    for (int l = 0; l < layers; l++) {
      int in = net.layerSize(l);
      int out = net.layerSize(l + 1);
      zs[l] = Matrices.rows(z[l], n, out);
      as[l] = Matrices.rows(a[l], n, out);
      ds[l] = Matrices.rows(delta[l], n, out);
      dWs[l] = Matrices.unflatten(dW[l], out, in);
      dbs[l] = db[l].clone();
    }
    double[][] xs = Matrices.rows(x, n, net.inputSize());
    int[] ys = null;
    double[] ts = null;
    if (net.output().isClassification()) {
      ys = java.util.Arrays.copyOf(labels, n);
    } else {
      ts = java.util.Arrays.copyOf(targets, n);
    }
    return new Trace(
        new Samples(xs, ys, ts),
        net.copyW(),
        net.copyB(),
        zs,
        as,
        ds,
        dWs,
        dbs,
        loss,
        dataLoss,
        l2Term);
  }

  private boolean sameShape(Network net) {
    if (shape.length != net.numLayers() + 1) {
      return false;
    }
    for (int k = 0; k < shape.length; k++) {
      if (shape[k] != net.layerSize(k)) {
        return false;
      }
    }
    return true;
  }

  /** Sizes the buffers and copies the batch in; returns its row count. */
  private int prepare(Network net, Samples data, int[] rows, int from, int to) {
    int n = to - from;
    if (n < 1 || from < 0 || (rows == null ? to > data.size() : to > rows.length)) {
      throw new IllegalArgumentException(
          "rows "
              + from
              + ".."
              + to
              + " are not a non-empty range of the "
              + data.size()
              + " rows");
    }
    if (!sameShape(net) || n > capacity) {
      allocate(net, Math.max(n, sameShape(net) ? capacity : 0));
    }
    if (rows != null
        || data != cachedData
        || from != cachedFrom
        || to != cachedTo
        || net.output() != cachedOutput) {
      gather(net, data, rows, from, to);
      cachedData = rows == null ? data : null;
      cachedFrom = from;
      cachedTo = to;
      cachedOutput = net.output();
    }
    rowsInPass = n;
    return n;
  }

  private void allocate(Network net, int rows) {
    int layers = net.numLayers();
    shape = net.layerSizes();
    capacity = rows;
    x = new double[net.inputSize()][rows];
    labels = new int[rows];
    labelValues = new double[rows];
    rowLoss = new double[rows];
    int widest = 0;
    for (int l = 1; l < shape.length; l++) {
      widest = Math.max(widest, shape[l]);
    }
    flatZ = new double[widest * Math.min(rows, SMALL_BATCH)];
    flatA = new double[flatZ.length];
    targets = new double[rows];
    logSumExp = new double[rows];
    z = new double[layers][][];
    a = new double[layers][][];
    delta = new double[layers][][];
    dW = new double[layers][];
    db = new double[layers][];
    int widestInput = 0;
    for (int l = 0; l < layers; l++) {
      if (Kernels.wide(shape[l], Math.min(rows, Kernels.WIDE_MAX_ROWS))) {
        widestInput = Math.max(widestInput, shape[l]);
      }
    }
    int wideRows = widestInput == 0 ? 0 : Math.min(rows, Kernels.WIDE_MAX_ROWS);
    rowsOfBatch = new double[wideRows][widestInput];
    wideRow = new double[widestInput];
    for (int l = 0; l < layers; l++) {
      int out = shape[l + 1];
      z[l] = new double[out][rows];
      a[l] = new double[out][rows];
      delta[l] = new double[out][rows];
      dW[l] = new double[out * shape[l]];
      db[l] = new double[out];
    }
    cachedData = null;
  }

  private void gather(Network net, Samples data, int[] rows, int from, int to) {
    int in = net.inputSize();
    OutputKind output = net.output();
    int classes = net.outputSize();
    double[][] X = data.X();
    for (int k = 0; k < to - from; k++) {
      int r = rows == null ? from + k : rows[from + k];
      double[] row = X[r];
      if (row.length != in) {
        throw new IllegalArgumentException(
            "X[" + r + "] has " + row.length + " values, layer_sizes says " + in);
      }
      for (int i = 0; i < in; i++) {
        x[i][k] = row[i];
      }
      if (output.isClassification()) {
        if (data.y() == null) {
          throw new IllegalArgumentException("y: labels are needed for " + output.jsonName());
        }
        int label = data.y()[r];
        int limit = output == OutputKind.SOFTMAX_CE ? classes : 2;
        if (label < 0 || label >= limit) {
          throw new IllegalArgumentException(
              "y[" + r + "] is " + label + ", expected 0 to " + (limit - 1));
        }
        labels[k] = label;
        labelValues[k] = label;
      } else {
        if (data.t() == null) {
          throw new IllegalArgumentException("t: targets are needed for mse");
        }
        targets[k] = data.t()[r];
      }
    }
    cachedData = null;
  }

  private void forward(Network net, int n) {
    int layers = net.numLayers();
    double[][] input = x;
    for (int l = 0; l < layers; l++) {
      int in = net.layerSize(l);
      int out = net.layerSize(l + 1);
      Kernels.affine(net.weights(l), net.biases(l), in, out, input, z[l], n);
      if (l < layers - 1) {
        activate(net.activation(l), z[l], a[l], out, n);
      }
      input = a[l];
    }
  }

  /**
   * a = f(z) for every unit of a layer. Column by column, except for a few rows (one example, a
   * small mini-batch), where the units are copied into one flat array first: one call over all of
   * them lets the CPU overlap their evaluations, which per-column calls of one or two rows do not.
   * Elementwise, so the numbers are the same either way.
   */
  private void activate(Activation f, double[][] zl, double[][] al, int out, int n) {
    if (n >= SMALL_BATCH) {
      for (int j = 0; j < out; j++) {
        f.apply(zl[j], al[j], n);
      }
      return;
    }
    int k = 0;
    for (int j = 0; j < out; j++) {
      double[] column = zl[j];
      for (int r = 0; r < n; r++) {
        flatZ[k++] = column[r];
      }
    }
    f.apply(flatZ, flatA, k);
    k = 0;
    for (int j = 0; j < out; j++) {
      double[] column = al[j];
      for (int r = 0; r < n; r++) {
        column[r] = flatA[k++];
      }
    }
  }

  /** Output function, data loss, L2 term and (when wanted) the output deltas. */
  private void finishLoss(Network net, int n, boolean withDelta) {
    int last = net.numLayers() - 1;
    int k = net.outputSize();
    double invN = 1.0 / n;
    double[][] zL = z[last];
    double[][] aL = a[last];
    double[][] dL = withDelta ? delta[last] : null;
    double sum;
    switch (net.output()) {
      case SOFTMAX_CE:
        if (k == 2) {
          sum = Kernels.softmax2CrossEntropy(zL, aL, labelValues, n, invN, dL, logSumExp, rowLoss);
        } else {
          Kernels.softmax(zL, aL, n, k, logSumExp);
          sum = Kernels.softmaxCrossEntropy(zL, aL, logSumExp, labels, n, k, invN, dL);
        }
        break;
      case SIGMOID_BCE:
        Kernels.sigmoid(zL[0], aL[0], n);
        sum = Kernels.sigmoidCrossEntropy(zL[0], aL[0], labels, n, invN, withDelta ? dL[0] : null);
        break;
      default:
        System.arraycopy(zL[0], 0, aL[0], 0, n);
        sum = Kernels.squaredError(zL[0], targets, n, invN, withDelta ? dL[0] : null);
        break;
    }
    dataLoss = sum / n;
    l2Term = net.l2Term();
    loss = dataLoss + l2Term;
  }

  private void backward(Network net, int n) {
    double lambda = net.l2Lambda();
    for (int l = net.numLayers() - 1; l >= 0; l--) {
      int in = net.layerSize(l);
      int out = net.layerSize(l + 1);
      double[] w = net.weights(l);
      double[][] aPrev = l == 0 ? x : a[l - 1];
      if (Kernels.wide(in, n)) {
        Kernels.weightGradientWide(delta[l], aPrev, n, in, out, dW[l], db[l], rowsOfBatch, wideRow);
      } else {
        Kernels.weightGradient(delta[l], aPrev, n, in, out, dW[l], db[l]);
      }
      if (lambda != 0) {
        Kernels.addL2(dW[l], w, lambda);
      }
      if (l > 0) {
        Kernels.backDelta(delta[l], w, n, in, out, delta[l - 1]);
        Activation f = net.activation(l - 1);
        for (int i = 0; i < in; i++) {
          f.multiplyByDerivative(z[l - 1][i], a[l - 1][i], delta[l - 1][i], n);
        }
      }
    }
  }
}
