package lab.backprop.nn;

/** Conversions between the engine's flat row-major arrays and nested arrays. */
final class Matrices {
  private Matrices() {}

  /** The first rows·cols values of {@code flat} as [rows][cols]. */
  static double[][] unflatten(double[] flat, int rows, int cols) {
    double[][] m = new double[rows][cols];
    for (int r = 0; r < rows; r++) {
      System.arraycopy(flat, r * cols, m[r], 0, cols);
    }
    return m;
  }
}
