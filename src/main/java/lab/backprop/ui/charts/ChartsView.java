package lab.backprop.ui.charts;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import lab.backprop.ui.common.Controls;
import lab.backprop.ui.common.Picture;
import lab.backprop.ui.common.PictureView;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.xy.XYSeries;

/**
 * Loss (train and test, linear or log scale) and accuracy per epoch. While training runs the charts
 * stream as pictures painted by the chart worker ({@link ChartPainter}); when it stops they are
 * JFreeChart-FX viewers of the same charts, which can be zoomed, panned and saved from their
 * context menu. FX thread only.
 */
public final class ChartsView extends VBox {
  private final TrainingCharts charts = new TrainingCharts();
  private final ChartPane lossPane;
  private final ChartPane accuracyPane;
  private final CheckBox logScale = new CheckBox("_Log loss");
  private final BooleanProperty log = new SimpleBooleanProperty(this, "logScale");

  /** The type scale, for the key's line samples. */
  private final DoubleProperty keyScale = new SimpleDoubleProperty(1);

  private final CheckBox logEpochsBox = new CheckBox("Log epo_chs");
  private final BooleanProperty logEpochs = new SimpleBooleanProperty(this, "logEpochs");
  private boolean live;
  private Curves shown;
  private ChartPainter.Job requested;
  private ChartPainter.Pictures shownPictures;

  public ChartsView() {
    getStyleClass().add("charts-view");
    lossPane = new ChartPane(new ChartViewer(charts.loss), "lossChart");
    accuracyPane = new ChartPane(new ChartViewer(charts.accuracy), "accuracyChart");
    for (ChartPane pane : new ChartPane[] {lossPane, accuracyPane}) {
      pane.setOnMouseClicked(
          e -> {
            if (e.getClickCount() == 2 && e.getButton() == MouseButton.PRIMARY) {
              charts.resetZoom();
            }
          });
    }
    logScale.setId("logScale");
    logScale.setMnemonicParsing(true);
    logScale.setMinWidth(Region.USE_PREF_SIZE); // when narrow, the key moves to a line of its own
    Controls.tip(logScale, "Shows the loss on a logarithmic axis.");
    log.bindBidirectional(logScale.selectedProperty());
    logEpochsBox.setId("logEpochs");
    logEpochsBox.setMnemonicParsing(true);
    logEpochsBox.setMinWidth(Region.USE_PREF_SIZE);
    Controls.tip(logEpochsBox, "Shows the epochs on a logarithmic axis (epoch 0 left out).");
    logEpochs.bindBidirectional(logEpochsBox.selectedProperty());
    for (BooleanProperty axis : new BooleanProperty[] {log, logEpochs}) {
      axis.addListener(
          (o, a, b) -> {
            if (!live) {
              charts.show(shown, log.get(), logEpochs.get());
            }
          });
    }
    // the axes name their units; the key says which curve is which, with samples of the lines
    // (so it needs no colour names and stays short); on a line of its own when the row is full
    Label train = keyEntry("train", TrainingCharts.TRAIN, false);
    Label test = keyEntry("test", TrainingCharts.TEST, true);
    HBox key = new HBox(10, train, test);
    key.setId("chartKey");
    key.setAlignment(Pos.CENTER_LEFT);
    key.setMinWidth(Region.USE_PREF_SIZE);
    for (Label l : new Label[] {train, test}) {
      Controls.tip(
          l,
          "Blue: train, orange dashed: test. While paused: drag a box or scroll to zoom, Alt+drag"
              + " to pan, double-click to see the whole history, right-click to save a chart.");
    }
    FlowPane bar = new FlowPane(12, 2, new HBox(12, logScale, logEpochsBox), key);
    bar.setId("chartsToolbar");
    bar.getStyleClass().add("charts-toolbar");
    ChartPair pair = new ChartPair(lossPane, accuracyPane);
    VBox.setVgrow(pair, Priority.ALWAYS);
    getChildren().addAll(bar, pair);
    setSpacing(2);
  }

