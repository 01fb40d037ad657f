package lab.backprop.nn;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * A dense network, mutable, owned by one thread. Layer l (0-based here, l = 0 is the first hidden
 * layer; the seeds' layer l+1) has {@code W_l} of shape [out, in] and {@code b_l} of shape [out].
 * Hidden layers use {@link #activation(int)}; the last layer is linear followed by {@link
 * #output()}.
 *
 * <p>Parameters are stored flat, row-major: {@code W_l[j][i]} is {@code weights(l)[j * in + i]}.
 *
 * <p>Limits: 1 to 6 hidden layers of 1 to 512 units (checked by the constructor and resize methods,
 * with a message naming the limit).
 */
public final class Network {
  public static final int MAX_HIDDEN_LAYERS = 6;
  public static final int MAX_UNITS = 512;

  /** The most inputs a network takes: an MNIST image's 28 × 28 pixels. */
  public static final int MAX_INPUTS = 784;

  private int[] sizes;
  private Activation[] activations;
  private final OutputKind output;
  private double l2Lambda;
  private double[][] w;
  private double[][] b;
  private int structureVersion;

  /**
   * A network with the given parameters, copied. {@code activations} has one entry per hidden
   * layer. {@code W[l]} is [out][in], {@code b[l]} is [out].
   *
   * @throws IllegalArgumentException naming the first shape that disagrees with {@code layerSizes},
   *     e.g. "W[1] has 3 rows, layer_sizes says 4"
   */
  public Network(
      int[] layerSizes,
      Activation[] activations,
      OutputKind output,
      double l2Lambda,
      double[][][] W,
      double[][] b) {
    checkShape(layerSizes, activations, output, l2Lambda);
    int layers = layerSizes.length - 1;
    if (W == null || W.length != layers) {
      throw new IllegalArgumentException(
          "W has " + (W == null ? 0 : W.length) + " layers, layer_sizes says " + layers);
    }
    if (b == null || b.length != layers) {
      throw new IllegalArgumentException(
          "b has " + (b == null ? 0 : b.length) + " layers, layer_sizes says " + layers);
    }
    this.sizes = layerSizes.clone();
    this.activations = activations.clone();
    this.output = output;
    this.l2Lambda = l2Lambda;
    this.w = new double[layers][];
    this.b = new double[layers][];
    for (int l = 0; l < layers; l++) {
      int in = sizes[l];
      int out = sizes[l + 1];
      if (W[l] == null || W[l].length != out) {
        throw new IllegalArgumentException(
            "W["
                + l
                + "] has "
                + (W[l] == null ? 0 : W[l].length)
                + " rows, layer_sizes says "
                + out);
      }
      w[l] = new double[out * in];
      for (int j = 0; j < out; j++) {
        if (W[l][j] == null || W[l][j].length != in) {
          throw new IllegalArgumentException(
              "W["
                  + l
                  + "]["
                  + j
                  + "] has "
                  + (W[l][j] == null ? 0 : W[l][j].length)
                  + " columns, layer_sizes says "
                  + in);
        }
        System.arraycopy(W[l][j], 0, w[l], j * in, in);
      }
      if (b[l] == null || b[l].length != out) {
        throw new IllegalArgumentException(
            "b["
                + l
                + "] has "
                + (b[l] == null ? 0 : b[l].length)
                + " entries, layer_sizes says "
                + out);
      }
      this.b[l] = b[l].clone();
    }
  }

  private Network(Network other) {
    this.sizes = other.sizes.clone();
    this.activations = other.activations.clone();
    this.output = other.output;
    this.l2Lambda = other.l2Lambda;
    this.w = new double[other.w.length][];
    this.b = new double[other.b.length][];
    for (int l = 0; l < w.length; l++) {
      w[l] = other.w[l].clone();
      b[l] = other.b[l].clone();
    }
  }

  private static void checkShape(
      int[] sizes, Activation[] activations, OutputKind output, double l2Lambda) {
    if (sizes == null || sizes.length < 3 || sizes.length > MAX_HIDDEN_LAYERS + 2) {
      throw new IllegalArgumentException(
          "layer_sizes: expected input, 1 to "
              + MAX_HIDDEN_LAYERS
              + " hidden layers and output, got "
              + Arrays.toString(sizes));
    }
    if (sizes[0] < 1 || sizes[0] > MAX_INPUTS) {
      throw new IllegalArgumentException(
          "layer_sizes[0]: expected an input size of 1 to " + MAX_INPUTS + ", got " + sizes[0]);
    }
    for (int h = 1; h < sizes.length - 1; h++) {
      checkUnits(h - 1, sizes[h]);
    }
    int out = sizes[sizes.length - 1];
    if (output == null) {
      throw new IllegalArgumentException("output: missing");
    }
    if (output == OutputKind.SOFTMAX_CE && (out < 2 || out > MAX_UNITS)) {
      throw new IllegalArgumentException(
          "layer_sizes: softmax_ce needs 2 to " + MAX_UNITS + " output units, got " + out);
    }
    if (output != OutputKind.SOFTMAX_CE && out != 1) {
      throw new IllegalArgumentException(
          "layer_sizes: " + output.jsonName() + " needs 1 output unit, got " + out);
    }
    if (activations == null || activations.length != sizes.length - 2) {
      throw new IllegalArgumentException(
          "activation: expected one per hidden layer ("
              + (sizes.length - 2)
              + "), got "
              + (activations == null ? 0 : activations.length));
    }
    for (int h = 0; h < activations.length; h++) {
      if (activations[h] == null) {
        throw new IllegalArgumentException("activation[" + h + "]: missing");
      }
    }
    checkLambda(l2Lambda);
  }

  private static void checkUnits(int hidden, int units) {
    if (units < 1 || units > MAX_UNITS) {
      throw new IllegalArgumentException(
          "hidden layer " + hidden + ": expected 1 to " + MAX_UNITS + " units, got " + units);
    }
  }

  private static void checkLambda(double l2Lambda) {
    if (!(l2Lambda >= 0) || !Double.isFinite(l2Lambda)) {
      throw new IllegalArgumentException(
          "l2_lambda: expected a finite number >= 0, got " + l2Lambda);
    }
  }

  /** A freshly initialised network (Glorot for sigmoid/tanh/identity/gelu, He for ReLU family). */
  public static Network initialized(
      int[] layerSizes, Activation[] activations, OutputKind output, double l2Lambda, long seed) {
    checkShape(layerSizes, activations, output, l2Lambda);
    int layers = layerSizes.length - 1;
    double[][][] W = new double[layers][][];
    double[][] b = new double[layers][];
    SplittableRandom random = new SplittableRandom(seed);
    for (int l = 0; l < layers; l++) {
      int in = layerSizes[l];
      int out = layerSizes[l + 1];
      double limit = Initializer.limit(in, out, l < layers - 1 ? activations[l] : null);
      W[l] = new double[out][in];
      for (int j = 0; j < out; j++) {
        for (int i = 0; i < in; i++) {
          W[l][j][i] = Initializer.uniform(random, limit);
        }
      }
      b[l] = new double[out];
    }
    return new Network(layerSizes, activations, output, l2Lambda, W, b);
  }

  /** A deep copy. */
  public Network copy() {
    return new Network(this);
  }

  /** An immutable copy, safe to hand to other threads. */
  public FrozenNetwork freeze() {
    return new FrozenNetwork(new Network(this));
  }

  public int[] layerSizes() {
    return sizes.clone();
  }

  /** Size of layer {@code k} of {@link #layerSizes()} (0 = input), without a copy. */
  public int layerSize(int k) {
    return sizes[k];
  }

  /** Number of weight layers L (hidden layers + 1). */
  public int numLayers() {
    return sizes.length - 1;
  }

  /** Number of hidden layers. */
  public int numHidden() {
    return sizes.length - 2;
  }

  public int inputSize() {
    return sizes[0];
  }

  public int outputSize() {
    return sizes[sizes.length - 1];
  }

  /** Activation of hidden layer {@code hidden} (0-based). */
  public Activation activation(int hidden) {
    return activations[hidden];
  }

  public Activation[] activations() {
    return activations.clone();
  }

  /** Switches the activation of every hidden layer; keeps all weights. */
  public void setActivation(Activation activation) {
    if (activation == null) {
      throw new IllegalArgumentException("activation: missing");
    }
    Arrays.fill(activations, activation);
  }

  /** Switches the activation of one hidden layer; keeps all weights. */
  public void setActivation(int hidden, Activation activation) {
    checkHiddenIndex(hidden, activations.length - 1);
    if (activation == null) {
      throw new IllegalArgumentException("activation: missing");
    }
    activations[hidden] = activation;
  }

  public OutputKind output() {
    return output;
  }

  public double l2Lambda() {
    return l2Lambda;
  }

  public void setL2Lambda(double l2Lambda) {
    checkLambda(l2Lambda);
    this.l2Lambda = l2Lambda;
  }

  /** W_l[j][i]: the weight from unit i of layer l−1 into unit j of layer l. */
  public double w(int l, int j, int i) {
    checkIndex(l, j, i);
    return w[l][j * sizes[l] + i];
  }

  public void setW(int l, int j, int i, double value) {
    checkIndex(l, j, i);
    w[l][j * sizes[l] + i] = value;
  }

  public double b(int l, int j) {
    checkIndex(l, j, 0);
    return b[l][j];
  }

  public void setB(int l, int j, double value) {
    checkIndex(l, j, 0);
    b[l][j] = value;
  }

  private void checkIndex(int l, int j, int i) {
    if (l < 0 || l >= w.length || j < 0 || j >= sizes[l + 1] || i < 0 || i >= sizes[l]) {
      throw new IndexOutOfBoundsException(
          "W[" + l + "][" + j + "][" + i + "] is outside " + Arrays.toString(sizes));
    }
  }

  /** The live flat weights of layer l, row-major [out*in]: the engine's own array, not a copy. */
  double[] weights(int l) {
    return w[l];
  }

  /** The live biases of layer l: the engine's own array, not a copy. */
  double[] biases(int l) {
    return b[l];
  }

  /** Changes whenever the shape changes in place (resize, insert, remove). */
  public int structureVersion() {
    return structureVersion;
  }

  /** A copy of every W_l as [out][in]. */
  public double[][][] copyW() {
    double[][][] copy = new double[w.length][][];
    for (int l = 0; l < w.length; l++) {
      copy[l] = Matrices.unflatten(w[l], sizes[l + 1], sizes[l]);
    }
    return copy;
  }

  /** A copy of every b_l. */
  public double[][] copyB() {
    double[][] copy = new double[b.length][];
    for (int l = 0; l < b.length; l++) {
      copy[l] = b[l].clone();
    }
    return copy;
  }

  /** True when every parameter is finite. */
  public boolean isFinite() {
    for (int l = 0; l < w.length; l++) {
      for (double v : w[l]) {
        if (!Double.isFinite(v)) {
          return false;
        }
      }
      for (double v : b[l]) {
        if (!Double.isFinite(v)) {
          return false;
        }
      }
    }
    return true;
  }

  /** (λ/2)·Σ_l Σ_ij W_l[i,j]², biases excluded; 0 when λ = 0. */
  double l2Term() {
    if (l2Lambda == 0) {
      return 0.0;
    }
    double sum = 0;
    for (double[] wl : w) {
      for (double v : wl) {
        sum += v * v;
      }
    }
    return 0.5 * l2Lambda * sum;
  }

  /**
   * Sets hidden layer {@code hidden} to {@code units} units. Units that stay keep their incoming
   * and outgoing weights; new units get small random weights from {@code random}, and their
   * outgoing weights start at zero-mean small values.
   */
  public void resizeHidden(int hidden, int units, RandomGenerator random) {
    checkHiddenIndex(hidden, activations.length - 1);
    checkUnits(hidden, units);
    int old = sizes[hidden + 1];
    if (units == old) {
      return;
    }
    int in = sizes[hidden];
    int next = sizes[hidden + 2];
    double inLimit = Initializer.NEW_UNIT_SCALE * Initializer.limit(in, units, activations[hidden]);
    double[] incoming = new double[units * in];
    double[] bias = new double[units];
    int kept = Math.min(units, old);
    System.arraycopy(w[hidden], 0, incoming, 0, kept * in);
    System.arraycopy(b[hidden], 0, bias, 0, kept);
    for (int k = kept * in; k < units * in; k++) {
      incoming[k] = Initializer.uniform(random, inLimit);
    }
    w[hidden] = incoming;
    b[hidden] = bias;
    sizes[hidden + 1] = units;
    w[hidden + 1] = widen(w[hidden + 1], next, old, units, layerActivation(hidden + 1), random);
    structureVersion++;
  }

  /**
   * {@code weights} ([out × oldIn]) with the input count changed to {@code newIn}: the first
   * min(oldIn, newIn) columns kept, new columns small random with the initial scale of a layer
   * whose own activation is {@code activation} (null for the output layer).
   */
  private static double[] widen(
      double[] weights,
      int out,
      int oldIn,
      int newIn,
      Activation activation,
      RandomGenerator random) {
    double limit = Initializer.NEW_UNIT_SCALE * Initializer.limit(newIn, out, activation);
    double[] resized = new double[out * newIn];
    int kept = Math.min(oldIn, newIn);
    for (int j = 0; j < out; j++) {
      System.arraycopy(weights, j * oldIn, resized, j * newIn, kept);
      for (int i = kept; i < newIn; i++) {
        resized[j * newIn + i] = Initializer.uniform(random, limit);
      }
    }
    return resized;
  }

  /** The activation of weight layer l's own units, null for the output layer. */
  private Activation layerActivation(int l) {
    return l < activations.length ? activations[l] : null;
  }

  /** Inserts a hidden layer at position {@code hidden} (0 … hidden count), with new weights. */
  public void insertHidden(int hidden, int units, Activation activation, RandomGenerator random) {
    checkHiddenIndex(hidden, activations.length);
    checkUnits(hidden, units);
    if (activation == null) {
      throw new IllegalArgumentException("activation: missing");
    }
    if (activations.length >= MAX_HIDDEN_LAYERS) {
      throw new IllegalArgumentException(
          "hidden layers: at most "
              + MAX_HIDDEN_LAYERS
              + " allowed, already "
              + activations.length);
    }
    int in = sizes[hidden];
    int out = sizes[hidden + 1];
    // The old layer `hidden` (into unit layer hidden+1) now takes the new layer as input.
    double[] following = widen(w[hidden], out, in, units, layerActivation(hidden), random);
    double[] fresh = new double[units * in];
    double limit = Initializer.limit(in, units, activation);
    for (int k = 0; k < fresh.length; k++) {
      fresh[k] = Initializer.uniform(random, limit);
    }
    w = insert(w, hidden, fresh);
    w[hidden + 1] = following;
    b = insert(b, hidden, new double[units]);
    sizes = insert(sizes, hidden + 1, units);
    activations = insert(activations, hidden, activation);
    structureVersion++;
  }

  /** Removes hidden layer {@code hidden}; the layers around it are reconnected. */
  public void removeHidden(int hidden, RandomGenerator random) {
    checkHiddenIndex(hidden, activations.length - 1);
    if (activations.length <= 1) {
      throw new IllegalArgumentException("hidden layers: at least 1 is needed");
    }
    int in = sizes[hidden];
    int units = sizes[hidden + 1];
    int out = sizes[hidden + 2];
    // The layer after the removed one now reads layer `hidden`'s input directly.
    double[] following = widen(w[hidden + 1], out, units, in, layerActivation(hidden + 1), random);
    w = remove(w, hidden);
    w[hidden] = following;
    b = remove(b, hidden);
    sizes = remove(sizes, hidden + 1);
    activations = remove(activations, hidden);
    structureVersion++;
  }

  private static void checkHiddenIndex(int hidden, int max) {
    if (hidden < 0 || hidden > max) {
      throw new IndexOutOfBoundsException("hidden layer index " + hidden + " is outside 0.." + max);
    }
  }

  private static <T> T[] insert(T[] a, int at, T v) {
    T[] r = Arrays.copyOf(a, a.length + 1);
    System.arraycopy(a, at, r, at + 1, a.length - at);
    r[at] = v;
    return r;
  }

  private static int[] insert(int[] a, int at, int v) {
    int[] r = Arrays.copyOf(a, a.length + 1);
    System.arraycopy(a, at, r, at + 1, a.length - at);
    r[at] = v;
    return r;
  }

  private static <T> T[] remove(T[] a, int at) {
    T[] r = Arrays.copyOf(a, a.length - 1);
    System.arraycopy(a, at + 1, r, at, a.length - at - 1);
    return r;
  }

  private static int[] remove(int[] a, int at) {
    int[] r = Arrays.copyOf(a, a.length - 1);
    System.arraycopy(a, at + 1, r, at, a.length - at - 1);
    return r;
  }

  /** Forward and backward pass on all of {@code samples}, every intermediate value kept. */
  public Trace trace(Samples samples) {
    Backprop backprop = new Backprop();
    backprop.run(this, samples, null, 0, samples.size());
    return backprop.toTrace(this, samples, null, 0, samples.size());
  }
}
