package lab.backprop.nn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The engine's tanh, sigmoid and erf against references. */
class NnMathTest {

  /** x, erf(x), erfc(x) from mpmath at 40 digits, rounded to double. */
  private static final double[][] ERF_REFERENCE = {
    {1e-300, 1.1283791670955126e-300, 1.0},
    {1e-10, 1.1283791670955126e-10, 0.999999999887162},
    {1e-05, 1.1283791670579e-05, 0.9999887162083294},
    {0.001, 0.0011283787909692365, 0.9988716212090307},
    {0.01, 0.011283415555849618, 0.9887165844441503},
    {0.1, 0.1124629160182849, 0.887537083981715},
    {0.25, 0.27632639016823696, 0.7236736098317631},
    {0.3, 0.3286267594591274, 0.6713732405408726},
    {0.4999, 0.5204119951613866, 0.4795880048386134},
    {0.5, 0.5204998778130465, 0.4795001221869535},
    {0.6, 0.6038560908479259, 0.3961439091520741},
    {0.7, 0.6778011938374184, 0.32219880616258156},
    {0.75, 0.7111556336535151, 0.28884436634648486},
    {0.8, 0.7421009647076605, 0.2578990352923395},
    {0.9, 0.7969082124228322, 0.20309178757716786},
    {0.99, 0.8385080695553698, 0.1614919304446302},
    {1.0, 0.8427007929497149, 0.15729920705028513},
    {1.01, 0.8468104962282768, 0.1531895037717233},
    {1.1, 0.8802050695740817, 0.11979493042591827},
    {1.25, 0.9229001282564583, 0.07709987174354177},
    {1.5, 0.9661051464753108, 0.033894853524689274},
    {1.75, 0.9866716712191824, 0.013328328780817557},
    {2.0, 0.9953222650189527, 0.004677734981047266},
    {2.5, 0.999593047982555, 0.0004069520174449589},
    {3.0, 0.9999779095030014, 2.209049699858544e-05},
    {3.5, 0.9999992569016276, 7.430983723414128e-07},
    {4.0, 0.9999999845827421, 1.541725790028002e-08},
    {5.0, 0.9999999999984626, 1.537459794428035e-12},
    {6.0, 1.0, 2.1519736712498913e-17},
    {8.0, 1.0, 1.1224297172982926e-29},
    {10.0, 1.0, 2.088487583762545e-45},
    {15.0, 1.0, 7.212994172451207e-100},
    {20.0, 1.0, 5.395865611607901e-176},
    {26.0, 1.0, 5.663192408856143e-296},
  };

  private static double ulps(double got, double expected) {
    return Math.abs(got - expected) / Math.ulp(expected);
  }

  @Test
  void erfAndErfcAreWithinAFewUlpOfReferenceValues() {
    for (double[] row : ERF_REFERENCE) {
      double x = row[0];
      assertThat(ulps(NnMath.erf(x), row[1])).as("erf(%s)", x).isLessThanOrEqualTo(2.0);
      assertThat(ulps(NnMath.erf(-x), -row[1])).as("erf(-%s)", x).isLessThanOrEqualTo(2.0);
      assertThat(ulps(NnMath.erfc(x), row[2])).as("erfc(%s)", x).isLessThanOrEqualTo(4.0);
      assertThat(ulps(NnMath.erfc(-x), 2.0 - row[2])).as("erfc(-%s)", x).isLessThanOrEqualTo(2.0);
    }
  }

