package lab.backprop.nn;

/**
 * One parameter update with PyTorch's rules (see DESIGN.md / oracle README). L2 is already in the
 * gradient. State (velocity, moments, step count) starts at zero and is reset when the network's
 * shape changes.
 */
public interface Optimizer {

  static Optimizer create(OptimizerSettings settings) {
    throw new UnsupportedOperationException("TODO");
  }

  OptimizerSettings settings();

  /**
   * Updates every W and b of {@code net} in place from flat gradients ({@code dW[l]} row-major
   * [out*in], {@code db[l]} [out]), e.g. those of {@link Backprop#dW()}. Allocates nothing in
   * steady state.
   */
  void step(Network net, double[][] dW, double[][] db);

  /** Clears the state. */
  void reset();
}
