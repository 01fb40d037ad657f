package lab.backprop.ui.diagram;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Where the network diagram puts its nodes for given layer sizes and a pixel box: one column per
 * layer (input, hidden…, output), units spread evenly down each column. Pure geometry, so hit tests
 * are unit-testable. Layers are indexed 0 = input … L = output; weight layer l connects column l to
 * column l + 1.
 *
 * <p>A column of more than {@link #MAX_SHOWN} units shows its first {@link #HEAD} and last {@link
 * #TAIL} units around an ellipsis slot; the units between have no place ({@link #isShown} false).
 */
public final class DiagramLayout {
  /** Room above the columns for the layer titles. */
  public static final double TOP = 34;

  /** Columns with more units than this are collapsed around an ellipsis. */
  public static final int MAX_SHOWN = 64;

  /** Units shown before the ellipsis of a collapsed column. */
  public static final int HEAD = 32;

  /** Units shown after the ellipsis of a collapsed column (HEAD + 1 + TAIL slots in all). */
  public static final int TAIL = MAX_SHOWN - HEAD - 1;

  private final int[] sizes;
  private final double[] colX;
  private final double[][] nodeY;
  private final int[][] shown;
  private final double[] ellipsisY;
  private final double radius;
  private final double top;

  public DiagramLayout(int[] layerSizes, double width, double height) {
    this(layerSizes, width, height, TOP);
  }

  /**
   * @param titleRoom room above the columns for the layer titles (at least {@link #TOP})
   */
  public DiagramLayout(int[] layerSizes, double width, double height, double titleRoom) {
    top = Math.max(TOP, titleRoom);
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
      widest = Math.max(widest, slots(s));
    }
    double usable = Math.max(10, height - top - 12);
    double rowGap = usable / widest;
    radius = Math.max(1.5, Math.min(Math.min(rowGap * 0.42, colGap > 0 ? colGap * 0.2 : 30), 26));
    nodeY = new double[columns][];
    shown = new int[columns][];
    ellipsisY = new double[columns];
    for (int c = 0; c < columns; c++) {
      int slots = slots(sizes[c]);
      double gap = Math.min(usable / slots, Math.max(rowGap, radius * 3));
      double first = top + 6 + (usable - gap * slots) / 2 + gap / 2;
      nodeY[c] = new double[sizes[c]];
      Arrays.fill(nodeY[c], Double.NaN);
      shown[c] = unitsShown(sizes[c]);
      ellipsisY[c] = slots < sizes[c] ? first + HEAD * gap : Double.NaN;
      for (int k = 0; k < shown[c].length; k++) {
        int slot = slots < sizes[c] && k >= HEAD ? k + 1 : k;
        nodeY[c][shown[c][k]] = first + slot * gap;
      }
    }
  }

  /** Room above the columns for the layer titles. */
  public double top() {
    return top;
  }

  private static int slots(int units) {
    return Math.min(units, MAX_SHOWN);
  }

  /** The units a column of {@code units} shows, in order. */
  private static int[] unitsShown(int units) {
    if (units <= MAX_SHOWN) {
      return IntStream.range(0, units).toArray();
    }
    int[] head = IntStream.range(0, HEAD).toArray();
    int[] tail = IntStream.range(units - TAIL, units).toArray();
    int[] all = Arrays.copyOf(head, MAX_SHOWN - 1);
    System.arraycopy(tail, 0, all, HEAD, TAIL);
    return all;
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

  /** The y of a unit's node; NaN for a unit a collapsed column does not show. */
  public double y(int column, int unit) {
    return nodeY[column][unit];
  }

  /** Whether the unit has a node (every unit of a column of at most {@link #MAX_SHOWN}). */
  public boolean isShown(int column, int unit) {
    return !Double.isNaN(nodeY[column][unit]);
  }

  /** The units of a column that have nodes, top to bottom (a copy). */
  public int[] shownUnits(int column) {
    return shown[column].clone();
  }

  /** Units of the column left out at its ellipsis (0 when all are shown). */
  public int hiddenCount(int column) {
    return sizes[column] - shown[column].length;
  }

  /** The y of the column's ellipsis slot; NaN when every unit is shown. */
  public double ellipsisY(int column) {
    return ellipsisY[column];
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
      for (int u : shown[c]) {
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
      for (int j : shown[l + 1]) {
        for (int i : shown[l]) {
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
