package lab.backprop.ui.plot;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import lab.backprop.data.Dataset;
import lab.backprop.data.Plane;
import lab.backprop.data.Task;
import lab.backprop.ui.common.Palette;
import lab.backprop.ui.common.Picture;
import lab.backprop.ui.common.PictureView;

/**
 * The input plane: the decision-boundary raster (computed elsewhere, see {@link BoundaryRaster}),
 * the class borders, the data points (train filled, test hollow) and axes with ticks. The shown
 * extent fills the view with equal scales on both axes (a data unit is as long across as up).
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
  /** Room for the y ticks at the left and the x ticks below, at type scale 1. */
  static final double LEFT = 44;

  static final double BOTTOM = 30;
  static final double PAD = 10;

  /** Tick labels' size at type scale 1. */
  static final double TICK_FONT = 14;

  /** Pixels of the view per grid cell at most, so the grid follows the view size. */
  static final int PIXELS_PER_CELL = 4;

  /** Cells per side at least (before the cost cap for large networks). */
  static final int MIN_CELLS = 150;

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
  private final BooleanProperty holdExtent = new SimpleBooleanProperty(this, "holdExtent");
  private Dataset train;
  private Dataset test;
  private Plane plane;
  private double[][] coords = new double[0][];
  private int[] predictedTrain;
  private int[] predictedTest;

  /** What a plane of more than two inputs shows, over the plot's lower left corner. */
  private final Label caption = new Label();

  private PlotPoints points = PlotPoints.none();
  private PlotExtent dataExtent = new PlotExtent(-1, 1, -1, 1);
  private double regressionScale = 1;
  private double typeScale = 1;
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
    caption.setId("planeCaption");
    caption.getStyleClass().add("plane-caption");
    caption.setManaged(false);
    caption.setVisible(false);
    caption.setWrapText(true);
    caption.setOnMouseClicked(
        e -> {
          captionExpanded = !captionExpanded;
          requestLayout();
          e.consume();
        });
    getChildren().addAll(yAxis, xAxis, plotPane, caption);
    setMinSize(160, 160);
    setPrefSize(560, 560);
  }

  public BooleanProperty showTestPointsProperty() {
    return showTestPoints;
  }

  /**
   * Scales the tick labels (and their margins), the points and the class borders by {@code s}
   * (presentation mode).
   */
  public void setTypeScale(double s) {
    if (s != typeScale) {
      typeScale = s;
      points = points.withWeight(s);
      redraw();
    }
  }

  public double typeScale() {
    return typeScale;
  }

  /** The tick labels' font size in pixels. */
  public double tickFontSize() {
    return TICK_FONT * typeScale;
  }

  private double left() {
    return LEFT * typeScale;
  }

  private double bottom() {
    return BOTTOM * typeScale;
  }

  /** The points of a data set with two inputs; the extent is fitted to them. */
  public void setData(Dataset train, Dataset test) {
    setData(train, test, null);
  }

  /**
   * The points to show, projected onto {@code plane} when it is not null (data with more than two
   * inputs; the decision regions are then those on that plane, see {@link RenderJob}); the extent
   * is fitted to them. Predicted classes set before are dropped.
   */
  public void setData(Dataset train, Dataset test, Plane plane) {
    this.train = train;
    this.test = test;
    this.plane = plane;
    predictedTrain = null;
    predictedTest = null;
    boolean waiting = plane == null && train.dimension() != 2;
    int nTrain = train.size();
    int n = waiting ? 0 : nTrain + (test == null ? 0 : test.size());
    coords = new double[n][];
    for (int i = 0; i < n; i++) {
      boolean t = i >= nTrain;
      double[] x = row(t ? test : train, t ? i - nTrain : i);
      coords[i] = plane == null ? x : plane.project(x);
    }
    // no points (cleared), or points being edited that stay in view: the plane stays where it was
    if (n > 0 && !(holdExtent.get() && plane == null && inside(shownExtent(), coords))) {
      dataExtent = PlotExtent.around(coords);
    }
    if (train.task() == Task.REGRESSION) {
      regressionScale = regressionScaleOf(train);
    }
    points = waiting ? PlotPoints.none() : points();
    captionLong =
        waiting
            ? "Computing the principal components of the inputs…"
            : plane == null ? "" : captionText(plane, train.task());
    captionShort = waiting || plane == null ? captionLong : shortCaptionText(plane, train.task());
    caption.setText(captionLong);
    caption.setVisible(waiting || plane != null);
    requestLayout(); // the caption is not managed: its new text needs this view's layout
    raster = null;
    redraw();
  }

  private static double[] row(Dataset d, int r) {
    double[] x = new double[d.dimension()];
    for (int f = 0; f < x.length; f++) {
      x[f] = d.x(r, f);
    }
    return x;
  }

  private static boolean inside(PlotExtent e, double[][] points) {
    for (double[] p : points) {
      if (p[0] < e.xMin() || p[0] > e.xMax() || p[1] < e.yMin() || p[1] > e.yMax()) {
        return false;
      }
    }
    return true;
  }

  /**
   * While true (points are being edited), new data keep the shown extent as long as every point
   * lies in it, so the plane does not move under the mouse.
   */
  public BooleanProperty holdExtentProperty() {
    return holdExtent;
  }

  /** The plane the points are projected onto, or null when the data have two inputs. */
  public Plane plane() {
    return plane;
  }

  /**
   * The class the network predicts for each training and test point (in the order of the data
   * sets), shown as the rings of the points on a plane of more than two inputs; null for none.
   * Arrays of another length than the data sets are ignored.
   */
  public void setPredicted(int[] trainClasses, int[] testClasses) {
    if (plane == null
        || train == null
        || trainClasses == null
        || trainClasses.length != train.size()
        || (test != null
            && test.size() > 0
            && (testClasses == null || testClasses.length != test.size()))) {
      trainClasses = null;
      testClasses = null;
    }
    if (trainClasses == predictedTrain && testClasses == predictedTest) {
      return;
    }
    predictedTrain = trainClasses;
    predictedTest = testClasses;
    if (plane != null) {
      points = points();
      paintPicture();
    }
  }

  /** The plane's caption in full, and in short for when the full one would hide the points. */
  private String captionLong = "";

  private String captionShort = "";

  /** Whether a click asked for the full caption where the short one is shown. */
  private boolean captionExpanded;

  /** The full caption takes at most this share of the plot box; else the short one is shown. */
  static final double CAPTION_SHARE = 0.12;

  /** The plane's caption as shown (short or in full), with its box in this view's coordinates. */
  public Label planeCaption() {
    return caption;
  }

  /** The box of the plot (the picture), in this view's coordinates. */
  public javafx.geometry.Rectangle2D plotBox() {
    return new javafx.geometry.Rectangle2D(left(), PAD, plotWidth(), plotHeight());
  }

  static String shortCaptionText(Plane plane, Task task) {
    return "→ "
        + plane.xName()
        + "   ↑ "
        + plane.yName()
        + "\n"
        + (task == Task.REGRESSION
            ? "colours: the network's output"
            : "filled: true class, ringed: predicted")
        + " · click for more";
  }

  static String captionText(Plane plane, Task task) {
    String regions =
        task == Task.REGRESSION
            ? "Colours: the network's output"
            : "Regions: the class the network predicts";
    String points =
        task == Task.REGRESSION
            ? "points: their targets"
            : "points: filled with the true class, ringed with the predicted class";
    return "→ "
        + plane.xName()
        + "   ↑ "
        + plane.yName()
        + "\n"
        + regions
        + " on "
        + plane.description()
        + "\n"
        + points
        + " (projected onto the plane)";
  }

  private PlotPoints points() {
    return points(train, test, coords, predictedTrain, predictedTest, regressionScale)
        .withWeight(typeScale);
  }

  /** The largest |target| of regression data (1 when all are 0): the value shown at full colour. */
  public static double regressionScaleOf(Dataset train) {
    double m = 0;
    for (double t : train.targets()) {
      m = Math.max(m, Math.abs(t));
    }
    return m > 0 ? m : 1;
  }

  /**
   * The points of a plot of two-input {@code train} (filled) and {@code test} (hollow, may be
   * null), coloured by class, or by target over {@code regressionScale} for regression.
   */
  public static PlotPoints points(Dataset train, Dataset test, double regressionScale) {
    int nTrain = train.size();
    double[][] coords = new double[nTrain + (test == null ? 0 : test.size())][];
    for (int i = 0; i < coords.length; i++) {
      boolean t = i >= nTrain;
      Dataset d = t ? test : train;
      int k = t ? i - nTrain : i;
      coords[i] = new double[] {d.x(k, 0), d.x(k, 1)};
    }
    return points(train, test, coords, null, null, regressionScale);
  }

  /**
   * The points at {@code coords} (train rows first), ringed by the predicted classes when they are
   * given (null: train filled and test hollow, as on a plot of two inputs).
   */
  private static PlotPoints points(
      Dataset train,
      Dataset test,
      double[][] coords,
      int[] predictedTrain,
      int[] predictedTest,
      double regressionScale) {
    int nTrain = Math.min(train.size(), coords.length);
    int n = coords.length;
    double[] x = new double[n];
    double[] y = new double[n];
    int[] fill = new int[n];
    int[] ring = new int[n];
    boolean[] isTest = new boolean[n];
    boolean ringed = predictedTrain != null;
    for (int i = 0; i < n; i++) {
      boolean t = i >= nTrain;
      Dataset d = t ? test : train;
      int k = t ? i - nTrain : i;
      x[i] = coords[i][0];
      y[i] = coords[i][1];
      Color c = pointColor(d, k, regressionScale);
      isTest[i] = t;
      if (ringed) {
        int predicted = t ? predictedTest[k] : predictedTrain[k];
        fill[i] = t ? argb(Color.color(c.getRed(), c.getGreen(), c.getBlue(), 0.45)) : argb(c);
        ring[i] = argb(Palette.classColor(predicted).darker());
      } else {
        fill[i] = t ? 0 : argb(c);
        ring[i] = t ? argb(c.darker()) : PlotPoints.TRAIN_RING;
      }
    }
    return new PlotPoints(x, y, fill, ring, isTest, nTrain > 600 ? 3 : 4.5, ringed);
  }

  private static int argb(Color c) {
    return ((int) Math.round(c.getOpacity() * 255) << 24)
        | ((int) Math.round(c.getRed() * 255) << 16)
        | ((int) Math.round(c.getGreen() * 255) << 8)
        | (int) Math.round(c.getBlue() * 255);
  }

  public double regressionScale() {
    return regressionScale;
  }

  /** The extent shown at the current size: the data extent widened to the plot box's aspect. */
  public PlotExtent shownExtent() {
    return shownExtent(dataExtent, plotWidth(), plotHeight());
  }

  /**
   * The extent a plot box of {@code w × h} pixels shows of {@code dataExtent}: one data unit per
   * pixel the same on both axes (a circle is round), the data extent widened along the axis that
   * has room to spare.
   */
  public static PlotExtent shownExtent(PlotExtent dataExtent, double w, double h) {
    if (w <= 0 || h <= 0) {
      return dataExtent;
    }
    double u = Math.max(dataExtent.width() / w, dataExtent.height() / h);
    double cx = (dataExtent.xMin() + dataExtent.xMax()) / 2;
    double cy = (dataExtent.yMin() + dataExtent.yMax()) / 2;
    return new PlotExtent(cx - u * w / 2, cx + u * w / 2, cy - u * h / 2, cy + u * h / 2);
  }

  /** The extent fitted to the train and test points of two inputs (test may be null). */
  public static PlotExtent dataExtent(Dataset train, Dataset test) {
    int n = train.size() + (test == null ? 0 : test.size());
    double[][] all = new double[n][];
    for (int i = 0; i < n; i++) {
      boolean t = i >= train.size();
      all[i] = row(t ? test : train, t ? i - train.size() : i);
    }
    return PlotExtent.around(all);
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
    return Math.max(0, viewWidth - left() - PAD);
  }

  double plotHeight() {
    return Math.max(0, viewHeight - bottom() - PAD);
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
    double cw = Math.max(0, Math.min(plotWidth() - 16, 640 * Math.max(1, typeScale * 0.75)));
    caption.applyCss();
    // in full when it leaves the points in view (or was clicked open), else in short
    if (!captionLong.equals(captionShort)) {
      caption.setText(captionLong);
      boolean fits = cw * caption.prefHeight(cw) <= CAPTION_SHARE * plotWidth() * plotHeight();
      String text = fits || captionExpanded ? captionLong : captionShort;
      if (!fits && captionExpanded) {
        text += "\n(click to shorten)";
      }
      caption.setText(text);
      caption.setCursor(fits ? null : javafx.scene.Cursor.HAND);
      caption.setMouseTransparent(fits);
    } else {
      caption.setMouseTransparent(true);
    }
    double shownWidth = Math.min(cw, caption.prefWidth(-1));
    double ch = Math.min(caption.prefHeight(shownWidth), Math.max(0, plotHeight() - 16));
    caption.resizeRelocate(left() + 8, PAD + plotHeight() - ch - 8, Math.max(0, shownWidth), ch);
  }

  /**
   * The training point drawn nearest to (px, py) and within {@code radius} pixels, or −1 (on a
   * plane of more than two inputs, as drawn: its projection).
   */
  public int trainingPointNear(double px, double py, double radius) {
    return pointNear(px, py, radius, false);
  }

  /**
   * The point (train or test) drawn nearest to (px, py) within {@code radius} pixels: its index in
   * the training points, or {@code train.size() + } its index in the test points; −1 for none.
   */
  public int pointNear(double px, double py, double radius, boolean withTest) {
    if (train == null) {
      return -1;
    }
    PlotExtent extent = shownExtent();
    int best = -1;
    double bestD = radius * radius;
    int n = withTest ? coords.length : Math.min(train.size(), coords.length);
    for (int i = 0; i < n; i++) {
      double dx = sx(extent, coords[i][0]) - px;
      double dy = sy(extent, coords[i][1]) - py;
      if (dx * dx + dy * dy < bestD) {
        bestD = dx * dx + dy * dy;
        best = i;
      }
    }
    return best;
  }

  /** Data x at screen x (the inverse of {@link #sx}). */
  public double dataX(double px) {
    PlotExtent e = shownExtent();
    return e.xMin() + (px - LEFT) / plotWidth() * e.width();
  }

  /** Data y at screen y (the inverse of {@link #sy}). */
  public double dataY(double py) {
    PlotExtent e = shownExtent();
    return e.yMax() - (py - PAD) / plotHeight() * e.height();
  }

  /** Whether screen point (px, py) lies inside the plot box. */
  public boolean insidePlot(double px, double py) {
    return px >= LEFT && px <= LEFT + plotWidth() && py >= PAD && py <= PAD + plotHeight();
  }

  /** Screen x of data x. */
  public double sx(PlotExtent e, double x) {
    return left() + (x - e.xMin()) / e.width() * plotWidth();
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
    plotPane.resizeRelocate(left(), PAD, w, h);
    plotPane.setVisible(true);
  }

  private static Color pointColor(Dataset d, int i, double regressionScale) {
    if (d.task() == Task.REGRESSION) {
      return Palette.toColor(Palette.diverging(d.target(i) / regressionScale));
    }
    return Palette.classColor(d.label(i));
  }

  private void drawAxes() {
    double boxBottom = PAD + plotHeight() + 1;
    yAxis.setWidth(left());
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
      g.setFont(Font.font(tickFontSize()));
    }
    double t = typeScale;
    // the x axis canvas starts just below the plot box's frame
    gx.save();
    gx.translate(0, -boxBottom);
    double step = Ticks.niceStep(e.width(), Math.max(2, (int) (plotWidth() / (80 * t))));
    gx.setTextAlign(TextAlignment.CENTER);
    for (double x = Math.ceil(e.xMin() / step) * step; x <= e.xMax(); x += step) {
      double px = Math.round(sx(e, x)) + 0.5;
      gx.strokeLine(px, PAD + plotHeight(), px, PAD + plotHeight() + 5 * t);
      gx.fillText(Ticks.format(x, step), px, PAD + plotHeight() + 19 * t);
    }
    gx.restore();
    step = Ticks.niceStep(e.height(), Math.max(2, (int) (plotHeight() / (60 * t))));
    gy.setTextAlign(TextAlignment.RIGHT);
    for (double y = Math.ceil(e.yMin() / step) * step; y <= e.yMax(); y += step) {
      double py = Math.round(sy(e, y)) + 0.5;
      gy.strokeLine(left() - 5 * t, py, left(), py);
      gy.fillText(Ticks.format(y, step), left() - 8 * t, py + 4 * t);
    }
  }
}
