package lab.backprop.nn;

/**
 * The loops of the forward and backward pass, shared by {@link Backprop} and {@link Predictor} so
 * there is one implementation of the math.
 *
 * <p>Batch values are stored unit-major: one array (a column of the [N, units] matrix) per unit,
 * indexed by the row r. The inner loops therefore run over the rows, with every array indexed by
 * the same r, which is the shape of loop the JIT turns into SIMD code (it does not when arrays are
 * indexed with different offsets). Every sum keeps the order of the textbook formula: z = b + w_0
 * a_0 + w_1 a_1 + … in the order of i, and a gradient sums its rows in the order r = 0, 1, …, so
 * the numbers do not depend on the batch layout or on how many sums run side by side.
 */
final class Kernels {
  private Kernels() {}

  /** Sums computed side by side in one pass over the rows (independent chains for the CPU). */
  private static final int CHAINS = 8;

  /**
   * Below this many rows the loops run row by row (the same sums in the same order): per-unit
   * passes over one or two rows cost more in loop set-up than in arithmetic.
   */
  static final int FEW_ROWS = 8;

  /** Z = A Wᵀ + b: z[j][r] = b[j] + Σ_i w[j·in + i]·x[i][r], for the n rows. */
  static void affine(double[] w, double[] b, int in, int out, double[][] x, double[][] z, int n) {
    if (n < FEW_ROWS) {
      for (int j = 0; j < out; j++) {
        combineFewRows(b[j], w, j * in, 1, x, in, z[j], n);
      }
      return;
    }
    for (int j = 0; j < out; j++) {
      combine(b[j], w, j * in, 1, x, in, z[j], n);
    }
  }

  /** g = Δ W: g[i][r] = Σ_j Δ[j][r]·w[j·in + i] (before the activation's derivative). */
  static void backDelta(double[][] delta, double[] w, int n, int in, int out, double[][] g) {
    if (n < FEW_ROWS) {
      for (int i = 0; i < in; i++) {
        combineFewRows(0.0, w, i, in, delta, out, g[i], n);
      }
      return;
    }
    for (int i = 0; i < in; i++) {
      combine(0.0, w, i, in, delta, out, g[i], n);
    }
  }

  /** {@link #combine} row by row, for fewer than {@link #FEW_ROWS} rows. */
  private static void combineFewRows(
      double start,
      double[] c,
      int offset,
      int stride,
      double[][] src,
      int count,
      double[] dst,
      int n) {
    if (count == 2) {
      double c0 = c[offset];
      double c1 = c[offset + stride];
      double[] s0 = src[0];
      double[] s1 = src[1];
      for (int r = 0; r < n; r++) {
        dst[r] = (start + c0 * s0[r]) + c1 * s1[r];
      }
      return;
    }
    for (int r = 0; r < n; r++) {
      dst[r] = start;
    }
    for (int k = 0; k < count; k++) {
      double ck = c[offset + k * stride];
      double[] sk = src[k];
      for (int r = 0; r < n; r++) {
        dst[r] += ck * sk[r];
      }
    }
  }

  /**
   * dst[r] = start + Σ_k c[offset + k·stride]·src[k][r] over k = 0 … count−1, added in the order of
   * k, four sources per pass.
   */
  private static void combine(
      double start,
      double[] c,
      int offset,
      int stride,
      double[][] src,
      int count,
      double[] dst,
      int n) {
    int k = 0;
    if (count >= 4) {
      double c0 = c[offset];
      double c1 = c[offset + stride];
      double c2 = c[offset + 2 * stride];
      double c3 = c[offset + 3 * stride];
      double[] s0 = src[0];
      double[] s1 = src[1];
      double[] s2 = src[2];
      double[] s3 = src[3];
      for (int r = 0; r < n; r++) {
        dst[r] = (((start + c0 * s0[r]) + c1 * s1[r]) + c2 * s2[r]) + c3 * s3[r];
      }
      k = 4;
    } else if (count >= 2) {
      double c0 = c[offset];
      double c1 = c[offset + stride];
      double[] s0 = src[0];
      double[] s1 = src[1];
      for (int r = 0; r < n; r++) {
        dst[r] = (start + c0 * s0[r]) + c1 * s1[r];
      }
      k = 2;
    } else {
      double c0 = c[offset];
      double[] s0 = src[0];
      for (int r = 0; r < n; r++) {
        dst[r] = start + c0 * s0[r];
      }
      k = 1;
    }
    for (; k + 4 <= count; k += 4) {
      double c0 = c[offset + k * stride];
      double c1 = c[offset + (k + 1) * stride];
      double c2 = c[offset + (k + 2) * stride];
      double c3 = c[offset + (k + 3) * stride];
      double[] s0 = src[k];
      double[] s1 = src[k + 1];
      double[] s2 = src[k + 2];
      double[] s3 = src[k + 3];
      for (int r = 0; r < n; r++) {
        dst[r] = (((dst[r] + c0 * s0[r]) + c1 * s1[r]) + c2 * s2[r]) + c3 * s3[r];
      }
    }
    for (; k < count; k++) {
      double c0 = c[offset + k * stride];
      double[] s0 = src[k];
      for (int r = 0; r < n; r++) {
        dst[r] += c0 * s0[r];
      }
    }
  }

