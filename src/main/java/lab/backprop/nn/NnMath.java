package lab.backprop.nn;

/**
 * Elementary functions the engine needs, in double precision: an exp (table + polynomial, about 1
 * ulp, faster than {@link Math#exp} in the hot loops) and a sigmoid built on it; a tanh (5 ulp) and
 * a log(1 + e) on [0, 1] (2 ulp) written in plain arithmetic so that loops over them run as SIMD
 * code (JDK 17's {@link Math#tanh} is not an intrinsic and is several times slower, and no
 * transcendental call vectorises); erf/erfc, which Java does not have. Accuracy is tested against
 * StrictMath/Math and against high-precision reference values.
 */
public final class NnMath {
  private NnMath() {}

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
    double kd = expIndex(x);
    return expFinish(x, kd, expPolynomial(x, kd));
  }

  /**
   * The first step of {@link #exp}: k = round(64x/ln 2), as a double. It and {@link #expPolynomial}
   * are plain arithmetic, so a loop over them runs as SIMD code; {@link #expFinish} (table, bits,
   * branch) is the scalar rest. Composed they give exactly {@link #exp}.
   */
  static double expIndex(double x) {
    return Math.rint(x * INV_LN2_64);
  }

  /** e^r − 1 for the reduced argument r = x − k·ln2/64 (|r| ≤ ln2/128), degree 6. */
  static double expPolynomial(double x, double kd) {
    double r = (x - kd * LN2_64_HI) - kd * LN2_64_LO;
    return r + r * r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120 + r * (1.0 / 720)))));
  }

  /** e^x = 2^(k/64)·(1 + p), or {@link Math#exp} for overflow, underflow and NaN. */
  static double expFinish(double x, double kd, double p) {
    if (!(Math.abs(x) < EXP_TABLE_LIMIT)) {
      return Math.exp(x);
    }
    int k = (int) kd;
    double t = TWO_POW_J_64[k & 63];
    double scale = Double.longBitsToDouble((long) ((k >> 6) + 1023) << 52);
    return scale * (t + t * p);
  }

  /**
   * tanh(z) = sign(z)·|u|/(u + 2) with u = e^{−2|z|} − 1 = expm1(−2|z|), in + − × ÷, abs, min and
   * max only, so that the bulk version {@link #tanh(double[], double[], int)} runs as SIMD code
   * (the JIT does not vectorise loops with table look-ups, bit manipulation, branches or calls).
   *
   * <p>expm1 is evaluated on r = −2|z|/64 (|r| ≤ 0.625 after clamping |z| to 20; tanh is ±1 in
   * double precision from 19.1 on) by a near-minimax polynomial of degree 12 (relative error below
   * 5.3e-18), then brought back by six doublings e^{2x} − 1 = 2u + u². Working on −|z| keeps u in
   * (−1, 0], where each doubling shrinks the error it inherits; it also makes tanh exactly odd. The
   * sign is min(1, max(−1, z·2^1100)): exactly ±1 for every z ≠ 0, and ±0 at ±0.
   *
   * <p>Accuracy (tested: a dense grid over ±26 and 4 million log-spaced |z| from 1e-12 to 31,
   * against {@link Math#tanh}): within 5 ulp and 4.5e-16 absolute; {@link Math#tanh} is itself
   * specified within 2.5 ulp of the true value. Exactly ±1 from |z| = 19.1, exactly z for tiny z
   * (above the subnormal range, where z/32 would lose bits), NaN for NaN.
   */
  public static double tanh(double z) {
    return tanhFromExpm1(z, tanhDoublings(tanhExpm1Reduced(z)));
  }

  /**
   * a[k] = {@link #tanh(double)} of z[k] for k in [0, len) (a must not be z): the same numbers,
   * computed in three passes because the JIT stops vectorising a loop whose body is this large.
   */
  static void tanh(double[] z, double[] a, int len) {
    for (int k = 0; k < len; k++) {
      a[k] = tanhExpm1Reduced(z[k]);
    }
    for (int k = 0; k < len; k++) {
      a[k] = tanhDoublings(a[k]);
    }
    for (int k = 0; k < len; k++) {
      a[k] = tanhFromExpm1(z[k], a[k]);
    }
  }

  /** |z| beyond which tanh works with 20 (tanh is ±1 in double precision from 19.1 on). */
  private static final double TANH_CLAMP = 20.0;

  // expm1(r) ≈ r + r²·G(r) on [−0.625, 0], G of degree 10 (coefficients EM0 … EM10 of r^0 …
  // r^10): a Chebyshev fit of (expm1(r) − r)/r² with mpmath at 50 digits, near-minimax. With the
  // coefficients rounded to double its relative error is below 5.3e-18 on the interval (the
  // degree-15 Taylor polynomial would be needed for the same).
  private static final double EM10 = 1.6056885134465604e-09;
  private static final double EM9 = 2.4369406664517608e-08;
  private static final double EM8 = 2.750136797645443e-07;
  private static final double EM7 = 2.7554444472325613e-06;
  private static final double EM6 = 2.4801491960107043e-05;
  private static final double EM5 = 0.00019841267804946501;
  private static final double EM4 = 0.0013888888861727094;
  private static final double EM3 = 0.008333333333121718;
  private static final double EM2 = 0.041666666666658206;
  private static final double EM1 = 0.16666666666666655;
  private static final double EM0 = 0.5;

  /** expm1(r) for r = −2·min(|z|, 20)/64, by the polynomial r + r²·G(r). */
  static double tanhExpm1Reduced(double z) {
    double r = Math.max(-TANH_CLAMP, -Math.abs(z)) * 0x1p-5;
    double g = EM10;
    g = EM9 + r * g;
    g = EM8 + r * g;
    g = EM7 + r * g;
    g = EM6 + r * g;
    g = EM5 + r * g;
    g = EM4 + r * g;
    g = EM3 + r * g;
    g = EM2 + r * g;
    g = EM1 + r * g;
    g = EM0 + r * g;
    return r * (1.0 + r * g);
  }

  /** From expm1(x) to expm1(64x): six times e^{2x} − 1 = 2u + u². */
  static double tanhDoublings(double u) {
    u = 2.0 * u + u * u;
    u = 2.0 * u + u * u;
    u = 2.0 * u + u * u;
    u = 2.0 * u + u * u;
    u = 2.0 * u + u * u;
    return 2.0 * u + u * u;
  }

  /** tanh(z) from u = expm1(−2|z|): sign(z)·|u|/(u + 2). */
  static double tanhFromExpm1(double z, double u) {
    double sign = Math.max(-1.0, Math.min(1.0, z * 0x1p1000 * 0x1p100));
    return sign * Math.abs(u) / (u + 2.0);
  }

  // atanh(√w)/√w ≈ 1 + w·T(w) on w ∈ [0, 1/9], T of degree 9 (coefficients LG0 … LG9 of w^0 …
  // w^9): a Chebyshev fit with mpmath at 50 digits; relative error below 7.2e-18 with the
  // coefficients rounded to double.
  private static final double LG9 = 0.08082022805971766;
  private static final double LG8 = 0.04400369243072337;
  private static final double LG7 = 0.06000536404795356;
  private static final double LG6 = 0.06657072104827468;
  private static final double LG5 = 0.07692785032479312;
  private static final double LG4 = 0.09090894718066429;
  private static final double LG3 = 0.11111111358713932;
  private static final double LG2 = 0.1428571428355438;
  private static final double LG1 = 0.20000000000007292;
  private static final double LG0 = 0.3333333333333333;

  /**
   * log(1 + e) for e in [0, 1], computed from e itself (not from the rounded 1 + e): 2·atanh(y)
   * with y = e/(2 + e) ∈ [0, 1/3], in + × ÷ only so that loops over it run as SIMD code. Within 3
   * ulp of {@link Math#log1p} (tested); this is what the two-class softmax uses for log Σ e^{z −
   * m}.
   */
  static double log1pUnit(double e) {
    double y = e / (2.0 + e);
    double w = y * y;
    double t = LG9;
    t = LG8 + w * t;
    t = LG7 + w * t;
    t = LG6 + w * t;
    t = LG5 + w * t;
    t = LG4 + w * t;
    t = LG3 + w * t;
    t = LG2 + w * t;
    t = LG1 + w * t;
    t = LG0 + w * t;
    double twoY = 2.0 * y;
    return twoY + twoY * (w * t);
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
