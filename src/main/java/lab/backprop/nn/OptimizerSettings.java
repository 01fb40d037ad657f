package lab.backprop.nn;

/**
 * Which optimizer and its hyper-parameters. Defaults: lr 0.1, momentum 0.9, beta1 0.9, beta2 0.999,
 * eps 1e-8.
 */
public record OptimizerSettings(
    OptimizerKind kind, double lr, double momentum, double beta1, double beta2, double eps) {

  public static final double DEFAULT_LR = 0.1;
  public static final double DEFAULT_MOMENTUM = 0.9;
  public static final double DEFAULT_BETA1 = 0.9;
  public static final double DEFAULT_BETA2 = 0.999;
  public static final double DEFAULT_EPS = 1e-8;

  /** SGD with the default learning rate. */
  public static final OptimizerSettings DEFAULT = of(OptimizerKind.SGD, DEFAULT_LR);

  /**
   * @throws IllegalArgumentException for a missing kind, a non-finite or non-positive lr, a
   *     momentum or beta outside [0, 1), or a negative or non-finite eps, naming the field
   */
  public OptimizerSettings {
    if (kind == null) {
      throw new IllegalArgumentException("name: expected one of " + OptimizerKind.names());
    }
    checkLr(lr);
    checkUnitInterval("momentum", momentum);
    checkUnitInterval("beta1", beta1);
    checkUnitInterval("beta2", beta2);
    if (!(eps >= 0) || !Double.isFinite(eps)) {
      throw new IllegalArgumentException("eps: expected a finite number >= 0, got " + eps);
    }
  }

  /**
   * @throws IllegalArgumentException unless {@code lr} is a finite number > 0
   */
  public static void checkLr(double lr) {
    if (!(lr > 0) || !Double.isFinite(lr)) {
      throw new IllegalArgumentException("lr: expected a finite number > 0, got " + lr);
    }
  }

  private static void checkUnitInterval(String field, double value) {
    if (!(value >= 0 && value < 1)) {
      throw new IllegalArgumentException(field + ": expected a number in [0, 1), got " + value);
    }
  }

  /** {@code kind} with learning rate {@code lr} and the default other hyper-parameters. */
  public static OptimizerSettings of(OptimizerKind kind, double lr) {
    return new OptimizerSettings(
        kind, lr, DEFAULT_MOMENTUM, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPS);
  }

  /** Same as {@link #of(OptimizerKind, double)} with the optimizer's JSON name. */
  public static OptimizerSettings of(String name, double lr) {
    return of(OptimizerKind.fromName(name), lr);
  }

  /** The JSON name of the optimizer. */
  public String name() {
    return kind.jsonName();
  }

  public OptimizerSettings withLr(double newLr) {
    return new OptimizerSettings(kind, newLr, momentum, beta1, beta2, eps);
  }

  public OptimizerSettings withKind(OptimizerKind newKind) {
    return new OptimizerSettings(newKind, lr, momentum, beta1, beta2, eps);
  }
}
