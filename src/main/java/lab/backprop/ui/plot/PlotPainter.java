package lab.backprop.ui.plot;

import java.util.Arrays;
import lab.backprop.ui.common.Palette;
import lab.backprop.ui.common.Picture;

/**
 * The whole changing part of the boundary plot as one opaque ARGB picture at the exact on-screen
 * pixel size: the boundary raster scaled to the plot box (bilinear, like a smoothed image view),
 * the class borders, the data points on top and a frame. Plain pixel arithmetic with no JavaFX, so
 * the render worker paints it and the FX side only uploads it, without scaling or layering.
 *
 * <p>Geometry: a picture of {@code width × height} pixels holds the plot box of {@code (width − t)
 * × (height − t)} pixels, t = frame thickness; data point (x, y) of the shown extent lies at pixel
 * coordinates ((x − xMin) / xSpan · boxW, (yMax − y) / ySpan · boxH), pixel (i, j) covering [i, i +
 * 1) × [j, j + 1). The frame takes the outermost t pixels on each side (so the right and bottom
 * lines lie just outside the box, as a stroked rectangle at the box's edges would). Not
 * thread-safe: one painter per thread.
 */
public final class PlotPainter {

  /**
   * Where the drawing steps draw: the picture's size, the plot box's size in pixels, the output
   * scale and the data extent the box shows.
   */
  private record Area(
      int width, int height, double boxW, double boxH, double scale, PlotExtent shown) {
    /** Pixel x of data x. */
    double px(double x) {
      return (x - shown.xMin()) / shown.width() * boxW;
    }

    /** Pixel y of data y. */
    double py(double y) {
      return (shown.yMax() - y) / shown.height() * boxH;
    }

    /** Data x of pixel column px's centre. */
    double x(int px) {
      return shown.xMin() + (px + 0.5) / boxW * shown.width();
    }

    /** Data y of pixel row py's centre. */
    double y(int py) {
      return shown.yMax() - (py + 0.5) / boxH * shown.height();
    }
  }

  /** What the points' blends were worked out for. */
  private record PointsKey(Area area, PlotPoints points, boolean showTest) {}

  /** Plot frame: rgb(90, 90, 90). */
  static final int FRAME = 0xFF5A5A5A;

  /** Class borders: rgba(40, 40, 40, 0.85), 2 pixels wide at scale 1. */
  static final int BORDER = 0xD9282828;

  static final double BORDER_WIDTH = 2;

  private float[] mask = new float[0];

  /** The points' blends, in drawing order, for the size and data they were worked out for. */
  private int[] opPixel = new int[0];

  private int[] opColour = new int[0];
  private int[] opAlpha = new int[0];
  private int opCount;
  private PointsKey opsKey;

  /** Each grid row mixed across to the pixel columns (see fillRaster). */
  private int[] across = new int[0];

  /** Rows of {@link #mask} the last borders touched (all else is 0). */
  private int maskFrom;

  private int maskTo;

  /** Frame thickness in pixels at this output scale. */
  public static int frame(double scale) {
    return Math.max(1, (int) Math.round(scale));
  }

  /**
   * Paints a picture of {@code width × height} pixels.
   *
   * @param scale output pixels per layout unit (line widths and point radii scale with it)
   * @param shown the data extent the plot box shows
   * @param raster the boundary colours and borders, for any extent (cells outside it repeat its
   *     edge); null paints a white plane
   */
  public Picture paint(
      int width,
      int height,
      double scale,
      PlotExtent shown,
      BoundaryRaster.Image raster,
      PlotPoints points,
      boolean showTest) {
    int t = frame(scale);
    if (width <= 2 * t || height <= 2 * t) {
      throw new IllegalArgumentException(
          "PlotPainter: picture " + width + "×" + height + " is too small for a frame of " + t);
    }
    int[] argb = new int[width * height];
    Area area = new Area(width, height, width - t, height - t, scale, shown);
    if (raster == null) {
      Arrays.fill(argb, Palette.WHITE);
    } else {
      fillRaster(argb, area, raster);
      drawBorders(argb, area, raster, points == null ? 1 : points.weight());
    }
    drawPoints(argb, area, points, showTest);
    drawFrame(argb, width, height, t);
    return new Picture(width, height, argb);
  }

