package lab.backprop.nn;

/** Conversions from the engine's flat row-major arrays and unit-major columns to nested arrays. */
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

  /** The first {@code rows} entries of each of the {@code cols} columns, as [rows][cols]. */
  static double[][] rows(double[][] columns, int rows, int cols) {
    double[][] m = new double[rows][cols];
    for (int c = 0; c < cols; c++) {
      double[] column = columns[c];
      for (int r = 0; r < rows; r++) {
        m[r][c] = column[r];
      }
    }
    return m;
  }
}
