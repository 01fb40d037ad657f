package lab.backprop.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The two-class softmax's SIMD passes against plain formulas, and the predictor against traces. */
class KernelsTest {

  /** Reference: softmax with Math.exp, log-sum-exp as m + log1p(e^{−|d|}). */
  private static double[] reference(double a, double b) {
    double m = Math.max(a, b);
    double ea = Math.exp(a - m);
    double eb = Math.exp(b - m);
    double lse = m + Math.log1p(Math.exp(-Math.abs(a - b)));
    return new double[] {ea / (ea + eb), eb / (ea + eb), lse};
  }

  private static double[][] twoClass(double[] z0, double[] z1) {
    int n = z0.length;
    double[][] p = new double[2][n];
    double[] lse = new double[n];
    Kernels.softmax(new double[][] {z0, z1}, p, n, 2, lse);
    return new double[][] {p[0], p[1], lse};
  }

  /**
   * The unrolled loops (rows side by side, four or eight sums per pass, the row-by-row path below
   * {@link Kernels#FEW_ROWS}) against the textbook sums written as plain loops in the same order:
   * bit for bit, for every width from 1 to 19 on both sides (every remainder of 8, 4 and 2).
   */
  @Test
  void unrolledLoopsGiveThePlainSumsBitForBit() {
    SplittableRandom random = new SplittableRandom(17);
    for (int in = 1; in <= 19; in++) {
      for (int out = 1; out <= 19; out++) {
        for (int n : new int[] {1, 2, 7, 8, 9, 17}) {
          double[] w = values(random, in * out);
          double[] b = values(random, out);
          double[][] x = new double[in][];
          for (int i = 0; i < in; i++) {
            x[i] = values(random, n);
          }
          double[][] delta = new double[out][];
          for (int j = 0; j < out; j++) {
            delta[j] = values(random, n);
          }
          String shape = in + " -> " + out + ", " + n + " rows";

          double[][] z = new double[out][n];
          Kernels.affine(w, b, in, out, x, z, n);
          double[][] g = new double[in][n];
          Kernels.backDelta(delta, w, n, in, out, g);
          double[] dW = new double[in * out];
          double[] db = new double[out];
          Kernels.weightGradient(delta, x, n, in, out, dW, db);

          double[][] zPlain = new double[out][n];
          double[][] gPlain = new double[in][n];
          for (int r = 0; r < n; r++) {
            for (int j = 0; j < out; j++) {
              zPlain[j][r] = b[j]; // z = b + w_0 x_0 + w_1 x_1 + …
              for (int i = 0; i < in; i++) {
                zPlain[j][r] += w[j * in + i] * x[i][r];
              }
            }
            for (int i = 0; i < in; i++) {
              for (int j = 0; j < out; j++) { // g_i = Σ_j Δ_j w_ji, from 0
                gPlain[i][r] += delta[j][r] * w[j * in + i];
              }
            }
          }
          double[] dWPlain = new double[in * out];
          double[] dbPlain = new double[out];
          for (int j = 0; j < out; j++) {
            for (int r = 0; r < n; r++) {
              dbPlain[j] += delta[j][r];
            }
            for (int i = 0; i < in; i++) {
              for (int r = 0; r < n; r++) { // Σ_r Δ_j[r] a_i[r], rows in order
                dWPlain[j * in + i] += delta[j][r] * x[i][r];
              }
            }
          }
          assertThat(z).as("z, " + shape).isDeepEqualTo(zPlain);
          assertThat(g).as("g, " + shape).isDeepEqualTo(gPlain);
          assertThat(dW).as("dW, " + shape).containsExactly(dWPlain);
          assertThat(db).as("db, " + shape).containsExactly(dbPlain);
        }
      }
    }
  }

  private static double[] values(SplittableRandom random, int count) {
    double[] v = new double[count];
    for (int k = 0; k < count; k++) {
      v[k] = random.nextDouble(-2, 2);
    }
    return v;
  }

