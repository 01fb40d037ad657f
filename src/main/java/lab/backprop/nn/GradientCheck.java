package lab.backprop.nn;

/** Central finite differences over every parameter against the analytic gradient. */
public final class GradientCheck {
  private GradientCheck() {}

  /**
   * The worst relative error |analytic − numeric| / max(|analytic| + |numeric|, tiny) and where it
   * is.
   */
  public record Result(
      double worstRelativeError,
      double worstAbsoluteError,
      String worstParameter,
      int parametersChecked) {}

  /** Checks every W and b of {@code net} on all of {@code samples} with step {@code h}. */
  public static Result check(Network net, Samples samples, double h) {
    throw new UnsupportedOperationException("TODO");
  }
}
