package lab.backprop.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import lab.backprop.data.Dataset;
import lab.backprop.data.Task;

/**
 * The input plane: the decision-boundary raster (computed elsewhere, see {@link BoundaryRaster}),
 * the class borders, the data points (train filled, test hollow) and axes with ticks. The shown
 * extent fills the view, keeping the scales of the two axes within a factor of MAX_STRETCH.
 */
public final class BoundaryView extends Region {
  static final double LEFT = 44;
  static final double BOTTOM = 30;
  static final double PAD = 10;

  /** Pixels of the view per grid cell at most, so the grid follows the view size. */
  static final int PIXELS_PER_CELL = 3;

  /** Cells per side at least (before the cost cap for large networks). */
  static final int MIN_CELLS = 150;

  /** Most a unit on one axis may be drawn longer than on the other. */
  static final double MAX_STRETCH = 1.5;

  /**
   * The raster changes every frame while training: an ImageView scales it on the graphics side, far
   * cheaper than repainting a Canvas; the class borders are a Path node.
   */
  private final ImageView rasterView = new ImageView();

  private final Path borders = new Path();

  /** Points and axes: they change only with the data or the size, not with every step. */
  private final Canvas overlay = new Canvas();

  private final BooleanProperty showTestPoints =
      new SimpleBooleanProperty(this, "showTestPoints", true) {
        @Override
        protected void invalidated() {
          redrawOverlay();
        }
      };
  private Dataset train;
  private Dataset test;
  private PlotExtent dataExtent = new PlotExtent(-1, 1, -1, 1);
  private double regressionScale = 1;
  private BoundaryRaster.Image raster;
  private WritableImage image;

  public BoundaryView() {
    getStyleClass().add("boundary-view");
    overlay.setMouseTransparent(true);
    rasterView.setSmooth(true);
    rasterView.setPreserveRatio(false);
    rasterView.setManaged(false);
    borders.setManaged(false);
    borders.setMouseTransparent(true);
    borders.setStroke(Color.rgb(40, 40, 40, 0.85));
    borders.setStrokeWidth(2);
    borders.setId("boundaryBorders");
    getChildren().addAll(rasterView, borders, overlay);
    setMinSize(160, 160);
    setPrefSize(560, 560);
  }

  public BooleanProperty showTestPointsProperty() {
    return showTestPoints;
  }

  /** The points and axes layer. */
  public Canvas overlay() {
    return overlay;
  }

  /** The points to show; the extent is fitted to them. */
  public void setData(Dataset train, Dataset test) {
    this.train = train;
    this.test = test;
    double[][] all = concat(train.features(), test == null ? new double[0][] : test.features());
    dataExtent = PlotExtent.around(all);
    if (train.task() == Task.REGRESSION) {
      double m = 0;
      for (double t : train.targets()) {
        m = Math.max(m, Math.abs(t));
      }
      regressionScale = m > 0 ? m : 1;
    }
    raster = null;
    redraw();
  }

  public double regressionScale() {
    return regressionScale;
  }

  /** The extent shown at the current size: the data extent widened to the plot box's aspect. */
  public PlotExtent shownExtent() {
    double w = plotWidth();
    double h = plotHeight();
    if (w <= 0 || h <= 0) {
      return dataExtent;
    }
    // fill the box, but let one data unit be at most MAX_STRETCH times longer on one axis
    double ux = dataExtent.width() / w;
    double uy = dataExtent.height() / h;
    if (ux > uy * MAX_STRETCH) {
      uy = ux / MAX_STRETCH;
    } else if (uy > ux * MAX_STRETCH) {
      ux = uy / MAX_STRETCH;
    }
    double cx = (dataExtent.xMin() + dataExtent.xMax()) / 2;
    double cy = (dataExtent.yMin() + dataExtent.yMax()) / 2;
    return new PlotExtent(cx - ux * w / 2, cx + ux * w / 2, cy - uy * h / 2, cy + uy * h / 2);
  }

  /** Grid columns and rows wanted at the current size, before any cost cap. */
  public int[] wantedGrid() {
    int cols = Math.max(MIN_CELLS, (int) Math.ceil(plotWidth() / PIXELS_PER_CELL));
    int rows = Math.max(MIN_CELLS, (int) Math.ceil(plotHeight() / PIXELS_PER_CELL));
    return new int[] {cols, rows};
  }

  /** Shows a computed raster (ignored when it was computed for another extent). */
  public void setRaster(BoundaryRaster.Image raster) {
    this.raster = raster;
    redrawRaster();
  }

  public BoundaryRaster.Image raster() {
    return raster;
  }

  double plotWidth() {
    return Math.max(0, overlay.getWidth() - LEFT - PAD);
  }

  double plotHeight() {
    return Math.max(0, overlay.getHeight() - BOTTOM - PAD);
  }

  @Override
  protected void layoutChildren() {
    double w = snapSizeX(getWidth());
    double h = snapSizeY(getHeight());
    if (overlay.getWidth() != w || overlay.getHeight() != h) {
      overlay.setWidth(w);
      overlay.setHeight(h);
      redraw();
    }
  }

  /** Screen x of data x. */
  double sx(PlotExtent e, double x) {
    return LEFT + (x - e.xMin()) / e.width() * plotWidth();
  }

