package lab.backprop.nn;

/**
 * State bookkeeping shared by the optimizers: the state belongs to one network of one shape and is
 * cleared (re-allocated at zero) when the network or its shape changes.
 */
abstract class AbstractOptimizer implements Optimizer, Cloneable {
  protected OptimizerSettings settings;
  private Network stateOwner;
  private int stateVersion;
  private int[] stateShape = new int[0];

  AbstractOptimizer(OptimizerSettings settings) {
    this.settings = settings;
  }

  @Override
  public OptimizerSettings settings() {
    return settings;
  }

  @Override
  public void updateSettings(OptimizerSettings newSettings) {
    if (newSettings.kind() != settings.kind()) {
      throw new IllegalArgumentException(
          "optimizer name: cannot turn "
              + settings.kind().jsonName()
              + " into "
              + newSettings.kind().jsonName());
    }
    settings = newSettings;
  }

  @Override
  public void reset() {
    stateOwner = null;
  }

  @Override
  public final void step(Network net, double[][] dW, double[][] db) {
    if (!stateFits(net)) {
      stateOwner = net;
      stateVersion = net.structureVersion();
      stateShape = net.layerSizes();
      allocateState(net);
    }
    for (int l = 0; l < net.numLayers(); l++) {
      update(l, net.weights(l), dW[l], 2 * l);
      update(l, net.biases(l), db[l], 2 * l + 1);
    }
  }

  @Override
  public final Optimizer copyFor(Network net, Network netCopy) {
    if (!java.util.Arrays.equals(net.layerSizes(), netCopy.layerSizes())) {
      throw new IllegalArgumentException(
          "netCopy: layer sizes "
              + java.util.Arrays.toString(netCopy.layerSizes())
              + " differ from the network's "
              + java.util.Arrays.toString(net.layerSizes()));
    }
    AbstractOptimizer copy;
    try {
      copy = (AbstractOptimizer) clone();
    } catch (CloneNotSupportedException e) {
      throw new AssertionError(e);
    }
    copy.stateShape = stateShape.clone();
    if (stateFits(net)) {
      copy.stateOwner = netCopy;
      copy.stateVersion = netCopy.structureVersion();
      copy.copyStateArrays();
    } else {
      copy.stateOwner = null;
    }
    return copy;
  }

  @Override
  public final OptimizerState state(Network net) {
    if (!stateFits(net)) {
      return OptimizerState.zero(settings.kind(), net);
    }
    return exportState();
  }

  @Override
  public final void setState(Network net, OptimizerState state) {
    state.checkFits(settings.kind(), net);
    stateOwner = net;
    stateVersion = net.structureVersion();
    stateShape = net.layerSizes();
    importState(state);
  }

  /** The state held now (it fits the network it belongs to). */
  OptimizerState exportState() {
    return new OptimizerState(0, java.util.List.of());
  }

  /** Takes {@code state}, already checked to fit, as this optimizer's state. */
  void importState(OptimizerState state) {}

  /** Replaces this (cloned) optimizer's state arrays by deep copies, so the two share nothing. */
  void copyStateArrays() {}

  static double[][] deepCopy(double[][] state) {
    if (state == null) {
      return null;
    }
    double[][] c = new double[state.length][];
    for (int k = 0; k < state.length; k++) {
      c[k] = state[k].clone();
    }
    return c;
  }

  private boolean stateFits(Network net) {
    if (net != stateOwner || net.structureVersion() != stateVersion) {
      return false;
    }
    if (stateShape.length != net.numLayers() + 1) {
      return false;
    }
    for (int k = 0; k < stateShape.length; k++) {
      if (stateShape[k] != net.layerSize(k)) {
        return false;
      }
    }
    return true;
  }

  /** Zeroed state for every parameter array of {@code net}; slot 2l is W_l, 2l+1 is b_l. */
  abstract void allocateState(Network net);

  /**
   * p ← update of p with gradient g; {@code slot} names the state of this array. Slots come in
   * order 0, 1, 2, … within one {@link #step}.
   */
  abstract void update(int layer, double[] p, double[] g, int slot);

  static double[][] zeroState(Network net) {
    double[][] s = new double[2 * net.numLayers()][];
    for (int l = 0; l < net.numLayers(); l++) {
      s[2 * l] = new double[net.weights(l).length];
      s[2 * l + 1] = new double[net.biases(l).length];
    }
    return s;
  }
}