  @Test
  void twoClassSoftmaxMatchesThePlainFormula() {
    SplittableRandom random = new SplittableRandom(5);
    int n = 20_000;
    double[] z0 = new double[n];
    double[] z1 = new double[n];
    for (int r = 0; r < n; r++) {
      double scale = Math.pow(10, random.nextDouble(-6, 2.5)); // differences up to ~300
      z0[r] = random.nextDouble(-1, 1) * scale;
      z1[r] = random.nextDouble(-1, 1) * scale;
    }
    double[][] got = twoClass(z0, z1);
    for (int r = 0; r < n; r++) {
      double[] ref = reference(z0[r], z1[r]);
      for (int j = 0; j < 2; j++) {
        // Math.exp and NnMath.exp are both within ~1 ulp: a few ulp on the ratio.
        assertThat(Math.abs(got[j][r] - ref[j]))
            .as("p%d at %s, %s", j, z0[r], z1[r])
            .isLessThanOrEqualTo(4 * Math.ulp(ref[j]));
      }
      assertThat(Math.abs(got[2][r] - ref[2]))
          .as("lse at %s, %s", z0[r], z1[r])
          .isLessThanOrEqualTo(4 * Math.ulp(ref[2]) + 4e-16);
    }
  }

  @Test
  void twoClassSoftmaxAtTiesAndExtremes() {
    double[][] got =
        twoClass(
            new double[] {0.3, -2.0, 800, 0, 720, -0.0, Double.NaN},
            new double[] {0.3, -2.0, 0, 800, 0, 0.0, 1});
    assertThat(got[0][0]).isEqualTo(0.5);
    assertThat(got[1][0]).isEqualTo(0.5);
    assertThat(got[2][0]).isEqualTo(0.3 + Math.log(2));
    assertThat(got[0][1]).isEqualTo(0.5);
    assertThat(got[0][2]).isEqualTo(1.0); // e^{−800} underflows to 0
    assertThat(got[1][2]).isEqualTo(0.0);
    assertThat(got[2][2]).isEqualTo(800.0);
    assertThat(got[0][3]).isEqualTo(0.0);
    assertThat(got[1][3]).isEqualTo(1.0);
    assertThat(got[1][4]).isEqualTo(Math.exp(-720)); // subnormal, through Math.exp
    assertThat(got[0][4]).isEqualTo(1.0);
    assertThat(got[0][5]).isEqualTo(0.5);
    assertThat(got[0][6]).isNaN();
    assertThat(got[1][6]).isNaN();
    assertThat(got[2][6]).isNaN();
  }

  @Test
  void twoClassSoftmaxOfLogitsATinyStepApart() {
    // z1 − z0 = 2^−901: e^{−2^−901} is 1 in doubles, so both classes get exactly 1/2
    double[][] got = twoClass(new double[] {0, 0x1p-901}, new double[] {0x1p-901, 0});
    assertThat(got[0]).containsExactly(0.5, 0.5);
    assertThat(got[1]).containsExactly(0.5, 0.5);
  }

  @Test
  void twoClassSoftmaxOfLargeEqualLogitsIsEven() {
    // 400 and 400: e^0 each (only their difference counts, not their sum of 800)
    double[][] got = twoClass(new double[] {400, -400}, new double[] {400, -400});
    assertThat(got[0]).containsExactly(0.5, 0.5);
    assertThat(got[1]).containsExactly(0.5, 0.5);
  }

