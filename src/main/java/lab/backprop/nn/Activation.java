package lab.backprop.nn;

/**
 * A hidden-layer activation: the pair (f, f') the forward and backward passes use. Names are the
 * JSON names of DESIGN.md.
 */
public enum Activation {
  SIGMOID("sigmoid"),
  TANH("tanh"),
  RELU("relu"),
  LEAKY_RELU("leaky_relu"),
  GELU_ERF("gelu_erf"),
  GELU_TANH("gelu_tanh"),
  IDENTITY("identity");

  private final String jsonName;

  Activation(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The name used in JSON, the CLI and the UI, e.g. {@code leaky_relu}. */
  public String jsonName() {
    return jsonName;
  }

  /**
   * @throws IllegalArgumentException naming the valid choices when {@code name} is not one
   */
  public static Activation fromName(String name) {
    throw new UnsupportedOperationException("TODO");
  }

  /** f(z). */
  public double f(double z) {
    throw new UnsupportedOperationException("TODO");
  }

  /** f'(z); at z = 0 exactly relu' = 0 and leaky_relu' = 0.01. */
  public double df(double z) {
    throw new UnsupportedOperationException("TODO");
  }

  /** True for relu and leaky_relu (He initialisation); false otherwise (Glorot). */
  public boolean isReluFamily() {
    return this == RELU || this == LEAKY_RELU;
  }
}