  double sy(PlotExtent e, double y) {
    return PAD + (e.yMax() - y) / e.height() * plotHeight();
  }

  public void redraw() {
    redrawRaster();
    redrawOverlay();
  }

  private void redrawRaster() {
    boolean show = plotWidth() >= 10 && plotHeight() >= 10 && raster != null;
    rasterView.setVisible(show);
    borders.setVisible(show);
    if (show) {
      drawRaster(shownExtent());
    }
  }

  private void redrawOverlay() {
    GraphicsContext g = overlay.getGraphicsContext2D();
    g.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
    if (plotWidth() < 10 || plotHeight() < 10) {
      return;
    }
    PlotExtent e = shownExtent();
    drawPoints(g, e);
    drawAxes(g, e);
  }

  private void drawRaster(PlotExtent e) {
    BoundaryRaster.Image r = raster;
    if (image == null || image.getWidth() != r.cols() || image.getHeight() != r.rows()) {
      image = new WritableImage(r.cols(), r.rows());
      rasterView.setImage(image);
    }
    image
        .getPixelWriter()
        .setPixels(
            0, 0, r.cols(), r.rows(), PixelFormat.getIntArgbInstance(), r.argb(), 0, r.cols());
    PlotExtent re = r.extent();
    // clamp to the plot box: right after a resize the raster may still be for the old extent
    double x0 = Math.max(LEFT, sx(e, re.xMin()));
    double y0 = Math.max(PAD, sy(e, re.yMax()));
    double x1 = Math.min(LEFT + plotWidth(), sx(e, re.xMax()));
    double y1 = Math.min(PAD + plotHeight(), sy(e, re.yMin()));
    rasterView.relocate(x0, y0);
    rasterView.setFitWidth(Math.max(1, x1 - x0));
    rasterView.setFitHeight(Math.max(1, y1 - y0));
    double[] s = r.borders();
    double kx = (x1 - x0) / r.cols();
    double ky = (y1 - y0) / r.rows();
    List<PathElement> path = new ArrayList<>(s.length / 2);
    for (int i = 0; i + 3 < s.length; i += 4) {
      if (Double.isFinite(s[i] + s[i + 1] + s[i + 2] + s[i + 3])) {
        path.add(new MoveTo(x0 + s[i] * kx, y0 + s[i + 1] * ky));
        path.add(new LineTo(x0 + s[i + 2] * kx, y0 + s[i + 3] * ky));
      }
    }
    borders.getElements().setAll(path);
  }

  private void drawPoints(GraphicsContext g, PlotExtent e) {
    if (train == null) {
      return;
    }
    double r = train.size() > 600 ? 3 : 4.5;
    g.setLineWidth(1);
    for (int i = 0; i < train.size(); i++) {
      g.setFill(pointColor(train, i));
      double x = sx(e, train.x(i, 0));
      double y = sy(e, train.x(i, 1));
      g.fillOval(x - r, y - r, 2 * r, 2 * r);
      g.setStroke(Color.rgb(30, 30, 30, 0.9));
      g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }
    if (test != null && showTestPoints.get()) {
      g.setLineWidth(2);
      for (int i = 0; i < test.size(); i++) {
        g.setStroke(pointColor(test, i).darker());
        double x = sx(e, test.x(i, 0));
        double y = sy(e, test.x(i, 1));
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
      }
    }
  }

  private Color pointColor(Dataset d, int i) {
    if (d.task() == Task.REGRESSION) {
      return Palette.toColor(Palette.diverging(d.target(i) / regressionScale));
    }
    return Palette.classColor(d.label(i));
  }

  private void drawAxes(GraphicsContext g, PlotExtent e) {
    g.setStroke(Color.rgb(90, 90, 90));
    g.setLineWidth(1);
    g.strokeRect(LEFT + 0.5, PAD + 0.5, plotWidth(), plotHeight());
    g.setFill(Color.rgb(50, 50, 50));
    g.setFont(Font.font(12));
    double step = Ticks.niceStep(e.width(), Math.max(2, (int) (plotWidth() / 80)));
    g.setTextAlign(TextAlignment.CENTER);
    for (double x = Math.ceil(e.xMin() / step) * step; x <= e.xMax(); x += step) {
      double px = Math.round(sx(e, x)) + 0.5;
      g.strokeLine(px, PAD + plotHeight(), px, PAD + plotHeight() + 5);
      g.fillText(Ticks.format(x, step), px, PAD + plotHeight() + 19);
    }
    step = Ticks.niceStep(e.height(), Math.max(2, (int) (plotHeight() / 60)));
    g.setTextAlign(TextAlignment.RIGHT);
    for (double y = Math.ceil(e.yMin() / step) * step; y <= e.yMax(); y += step) {
      double py = Math.round(sy(e, y)) + 0.5;
      g.strokeLine(LEFT - 5, py, LEFT, py);
      g.fillText(Ticks.format(y, step), LEFT - 8, py + 4);
    }
    g.setTextAlign(TextAlignment.LEFT);
  }

  private static double[][] concat(double[][] a, double[][] b) {
    double[][] all = new double[a.length + b.length][];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