  @Test
  void erfLimitsAndSpecialValues() {
    assertThat(NnMath.erf(0.0)).isEqualTo(0.0);
    assertThat(NnMath.erf(30.0)).isEqualTo(1.0);
    assertThat(NnMath.erf(-30.0)).isEqualTo(-1.0);
    assertThat(NnMath.erf(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
    assertThat(NnMath.erfc(Double.POSITIVE_INFINITY)).isEqualTo(0.0);
    assertThat(NnMath.erfc(Double.NEGATIVE_INFINITY)).isEqualTo(2.0);
    assertThat(NnMath.erf(Double.NaN)).isNaN();
    assertThat(NnMath.erfc(Double.NaN)).isNaN();
  }

  @Test
  void erfIsContinuousWhereTheMethodChanges() {
    double below = Math.nextDown(1.0);
    assertThat(NnMath.erf(1.0) - NnMath.erf(below)).isBetween(0.0, 4e-16);
    assertThat(NnMath.erfc(below) - NnMath.erfc(1.0)).isBetween(0.0, 4e-16);
  }

  // NnMath.tanh trades the last bits for SIMD speed (see its comment): the bound it documents is
  // 5 ulp and 4.5e-16 absolute against Math.tanh, itself within 2.5 ulp of the true value.
  private static final double TANH_ULPS = 5.0;
  private static final double TANH_ABS = 4.5e-16;

  @Test
  void tanhIsWithinItsBoundOfMathTanhOverADenseRange() {
    double worstUlps = 0;
    double worstAbs = 0;
    for (int k = -2_000_000; k <= 2_000_000; k++) {
      double z = k * 1.3e-5; // ±26, past the saturation at 19.1
      double expected = Math.tanh(z);
      double got = NnMath.tanh(z);
      worstAbs = Math.max(worstAbs, Math.abs(got - expected));
      if (expected != 0) {
        worstUlps = Math.max(worstUlps, ulps(got, expected));
      }
    }
    assertThat(worstUlps).isLessThanOrEqualTo(TANH_ULPS);
    assertThat(worstAbs).isLessThanOrEqualTo(TANH_ABS);
  }

  @Test
  void tanhIsWithinItsBoundOfMathTanhOverLogSpacedPoints() {
    // |z| from 1e-12 to 10^1.5, both signs: small arguments, where the doublings matter most.
    int points = 2_000_000;
    double worstUlps = 0;
    for (int k = 0; k < points; k++) {
      double z = Math.pow(10, -12 + 13.5 * k / points);
      for (double signed : new double[] {z, -z}) {
        double expected = Math.tanh(signed);
        double got = NnMath.tanh(signed);
        worstUlps = Math.max(worstUlps, ulps(got, expected));
        assertThat(Math.abs(got - expected)).isLessThanOrEqualTo(TANH_ABS);
      }
    }
    assertThat(worstUlps).isLessThanOrEqualTo(TANH_ULPS);
  }

  @Test
  void bulkTanhGivesTheScalarNumbersAndIsOdd() {
    int len = 100_001;
    double[] z = new double[len];
    for (int k = 0; k < len; k++) {
      z[k] = (k - 50_000) * 4.1e-4; // ±20.5
    }
    double[] a = new double[len];
    NnMath.tanh(z, a, len);
    for (int k = 0; k < len; k++) {
      assertThat(a[k]).isEqualTo(NnMath.tanh(z[k]));
      assertThat(NnMath.tanh(-z[k])).isEqualTo(-a[k]);
    }
  }

  @Test
  void tanhAtTheLimits() {
    assertThat(NnMath.tanh(0.0)).isEqualTo(0.0);
    assertThat(NnMath.tanh(1000)).isEqualTo(1.0);
    assertThat(NnMath.tanh(-1000)).isEqualTo(-1.0);
    assertThat(NnMath.tanh(19.1)).isEqualTo(1.0); // as Math.tanh: 1 − 2e^{−38.2} rounds to 1
    assertThat(NnMath.tanh(-19.1)).isEqualTo(-1.0);
    assertThat(NnMath.tanh(Double.NEGATIVE_INFINITY)).isEqualTo(-1.0);
    assertThat(NnMath.tanh(-1e-300)).isEqualTo(-1e-300);
    assertThat(Double.doubleToRawLongBits(NnMath.tanh(0.0))).isEqualTo(0L);
    assertThat(Double.doubleToRawLongBits(NnMath.tanh(-0.0)))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(NnMath.tanh(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
    assertThat(NnMath.tanh(1e-300)).isEqualTo(1e-300);
    assertThat(NnMath.tanh(Double.NaN)).isNaN();
  }

  @Test
  void sigmoidAgreesWithTheTanhIdentity() {
    // σ(z) = (1 + tanh(z/2)) / 2 with Math.tanh, an independent reference where it does not cancel
    // (z ≥ −1); below that σ(z) = e^z / (1 + e^z), which has no cancellation either.
    double worstRel = 0;
    for (int k = -400_000; k <= 400_000; k++) {
      double z = k * 5e-5;
      double reference = z >= -1 ? 0.5 + 0.5 * Math.tanh(0.5 * z) : Math.exp(z) / (1 + Math.exp(z));
      worstRel = Math.max(worstRel, Math.abs(NnMath.sigmoid(z) - reference) / reference);
    }
    assertThat(worstRel).isLessThan(6e-16);
    assertThat(NnMath.sigmoid(1000)).isEqualTo(1.0);
    assertThat(NnMath.sigmoid(-1000)).isEqualTo(0.0);
  }

  @Test
  void expIsWithinTwoUlpOfStrictMathEverywhere() {
    double worstUlps = 0;
    for (int k = -3_000_000; k <= 3_000_000; k++) {
      double x = k * 2.4e-4; // ±720: the table path, overflow and the subnormal hand-over
      double expected = StrictMath.exp(x);
      if (expected > Double.MIN_NORMAL && expected < Double.MAX_VALUE) {
        worstUlps = Math.max(worstUlps, ulps(NnMath.exp(x), expected));
      } else {
        assertThat(NnMath.exp(x)).isEqualTo(Math.exp(x));
      }
    }
    for (int k = -100_000; k <= 100_000; k++) {
      double x = k * 1.7e-5; // densely around 0, where the softmax and tanh use it most
      worstUlps = Math.max(worstUlps, ulps(NnMath.exp(x), StrictMath.exp(x)));
    }
    assertThat(worstUlps).isLessThanOrEqualTo(2.0);
    assertThat(NnMath.exp(0.0)).isEqualTo(1.0);
    assertThat(NnMath.exp(1000)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(NnMath.exp(-1000)).isEqualTo(0.0);
    assertThat(NnMath.exp(Double.NaN)).isNaN();
  }
}