  /**
   * Bilinear scaling of the raster's cell colours onto the pixels (cell centres at +0.5), in 8-bit
   * fixed point: first each grid row is mixed across to the pixel columns, then each pixel row
   * mixes the two grid rows around it, two channels per multiply. The second pass, the one over
   * every pixel, reads its arrays in order with no lookups, which the JIT vectorises.
   */
  private void fillRaster(int[] argb, Area area, BoundaryRaster.Image r) {
    int width = area.width();
    int cols = r.cols();
    int rows = r.rows();
    PlotExtent re = r.extent();
    if (across.length < rows * width) {
      across = new int[rows * width];
    }
    int[] c0 = new int[width];
    int[] c1 = new int[width];
    int[] fx = new int[width];
    for (int px = 0; px < width; px++) {
      double g = (area.x(px) - re.xMin()) / re.width() * cols - 0.5;
      c0[px] = lowerIndex(g, cols);
      c1[px] = c0[px] + 1 < cols ? c0[px] + 1 : c0[px];
      fx[px] = (int) Math.round(256 * fraction(g, c0[px], cols));
    }
    int[] src = r.argb();
    for (int row = 0; row < rows; row++) {
      int s = row * cols;
      int k = row * width;
      for (int px = 0; px < width; px++) {
        across[k + px] = Palette.mixFixed(src[s + c0[px]], src[s + c1[px]], fx[px]);
      }
    }
    for (int py = 0; py < area.height(); py++) {
      double g = (re.yMax() - area.y(py)) / re.height() * rows - 0.5;
      int r0 = lowerIndex(g, rows);
      int fy = (int) Math.round(256 * fraction(g, r0, rows));
      int a = r0 * width;
      int b = Math.min(r0 + 1, rows - 1) * width;
      int base = py * width;
      for (int px = 0; px < width; px++) {
        argb[base + px] = Palette.mixFixed(across[a + px], across[b + px], fy);
      }
    }
  }

  /** The cell whose centre is at or left of grid coordinate g, within [0, n − 1]. */
  static int lowerIndex(double g, int n) {
    if (!(g > 0)) {
      return 0;
    }
    return (int) Math.min(n - 1, Math.floor(g));
  }

  static double fraction(double g, int i, int n) {
    if (i >= n - 1) {
      return 0;
    }
    return Math.max(0, Math.min(1, g - i));
  }

  /** Antialiased border segments: a coverage mask (max over segments, so joints stay even). */
  private void drawBorders(int[] argb, Area area, BoundaryRaster.Image r, double weight) {
    int width = area.width();
    int height = area.height();
    PlotExtent shown = area.shown();
    double[] s = r.borders();
    if (s.length < 4) {
      return;
    }
    int n = width * height;
    if (mask.length < n) {
      mask = new float[n];
    } else {
      Arrays.fill(mask, Math.min(maskFrom, n), Math.min(maskTo, n), 0f);
    }
    PlotExtent re = r.extent();
    // grid units to pixels
    double kx = re.width() / r.cols() / shown.width() * area.boxW();
    double ox = area.px(re.xMin());
    double ky = re.height() / r.rows() / shown.height() * area.boxH();
    double oy = area.py(re.yMax());
    double half = BORDER_WIDTH * weight * area.scale() / 2;
    int minRow = height;
    int maxRow = -1;
    for (int i = 0; i + 3 < s.length; i += 4) {
      if (!Double.isFinite(s[i] + s[i + 1] + s[i + 2] + s[i + 3])) {
        continue;
      }
      double x0 = ox + s[i] * kx;
      double y0 = oy + s[i + 1] * ky;
      double x1 = ox + s[i + 2] * kx;
      double y1 = oy + s[i + 3] * ky;
      int pxMin = Math.max(0, (int) Math.floor(Math.min(x0, x1) - half - 1));
      int pxMax = Math.min(width - 1, (int) Math.ceil(Math.max(x0, x1) + half + 1));
      int pyMin = Math.max(0, (int) Math.floor(Math.min(y0, y1) - half - 1));
      int pyMax = Math.min(height - 1, (int) Math.ceil(Math.max(y0, y1) + half + 1));
      minRow = Math.min(minRow, pyMin);
      maxRow = Math.max(maxRow, pyMax);
      for (int py = pyMin; py <= pyMax; py++) {
        for (int px = pxMin; px <= pxMax; px++) {
          double d = distanceToSegment(px + 0.5, py + 0.5, x0, y0, x1, y1);
          float cover = (float) clamp01(half + 0.5 - d);
          int k = py * width + px;
          if (cover > mask[k]) {
            mask[k] = cover;
          }
        }
      }
    }
    double alpha = (BORDER >>> 24) / 255.0;
    maskFrom = Math.max(0, minRow) * width;
    maskTo = Math.min(height, maxRow + 1) * width;
    for (int k = maskFrom; k < maskTo; k++) {
      if (mask[k] > 0) {
        argb[k] = Palette.mixFixed(argb[k], BORDER, alpha8(alpha * mask[k]));
      }
    }
  }

