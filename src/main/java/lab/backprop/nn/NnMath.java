package lab.backprop.nn;

/**
 * Elementary functions the engine needs, in double precision: an exp (table + polynomial, about 1
 * ulp, faster than {@link Math#exp} in the hot loops), a tanh and a sigmoid built on it (JDK 17's
 * {@link Math#tanh} is not an intrinsic and is several times slower), and erf/erfc, which Java does
 * not have. Accuracy is tested against StrictMath/Math and against high-precision reference values.
 */
public final class NnMath {
  private NnMath() {}

  /** Below this |z| tanh uses a rational function, above it 1 − 2/(e^{2|z|} + 1). */
  private static final double TANH_RATIONAL_LIMIT = 0.55;

  /** tanh(z) = ±1 in double precision for |z| above this. */
  private static final double TANH_SATURATION = 22.0;

  // Convergent of Lambert's continued fraction tanh z = z/(1 + z²/(3 + z²/(5 + …))) down to 17,
  // z·P(z²)/Q(z²) with P = 1 + 7/51 w + 1/255 w² + 2/69615 w³ + 1/34459425 w⁴ and
  // Q = 1 + 8/17 w + 7/255 w² + 4/9945 w³ + 1/765765 w⁴ (truncation error below 4e-21 relative
  // for |z| ≤ 0.6). It is evaluated as z − z·w·S(w)/Q(w), S = (Q − P)/w, so the rounding errors
  // of the rational part are scaled down by its size relative to z (at most 10 %).
  private static final double TS0 = 1.0 / 3;
  private static final double TS1 = 2.0 / 85;
  private static final double TS2 = 26.0 / 69615;
  private static final double TS3 = 1.0 / 765765 - 1.0 / 34459425;
  private static final double TQ1 = 8.0 / 17;
  private static final double TQ2 = 7.0 / 255;
  private static final double TQ3 = 4.0 / 9945;
  private static final double TQ4 = 1.0 / 765765;

  // exp(x) = 2^(k/64) · e^r with k = round(64x/ln 2), r = x − k·ln2/64 (|r| ≤ ln2/128), the
  // constant split so that k·LN2_64_HI is exact for |k| < 2^21.
  private static final double INV_LN2_64 = 92.33248261689366;
  private static final double LN2_64_HI = 0.01083042469326756;
  private static final double LN2_64_LO = 2.9815858269852933e-12;
  private static final double[] TWO_POW_J_64 = new double[64];

  static {
    for (int j = 0; j < 64; j++) {
      TWO_POW_J_64[j] = StrictMath.pow(2.0, j / 64.0);
    }
  }

  /** Inputs with |x| below this take the table path; others (overflow, subnormal) Math.exp. */
  private static final double EXP_TABLE_LIMIT = 708.0;

