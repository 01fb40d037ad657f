package lab.backprop.nn;

/** Central finite differences over every parameter against the analytic gradient. */
public final class GradientCheck {
  private GradientCheck() {}

  /** Below this, |analytic| + |numeric| counts as zero in the relative error. */
  private static final double TINY = 1e-12;

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
    Backprop backprop = new Backprop();
    backprop.run(net, samples, null, 0, samples.size());
    return check(net, samples, h, copy(backprop.dW()), copy(backprop.db()));
  }

  /**
   * Checks a given analytic gradient ({@code dW[l]} row-major [out, in], {@code db[l]}, as {@link
   * Backprop} gives them) of every W and b of {@code net} on all of {@code samples}.
   */
  public static Result check(Network net, Samples samples, double h, double[][] dW, double[][] db) {
    Backprop backprop = new Backprop();
    int n = samples.size();
    double worstRel = 0;
    double worstAbs = 0;
    String where = "none";
    int checked = 0;
    for (int l = 0; l < net.numLayers(); l++) {
      int in = net.layerSize(l);
      for (int pass = 0; pass < 2; pass++) {
        double[] p = pass == 0 ? net.weights(l) : net.biases(l);
        double[] g = pass == 0 ? dW[l] : db[l];
        for (int k = 0; k < p.length; k++) {
          double saved = p[k];
          p[k] = saved + h;
          double plus = backprop.loss(net, samples, null, 0, n);
          p[k] = saved - h;
          double minus = backprop.loss(net, samples, null, 0, n);
          p[k] = saved;
          double numeric = (plus - minus) / (2 * h);
          double abs = Math.abs(g[k] - numeric);
          double rel = abs / Math.max(Math.abs(g[k]) + Math.abs(numeric), TINY);
          checked++;
          if (rel > worstRel || Double.isNaN(rel)) {
            worstRel = rel;
            where =
                pass == 0
                    ? "W[" + l + "][" + k / in + "][" + k % in + "]"
                    : "b[" + l + "][" + k + "]";
          }
          worstAbs = Math.max(worstAbs, abs);
        }
      }
    }
    return new Result(worstRel, worstAbs, where, checked);
  }

  private static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int k = 0; k < a.length; k++) {
      c[k] = a[k].clone();
    }
    return c;
  }
}
