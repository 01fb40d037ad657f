package lab.backprop.data;

import java.util.Arrays;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * A plane in the input space of d features: the points {@code origin + a·u + b·v}, shown with the
 * coordinates (a, b). {@code u} and {@code v} are orthonormal, so {@link #project} is the
 * orthogonal projection onto the plane. Immutable (accessors return copies).
 *
 * @param xName the horizontal axis ("PC1", "x3")
 * @param yName the vertical axis
 * @param description what the plane is, for the plot ("through the data mean, spanned by …")
 */
public record Plane(
    double[] origin, double[] u, double[] v, String xName, String yName, String description) {

  public Plane {
    origin = origin.clone();
    u = u.clone();
    v = v.clone();
    if (u.length != origin.length || v.length != origin.length) {
      throw new IllegalArgumentException("origin, u and v need the same length");
    }
  }

  /** Number of input features. */
  public int dimension() {
    return origin.length;
  }

  @Override
  public double[] origin() {
    return origin.clone();
  }

  @Override
  public double[] u() {
    return u.clone();
  }

  @Override
  public double[] v() {
    return v.clone();
  }

  /** The plane coordinates (a, b) of input x: (x − origin)·u and (x − origin)·v. */
  public double[] project(double[] x) {
    double a = 0;
    double b = 0;
    for (int i = 0; i < origin.length; i++) {
      double c = x[i] - origin[i];
      a += c * u[i];
      b += c * v[i];
    }
    return new double[] {a, b};
  }

  /**
   * The inputs of {@code n} plane points given as [n·2] (a, b) pairs, written as [n·d] rows into
   * {@code out}: origin + a·u + b·v.
   */
  public void lift(double[] ab, int n, double[] out) {
    int d = origin.length;
    for (int p = 0; p < n; p++) {
      double a = ab[2 * p];
      double b = ab[2 * p + 1];
      int row = p * d;
      for (int i = 0; i < d; i++) {
        out[row + i] = origin[i] + a * u[i] + b * v[i];
      }
    }
  }

  /** The mean of the rows of X. */
  public static double[] mean(double[][] X) {
    double[] mean = new double[X[0].length];
    for (double[] row : X) {
      for (int i = 0; i < mean.length; i++) {
        mean[i] += row[i];
      }
    }
    for (int i = 0; i < mean.length; i++) {
      mean[i] /= X.length;
    }
    return mean;
  }

  /**
   * The plane of features i and j (0-based) through the mean of X: the other features are held at
   * their mean, and the coordinates of a point are its values of features i and j.
   *
   * @throws IllegalArgumentException if i or j is out of range or they are equal
   */
  public static Plane features(double[][] X, int i, int j) {
    int d = X[0].length;
    if (i < 0 || j < 0 || i >= d || j >= d || i == j) {
      throw new IllegalArgumentException(
          "features must be two different ones of 1 … " + d + ", got " + (i + 1) + ", " + (j + 1));
    }
    double[] origin = mean(X);
    origin[i] = 0;
    origin[j] = 0;
    double[] u = new double[d];
    double[] v = new double[d];
    u[i] = 1;
    v[j] = 1;
    String x = "x" + (i + 1);
    String y = "x" + (j + 1);
    return new Plane(
        origin,
        u,
        v,
        x,
        y,
        "the plane of "
            + x
            + " and "
            + y
            + " through the data mean (the other "
            + (d - 2)
            + " inputs at their mean)");
  }

  /**
   * The plane through the mean of X spanned by its first two principal components: the eigenvectors
   * of the covariance matrix with the two largest eigenvalues, each signed so that its largest
   * component (in absolute value) is positive.
   *
   * @throws IllegalArgumentException with fewer than 2 features
   */
  public static Plane principal(double[][] X) {
    PrincipalAxes axes = principalAxes(X);
    String x = String.format(Locale.ROOT, "PC1 (%.0f %% of the variance)", 100 * axes.share(0));
    String y = String.format(Locale.ROOT, "PC2 (%.0f %%)", 100 * axes.share(1));
    return new Plane(
        axes.mean(),
        axes.axis(0),
        axes.axis(1),
        x,
        y,
        "the plane through the data mean spanned by the first two principal components");
  }

  /**
   * The mean, the principal axes (unit eigenvectors of the covariance, largest variance first) and
   * their variances.
   */
  public record PrincipalAxes(double[] mean, double[][] axes, double[] variances) {
    public double[] axis(int k) {
      return axes[k].clone();
    }

    /** The share of the total variance along axis k. */
    public double share(int k) {
      double total = 0;
      for (double var : variances) {
        total += var;
      }
      return total > 0 ? variances[k] / total : 0;
    }
  }

  /** The principal axes of the rows of X (covariance with divisor N). */
  public static PrincipalAxes principalAxes(double[][] X) {
    int n = X.length;
    int d = X[0].length;
    if (d < 2) {
      throw new IllegalArgumentException("principal components need at least 2 features, got " + d);
    }
    double[] mean = mean(X);
    DMatrixRMaj centred = new DMatrixRMaj(n, d);
    for (int r = 0; r < n; r++) {
      for (int i = 0; i < d; i++) {
        centred.unsafe_set(r, i, X[r][i] - mean[i]);
      }
    }
    DMatrixRMaj cov = new DMatrixRMaj(d, d);
    CommonOps_DDRM.multTransA(centred, centred, cov);
    CommonOps_DDRM.divide(cov, n);
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(d, true, true);
    if (!eig.decompose(cov)) {
      throw new IllegalStateException("the eigen decomposition of the covariance failed");
    }
    Integer[] order = new Integer[eig.getNumberOfEigenvalues()];
    double[] values = new double[order.length];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
      values[k] = eig.getEigenvalue(k).getReal();
    }
    Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
    double[][] axes = new double[order.length][];
    double[] variances = new double[order.length];
    for (int k = 0; k < order.length; k++) {
      DMatrixRMaj vec = eig.getEigenVector(order[k]);
      axes[k] = signed(vec == null ? new double[d] : vec.getData().clone());
      variances[k] = Math.max(0, values[order[k]]);
    }
    return new PrincipalAxes(mean, axes, variances);
  }

  /**
   * Unit length, with its largest component (in absolute value; the first of equals) positive.
   * Works in place. Package-private for its test.
   */
  static double[] signed(double[] w) {
    double norm = 0;
    int big = 0;
    for (int i = 0; i < w.length; i++) {
      norm += w[i] * w[i];
      if (Math.abs(w[i]) > Math.abs(w[big])) {
        big = i;
      }
    }
    double s = (w[big] < 0 ? -1 : 1) / (norm > 0 ? Math.sqrt(norm) : 1);
    for (int i = 0; i < w.length; i++) {
      w[i] *= s;
    }
    return w;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Plane p
        && Arrays.equals(origin, p.origin)
        && Arrays.equals(u, p.u)
        && Arrays.equals(v, p.v)
        && xName.equals(p.xName)
        && yName.equals(p.yName)
        && description.equals(p.description);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(origin) * 31 + Arrays.hashCode(u) * 17 + Arrays.hashCode(v);
  }

  @Override
  public String toString() {
    return "Plane[" + xName + " × " + yName + ", " + description + "]";
  }
}
