package lab.backprop.nn;

import java.util.SplittableRandom;

/**
 * A dense network, mutable, owned by one thread. Layer l (0-based here, l = 0 is the first hidden
 * layer; the seeds' layer l+1) has {@code W_l} of shape [out, in] and {@code b_l} of shape [out].
 * Hidden layers use {@link #activation(int)}; the last layer is linear followed by {@link
 * #output()}.
 *
 * <p>Limits: 1 to 6 hidden layers of 1 to 256 units (checked by the constructor and resize methods,
 * with a message naming the limit).
 */
public final class Network {
  public static final int MAX_HIDDEN_LAYERS = 6;
  public static final int MAX_UNITS = 256;

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
    throw new UnsupportedOperationException("TODO");
  }

  /** A freshly initialised network (Glorot for sigmoid/tanh/identity/gelu, He for ReLU family). */
  public static Network initialized(
      int[] layerSizes, Activation[] activations, OutputKind output, double l2Lambda, long seed) {
    throw new UnsupportedOperationException("TODO");
  }

  /** A deep copy (used for immutable snapshots). */
  public Network copy() {
    throw new UnsupportedOperationException("TODO");
  }

  public int[] layerSizes() {
    throw new UnsupportedOperationException("TODO");
  }

  /** Number of weight layers L (hidden layers + 1). */
  public int numLayers() {
    throw new UnsupportedOperationException("TODO");
  }

  public int inputSize() {
    throw new UnsupportedOperationException("TODO");
  }

  public int outputSize() {
    throw new UnsupportedOperationException("TODO");
  }

  /** Activation of hidden layer {@code hidden} (0-based). */
  public Activation activation(int hidden) {
    throw new UnsupportedOperationException("TODO");
  }

  public Activation[] activations() {
    throw new UnsupportedOperationException("TODO");
  }

  /** Switches the activation of every hidden layer; keeps all weights. */
  public void setActivation(Activation activation) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Switches the activation of one hidden layer; keeps all weights. */
  public void setActivation(int hidden, Activation activation) {
    throw new UnsupportedOperationException("TODO");
  }

  public OutputKind output() {
    throw new UnsupportedOperationException("TODO");
  }

  public double l2Lambda() {
    throw new UnsupportedOperationException("TODO");
  }

  public void setL2Lambda(double l2Lambda) {
    throw new UnsupportedOperationException("TODO");
  }

  /** W_l[j][i]: the weight from unit i of layer l−1 into unit j of layer l. */
  public double w(int l, int j, int i) {
    throw new UnsupportedOperationException("TODO");
  }

  public void setW(int l, int j, int i, double value) {
    throw new UnsupportedOperationException("TODO");
  }

  public double b(int l, int j) {
    throw new UnsupportedOperationException("TODO");
  }

  public void setB(int l, int j, double value) {
    throw new UnsupportedOperationException("TODO");
  }

  /** A copy of every W_l as [out][in]. */
  public double[][][] copyW() {
    throw new UnsupportedOperationException("TODO");
  }

  /** A copy of every b_l. */
  public double[][] copyB() {
    throw new UnsupportedOperationException("TODO");
  }

  /** True when every parameter is finite. */
  public boolean isFinite() {
    throw new UnsupportedOperationException("TODO");
  }

  /**
   * Sets hidden layer {@code hidden} to {@code units} units. Units that stay keep their incoming
   * and outgoing weights; new units get small random weights from {@code random}, and their
   * outgoing weights start at zero-mean small values.
   */
  public void resizeHidden(int hidden, int units, SplittableRandom random) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Inserts a hidden layer at position {@code hidden} (0 … hidden count), with new weights. */
  public void insertHidden(int hidden, int units, Activation activation, SplittableRandom random) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Removes hidden layer {@code hidden}; the layers around it are reconnected. */
  public void removeHidden(int hidden, SplittableRandom random) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Forward and backward pass on all of {@code samples}, every intermediate value kept. */
  public Trace trace(Samples samples) {
    throw new UnsupportedOperationException("TODO");
  }
}