  /** A key entry: a sample of the curve's line (dashed for test) and its name, in its colour. */
  private Label keyEntry(String name, java.awt.Color colour, boolean dashed) {
    Color c = Color.rgb(colour.getRed(), colour.getGreen(), colour.getBlue());
    Line sample = new Line(0, 0, 22, 0);
    sample.setStroke(c);
    sample.strokeWidthProperty().bind(keyScale.multiply(2.5));
    sample.endXProperty().bind(keyScale.multiply(22));
    if (dashed) {
      sample.getStrokeDashArray().setAll(6.0, 4.0);
    }
    Label l = new Label(name, sample);
    l.setId("chartKey-" + name);
    l.setTextFill(c.darker());
    l.setMinWidth(Region.USE_PREF_SIZE);
    return l;
  }

  /** The key's labels (train, test), for tests. */
  public List<Label> keyLabels() {
    return List.of((Label) lookup("#chartKey-train"), (Label) lookup("#chartKey-test"));
  }

  /** A chart's least plot height at 100 % (the data area, inside the axes). */
  public static final double LEAST_PLOT = 120;

  /** A chart's room around its data area at 100 %: ticks, the axis names, the margins. */
  static final double AXES = 62;

  /**
   * Whether the loss and accuracy charts stand side by side: when the charts' box is too short for
   * both to keep {@link #LEAST_PLOT} stacked, and wide enough for two (as on a 1366×768 screen).
   */
  public boolean sideBySide() {
    return pairSideBySide;
  }

  private boolean pairSideBySide;

  /**
   * The two charts, one above the other when there is height for both plots at their least, else
   * side by side (never a strip: the window gives the charts at least one chart's height).
   */
  private final class ChartPair extends Region {
    private final ChartPane top;
    private final ChartPane bottom;

    ChartPair(ChartPane top, ChartPane bottom) {
      this.top = top;
      this.bottom = bottom;
      getChildren().addAll(top, bottom);
      setMinSize(0, 0);
    }

    @Override
    protected void layoutChildren() {
      double w = getWidth();
      double h = getHeight();
      double s = charts.typeScale();
      if (!bottom.isManaged()) {
        pairSideBySide = false;
        top.resizeRelocate(0, 0, w, h);
        return;
      }
      double gap = 2;
      boolean stacked = h >= 2 * (LEAST_PLOT + AXES * s) + gap || w < 2 * 150 * s;
      pairSideBySide = !stacked;
      if (stacked) {
        double half = Math.floor((h - gap) / 2);
        top.resizeRelocate(0, 0, w, half);
        bottom.resizeRelocate(0, half + gap, w, h - half - gap);
      } else {
        double half = Math.floor((w - gap) / 2);
        top.resizeRelocate(0, 0, half, h);
        bottom.resizeRelocate(half + gap, 0, w - half - gap, h);
      }
    }

    @Override
    protected double computePrefHeight(double width) {
      return 2 * 150;
    }

    @Override
    protected double computePrefWidth(double height) {
      return 300;
    }
  }

  /**
   * Draws a line at {@code epoch} in both charts (the epoch the scrubber shows), NaN for none. The
   * scrubber works while paused, so the line is in the interactive viewers.
   */
  public void setMarkedEpoch(double epoch) {
    charts.setMarkedEpoch(epoch);
  }

  /** The epoch marked in the charts, NaN when none. */
  public double markedEpoch() {
    return charts.markedEpoch();
  }

  /** The history shown now (as pictures or in the viewers). */
  public Curves shown() {
    return shown;
  }

  /** Whether the charts show the worker's pictures (training runs) rather than the viewers. */
  public boolean isLive() {
    return live;
  }

  /** The pictures shown last while live, or null. */
  ChartPainter.Pictures shownPictures() {
    return shownPictures;
  }

  /** The loss chart's area and the accuracy chart's (for pictures of the window). */
  public List<Region> chartPanes() {
    return List.of(lossPane, accuracyPane);
  }

  public BooleanProperty logScaleProperty() {
    return log;
  }

  /** Scales the charts' type and curves by {@code s} (presentation mode). */
  public void setTypeScale(double s) {
    if (s != charts.typeScale()) {
      charts.setTypeScale(s);
      keyScale.set(s);
      requested = null;
      if (!live) {
        charts.show(shown, log.get(), logEpochs.get());
      }
    }
  }

