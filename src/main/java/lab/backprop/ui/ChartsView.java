package lab.backprop.ui;

import java.awt.BasicStroke;
import java.awt.Font;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import lab.backprop.train.History;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Loss (train and test, linear or log scale) and accuracy per epoch, two JFreeChart-FX charts fed
 * from a {@link History} in one batch per update. JFreeChart is not thread-safe: FX thread only.
 */
public final class ChartsView extends VBox {
  private static final java.awt.Color TRAIN = new java.awt.Color(0x00, 0x72, 0xB2);
  private static final java.awt.Color TEST = new java.awt.Color(0xD5, 0x5E, 0x00);

  private final XYSeries trainLoss = series("train loss");
  private final XYSeries testLoss = series("test loss");
  private final XYSeries trainAcc = series("train accuracy");
  private final XYSeries testAcc = series("test accuracy");
  private final JFreeChart lossChart;
  private final JFreeChart accuracyChart;
  private final CheckBox logScale = new CheckBox("_Log-scale loss");
  private final BooleanProperty log = new SimpleBooleanProperty(this, "logScale");
  private History shown;
  private final ChartViewer accViewer;

  public ChartsView() {
    getStyleClass().add("charts-view");
    lossChart = chart("Loss", "loss", trainLoss, testLoss);
    accuracyChart = chart("Accuracy", "accuracy", trainAcc, testAcc);
    ((NumberAxis) accuracyChart.getXYPlot().getRangeAxis()).setRange(0, 1.0);
    ChartViewer lossViewer = new ChartViewer(lossChart);
    accViewer = new ChartViewer(accuracyChart);
    lossViewer.setId("lossChart");
    accViewer.setId("accuracyChart");
    for (ChartViewer v : new ChartViewer[] {lossViewer, accViewer}) {
      v.setMinSize(100, 80);
      v.setPrefSize(300, 150);
      VBox.setVgrow(v, Priority.ALWAYS);
    }
    logScale.setId("logScale");
    logScale.setMnemonicParsing(true);
    logScale.setTooltip(new Tooltip("Shows the loss on a logarithmic axis."));
    log.bindBidirectional(logScale.selectedProperty());
    log.addListener((o, a, b) -> applyScale());
    Label hint = new Label("blue: train   orange: test   x: epoch");
    hint.getStyleClass().add("chart-hint");
    HBox bar = new HBox(12, logScale, hint);
    bar.getStyleClass().add("charts-toolbar");
    getChildren().addAll(bar, lossViewer, accViewer);
    setSpacing(2);
  }

  /** The history shown now. */
  public History shown() {
    return shown;
  }

  public BooleanProperty logScaleProperty() {
    return log;
  }

  public JFreeChart lossChart() {
    return lossChart;
  }

  public XYSeries trainLossSeries() {
    return trainLoss;
  }

  public XYSeries trainAccuracySeries() {
    return trainAcc;
  }

  /** Shows {@code h} (the whole, decimated history) unless it is the one shown already. */
  public void show(History h) {
    if (h == null || h == shown) {
      return;
    }
    shown = h;
    // each series fires its own change event: hold the charts' redraws until all four are filled
    lossChart.setNotify(false);
    accuracyChart.setNotify(false);
    double[] x = h.epochs();
    fill(trainLoss, x, h.trainLosses(), log.get());
    fill(testLoss, x, h.testLosses(), log.get());
    double[] acc = h.trainAccuracies();
    fill(trainAcc, x, acc, false);
    fill(testAcc, x, h.testAccuracies(), false);
    lossChart.setNotify(true);
    accuracyChart.setNotify(true);
    // regression has no accuracy: give its room to the loss
    boolean classification = acc.length == 0 || !Double.isNaN(acc[acc.length - 1]);
    accViewer.setVisible(classification);
    accViewer.setManaged(classification);
  }

  /** Points drawn per series at most: more than the chart's width in pixels gains nothing. */
  static final int MAX_DRAWN = 400;

  private static void fill(XYSeries s, double[] x, double[] y, boolean positiveOnly) {
    s.setNotify(false);
    s.clear();
    int stride = Math.max(1, (x.length + MAX_DRAWN - 1) / MAX_DRAWN);
    for (int k = 0; k < x.length; k += stride) {
      add(s, x[k], y[k], positiveOnly);
    }
    if (x.length > 0 && (x.length - 1) % stride != 0) {
      add(s, x[x.length - 1], y[x.length - 1], positiveOnly);
    }
    s.setNotify(true); // one change event for the whole batch
  }

  private static void add(XYSeries s, double x, double v, boolean positiveOnly) {
    if (Double.isFinite(v) && (!positiveOnly || v > 0)) {
      s.add(x, v, false);
    }
  }

  private void applyScale() {
    XYPlot plot = lossChart.getXYPlot();
    ValueAxis axis;
    if (log.get()) {
      LogAxis a = new LogAxis("loss (log)");
      a.setSmallestValue(1e-8);
      a.setAutoRange(true);
      axis = a;
    } else {
      NumberAxis a = new NumberAxis("loss");
      a.setAutoRangeIncludesZero(true);
      axis = a;
    }
    styleAxis(axis);
    plot.setRangeAxis(axis);
    History h = shown;
    shown = null;
    show(h);
  }

  private static XYSeries series(String key) {
    return new XYSeries(key, false, true);
  }

  private static JFreeChart chart(String title, String yLabel, XYSeries a, XYSeries b) {
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(a);
    data.addSeries(b);
    JFreeChart chart =
        ChartFactory.createXYLineChart(
            null, "epoch", yLabel, data, PlotOrientation.VERTICAL, false, false, false);
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(java.awt.Color.WHITE);
    plot.setDomainGridlinePaint(new java.awt.Color(220, 220, 220));
    plot.setRangeGridlinePaint(new java.awt.Color(220, 220, 220));
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
    r.setDrawSeriesLineAsPath(true); // one path per series, not one stroke per segment
    r.setSeriesPaint(0, TRAIN);
    r.setSeriesPaint(1, TEST);
    r.setSeriesStroke(0, new BasicStroke(2f));
    r.setSeriesStroke(
        1,
        new BasicStroke(
            2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
    plot.setRenderer(r);
    NumberAxis epochs = (NumberAxis) plot.getDomainAxis();
    epochs.setAutoRangeIncludesZero(false);
    epochs.setAutoRangeMinimumSize(1.0); // a single point at epoch 0 would give a ±1e-9 axis
    styleAxis(plot.getDomainAxis());
    styleAxis(plot.getRangeAxis());
    chart.setBackgroundPaint(java.awt.Color.WHITE);
    chart.setAntiAlias(true);
    return chart;
  }

  private static void styleAxis(ValueAxis axis) {
    axis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
  }
}