  /**
   * e^x within about 1 ulp, several times faster than {@link Math#exp} on the engine's hot paths (a
   * 64-entry table and a degree-6 polynomial, inlined by the JIT). Overflow, underflow and NaN are
   * handled by {@link Math#exp}.
   */
  public static double exp(double x) {
    if (!(Math.abs(x) < EXP_TABLE_LIMIT)) {
      return Math.exp(x);
    }
    double kd = Math.rint(x * INV_LN2_64);
    int k = (int) kd;
    double r = (x - kd * LN2_64_HI) - kd * LN2_64_LO;
    double p =
        r + r * r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120 + r * (1.0 / 720)))));
    double t = TWO_POW_J_64[k & 63];
    double scale = Double.longBitsToDouble((long) ((k >> 6) + 1023) << 52);
    return scale * (t + t * p);
  }

  /** tanh(z), within 2 ulp of {@link Math#tanh}. */
  public static double tanh(double z) {
    double az = Math.abs(z);
    if (az < TANH_RATIONAL_LIMIT) {
      double w = z * z;
      double sw = TS0 + w * (TS1 + w * (TS2 + w * TS3));
      double q = 1.0 + w * (TQ1 + w * (TQ2 + w * (TQ3 + w * TQ4)));
      return z - z * w * sw / q;
    }
    if (az < TANH_SATURATION) {
      double r = 1.0 - 2.0 / (exp(2.0 * az) + 1.0);
      return z < 0 ? -r : r;
    }
    if (az >= TANH_SATURATION) {
      return z < 0 ? -1.0 : 1.0;
    }
    return z; // NaN
  }

  /** The logistic function 1/(1 + e^−z); 0 and 1 in the limits, never NaN for finite z. */
  public static double sigmoid(double z) {
    return 1.0 / (1.0 + exp(-z));
  }

  private static final double TWO_OVER_SQRT_PI = 1.1283791670955126;
  private static final double ONE_OVER_SQRT_PI = 0.5641895835477563;

  /** Maclaurin coefficients of erf(x)/x in x²: (2/√π)(−1)ⁿ/(n!(2n+1)). */
  private static final double[] ERF_SERIES = erfSeries(24);

  private static double[] erfSeries(int terms) {
    double[] c = new double[terms];
    double factorial = 1.0;
    for (int n = 0; n < terms; n++) {
      if (n > 0) {
        factorial *= n;
      }
      double sign = (n % 2 == 0) ? 1.0 : -1.0;
      c[n] = sign / (factorial * (2 * n + 1));
    }
    return c;
  }

  /** erfc(x) is 0 in double precision above this. */
  private static final double ERFC_UNDERFLOW = 27.3;

  /** The error function, accurate to a few ulp. */
  public static double erf(double x) {
    double ax = Math.abs(x);
    if (ax < 1.0) {
      return erfSmall(x);
    }
    if (ax < ERFC_UNDERFLOW) {
      double r = 1.0 - erfcLarge(ax);
      return x < 0 ? -r : r;
    }
    if (ax >= ERFC_UNDERFLOW) {
      return x < 0 ? -1.0 : 1.0;
    }
    return x; // NaN
  }

  /** The complementary error function 1 − erf(x), relatively accurate also where it is tiny. */
  public static double erfc(double x) {
    if (x < 1.0) {
      if (x > -1.0) {
        return 1.0 - erfSmall(x);
      }
      if (x > -ERFC_UNDERFLOW) {
        return 2.0 - erfcLarge(-x);
      }
      return x < 0 ? 2.0 : x; // x ≤ −27.3, or NaN
    }
    if (x < ERFC_UNDERFLOW) {
      return erfcLarge(x);
    }
    return x >= ERFC_UNDERFLOW ? 0.0 : x; // NaN stays NaN
  }

  /** erf for |x| < 1 from its Maclaurin series (alternating, mildly). */
  private static double erfSmall(double x) {
    double w = x * x;
    double[] c = ERF_SERIES;
    double s = c[c.length - 1];
    for (int n = c.length - 2; n >= 0; n--) {
      s = s * w + c[n];
    }
    return TWO_OVER_SQRT_PI * (x * s);
  }

  /**
   * erfc(x) for 1 ≤ x < 27.3 from Laplace's continued fraction erfc x = e^{−x²}/√π · 1/(x +
   * (1/2)/(x + 1/(x + (3/2)/(x + …)))), evaluated backwards from a depth that gives full precision
   * at x.
   */
  private static double erfcLarge(double x) {
    int depth = 12 + (int) (240.0 / (x * x));
    double f = x;
    for (int k = depth; k >= 1; k--) {
      f = x + (0.5 * k) / f;
    }
    return expMinusSquare(x) * ONE_OVER_SQRT_PI / f;
  }

  /**
   * e^{−x²} without the error of rounding x² first: x = hi + lo with hi on 26 bits, so hi² is exact
   * and x² = hi² + lo·(x + hi).
   */
  static double expMinusSquare(double x) {
    double hi = Double.longBitsToDouble(Double.doubleToRawLongBits(x) & 0xFFFFFFFFF8000000L);
    double lo = x - hi;
    return Math.exp(-hi * hi) * Math.exp(-lo * (x + hi));
  }

  /** The standard normal CDF Φ(z) = ½ erfc(−z/√2). */
  public static double normalCdf(double z) {
    return 0.5 * erfc(-z * 0.7071067811865476);
  }

  /** The standard normal density φ(z) = e^{−z²/2}/√(2π). */
  public static double normalPdf(double z) {
    return 0.3989422804014327 * Math.exp(-0.5 * z * z);
  }
}