  @Test
  void wideWeightGradientOverMoreUnitsThanOneChain() {
    // 11 output units: the bias sums run as a chain of 8 and one of 3, on arrays of exactly 11
    java.util.SplittableRandom random = new java.util.SplittableRandom(3);
    int in = Kernels.WIDE_INPUTS;
    int out = 11;
    int n = 9;
    double[][] delta = new double[out][n];
    double[][] aPrev = new double[in][n];
    for (double[] row : delta) {
      for (int r = 0; r < n; r++) {
        row[r] = random.nextDouble(-1, 1);
      }
    }
    for (double[] row : aPrev) {
      for (int r = 0; r < n; r++) {
        row[r] = random.nextDouble(-1, 1);
      }
    }
    double[] dW = new double[out * in];
    double[] db = new double[out];
    Kernels.weightGradientWide(delta, aPrev, n, in, out, dW, db, new double[n][in], new double[in]);
    for (int j = 0; j < out; j++) {
      double sumDelta = 0;
      for (int r = 0; r < n; r++) {
        sumDelta += delta[j][r];
      }
      assertThat(db[j]).as("db[%d]", j).isEqualTo(sumDelta);
      for (int i = 0; i < in; i += 17) {
        double sum = 0;
        for (int r = 0; r < n; r++) {
          sum += delta[j][r] * aPrev[i][r];
        }
        assertThat(dW[j * in + i]).isEqualTo(sum);
      }
    }
  }

  @Test
  void log1pFromEIsWithinTwoUlpOfMathLog1p() {
    double worst = 0;
    for (int k = 0; k <= 1_000_000; k++) {
      double e = k / 1_000_000.0;
      double expected = Math.log1p(e);
      if (expected != 0) {
        worst = Math.max(worst, Math.abs(NnMath.log1pUnit(e) - expected) / Math.ulp(expected));
      }
    }
    for (int k = 0; k <= 1_000_000; k++) {
      double e = Math.pow(10, -300 + 300.0 * k / 1_000_000);
      double expected = Math.log1p(e);
      worst = Math.max(worst, Math.abs(NnMath.log1pUnit(e) - expected) / Math.ulp(expected));
    }
    assertThat(worst).isLessThanOrEqualTo(2.0);
    assertThat(NnMath.log1pUnit(0.0)).isEqualTo(0.0);
  }

  @Test
  void expInItsPiecesIsExp() {
    for (int k = -800_000; k <= 800_000; k++) {
      double x = k * 1e-3;
      double kd = NnMath.expIndex(x);
      assertThat(NnMath.expFinish(x, kd, NnMath.expPolynomial(x, kd))).isEqualTo(NnMath.exp(x));
    }
  }

  @Test
  void predictorGivesTheNumbersOfTheTrainingPass() {
    SplittableRandom random = new SplittableRandom(11);
    Object[][] cases = {
      {new int[] {2, 8, 2}, OutputKind.SOFTMAX_CE, Activation.TANH},
      {new int[] {2, 5, 3}, OutputKind.SOFTMAX_CE, Activation.GELU_TANH},
      {new int[] {3, 7, 6, 1}, OutputKind.SIGMOID_BCE, Activation.SIGMOID},
      {new int[] {2, 9, 1}, OutputKind.MSE, Activation.RELU},
    };
    for (Object[] c : cases) {
      int[] sizes = (int[]) c[0];
      OutputKind output = (OutputKind) c[1];
      Activation[] activations = new Activation[sizes.length - 2];
      java.util.Arrays.fill(activations, (Activation) c[2]);
      Network net = Network.initialized(sizes, activations, output, 0, 3);
      int n = 2 * Predictor.BLOCK + 37; // crosses block boundaries
      int in = sizes[0];
      int k = sizes[sizes.length - 1];
      double[][] X = new double[n][in];
      double[] flat = new double[n * in];
      int[] y = new int[n];
      double[] t = new double[n];
      for (int r = 0; r < n; r++) {
        for (int i = 0; i < in; i++) {
          X[r][i] = random.nextDouble(-3, 3);
          flat[r * in + i] = X[r][i];
        }
        y[r] = random.nextInt(output == OutputKind.SOFTMAX_CE ? k : 2);
        t[r] = random.nextDouble();
      }
      Samples samples =
          output == OutputKind.MSE ? new Samples(X, null, t) : new Samples(X, y, null);
      Trace trace = net.trace(samples);
      double[] out = new double[n * k];
      double[] unit = new double[n];
      new Predictor().predictWithUnit(net, flat, n, out, 0, 1, unit);
      double[][] outputs = trace.A()[sizes.length - 2];
      for (int r = 0; r < n; r++) {
        for (int j = 0; j < k; j++) {
          assertThat(out[r * k + j]).as("%s row %d", output, r).isEqualTo(outputs[r][j]);
        }
        assertThat(unit[r]).isEqualTo(trace.A()[0][r][1]);
      }
    }
  }

