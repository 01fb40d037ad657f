package lab.backprop.nn;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The optimizers, with PyTorch's update rules; names are the JSON and option names. */
public enum OptimizerKind {
  SGD("sgd"),
  MOMENTUM("momentum"),
  NESTEROV("nesterov"),
  ADAM("adam");

  private final String jsonName;

  OptimizerKind(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }

  /** The JSON names, comma-separated, for messages and help. */
  public static String names() {
    return Arrays.stream(values()).map(OptimizerKind::jsonName).collect(Collectors.joining(", "));
  }

  /**
   * @throws IllegalArgumentException naming the valid choices when {@code name} is not one
   */
  public static OptimizerKind fromName(String name) {
    for (OptimizerKind k : values()) {
      if (k.jsonName.equals(name)) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown optimizer '" + name + "', expected one of " + names());
  }
}
