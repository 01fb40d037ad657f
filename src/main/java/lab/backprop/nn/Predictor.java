package lab.backprop.nn;

/**
 * Fast forward passes for many points (the decision-boundary grid, accuracy): reusable buffers, no
 * allocation after the first call for a shape. Not thread-safe; one per thread.
 */
public final class Predictor {

  public Predictor() {}

  /**
   * Forward pass of {@code n} points stored row-major in {@code x} ([n*in]); writes the output
   * ([n*outputSize]: softmax probabilities, the sigmoid probability, or the regression value) into
   * {@code out}.
   */
  public void predict(Network net, double[] x, int n, double[] out) {
    throw new UnsupportedOperationException("TODO");
  }

  /**
   * Like {@link #predict}, and also writes the activation a of unit {@code unit} of layer {@code
   * layer} (0 = first hidden) for each point into {@code unitOut} ([n]).
   */
  public void predictWithUnit(
      Network net, double[] x, int n, double[] out, int layer, int unit, double[] unitOut) {
    throw new UnsupportedOperationException("TODO");
  }
}