  @Test
  void forwardValuesOfARowDoNotDependOnTheBatchItIsIn() {
    // 40 rows take the column-by-column path, single rows the one-call path for small batches.
    SplittableRandom random = new SplittableRandom(2);
    for (Activation f : Activation.values()) {
      Network net =
          Network.initialized(
              new int[] {2, 9, 5, 2}, new Activation[] {f, f}, OutputKind.SOFTMAX_CE, 0, 4);
      int n = 40;
      double[][] X = new double[n][];
      int[] y = new int[n];
      for (int r = 0; r < n; r++) {
        X[r] = new double[] {random.nextDouble(-2, 2), random.nextDouble(-2, 2)};
        y[r] = random.nextInt(2);
      }
      Trace batch = net.trace(new Samples(X, y, null));
      for (int r = 0; r < n; r++) {
        Trace single = net.trace(new Samples(new double[][] {X[r]}, new int[] {y[r]}, null));
        for (int l = 0; l < 3; l++) {
          assertThat(single.Z()[l][0]).as("%s Z[%d] row %d", f, l, r).isEqualTo(batch.Z()[l][r]);
          assertThat(single.A()[l][0]).as("%s A[%d] row %d", f, l, r).isEqualTo(batch.A()[l][r]);
        }
      }
    }
  }

  /**
   * The wide weight gradient against the plain textbook sum, written out here: dW[j·in + i] = 0 +
   * Δ[j][0]·a[i][0] + Δ[j][1]·a[i][1] + … added in the order of r, bit for bit (the same numbers
   * whatever the batch's shape), with rows left over after the blocks of four.
   */
  @Test
  void wideWeightGradientIsTheTextbookSumBitForBit() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    int in = 131;
    int out = 5;
    for (int n : new int[] {8, 13, 32, 127}) {
      assertThat(Kernels.wide(in, n)).isTrue();
      double[][] delta = new double[out][n];
      double[][] aPrev = new double[in][n];
      for (double[] row : delta) {
        for (int r = 0; r < n; r++) {
          row[r] = random.nextDouble(-1, 1) * Math.pow(10, random.nextInt(-3, 3));
        }
      }
      for (double[] row : aPrev) {
        for (int r = 0; r < n; r++) {
          row[r] = random.nextInt(4) == 0 ? 0 : random.nextDouble(-3, 3);
        }
      }
      double[] dW = new double[out * in];
      double[] db = new double[out];
      Kernels.weightGradientWide(
          delta, aPrev, n, in, out, dW, db, new double[n][in], new double[in]);
      double[] plainDW = new double[out * in];
      double[] plainDb = new double[out];
      Kernels.weightGradient(delta, aPrev, n, in, out, plainDW, plainDb);
      for (int j = 0; j < out; j++) {
        for (int i = 0; i < in; i++) {
          double sum = 0;
          for (int r = 0; r < n; r++) {
            sum += delta[j][r] * aPrev[i][r];
          }
          assertThat(dW[j * in + i]).as("n %d, dW[%d][%d]", n, j, i).isEqualTo(sum);
        }
      }
      assertThat(dW).isEqualTo(plainDW);
      assertThat(db).isEqualTo(plainDb);
    }
    assertThat(Kernels.wide(in, Kernels.WIDE_MAX_ROWS + 1)).isFalse();
    assertThat(Kernels.wide(Kernels.WIDE_INPUTS - 1, 32)).isFalse();
  }
}
