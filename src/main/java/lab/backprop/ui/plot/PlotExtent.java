package lab.backprop.ui.plot;

/**
 * The rectangle of the input plane a plot shows, in data units, and its mapping to a pixel box.
 * Immutable.
 */
public record PlotExtent(double xMin, double xMax, double yMin, double yMax) {

  /** The data's bounding box with a margin of 10 % on each side (at least 0.5 units). */
  public static PlotExtent around(double[][] points) {
    double x0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY;
    double y0 = Double.POSITIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
    for (double[] p : points) {
      x0 = Math.min(x0, p[0]);
      x1 = Math.max(x1, p[0]);
      y0 = Math.min(y0, p[1]);
      y1 = Math.max(y1, p[1]);
    }
    if (!(x0 <= x1 && y0 <= y1)) {
      return new PlotExtent(-1, 1, -1, 1);
    }
    double mx = Math.max(0.5, 0.1 * (x1 - x0));
    double my = Math.max(0.5, 0.1 * (y1 - y0));
    return new PlotExtent(x0 - mx, x1 + mx, y0 - my, y1 + my);
  }

  public double width() {
    return xMax - xMin;
  }

  public double height() {
    return yMax - yMin;
  }

  /**
   * Centres of a cols × rows grid over this extent, row-major from the top row (largest y), as
   * [cols*rows*2] for {@code Predictor.predict}.
   */
  public double[] gridCentres(int cols, int rows) {
    double[] x = new double[cols * rows * 2];
    int k = 0;
    for (int r = 0; r < rows; r++) {
      double y = yMax - (r + 0.5) * height() / rows;
      for (int c = 0; c < cols; c++) {
        x[k++] = xMin + (c + 0.5) * width() / cols;
        x[k++] = y;
      }
    }
    return x;
  }
}