  /**
   * Row-wise softmax of the k columns of z into p, shifted by the row maximum. When {@code
   * logSumExp} is not null it receives log Σ_j e^{z_j} per row, computed as m + log Σ_j e^{z_j −
   * m}.
   */
  static void softmax(double[][] z, double[][] p, int n, int k, double[] logSumExp) {
    if (k == 2) {
      softmax2(z[0], z[1], p[0], p[1], n, logSumExp);
      return;
    }
    for (int r = 0; r < n; r++) {
      double m = z[0][r];
      for (int j = 1; j < k; j++) {
        m = Math.max(m, z[j][r]);
      }
      double s = 0;
      for (int j = 0; j < k; j++) {
        double e = NnMath.exp(z[j][r] - m);
        p[j][r] = e;
        s += e;
      }
      double inv = 1.0 / s;
      for (int j = 0; j < k; j++) {
        p[j][r] *= inv;
      }
      if (logSumExp != null) {
        logSumExp[r] = m + Math.log(s);
      }
    }
  }

  /** 2^1100 as a product of two doubles: scales any nonzero difference of doubles beyond 1. */
  private static final double HUGE_A = 0x1p1000;

  private static final double HUGE_B = 0x1p100;

  /**
   * {@link #softmax} for two classes. The larger logit's e^{z − m} is e^0 = 1 exactly, so only the
   * other one calls exp (z_small − m = −|z_0 − z_1| exactly), and only exp's table look-up is a
   * scalar pass. The rest runs as SIMD code: the class with the larger logit is picked by the
   * indicator min(1, max(0, (z_1 − z_0)·2^1100)), exactly 0 or 1, used so that one of the two
   * products is exactly 0. {@code logSumExp} (when not null) is m + log(1 + e) with log1p computed
   * from e ({@link NnMath#log1pUnit}).
   */
  static void softmax2(
      double[] z0, double[] z1, double[] p0, double[] p1, int n, double[] logSumExp) {
    // e = NnMath.exp(x) for x = −|z_0 − z_1|, its arithmetic part in a SIMD pass.
    for (int r = 0; r < n; r++) {
      double x = -Math.abs(z0[r] - z1[r]);
      double kd = NnMath.expIndex(x);
      p0[r] = kd;
      p1[r] = NnMath.expPolynomial(x, kd);
    }
    for (int r = 0; r < n; r++) {
      p1[r] = NnMath.expFinish(-Math.abs(z0[r] - z1[r]), p0[r], p1[r]); // e, until the last pass
    }
    if (logSumExp != null) {
      for (int r = 0; r < n; r++) {
        logSumExp[r] = Math.max(z0[r], z1[r]) + NnMath.log1pUnit(p1[r]);
      }
    }
    for (int r = 0; r < n; r++) {
      double e = p1[r];
      double inv = 1.0 / (1.0 + e);
      double small = e * inv;
      double secondLarger = Math.min(1.0, Math.max(0.0, (z1[r] - z0[r]) * HUGE_A * HUGE_B));
      double firstLarger = 1.0 - secondLarger;
      p0[r] = Math.max(inv * firstLarger, small * secondLarger);
      p1[r] = Math.max(inv * secondLarger, small * firstLarger);
    }
  }

