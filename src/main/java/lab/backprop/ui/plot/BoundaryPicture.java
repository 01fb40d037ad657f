package lab.backprop.ui.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import lab.backprop.data.Dataset;
import lab.backprop.data.Task;
import lab.backprop.nn.FrozenNetwork;
import lab.backprop.nn.OutputKind;
import lab.backprop.nn.Predictor;
import lab.backprop.ui.common.Palette;
import lab.backprop.ui.common.Picture;

/**
 * The boundary plot as a picture for export, without the FX toolkit (any thread): the same plot box
 * as {@link BoundaryView} shows ({@link PlotPainter}'s pixels, computed at the output resolution)
 * with the same margins and axis ticks drawn by Java2D, so at scale 2 every line, point and label
 * is drawn at twice the resolution rather than enlarged. Also the bare class map for checks and
 * figures.
 */
public final class BoundaryPicture {
  /** Where the plot box starts in the picture, in layout units. */
  public static final int BOX_LEFT = (int) BoundaryView.LEFT;

  public static final int BOX_TOP = (int) BoundaryView.PAD;

  private BoundaryPicture() {}

  /** What to draw: the network, the points (test may be null) and whether test points show. */
  public record Scene(FrozenNetwork network, Dataset train, Dataset test, boolean showTest) {}

  /**
   * The whole view of {@code width × height} layout units at {@code scale} pixels per unit: plot
   * box, points, class borders, frame and axes, as the window draws them at that size.
   */
  public static BufferedImage render(Scene scene, double width, double height, double scale) {
    checkInputs(scene.network());
    double plotW = width - BoundaryView.LEFT - BoundaryView.PAD;
    double plotH = height - BoundaryView.BOTTOM - BoundaryView.PAD;
    if (plotW < 10 || plotH < 10 || !(scale > 0)) {
      throw new IllegalArgumentException(
          "a boundary picture needs at least "
              + (int) (BoundaryView.LEFT + BoundaryView.PAD + 10)
              + "×"
              + (int) (BoundaryView.BOTTOM + BoundaryView.PAD + 10)
              + " units");
    }
    PlotExtent shown =
        BoundaryView.shownExtent(
            BoundaryView.dataExtent(scene.train(), scene.test()), plotW, plotH);
    double valueScale =
        scene.train().task() == Task.REGRESSION ? BoundaryView.regressionScaleOf(scene.train()) : 1;
    int t = PlotPainter.frame(scale);
    int boxW = (int) Math.round(plotW * scale) + t;
    int boxH = (int) Math.round(plotH * scale) + t;
    int[] grid =
        RenderJob.cappedGrid(
            scene.network(),
            Math.max(BoundaryView.MIN_CELLS, boxW / BoundaryView.PIXELS_PER_CELL),
            Math.max(BoundaryView.MIN_CELLS, boxH / BoundaryView.PIXELS_PER_CELL));
    BoundaryRaster.Image raster =
        new BoundaryRaster().compute(0, scene.network(), shown, grid[0], grid[1], valueScale);
    PlotPoints points = BoundaryView.points(scene.train(), scene.test(), valueScale);
    Picture box =
        new PlotPainter().paint(boxW, boxH, scale, shown, raster, points, scene.showTest());

    BufferedImage image = lab.backprop.io.PngFiles.whiteImage(width, height, scale);
    Graphics2D g = image.createGraphics();
    try {
      int x0 = (int) Math.round(BoundaryView.LEFT * scale);
      int y0 = (int) Math.round(BoundaryView.PAD * scale);
      image.setRGB(x0, y0, box.width(), box.height(), box.argb(), 0, box.width());
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.scale(scale, scale);
      drawAxes(g, shown, plotW, plotH);
    } finally {
      g.dispose();
    }
    return image;
  }

  /** The tick marks and labels left of and below the box, as {@link BoundaryView} draws them. */
  private static void drawAxes(Graphics2D g, PlotExtent e, double plotW, double plotH) {
    double left = BoundaryView.LEFT;
    double pad = BoundaryView.PAD;
    g.setStroke(new BasicStroke(1f));
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    FontMetrics fm = g.getFontMetrics();
    Color tick = new Color(90, 90, 90);
    Color label = new Color(50, 50, 50);
    double step = Ticks.niceStep(e.width(), Math.max(2, (int) (plotW / 80)));
    for (double x = Math.ceil(e.xMin() / step) * step; x <= e.xMax(); x += step) {
      double px = Math.round(left + (x - e.xMin()) / e.width() * plotW) + 0.5;
      g.setColor(tick);
      g.draw(new Line2D.Double(px, pad + plotH + 1, px, pad + plotH + 5));
      g.setColor(label);
      String s = Ticks.format(x, step);
      g.drawString(s, (float) (px - fm.stringWidth(s) / 2.0), (float) (pad + plotH + 19));
    }
    step = Ticks.niceStep(e.height(), Math.max(2, (int) (plotH / 60)));
    for (double y = Math.ceil(e.yMin() / step) * step; y <= e.yMax(); y += step) {
      double py = Math.round(pad + (e.yMax() - y) / e.height() * plotH) + 0.5;
      g.setColor(tick);
      g.draw(new Line2D.Double(left - 5, py, left, py));
      g.setColor(label);
      String s = Ticks.format(y, step);
      g.drawString(s, (float) (left - 8 - fm.stringWidth(s)), (float) (py + 4));
    }
  }

  /**
   * The plot area alone, {@code cols × rows} pixels over {@code extent}: pixel (i, j) covers the
   * data point (x0 + (i + ½)(x1 − x0)/cols, y1 − (j + ½)(y1 − y0)/rows) and has the colour of the
   * class the network predicts there (the most probable one; for one sigmoid output class 1 when p
   * ≥ ½), or for regression the diverging colour of the predicted value / {@code valueScale}.
   */
  public static BufferedImage bare(
      FrozenNetwork net, PlotExtent extent, int cols, int rows, double valueScale) {
    checkInputs(net);
    int n = cols * rows;
    int k = net.outputSize();
    double[] out = new double[n * k];
    new Predictor().predict(net, extent.gridCentres(cols, rows), n, out);
    int[] argb = new int[n];
    for (int p = 0; p < n; p++) {
      argb[p] =
          net.output() == OutputKind.MSE
              ? Palette.diverging(out[p] / valueScale)
              : Palette.classArgb(predictedClass(net.output(), out, p, k));
    }
    BufferedImage image = new BufferedImage(cols, rows, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, cols, rows, argb, 0, cols);
    return image;
  }

  private static int predictedClass(OutputKind kind, double[] out, int p, int k) {
    if (kind == OutputKind.SIGMOID_BCE) {
      return out[p] >= 0.5 ? 1 : 0;
    }
    int best = 0;
    for (int c = 1; c < k; c++) {
      if (out[p * k + c] > out[p * k + best]) {
        best = c;
      }
    }
    return best;
  }

  private static void checkInputs(FrozenNetwork net) {
    if (net.inputSize() != 2) {
      throw new IllegalArgumentException(
          "the boundary plot needs a network of 2 inputs; this one has " + net.inputSize());
    }
  }
}
