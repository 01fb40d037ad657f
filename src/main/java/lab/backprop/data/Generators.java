package lab.backprop.data;

/**
 * The built-in data sets. Every generator is deterministic for a seed (0 … 2³² − 1) and follows the
 * recipe of scikit-learn's {@code make_moons}: a layout of the clean points in class order, then an
 * optional shuffle of the rows, then Gaussian noise of standard deviation {@code noise}, all drawn
 * from one {@link NumpyRandomState}. Labelled sets put {@code n / classes} points in each class;
 * the remainder goes one point each to the last classes (as make_moons gives class 1 the odd
 * point). Every set lies roughly within [−2, 3] × [−1.5, 2].
 */
public final class Generators {
  /** Radius of the inner ring of {@link #circles} (scikit-learn's {@code factor}). */
  public static final double CIRCLES_FACTOR = 0.5;

  /** Spiral arms wind from radius 0.2 to 1.5 through 1.5 turns. */
  public static final double SPIRAL_R0 = 0.2;

  public static final double SPIRAL_R1 = 1.5;
  public static final double SPIRAL_TURNS = 1.5;

  /** Blob centres sit on a circle of this radius around the origin, the first at the top. */
  public static final double BLOBS_RADIUS = 1.2;

  private Generators() {}

  /** Identical to scikit-learn's {@code make_moons(n, noise=noise, random_state=seed, shuffle)}. */
  public static Dataset moons(int n, double noise, long seed, boolean shuffle) {
    checkCommon(n, noise);
    NumpyRandomState random = new NumpyRandomState(seed);
    int nOut = n / 2;
    int nIn = n - nOut;
    double[][] X = new double[n][];
    int[] y = new int[n];
    double[] outer = linspace(0.0, Math.PI, nOut);
    double[] inner = linspace(0.0, Math.PI, nIn);
    for (int i = 0; i < nOut; i++) {
      X[i] = new double[] {StrictMath.cos(outer[i]), StrictMath.sin(outer[i])};
    }
    for (int i = 0; i < nIn; i++) {
      X[nOut + i] =
          new double[] {1 - StrictMath.cos(inner[i]), (1 - StrictMath.sin(inner[i])) - 0.5};
      y[nOut + i] = 1;
    }
    return finish("moons", X, y, 2, noise, shuffle, random);
  }

  /**
   * Two concentric rings as scikit-learn's {@code make_circles(n, noise, factor=0.5)}: class 0 the
   * unit circle ({@code n / 2} points), class 1 the circle of radius 0.5, angles {@code 2π·i/m}.
   */
  public static Dataset circles(int n, double noise, long seed, boolean shuffle) {
    checkCommon(n, noise);
    NumpyRandomState random = new NumpyRandomState(seed);
    int nOut = n / 2;
    int nIn = n - nOut;
    double[][] X = new double[n][];
    int[] y = new int[n];
    for (int i = 0; i < nOut; i++) {
      double t = i * (2 * Math.PI / nOut);
      X[i] = new double[] {StrictMath.cos(t), StrictMath.sin(t)};
    }
    for (int i = 0; i < nIn; i++) {
      double t = i * (2 * Math.PI / nIn);
      X[nOut + i] =
          new double[] {StrictMath.cos(t) * CIRCLES_FACTOR, StrictMath.sin(t) * CIRCLES_FACTOR};
      y[nOut + i] = 1;
    }
    return finish("circles", X, y, 2, noise, shuffle, random);
  }

  /**
   * XOR: points uniform in [−1, 1]², label 0 where x1 and x2 have the same sign (quadrants I and
   * III), 1 where they differ. Class 0 alternates between quadrants I and III, class 1 between II
   * and IV, so the classes and the quadrants stay balanced; no clean point lies on an axis. The
   * label belongs to the clean point: noise may carry a point across an axis.
   */
  public static Dataset xor(int n, double noise, long seed, boolean shuffle) {
    checkCommon(n, noise);
    NumpyRandomState random = new NumpyRandomState(seed);
    int n0 = n / 2;
    double[][] X = new double[n][];
    int[] y = new int[n];
    for (int k = 0; k < n; k++) {
      int label = k < n0 ? 0 : 1;
      int i = label == 0 ? k : k - n0;
      double sign1 = i % 2 == 0 ? 1 : -1;
      double sign2 = label == 0 ? sign1 : -sign1;
      double m1 = 1.0 - random.randomSample();
      double m2 = 1.0 - random.randomSample();
      X[k] = new double[] {sign1 * m1, sign2 * m2};
      y[k] = label;
    }
    return finish("xor", X, y, 2, noise, shuffle, random);
  }

  /**
   * {@code classes} (2 or 3) interleaved spiral arms. Point i of the m points of arm c has s = (i +
   * 0.5)/m, radius {@code 0.2 + 1.3·s} and angle {@code 2πc/classes + 1.5·2π·s}.
   */
  public static Dataset spiral(int n, int classes, double noise, long seed, boolean shuffle) {
    checkCommon(n, noise);
    checkClasses("spiral", classes, 2, 3);
    NumpyRandomState random = new NumpyRandomState(seed);
    double[][] X = new double[n][];
    int[] y = new int[n];
    int row = 0;
    for (int c = 0; c < classes; c++) {
      int m = classSize(n, classes, c);
      for (int i = 0; i < m; i++) {
        double s = (i + 0.5) / m;
        double r = SPIRAL_R0 + (SPIRAL_R1 - SPIRAL_R0) * s;
        double angle = 2 * Math.PI * c / classes + SPIRAL_TURNS * 2 * Math.PI * s;
        X[row] = new double[] {r * StrictMath.cos(angle), r * StrictMath.sin(angle)};
        y[row++] = c;
      }
    }
    return finish("spiral", X, y, classes, noise, shuffle, random);
  }

