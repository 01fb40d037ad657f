package lab.backprop.ui.plot;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import lab.backprop.data.Dataset;
import lab.backprop.data.Task;
import lab.backprop.ui.common.Picture;
import lab.backprop.ui.common.PictureView;

/**
 * The input plane: the decision-boundary raster (computed elsewhere, see {@link BoundaryRaster}),
 * the class borders, the data points (train filled, test hollow) and axes with ticks. The shown
 * extent fills the view, keeping the scales of the two axes within a factor of MAX_STRETCH.
 *
 * <p>Everything inside the plot box changes with every training step, so it is one opaque picture
 * at the exact on-screen pixel size, painted by {@link PlotPainter} (normally on the render worker,
 * see {@link #plotRequest()}); the FX side only uploads it and draws it unscaled. With the software
 * pipeline (Xvfb, no GPU) that is what keeps frames short: no image scaling, no path rasterising,
 * no layer blending. The picture sits in an opaque pane that no other node overlaps, so a new
 * picture repaints only that pane; the axes are two canvases beside it that change only with the
 * data or the size.
 */
public final class BoundaryView extends Region {
  static final double LEFT = 44;
  static final double BOTTOM = 30;
  static final double PAD = 10;

  /** Pixels of the view per grid cell at most, so the grid follows the view size. */
  static final int PIXELS_PER_CELL = 4;

  /** Cells per side at least (before the cost cap for large networks). */
  static final int MIN_CELLS = 150;

  /** Most a unit on one axis may be drawn longer than on the other. */
  static final double MAX_STRETCH = 1.5;

  private final PictureView pictureView = new PictureView();

  /** Opaque, so the scene graph repaints from here down when the picture changes. */
  private final Pane plotPane = new Pane(pictureView);

  /** Axis ticks and labels left of and below the plot box (never overlapping it). */
  private final Canvas yAxis = new Canvas();

  private final Canvas xAxis = new Canvas();

  private final PlotPainter painter = new PlotPainter();

  private final BooleanProperty showTestPoints =
      new SimpleBooleanProperty(this, "showTestPoints", true) {
        @Override
        protected void invalidated() {
          paintPicture();
        }
      };
  private Dataset train;
  private Dataset test;
  private PlotPoints points = PlotPoints.none();
  private PlotExtent dataExtent = new PlotExtent(-1, 1, -1, 1);
  private double regressionScale = 1;
  private double viewWidth;
  private double viewHeight;
  private BoundaryRaster.Image raster;

  public BoundaryView() {
    getStyleClass().add("boundary-view");
    plotPane.setId("boundaryPicture");
    plotPane.setBackground(new Background(new BackgroundFill(Color.WHITE, null, null)));
    plotPane.setManaged(false);
    plotPane.setMouseTransparent(true);
    for (Canvas c : new Canvas[] {yAxis, xAxis}) {
      c.setManaged(false);
      c.setMouseTransparent(true);
    }
    getChildren().addAll(yAxis, xAxis, plotPane);
    setMinSize(160, 160);
    setPrefSize(560, 560);
  }

  public BooleanProperty showTestPointsProperty() {
    return showTestPoints;
  }

  /** The points to show; the extent is fitted to them. */
  public void setData(Dataset train, Dataset test) {
    this.train = train;
    this.test = test;
    dataExtent = dataExtent(train, test);
    if (train.task() == Task.REGRESSION) {
      regressionScale = regressionScale(train);
    }
    points = PlotPoints.of(train, test, regressionScale);
    raster = null;
    redraw();
  }

  /** The |target| shown at full colour: the largest of the training targets (1 if all are 0). */
  public static double regressionScale(Dataset train) {
    double m = 0;
    for (double t : train.targets()) {
      m = Math.max(m, Math.abs(t));
    }
    return m > 0 ? m : 1;
  }

  public double regressionScale() {
    return regressionScale;
  }

  /** The extent shown at the current size: the data extent widened to the plot box's aspect. */
  public PlotExtent shownExtent() {
    return shownExtent(dataExtent, plotWidth(), plotHeight());
  }

