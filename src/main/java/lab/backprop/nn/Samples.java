package lab.backprop.nn;

/**
 * The rows a network is evaluated or trained on: {@code X} is [N][in]; {@code y} holds integer
 * labels (classification, else null); {@code t} holds targets (regression, else null). The arrays
 * are not copied: callers must not change them afterwards.
 */
public record Samples(double[][] X, int[] y, double[] t) {
  public int size() {
    return X.length;
  }
}
