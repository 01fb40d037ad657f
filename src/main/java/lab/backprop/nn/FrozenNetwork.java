package lab.backprop.nn;

/**
 * A network that cannot change: what the trainer publishes for other threads and what a recorded
 * step keeps. It holds a private copy of a {@link Network} that nothing writes and nothing outside
 * this package sees, so it is safe to read from any thread. Reading is by value ({@link #w}, {@link
 * #b}) or by copy ({@link #weightsCopy}, {@link #copyW}); forward passes go through {@link
 * Predictor} without a copy; {@link #toNetwork()} gives a mutable copy to train or edit.
 */
public final class FrozenNetwork {
  private final Network network;

  /** Takes {@code privateCopy}, which the caller must not keep (see {@link Network#freeze()}). */
  FrozenNetwork(Network privateCopy) {
    this.network = privateCopy;
  }

  /** A mutable copy of this network. */
  public Network toNetwork() {
    return network.copy();
  }

  /** The network itself, for the engine's own forward passes (never written, never handed out). */
  Network network() {
    return network;
  }

  public int[] layerSizes() {
    return network.layerSizes();
  }

  /** Size of layer {@code k} of {@link #layerSizes()} (0 = input), without a copy. */
  public int layerSize(int k) {
    return network.layerSize(k);
  }

  /** Number of weight layers L (hidden layers + 1). */
  public int numLayers() {
    return network.numLayers();
  }

  public int inputSize() {
    return network.inputSize();
  }

  public int outputSize() {
    return network.outputSize();
  }

  /** Activation of hidden layer {@code hidden} (0-based). */
  public Activation activation(int hidden) {
    return network.activation(hidden);
  }

  public Activation[] activations() {
    return network.activations();
  }

  public OutputKind output() {
    return network.output();
  }

  public double l2Lambda() {
    return network.l2Lambda();
  }

  /** W_l[j][i]: the weight from unit i of layer l−1 into unit j of layer l. */
  public double w(int l, int j, int i) {
    return network.w(l, j, i);
  }

  public double b(int l, int j) {
    return network.b(l, j);
  }

  /** A copy of weight layer l's weights, flat and row-major: W_l[j][i] at {@code j * in + i}. */
  public double[] weightsCopy(int l) {
    return network.weights(l).clone();
  }

  /** A copy of weight layer l's biases. */
  public double[] biasesCopy(int l) {
    return network.biases(l).clone();
  }

  /** A copy of every W_l as [out][in]. */
  public double[][][] copyW() {
    return network.copyW();
  }

  /** A copy of every b_l. */
  public double[][] copyB() {
    return network.copyB();
  }

  /** True when every parameter is finite. */
  public boolean isFinite() {
    return network.isFinite();
  }
}
