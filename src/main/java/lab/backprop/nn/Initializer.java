package lab.backprop.nn;

import java.util.random.RandomGenerator;

/**
 * Seeded weight initialisation: Glorot (Xavier) uniform, limit √(6/(in+out)), for layers whose
 * units use sigmoid, tanh, identity or GELU and for the output layer; He uniform, limit √(6/in),
 * for the ReLU family. Biases start at 0.
 */
public final class Initializer {
  private Initializer() {}

  /** Units added to a live network start with weights this fraction of the initial limit. */
  public static final double NEW_UNIT_SCALE = 0.1;

  /**
   * Half-width of the uniform distribution for a layer of {@code out} units with {@code in} inputs
   * whose own activation is {@code activation} (null for the output layer).
   */
  public static double limit(int in, int out, Activation activation) {
    if (activation != null && activation.isReluFamily()) {
      return Math.sqrt(6.0 / in);
    }
    return Math.sqrt(6.0 / (in + out));
  }

  /** A uniform draw from [−limit, limit). */
  public static double uniform(RandomGenerator random, double limit) {
    return (2.0 * random.nextDouble() - 1.0) * limit;
  }
}
