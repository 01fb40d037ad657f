package lab.backprop.ui.plot;

import java.util.Arrays;

/**
 * The zero level set of a scalar field sampled on a grid (marching squares). Segments are in grid
 * coordinates: x = column + 0.5 is the centre of column {@code column}.
 */
public final class Contour {
  private Contour() {}

  /**
   * Segments where {@code v} (row-major, {@code cols × rows}) crosses zero, as [x0, y0, x1, y1,
   * ...] in grid units (cell centres at half-integers).
   */
  public static double[] zeroSegments(double[] v, int cols, int rows) {
    double[] out = new double[64];
    int n = 0;
    for (int r = 0; r + 1 < rows; r++) {
      for (int c = 0; c + 1 < cols; c++) {
        double a = v[r * cols + c]; // top-left
        double b = v[r * cols + c + 1]; // top-right
        double d = v[(r + 1) * cols + c]; // bottom-left
        double e = v[(r + 1) * cols + c + 1]; // bottom-right
        double[] pts = new double[8];
        int k = 0;
        double x = c + 0.5;
        double y = r + 0.5;
        if ((a > 0) != (b > 0)) { // top edge
          pts[k++] = x + a / (a - b);
          pts[k++] = y;
        }
        if ((b > 0) != (e > 0)) { // right edge
          pts[k++] = x + 1;
          pts[k++] = y + b / (b - e);
        }
        if ((d > 0) != (e > 0)) { // bottom edge
          pts[k++] = x + d / (d - e);
          pts[k++] = y + 1;
        }
        if ((a > 0) != (d > 0)) { // left edge
          pts[k++] = x;
          pts[k++] = y + a / (a - d);
        }
        for (int s = 0; s + 3 < k; s += 4) {
          if (n + 4 > out.length) {
            out = Arrays.copyOf(out, out.length * 2);
          }
          System.arraycopy(pts, s, out, n, 4);
          n += 4;
        }
      }
    }
    return Arrays.copyOf(out, n);
  }
}
