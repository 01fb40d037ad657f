package lab.backprop.nn;

/**
 * Which optimizer and its hyper-parameters. {@code name} is {@code sgd}, {@code momentum}, {@code
 * nesterov} or {@code adam}. Defaults: momentum 0.9, beta1 0.9, beta2 0.999, eps 1e-8.
 */
public record OptimizerSettings(
    String name, double lr, double momentum, double beta1, double beta2, double eps) {

  /**
   * @throws IllegalArgumentException for an unknown name or a non-finite / non-positive lr, a
   *     momentum or beta outside [0, 1), or a negative eps, naming the field
   */
  public OptimizerSettings {
    throw new UnsupportedOperationException("TODO");
  }

  public static OptimizerSettings of(String name, double lr) {
    return new OptimizerSettings(name, lr, 0.9, 0.9, 0.999, 1e-8);
  }

  public OptimizerSettings withLr(double newLr) {
    return new OptimizerSettings(name, newLr, momentum, beta1, beta2, eps);
  }
}