  static double distanceToSegment(
      double px, double py, double x0, double y0, double x1, double y1) {
    double dx = x1 - x0;
    double dy = y1 - y0;
    double len2 = dx * dx + dy * dy;
    double u = len2 > 0 ? ((px - x0) * dx + (py - y0) * dy) / len2 : 0;
    u = Math.max(0, Math.min(1, u));
    double ex = px - (x0 + u * dx);
    double ey = py - (y0 + u * dy);
    return Math.sqrt(ex * ex + ey * ey);
  }

  /**
   * Train points as filled discs with a ring, then test points as rings (if shown; a test point
   * with a fill colour of alpha 0 is hollow). The points do not move while training, so their pixel
   * work (coverage of each disc and ring) is worked out once per size and kept as a list of blends
   * in drawing order.
   */
  private void drawPoints(int[] argb, Area area, PlotPoints pts, boolean showTest) {
    if (pts == null) {
      return;
    }
    // PlotPoints holds arrays, so its equals is identity of the data: new data, new blends
    PointsKey key = new PointsKey(area, pts, showTest);
    if (!key.equals(opsKey)) {
      recordPoints(area, pts, showTest);
      opsKey = key;
    }
    for (int o = 0; o < opCount; o++) {
      int k = opPixel[o];
      argb[k] = Palette.mixFixed(argb[k], opColour[o], opAlpha[o]);
    }
  }

  private void recordPoints(Area area, PlotPoints pts, boolean showTest) {
    int width = area.width();
    int height = area.height();
    double scale = area.scale() * pts.weight();
    opCount = 0;
    double radius = pts.radius() * scale;
    for (int pass = 0; pass < 2; pass++) {
      boolean test = pass == 1;
      if (test && !showTest) {
        break;
      }
      double ringWidth =
          pts.ringed()
              ? PlotPoints.PREDICTED_RING_WIDTH
              : test ? PlotPoints.TEST_RING_WIDTH : PlotPoints.TRAIN_RING_WIDTH;
      double half = ringWidth * scale / 2;
      for (int i = 0; i < pts.size(); i++) {
        if (pts.test()[i] != test) {
          continue;
        }
        double cx = area.px(pts.x()[i]);
        double cy = area.py(pts.y()[i]);
        if (!Double.isFinite(cx + cy)) {
          continue;
        }
        double reach = radius + half + 1;
        int pxMin = Math.max(0, (int) Math.floor(cx - reach));
        int pxMax = Math.min(width - 1, (int) Math.ceil(cx + reach));
        int pyMin = Math.max(0, (int) Math.floor(cy - reach));
        int pyMax = Math.min(height - 1, (int) Math.ceil(cy + reach));
        int fill = pts.fill()[i];
        int ring = pts.ring()[i];
        double fillAlpha = (fill >>> 24) / 255.0;
        double ringAlpha = (ring >>> 24) / 255.0;
        for (int py = pyMin; py <= pyMax; py++) {
          for (int px = pxMin; px <= pxMax; px++) {
            double dx = px + 0.5 - cx;
            double dy = py + 0.5 - cy;
            double d = Math.sqrt(dx * dx + dy * dy);
            int k = py * width + px;
            record(k, fill, fillAlpha * clamp01(radius + 0.5 - d));
            record(k, ring, ringAlpha * clamp01(half + 0.5 - Math.abs(d - radius)));
          }
        }
      }
    }
  }

  private void record(int pixel, int colour, double alpha) {
    int a = alpha8(alpha);
    if (a == 0) {
      return;
    }
    if (opCount == opPixel.length) {
      int n = Math.max(1024, 2 * opCount);
      opPixel = Arrays.copyOf(opPixel, n);
      opColour = Arrays.copyOf(opColour, n);
      opAlpha = Arrays.copyOf(opAlpha, n);
    }
    opPixel[opCount] = pixel;
    opColour[opCount] = colour;
    opAlpha[opCount] = a;
    opCount++;
  }

  private static void drawFrame(int[] argb, int width, int height, int t) {
    for (int py = 0; py < height; py++) {
      boolean edgeRow = py < t || py >= height - t;
      int base = py * width;
      if (edgeRow) {
        Arrays.fill(argb, base, base + width, FRAME);
      } else {
        Arrays.fill(argb, base, base + t, FRAME);
        Arrays.fill(argb, base + width - t, base + width, FRAME);
      }
    }
  }

  /** Colour {@code src} (its alpha ignored) over the opaque {@code dst} with opacity {@code a}. */
  static int over(int dst, int src, double a) {
    return Palette.mixFixed(dst, src, alpha8(a));
  }

  /** An opacity in [0, 1] as 0 … 256. */
  static int alpha8(double a) {
    return (int) Math.round(256 * clamp01(a));
  }

  private static double clamp01(double v) {
    return v <= 0 ? 0 : v >= 1 ? 1 : v;
  }
}