  /**
   * {@link #softmax} and {@link #softmaxCrossEntropy} for two classes, the same formulas: fills p,
   * {@code logSumExp} and (when not null) delta, returns Σ_r (lse_r − z[y_r][r]). {@code y} holds
   * the labels 0/1 as doubles, {@code rowLoss} is scratch.
   */
  static double softmax2CrossEntropy(
      double[][] z,
      double[][] p,
      double[] y,
      int n,
      double invN,
      double[][] delta,
      double[] logSumExp,
      double[] rowLoss) {
    double[] z0 = z[0];
    double[] z1 = z[1];
    softmax2(z0, z1, p[0], p[1], n, logSumExp);
    for (int r = 0; r < n; r++) {
      double yr = y[r];
      rowLoss[r] = logSumExp[r] - (z0[r] * (1.0 - yr) + z1[r] * yr); // one product is 0
    }
    double sum = 0;
    for (int r = 0; r < n; r++) {
      sum += rowLoss[r];
    }
    if (delta != null) {
      double[] p0 = p[0];
      double[] p1 = p[1];
      double[] d0 = delta[0];
      double[] d1 = delta[1];
      for (int r = 0; r < n; r++) {
        double yr = y[r];
        d0[r] = (p0[r] - (1.0 - yr)) * invN;
        d1[r] = (p1[r] - yr) * invN;
      }
    }
    return sum;
  }

  /** p = sigmoid(z) elementwise. */
  static void sigmoid(double[] z, double[] p, int len) {
    for (int k = 0; k < len; k++) {
      p[k] = NnMath.sigmoid(z[k]);
    }
  }

  /**
   * Softmax cross-entropy, given p = softmax(z) and the row log-sum-exp: returns Σ_r (lse_r −
   * z[y_r] [r]); when {@code delta} is not null it receives (p − onehot(y)) / N.
   */
  static double softmaxCrossEntropy(
      double[][] z,
      double[][] p,
      double[] lse,
      int[] y,
      int n,
      int k,
      double invN,
      double[][] delta) {
    double sum = 0;
    for (int r = 0; r < n; r++) {
      sum += lse[r] - z[y[r]][r];
    }
    if (delta != null) {
      for (int j = 0; j < k; j++) {
        double[] pj = p[j];
        double[] dj = delta[j];
        for (int r = 0; r < n; r++) {
          dj[r] = pj[r] * invN;
        }
      }
      for (int r = 0; r < n; r++) {
        delta[y[r]][r] = (p[y[r]][r] - 1.0) * invN;
      }
    }
    return sum;
  }

  /**
   * Binary cross-entropy from the logit, Σ_r max(z, 0) − z·y + log(1 + e^{−|z|}); delta receives
   * (sigmoid(z) − y) / N.
   */
  static double sigmoidCrossEntropy(
      double[] z, double[] p, int[] y, int n, double invN, double[] delta) {
    double sum = 0;
    for (int r = 0; r < n; r++) {
      double zr = z[r];
      double yr = y[r];
      sum += Math.max(zr, 0.0) - zr * yr + Math.log1p(NnMath.exp(-Math.abs(zr)));
      if (delta != null) {
        delta[r] = (p[r] - yr) * invN;
      }
    }
    return sum;
  }

  /** Σ_r (z − t)²; delta receives 2(z − t) / N. */
  static double squaredError(double[] z, double[] t, int n, double invN, double[] delta) {
    double sum = 0;
    for (int r = 0; r < n; r++) {
      double e = z[r] - t[r];
      sum += e * e;
      if (delta != null) {
        delta[r] = 2.0 * e * invN;
      }
    }
    return sum;
  }

