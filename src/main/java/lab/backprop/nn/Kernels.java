package lab.backprop.nn;

/**
 * The loops of the forward and backward pass on flat row-major arrays, shared by {@link Backprop}
 * and {@link Predictor} so there is one implementation of the math. A batch has n rows; a layer
 * maps {@code in} values per row to {@code out}.
 */
final class Kernels {
  private Kernels() {}

  /** Z = X Wᵀ + b: z[r·out + j] = b[j] + Σ_i w[j·in + i]·x[r·in + i]. */
  static void affine(double[] w, double[] b, int in, int out, double[] x, double[] z, int n) {
    if (in == 2) {
      affineIn2(w, b, out, x, z, n);
      return;
    }
    for (int r = 0; r < n; r++) {
      int xo = r * in;
      int zo = r * out;
      for (int j = 0; j < out; j++) {
        int wo = j * in;
        double s = b[j];
        for (int i = 0; i < in; i++) {
          s += w[wo + i] * x[xo + i];
        }
        z[zo + j] = s;
      }
    }
  }

  /** {@link #affine} for two inputs (the plane), the same operations in the same order. */
  private static void affineIn2(double[] w, double[] b, int out, double[] x, double[] z, int n) {
    for (int r = 0; r < n; r++) {
      double x0 = x[2 * r];
      double x1 = x[2 * r + 1];
      int zo = r * out;
      for (int j = 0; j < out; j++) {
        double s = b[j];
        s += w[2 * j] * x0;
        s += w[2 * j + 1] * x1;
        z[zo + j] = s;
      }
    }
  }

  /**
   * Row-wise softmax of z into p, shifted by the row maximum. When {@code logSumExp} is not null it
   * receives log Σ_j e^{z_j} per row, computed as m + log Σ_j e^{z_j − m}.
   */
  static void softmax(double[] z, double[] p, int n, int k, double[] logSumExp) {
    for (int r = 0; r < n; r++) {
      int o = r * k;
      double m = z[o];
      for (int j = 1; j < k; j++) {
        m = Math.max(m, z[o + j]);
      }
      double s = 0;
      for (int j = 0; j < k; j++) {
        double e = NnMath.exp(z[o + j] - m);
        p[o + j] = e;
        s += e;
      }
      double inv = 1.0 / s;
      for (int j = 0; j < k; j++) {
        p[o + j] *= inv;
      }
      if (logSumExp != null) {
        logSumExp[r] = m + Math.log(s);
      }
    }
  }

  /** p = sigmoid(z) elementwise. */
  static void sigmoid(double[] z, double[] p, int len) {
    for (int k = 0; k < len; k++) {
      p[k] = NnMath.sigmoid(z[k]);
    }
  }

  /**
   * Softmax cross-entropy, given p = softmax(z) and the row log-sum-exp: returns Σ_r (lse_r − z[r,
   * y_r]); when {@code delta} is not null it receives (p − onehot(y)) / N.
   */
  static double softmaxCrossEntropy(
      double[] z, double[] p, double[] lse, int[] y, int n, int k, double invN, double[] delta) {
    double sum = 0;
    for (int r = 0; r < n; r++) {
      int o = r * k;
      sum += lse[r] - z[o + y[r]];
    }
    if (delta != null) {
      for (int r = 0; r < n; r++) {
        int o = r * k;
        for (int j = 0; j < k; j++) {
          delta[o + j] = p[o + j] * invN;
        }
        delta[o + y[r]] = (p[o + y[r]] - 1.0) * invN;
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

  /** dW = Δᵀ A_prev, db = Σ_r Δ[r]. */
  static void weightGradient(
      double[] delta, double[] aPrev, int n, int in, int out, double[] dW, double[] db) {
    java.util.Arrays.fill(dW, 0, out * in, 0.0);
    java.util.Arrays.fill(db, 0, out, 0.0);
    for (int r = 0; r < n; r++) {
      int ao = r * in;
      int dO = r * out;
      for (int j = 0; j < out; j++) {
        double d = delta[dO + j];
        db[j] += d;
        int wo = j * in;
        for (int i = 0; i < in; i++) {
          dW[wo + i] += d * aPrev[ao + i];
        }
      }
    }
  }

  /** dW += λ W. */
  static void addL2(double[] dW, double[] w, double lambda) {
    for (int k = 0; k < w.length; k++) {
      dW[k] += lambda * w[k];
    }
  }

  /** g = Δ W: g[r·in + i] = Σ_j Δ[r·out + j]·w[j·in + i] (before the activation's derivative). */
  static void backDelta(double[] delta, double[] w, int n, int in, int out, double[] g) {
    for (int r = 0; r < n; r++) {
      int go = r * in;
      int dO = r * out;
      for (int i = 0; i < in; i++) {
        g[go + i] = 0.0;
      }
      for (int j = 0; j < out; j++) {
        double d = delta[dO + j];
        int wo = j * in;
        for (int i = 0; i < in; i++) {
          g[go + i] += d * w[wo + i];
        }
      }
    }
  }
}