  /**
   * {@code classes} (2 to 5) Gaussian clusters of standard deviation {@code noise}, centred on
   * {@link #blobCentre}. With noise 0 every point sits on its centre.
   */
  public static Dataset blobs(int n, int classes, double noise, long seed, boolean shuffle) {
    checkCommon(n, noise);
    checkClasses("blobs", classes, 2, 5);
    NumpyRandomState random = new NumpyRandomState(seed);
    double[][] X = new double[n][];
    int[] y = new int[n];
    int row = 0;
    for (int c = 0; c < classes; c++) {
      int m = classSize(n, classes, c);
      for (int i = 0; i < m; i++) {
        X[row] = blobCentre(c, classes);
        y[row++] = c;
      }
    }
    return finish("blobs", X, y, classes, noise, shuffle, random);
  }

  /** Centre of blob c of {@code classes}: radius 1.2, angle {@code π/2 + 2πc/classes}. */
  public static double[] blobCentre(int c, int classes) {
    double angle = Math.PI / 2 + 2 * Math.PI * c / classes;
    return new double[] {
      BLOBS_RADIUS * StrictMath.cos(angle), BLOBS_RADIUS * StrictMath.sin(angle)
    };
  }

  /**
   * A smooth surface: x1 uniform in [−2, 2], x2 uniform in [−1.5, 1.5] (drawn row by row, x1
   * first), target {@link #surface}(x1, x2) plus Gaussian noise of standard deviation {@code
   * noise}; the points themselves are not jittered.
   */
  public static Dataset regression(int n, double noise, long seed, boolean shuffle) {
    checkCommon(n, noise);
    NumpyRandomState random = new NumpyRandomState(seed);
    double[][] X = new double[n][];
    for (int k = 0; k < n; k++) {
      double x1 = random.uniform(-2.0, 2.0);
      double x2 = random.uniform(-1.5, 1.5);
      X[k] = new double[] {x1, x2};
    }
    if (shuffle) {
      X = permuteRows(X, random.permutation(n));
    }
    double[] t = new double[n];
    for (int k = 0; k < n; k++) {
      t[k] = surface(X[k][0], X[k][1]) + random.normal(noise);
    }
    return Dataset.regression("regression", X, t);
  }

  /**
   * The one example of the worked example of the course notes (Assignment 2, seed 001): x = (1, 2)
   * with target 8.
   */
  public static Dataset workedExample() {
    return Dataset.regression("worked-example", new double[][] {{1, 2}}, new double[] {8});
  }

  /** The clean regression target {@code sin(π·x1/2)·cos(π·x2/2)}, in [−1, 1]. */
  public static double surface(double x1, double x2) {
    return StrictMath.sin(Math.PI * x1 / 2) * StrictMath.cos(Math.PI * x2 / 2);
  }

  /**
   * Class c's share of n points among {@code classes}: the last {@code n % classes} get one more.
   */
  static int classSize(int n, int classes, int c) {
    return n / classes + (c >= classes - n % classes ? 1 : 0);
  }

  /** numpy's {@code linspace(start, stop, m)} with the endpoint: the last value is exactly stop. */
  static double[] linspace(double start, double stop, int m) {
    double[] t = new double[m];
    if (m == 1) {
      t[0] = start;
    } else if (m > 1) {
      double step = (stop - start) / (m - 1);
      for (int i = 0; i < m - 1; i++) {
        t[i] = i * step + start;
      }
      t[m - 1] = stop;
    }
    return t;
  }

  /** Shuffle (optional) first, then noise row by row, x1 before x2 — make_moons' order. */
  private static Dataset finish(
      String name,
      double[][] X,
      int[] y,
      int classes,
      double noise,
      boolean shuffle,
      NumpyRandomState random) {
    if (shuffle) {
      int[] p = random.permutation(X.length);
      X = permuteRows(X, p);
      int[] shuffled = new int[y.length];
      for (int k = 0; k < y.length; k++) {
        shuffled[k] = y[p[k]];
      }
      y = shuffled;
    }
    for (double[] row : X) {
      row[0] += random.normal(noise);
      row[1] += random.normal(noise);
    }
    return Dataset.classification(name, X, y, classes);
  }

  private static double[][] permuteRows(double[][] X, int[] p) {
    double[][] permuted = new double[X.length][];
    for (int k = 0; k < X.length; k++) {
      permuted[k] = X[p[k]];
    }
    return permuted;
  }

  private static void checkCommon(int n, double noise) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, got " + n);
    }
    if (!Double.isFinite(noise) || noise < 0) {
      throw new IllegalArgumentException("noise must be a finite number ≥ 0, got " + noise);
    }
  }

  private static void checkClasses(String name, int classes, int min, int max) {
    if (classes < min || classes > max) {
      throw new IllegalArgumentException(
          "classes for " + name + " must be in " + min + " … " + max + ", got " + classes);
    }
  }
}