  /**
   * dW = Δᵀ A_prev: dW[j·in + i] = Σ_r Δ[j][r]·aPrev[i][r]; db[j] = Σ_r Δ[j][r]. Each sum runs over
   * r in order; up to {@value #CHAINS} sums share one pass over the rows.
   */
  static void weightGradient(
      double[][] delta, double[][] aPrev, int n, int in, int out, double[] dW, double[] db) {
    if (n < FEW_ROWS) {
      for (int j = 0; j < out; j++) {
        double[] d = delta[j];
        double sumDelta = 0;
        for (int r = 0; r < n; r++) {
          sumDelta += d[r];
        }
        db[j] = sumDelta;
        for (int i = 0; i < in; i++) {
          double[] x = aPrev[i];
          double sum = 0;
          for (int r = 0; r < n; r++) {
            sum += d[r] * x[r];
          }
          dW[j * in + i] = sum;
        }
      }
      return;
    }
    if (out >= in) {
      for (int i = 0; i < in; i++) {
        for (int j = 0; j < out; j += CHAINS) {
          dots(aPrev[i], delta, j, Math.min(CHAINS, out - j), n, dW, j * in + i, in);
        }
      }
    } else {
      for (int j = 0; j < out; j++) {
        for (int i = 0; i < in; i += CHAINS) {
          dots(delta[j], aPrev, i, Math.min(CHAINS, in - i), n, dW, j * in + i, 1);
        }
      }
    }
    for (int j = 0; j < out; j += CHAINS) {
      sums(delta, j, Math.min(CHAINS, out - j), n, db, j);
    }
  }

  /** From this many inputs on, a mini-batch's weight gradient runs over the inputs: see below. */
  static final int WIDE_INPUTS = 128;

  /** The most rows for which {@link #weightGradientWide} is used (its rows stay in the cache). */
  static final int WIDE_MAX_ROWS = 128;

  /** Whether {@link #weightGradientWide} suits a layer of {@code in} inputs and n rows. */
  static boolean wide(int in, int n) {
    return in >= WIDE_INPUTS && n >= FEW_ROWS && n <= WIDE_MAX_ROWS;
  }

  /**
   * {@link #weightGradient} for a wide layer and a mini-batch, the same sums in the same order:
   * dW[j·in + i] = (((0 + Δ[j][0]·a[i][0]) + Δ[j][1]·a[i][1]) + …) in the order of r, but computed
   * for every i of a row of dW at once (SIMD over i, four rows r per pass) from the rows of the
   * batch, {@code rows[r][i] = aPrev[i][r]}, which this fills. {@code acc} holds at least {@code
   * in} values (scratch).
   */
  static void weightGradientWide(
      double[][] delta,
      double[][] aPrev,
      int n,
      int in,
      int out,
      double[] dW,
      double[] db,
      double[][] rows,
      double[] acc) {
    for (int i = 0; i < in; i++) {
      double[] column = aPrev[i];
      for (int r = 0; r < n; r++) {
        rows[r][i] = column[r];
      }
    }
    for (int j = 0; j < out; j++) {
      double[] d = delta[j];
      int r = 0;
      for (; r + 4 <= n; r += 4) {
        double d0 = d[r];
        double d1 = d[r + 1];
        double d2 = d[r + 2];
        double d3 = d[r + 3];
        double[] a0 = rows[r];
        double[] a1 = rows[r + 1];
        double[] a2 = rows[r + 2];
        double[] a3 = rows[r + 3];
        if (r == 0) {
          for (int i = 0; i < in; i++) {
            acc[i] = (((0.0 + d0 * a0[i]) + d1 * a1[i]) + d2 * a2[i]) + d3 * a3[i];
          }
        } else {
          for (int i = 0; i < in; i++) {
            acc[i] = (((acc[i] + d0 * a0[i]) + d1 * a1[i]) + d2 * a2[i]) + d3 * a3[i];
          }
        }
      }
      for (; r < n; r++) {
        double d0 = d[r];
        double[] a0 = rows[r];
        for (int i = 0; i < in; i++) {
          acc[i] += d0 * a0[i];
        }
      }
      System.arraycopy(acc, 0, dW, j * in, in);
    }
    for (int j = 0; j < out; j += CHAINS) {
      sums(delta, j, Math.min(CHAINS, out - j), n, db, j);
    }
  }

