package lab.backprop.nn;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A hidden-layer activation: the pair (f, f') the forward and backward passes use. Names are the
 * JSON names of DESIGN.md.
 *
 * <p>The bulk methods {@link #apply} and {@link #multiplyByDerivative} are what the engine uses:
 * they switch on the activation once and then loop, so the per-element work has no dispatch. They
 * compute exactly the same numbers as {@link #f} and {@link #df}.
 */
public enum Activation {
  SIGMOID("sigmoid"),
  TANH("tanh"),
  RELU("relu"),
  LEAKY_RELU("leaky_relu"),
  GELU_ERF("gelu_erf"),
  GELU_TANH("gelu_tanh"),
  IDENTITY("identity");

  /** Slope of leaky_relu for z ≤ 0. */
  public static final double LEAKY_SLOPE = 0.01;

  private static final double SQRT_2_OVER_PI = 0.7978845608028654;
  private static final double GELU_CUBIC = 0.044715;

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
    for (Activation a : values()) {
      if (a.jsonName.equals(name)) {
        return a;
      }
    }
    throw new IllegalArgumentException(
        "unknown activation '"
            + name
            + "', expected one of "
            + Arrays.stream(values()).map(Activation::jsonName).collect(Collectors.joining(", ")));
  }

  /** f(z). */
  public double f(double z) {
    switch (this) {
      case SIGMOID:
        return NnMath.sigmoid(z);
      case TANH:
        return NnMath.tanh(z);
      case RELU:
        return relu(z);
      case LEAKY_RELU:
        return leaky(z);
      case GELU_ERF:
        return geluErf(z);
      case GELU_TANH:
        return geluTanh(z);
      default:
        return z;
    }
  }

  /** f'(z); at z = 0 exactly relu' = 0 and leaky_relu' = 0.01. */
  public double df(double z) {
    switch (this) {
      case SIGMOID:
        {
          double s = NnMath.sigmoid(z);
          return s * (1.0 - s);
        }
      case TANH:
        {
          double t = NnMath.tanh(z);
          return 1.0 - t * t;
        }
      case RELU:
        return z > 0 ? 1.0 : 0.0;
      case LEAKY_RELU:
        return z > 0 ? 1.0 : LEAKY_SLOPE;
      case GELU_ERF:
        return geluErfDerivative(z);
      case GELU_TANH:
        return geluTanhDerivative(z);
      default:
        return 1.0;
    }
  }

  /** True for relu and leaky_relu (He initialisation); false otherwise (Glorot). */
  public boolean isReluFamily() {
    return this == RELU || this == LEAKY_RELU;
  }

  /** a[k] = f(z[k]) for k in [0, len). */
  void apply(double[] z, double[] a, int len) {
    switch (this) {
      case SIGMOID:
        for (int k = 0; k < len; k++) {
          a[k] = NnMath.sigmoid(z[k]);
        }
        break;
      case TANH:
        NnMath.tanh(z, a, len);
        break;
      case RELU:
        for (int k = 0; k < len; k++) {
          a[k] = relu(z[k]);
        }
        break;
      case LEAKY_RELU:
        for (int k = 0; k < len; k++) {
          a[k] = leaky(z[k]);
        }
        break;
      case GELU_ERF:
        for (int k = 0; k < len; k++) {
          a[k] = geluErf(z[k]);
        }
        break;
      case GELU_TANH:
        // geluTanh(z) in the three passes of the bulk tanh (see NnMath.tanh): the same numbers.
        for (int k = 0; k < len; k++) {
          a[k] = NnMath.tanhExpm1Reduced(geluTanhArgument(z[k]));
        }
        for (int k = 0; k < len; k++) {
          a[k] = NnMath.tanhDoublings(a[k]);
        }
        for (int k = 0; k < len; k++) {
          double t = NnMath.tanhFromExpm1(geluTanhArgument(z[k]), a[k]);
          a[k] = 0.5 * z[k] * (1.0 + t);
        }
        break;
      default:
        System.arraycopy(z, 0, a, 0, len);
    }
  }

  /**
   * g[k] ← f'(z[k]) · g[k] for k in [0, len), where a = f(z) from {@link #apply} (tanh and sigmoid
   * take their derivative from a, as {@link #df} does from f).
   */
  void multiplyByDerivative(double[] z, double[] a, double[] g, int len) {
    switch (this) {
      case SIGMOID:
        for (int k = 0; k < len; k++) {
          double s = a[k];
          g[k] = s * (1.0 - s) * g[k];
        }
        break;
      case TANH:
        for (int k = 0; k < len; k++) {
          double t = a[k];
          g[k] = (1.0 - t * t) * g[k];
        }
        break;
      case RELU:
        for (int k = 0; k < len; k++) {
          g[k] = z[k] > 0 ? g[k] : 0.0;
        }
        break;
      case LEAKY_RELU:
        for (int k = 0; k < len; k++) {
          g[k] = z[k] > 0 ? g[k] : LEAKY_SLOPE * g[k];
        }
        break;
      case GELU_ERF:
        for (int k = 0; k < len; k++) {
          g[k] = geluErfDerivative(z[k]) * g[k];
        }
        break;
      case GELU_TANH:
        for (int k = 0; k < len; k++) {
          g[k] = geluTanhDerivative(z[k]) * g[k];
        }
        break;
      default:
        break;
    }
  }

  private static double relu(double z) {
    return z > 0 ? z : 0.0;
  }

  private static double leaky(double z) {
    return z > 0 ? z : LEAKY_SLOPE * z;
  }

  private static double geluErf(double z) {
    return z * NnMath.normalCdf(z);
  }

  private static double geluErfDerivative(double z) {
    return NnMath.normalCdf(z) + z * NnMath.normalPdf(z);
  }

  private static double geluTanhArgument(double z) {
    return SQRT_2_OVER_PI * (z + GELU_CUBIC * z * z * z);
  }

  private static double geluTanh(double z) {
    double t = NnMath.tanh(geluTanhArgument(z));
    return 0.5 * z * (1.0 + t);
  }

  private static double geluTanhDerivative(double z) {
    double t = NnMath.tanh(geluTanhArgument(z));
    return 0.5 * (1.0 + t)
        + 0.5 * z * (1.0 - t * t) * SQRT_2_OVER_PI * (1.0 + 3.0 * GELU_CUBIC * z * z);
  }
}
