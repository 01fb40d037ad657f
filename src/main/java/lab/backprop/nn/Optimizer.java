package lab.backprop.nn;

/**
 * One parameter update with PyTorch's rules (see DESIGN.md / oracle README). L2 is already in the
 * gradient. State (velocity, moments, step count) starts at zero and is reset when the network's
 * shape changes.
 */
public interface Optimizer {

  static Optimizer create(OptimizerSettings settings) {
    return switch (settings.kind()) {
      case SGD -> new Sgd(settings);
      case MOMENTUM -> new Momentum(settings, false);
      case NESTEROV -> new Momentum(settings, true);
      case ADAM -> new Adam(settings);
    };
  }

  OptimizerSettings settings();

  /**
   * Updates every W and b of {@code net} in place from flat gradients ({@code dW[l]} row-major
   * [out*in], {@code db[l]} [out]), e.g. those of {@link Backprop#dW()}. Allocates nothing in
   * steady state.
   */
  void step(Network net, double[][] dW, double[][] db);

  /**
   * An independent copy of this optimizer, for stepping {@code netCopy} (a copy of {@code net}) as
   * this one would step {@code net}: same settings, and the state this one holds for {@code net}
   * (velocity, moments, step count) copied and bound to {@code netCopy}. Stepping the copy leaves
   * this optimizer unchanged. When this one holds no state for {@code net}, neither does the copy.
   *
   * @throws IllegalArgumentException when the two networks differ in shape
   */
  Optimizer copyFor(Network net, Network netCopy);

  /**
   * A copy of the state this optimizer holds for {@code net} (zeros when it holds none: the same
   * steps follow from either).
   */
  OptimizerState state(Network net);

  /**
   * Makes a copy of {@code state} this optimizer's state for {@code net}, as if it had taken the
   * steps that led to it.
   *
   * @throws IllegalArgumentException when the state does not fit this optimizer or {@code net}
   */
  void setState(Network net, OptimizerState state);

  /** Clears the state. */
  void reset();

  /**
   * Changes the hyper-parameters and keeps the state (as changing a torch param group's lr does).
   *
   * @throws IllegalArgumentException when {@code settings} names another optimizer
   */
  void updateSettings(OptimizerSettings settings);
}
