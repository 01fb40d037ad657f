package lab.backprop.ui.diagram;

/**
 * Where the network diagram puts its nodes for given layer sizes and a pixel box: one column per
 * layer (input, hidden…, output), units spread evenly down each column. Pure geometry, so hit tests
 * are unit-testable. Layers are indexed 0 = input … L = output; weight layer l connects column l to
 * column l + 1.
 */
public final class DiagramLayout {
  /** Room above the columns for the layer titles. */
  public static final double TOP = 34;

  private final int[] sizes;
  private final double[] colX;
  private final double[][] nodeY;
  private final double radius;

  public DiagramLayout(int[] layerSizes, double width, double height) {
    sizes = layerSizes.clone();
    int columns = sizes.length;
    colX = new double[columns];
    double margin = Math.max(Math.min(60, width * 0.12), Math.min(90, width * 0.07));
    double colGap = columns > 1 ? (width - 2 * margin) / (columns - 1) : 0;
    for (int c = 0; c < columns; c++) {
      colX[c] = columns > 1 ? margin + c * colGap : width / 2;
    }
    int widest = 1;
    for (int s : sizes) {
      widest = Math.max(widest, s);
    }
    double usable = Math.max(10, height - TOP - 12);
    double rowGap = usable / widest;
    radius = Math.max(1.5, Math.min(Math.min(rowGap * 0.42, colGap > 0 ? colGap * 0.2 : 30), 26));
    nodeY = new double[columns][];
    for (int c = 0; c < columns; c++) {
      nodeY[c] = new double[sizes[c]];
      double gap = Math.min(usable / sizes[c], Math.max(rowGap, radius * 3));
      double top = TOP + 6 + (usable - gap * sizes[c]) / 2 + gap / 2;
      for (int u = 0; u < sizes[c]; u++) {
        nodeY[c][u] = top + u * gap;
      }
    }
  }

  public int columns() {
    return sizes.length;
  }

  public int size(int column) {
    return sizes[column];
  }

  public double x(int column) {
    return colX[column];
  }

  public double y(int column, int unit) {
    return nodeY[column][unit];
  }

  public double radius() {
    return radius;
  }

  /** Whether hidden units are big enough to carry an activation thumbnail. */
  public boolean thumbnailsFit() {
    return radius >= 11;
  }

  /** A node hit: column and unit, or null. */
  public int[] nodeAt(double px, double py) {
    double r2 = Math.max(radius + 2, 5);
    for (int c = 0; c < sizes.length; c++) {
      if (Math.abs(px - colX[c]) > r2) {
        continue;
      }
      for (int u = 0; u < sizes[c]; u++) {
        double dy = py - nodeY[c][u];
        double dx = px - colX[c];
        if (dx * dx + dy * dy <= r2 * r2) {
          return new int[] {c, u};
        }
      }
    }
    return null;
  }

  /**
   * The edge nearest to (px, py) within {@code tolerance} pixels, as {weight layer l, unit j of
   * column l+1, unit i of column l}, or null. Points inside a node do not hit edges.
   */
  public int[] edgeAt(double px, double py, double tolerance) {
    for (int l = 0; l + 1 < sizes.length; l++) {
      if (px < colX[l] + radius || px > colX[l + 1] - radius) {
        continue;
      }
      int[] best = null;
      double bestD = tolerance;
      for (int j = 0; j < sizes[l + 1]; j++) {
        for (int i = 0; i < sizes[l]; i++) {
          double d = distanceToSegment(px, py, colX[l], nodeY[l][i], colX[l + 1], nodeY[l + 1][j]);
          if (d <= bestD) {
            bestD = d;
            best = new int[] {l, j, i};
          }
        }
      }
      if (best != null) {
        return best;
      }
    }
    return null;
  }

  static double distanceToSegment(
      double px, double py, double x0, double y0, double x1, double y1) {
    double dx = x1 - x0;
    double dy = y1 - y0;
    double len2 = dx * dx + dy * dy;
    double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / len2));
    double ex = x0 + t * dx - px;
    double ey = y0 + t * dy - py;
    return Math.sqrt(ex * ex + ey * ey);
  }
}
