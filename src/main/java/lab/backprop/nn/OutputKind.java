package lab.backprop.nn;

/** The output layer's function and loss; names are the JSON names of DESIGN.md. */
public enum OutputKind {
  /** softmax + mean cross-entropy, integer labels, 2+ output units. */
  SOFTMAX_CE("softmax_ce"),
  /** one sigmoid output unit + mean binary cross-entropy, labels 0/1. */
  SIGMOID_BCE("sigmoid_bce"),
  /** one identity output unit, mean of (z − t)², no ½. */
  MSE("mse");

  private final String jsonName;

  OutputKind(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }

  public boolean isClassification() {
    return this != MSE;
  }

  /**
   * @throws IllegalArgumentException naming the valid choices when {@code name} is not one
   */
  public static OutputKind fromName(String name) {
    for (OutputKind k : values()) {
      if (k.jsonName.equals(name)) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown output '" + name + "', expected one of softmax_ce, sigmoid_bce, mse");
  }
}