  /** The extent a plot box of {@code w × h} shows of {@code dataExtent}. */
  public static PlotExtent shownExtent(PlotExtent dataExtent, double w, double h) {
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

  /**
   * The plot picture the render worker should paint for the current size, or null when the view is
   * too small to show one.
   */
  public RenderJob.Plot plotRequest() {
    double pw = plotWidth();
    double ph = plotHeight();
    if (pw < 10 || ph < 10) {
      return null;
    }
    double scale = outputScale();
    int t = PlotPainter.frame(scale);
    return new RenderJob.Plot(
        (int) Math.round(pw * scale) + t,
        (int) Math.round(ph * scale) + t,
        scale,
        points,
        showTestPoints.get());
  }

  private double outputScale() {
    return PictureView.outputScale(this);
  }

  /** Shows a computed raster, painting the plot picture here. */
  public void setRaster(BoundaryRaster.Image raster) {
    setRaster(raster, null, null);
  }

  /**
   * Shows a computed raster with the picture the worker painted from it for {@code plot}; the
   * picture is used as is when it still fits the view, else the view paints its own.
   */
  public void setRaster(BoundaryRaster.Image raster, Picture picture, RenderJob.Plot plot) {
    this.raster = raster;
    if (picture != null
        && plot != null
        && plot.equals(plotRequest())
        && raster.extent().equals(shownExtent())) {
      show(picture);
    } else {
      paintPicture();
    }
  }

  public BoundaryRaster.Image raster() {
    return raster;
  }

  double plotWidth() {
    return Math.max(0, viewWidth - LEFT - PAD);
  }

  double plotHeight() {
    return Math.max(0, viewHeight - BOTTOM - PAD);
  }

  @Override
  protected void layoutChildren() {
    double w = snapSizeX(getWidth());
    double h = snapSizeY(getHeight());
    if (viewWidth != w || viewHeight != h) {
      viewWidth = w;
      viewHeight = h;
      redraw();
    }
  }

  /** Screen x of data x. */
  /** The training point drawn nearest to (px, py) and within {@code radius} pixels, or −1. */
  public int trainingPointNear(double px, double py, double radius) {
    if (train == null || train.dimension() != 2) {
      return -1;
    }
    PlotExtent extent = shownExtent();
    int best = -1;
    double bestD = radius * radius;
    for (int n = 0; n < train.size(); n++) {
      double dx = sx(extent, train.x(n, 0)) - px;
      double dy = sy(extent, train.x(n, 1)) - py;
      if (dx * dx + dy * dy < bestD) {
        bestD = dx * dx + dy * dy;
        best = n;
      }
    }
    return best;
  }

  public double sx(PlotExtent e, double x) {
    return LEFT + (x - e.xMin()) / e.width() * plotWidth();
  }

  public double sy(PlotExtent e, double y) {
    return PAD + (e.yMax() - y) / e.height() * plotHeight();
  }

  public void redraw() {
    paintPicture();
    drawAxes();
  }

  /** Paints the plot picture here, on the FX thread (data, size or visibility changed). */
  private void paintPicture() {
    RenderJob.Plot p = plotRequest();
    plotPane.setVisible(p != null);
    if (p != null) {
      show(
          painter.paint(
              p.width(), p.height(), p.scale(), shownExtent(), raster, p.points(), p.showTest()));
    }
  }

  private void show(Picture pic) {
    double scale = outputScale();
    double w = pic.width() / scale;
    double h = pic.height() / scale;
    pictureView.show(pic, w, h);
    plotPane.resizeRelocate(LEFT, PAD, w, h);
    plotPane.setVisible(true);
  }

  private void drawAxes() {
    double boxBottom = PAD + plotHeight() + 1;
    yAxis.setWidth(LEFT);
    yAxis.setHeight(viewHeight);
    xAxis.relocate(0, boxBottom);
    xAxis.setWidth(viewWidth);
    xAxis.setHeight(Math.max(0, viewHeight - boxBottom));
    GraphicsContext gy = yAxis.getGraphicsContext2D();
    GraphicsContext gx = xAxis.getGraphicsContext2D();
    gy.clearRect(0, 0, yAxis.getWidth(), yAxis.getHeight());
    gx.clearRect(0, 0, xAxis.getWidth(), xAxis.getHeight());
    if (plotWidth() < 10 || plotHeight() < 10) {
      return;
    }
    PlotExtent e = shownExtent();
    for (GraphicsContext g : new GraphicsContext[] {gx, gy}) {
      g.setStroke(Color.rgb(90, 90, 90));
      g.setLineWidth(1);
      g.setFill(Color.rgb(50, 50, 50));
      g.setFont(Font.font(12));
    }
    // the x axis canvas starts just below the plot box's frame
    gx.save();
    gx.translate(0, -boxBottom);
    double step = Ticks.niceStep(e.width(), Math.max(2, (int) (plotWidth() / 80)));
    gx.setTextAlign(TextAlignment.CENTER);
    for (double x = Math.ceil(e.xMin() / step) * step; x <= e.xMax(); x += step) {
      double px = Math.round(sx(e, x)) + 0.5;
      gx.strokeLine(px, PAD + plotHeight(), px, PAD + plotHeight() + 5);
      gx.fillText(Ticks.format(x, step), px, PAD + plotHeight() + 19);
    }
    gx.restore();
    step = Ticks.niceStep(e.height(), Math.max(2, (int) (plotHeight() / 60)));
    gy.setTextAlign(TextAlignment.RIGHT);
    for (double y = Math.ceil(e.yMin() / step) * step; y <= e.yMax(); y += step) {
      double py = Math.round(sy(e, y)) + 0.5;
      gy.strokeLine(LEFT - 5, py, LEFT, py);
      gy.fillText(Ticks.format(y, step), LEFT - 8, py + 4);
    }
  }

  /** The extent fitted to the train and test points (test may be null). */
  public static PlotExtent dataExtent(Dataset train, Dataset test) {
    return PlotExtent.around(
        concat(train.features(), test == null ? new double[0][] : test.features()));
  }

  private static double[][] concat(double[][] a, double[][] b) {
    double[][] all = new double[a.length + b.length][];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