  /**
   * result[at + c·stride] = Σ_r v[r]·cols[from + c][r] for c = 0 … count−1 (count ≤ 8), each sum
   * from 0 in the order of r.
   */
  private static void dots(
      double[] v,
      double[][] cols,
      int from,
      int count,
      int n,
      double[] result,
      int at,
      int stride) {
    if (count == CHAINS) {
      double[] c0 = cols[from];
      double[] c1 = cols[from + 1];
      double[] c2 = cols[from + 2];
      double[] c3 = cols[from + 3];
      double[] c4 = cols[from + 4];
      double[] c5 = cols[from + 5];
      double[] c6 = cols[from + 6];
      double[] c7 = cols[from + 7];
      double s0 = 0;
      double s1 = 0;
      double s2 = 0;
      double s3 = 0;
      double s4 = 0;
      double s5 = 0;
      double s6 = 0;
      double s7 = 0;
      for (int r = 0; r < n; r++) {
        double x = v[r];
        s0 += x * c0[r];
        s1 += x * c1[r];
        s2 += x * c2[r];
        s3 += x * c3[r];
        s4 += x * c4[r];
        s5 += x * c5[r];
        s6 += x * c6[r];
        s7 += x * c7[r];
      }
      result[at] = s0;
      result[at + stride] = s1;
      result[at + 2 * stride] = s2;
      result[at + 3 * stride] = s3;
      result[at + 4 * stride] = s4;
      result[at + 5 * stride] = s5;
      result[at + 6 * stride] = s6;
      result[at + 7 * stride] = s7;
      return;
    }
    int c = 0;
    for (; c + 4 <= count; c += 4) {
      double[] c0 = cols[from + c];
      double[] c1 = cols[from + c + 1];
      double[] c2 = cols[from + c + 2];
      double[] c3 = cols[from + c + 3];
      double s0 = 0;
      double s1 = 0;
      double s2 = 0;
      double s3 = 0;
      for (int r = 0; r < n; r++) {
        double x = v[r];
        s0 += x * c0[r];
        s1 += x * c1[r];
        s2 += x * c2[r];
        s3 += x * c3[r];
      }
      result[at + c * stride] = s0;
      result[at + (c + 1) * stride] = s1;
      result[at + (c + 2) * stride] = s2;
      result[at + (c + 3) * stride] = s3;
    }
    for (; c + 2 <= count; c += 2) {
      double[] c0 = cols[from + c];
      double[] c1 = cols[from + c + 1];
      double s0 = 0;
      double s1 = 0;
      for (int r = 0; r < n; r++) {
        double x = v[r];
        s0 += x * c0[r];
        s1 += x * c1[r];
      }
      result[at + c * stride] = s0;
      result[at + (c + 1) * stride] = s1;
    }
    if (c < count) {
      double[] c0 = cols[from + c];
      double s0 = 0;
      for (int r = 0; r < n; r++) {
        s0 += v[r] * c0[r];
      }
      result[at + c * stride] = s0;
    }
  }

  /** result[at + c] = Σ_r cols[from + c][r] for c = 0 … count−1, each in the order of r. */
  private static void sums(double[][] cols, int from, int count, int n, double[] result, int at) {
    int c = 0;
    for (; c + 4 <= count; c += 4) {
      double[] c0 = cols[from + c];
      double[] c1 = cols[from + c + 1];
      double[] c2 = cols[from + c + 2];
      double[] c3 = cols[from + c + 3];
      double s0 = 0;
      double s1 = 0;
      double s2 = 0;
      double s3 = 0;
      for (int r = 0; r < n; r++) {
        s0 += c0[r];
        s1 += c1[r];
        s2 += c2[r];
        s3 += c3[r];
      }
      result[at + c] = s0;
      result[at + c + 1] = s1;
      result[at + c + 2] = s2;
      result[at + c + 3] = s3;
    }
    for (; c + 2 <= count; c += 2) {
      double[] c0 = cols[from + c];
      double[] c1 = cols[from + c + 1];
      double s0 = 0;
      double s1 = 0;
      for (int r = 0; r < n; r++) {
        s0 += c0[r];
        s1 += c1[r];
      }
      result[at + c] = s0;
      result[at + c + 1] = s1;
    }
    if (c < count) {
      double[] c0 = cols[from + c];
      double s0 = 0;
      for (int r = 0; r < n; r++) {
        s0 += c0[r];
      }
      result[at + c] = s0;
    }
  }

  /** dW += λ W. */
  static void addL2(double[] dW, double[] w, double lambda) {
    for (int k = 0; k < w.length; k++) {
      dW[k] += lambda * w[k];
    }
  }
}