  public double typeScale() {
    return charts.typeScale();
  }

  /** The tick labels' font size in pixels. */
  public double tickFontSize() {
    return TrainingCharts.TICK_SIZE * charts.typeScale();
  }

  /** Whether the epoch axis is logarithmic. */
  public BooleanProperty logEpochsProperty() {
    return logEpochs;
  }

  public JFreeChart lossChart() {
    return charts.loss;
  }

  public XYSeries trainLossSeries() {
    return charts.trainLoss;
  }

  public XYSeries trainAccuracySeries() {
    return charts.trainAccuracy;
  }

  /**
   * Shows {@code h} (the whole, decimated history) in the interactive viewers; coming from the live
   * pictures, zoomed out to the whole history.
   */
  public void show(Curves h) {
    if (live) {
      charts.resetZoom();
    }
    setLive(false);
    shown = h;
    charts.show(h, log.get(), logEpochs.get());
    showAccuracy(TrainingCharts.hasAccuracy(h));
  }

  /**
   * The pictures to paint for {@code h} at the current size and axis, or null when they have been
   * asked for already or the charts are too small to show.
   */
  public ChartPainter.Job pictureJob(Curves h) {
    if (h == null) {
      return null;
    }
    showAccuracy(TrainingCharts.hasAccuracy(h));
    double scale = PictureView.outputScale(this);
    ChartPainter.Job job =
        new ChartPainter.Job(
            h,
            log.get(),
            logEpochs.get(),
            lossPane.pixelWidth(scale),
            lossPane.pixelHeight(scale),
            accuracyPane.isVisible() ? accuracyPane.pixelWidth(scale) : 0,
            accuracyPane.isVisible() ? accuracyPane.pixelHeight(scale) : 0,
            scale,
            charts.typeScale());
    if (job.equals(requested) || job.lossWidth() <= 0 || job.lossHeight() <= 0) {
      return null;
    }
    requested = job;
    return job;
  }

  /** Shows pictures the worker painted; returns false (showing nothing) if they are stale. */
  public boolean showPictures(ChartPainter.Pictures p) {
    if (p.job() != requested) {
      return false;
    }
    setLive(true);
    shown = p.job().history();
    shownPictures = p;
    lossPane.show(p.loss(), p.job().scale());
    if (p.accuracy() != null) {
      accuracyPane.show(p.accuracy(), p.job().scale());
    }
    return true;
  }

  private void setLive(boolean on) {
    if (live != on) {
      live = on;
      lossPane.setLive(on);
      accuracyPane.setLive(on);
    }
    if (!on) {
      requested = null;
      shownPictures = null;
    }
  }

  private void showAccuracy(boolean on) {
    accuracyPane.setVisible(on);
    accuracyPane.setManaged(on);
  }

  /** One chart: the interactive viewer, and over it the live picture while training runs. */
  private static final class ChartPane extends Region {
    private final ChartViewer viewer;
    private final PictureView picture = new PictureView();

    ChartPane(ChartViewer viewer, String id) {
      this.viewer = viewer;
      viewer.setId(id);
      picture.setManaged(false);
      picture.setVisible(false);
      getChildren().addAll(viewer, picture);
      setMinSize(100, 80);
      setPrefSize(300, 150);
    }

    int pixelWidth(double scale) {
      return (int) Math.round(snapSizeX(getWidth()) * scale);
    }

    int pixelHeight(double scale) {
      return (int) Math.round(snapSizeY(getHeight()) * scale);
    }

    void setLive(boolean on) {
      picture.setVisible(on);
      viewer.setVisible(!on);
    }

    /** Shows {@code pic} over the whole pane (scaled for the moment when the pane was resized). */
    void show(Picture pic, double scale) {
      double w = pixelWidth(scale) == pic.width() ? pic.width() / scale : getWidth();
      double h = pixelHeight(scale) == pic.height() ? pic.height() / scale : getHeight();
      picture.show(pic, w, h);
    }

    @Override
    protected void layoutChildren() {
      viewer.resizeRelocate(0, 0, getWidth(), getHeight());
    }
  }
}
