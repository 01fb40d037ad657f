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
    if (name == null
        || !(name.equals("sgd")
            || name.equals("momentum")
            || name.equals("nesterov")
            || name.equals("adam"))) {
      throw new IllegalArgumentException(
          "optimizer name: unknown optimizer '"
              + name
              + "', expected one of sgd, momentum, nesterov, adam");
    }
    if (!(lr > 0) || !Double.isFinite(lr)) {
      throw new IllegalArgumentException("lr: expected a finite number > 0, got " + lr);
    }
    checkUnitInterval("momentum", momentum);
    checkUnitInterval("beta1", beta1);
    checkUnitInterval("beta2", beta2);
    if (!(eps >= 0) || !Double.isFinite(eps)) {
      throw new IllegalArgumentException("eps: expected a finite number >= 0, got " + eps);
    }
  }

  private static void checkUnitInterval(String field, double value) {
    if (!(value >= 0 && value < 1)) {
      throw new IllegalArgumentException(field + ": expected a number in [0, 1), got " + value);
    }
  }

  public static OptimizerSettings of(String name, double lr) {
    return new OptimizerSettings(name, lr, 0.9, 0.9, 0.999, 1e-8);
  }

  public OptimizerSettings withLr(double newLr) {
    return new OptimizerSettings(name, newLr, momentum, beta1, beta2, eps);
  }
}
