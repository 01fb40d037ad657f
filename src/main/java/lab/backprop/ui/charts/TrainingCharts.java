package lab.backprop.ui.charts;

import java.awt.BasicStroke;
import java.awt.Font;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueAxisPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The loss chart (train and test, linear or log axis) and the accuracy chart, filled from a {@link
 * Curves}. JFreeChart is not thread-safe: each instance belongs to one thread (the FX thread for
 * the interactive viewers, the chart worker for the live pictures).
 */
final class TrainingCharts {
  static final java.awt.Color TRAIN = new java.awt.Color(0x00, 0x72, 0xB2);
  static final java.awt.Color TEST = new java.awt.Color(0xD5, 0x5E, 0x00);
  static final java.awt.Color DIVERGED = new java.awt.Color(0xB0, 0x1E, 0x1E);
  static final java.awt.Color NEW_DATA = new java.awt.Color(0x44, 0x44, 0x44);
  static final String DIVERGED_LABEL = "diverged";

  /** Points drawn per series at most: more than the chart's width in pixels gains nothing. */
  static final int MAX_DRAWN = 400;

  final XYSeries trainLoss = series("train loss");
  final XYSeries testLoss = series("test loss");
  final XYSeries trainAccuracy = series("train accuracy");
  final XYSeries testAccuracy = series("test accuracy");
  final JFreeChart loss = chart("loss", trainLoss, testLoss);
  final JFreeChart accuracy = chart("accuracy", trainAccuracy, testAccuracy);
  private boolean logScale;
  private boolean logEpochs;
  private double typeScale = 1;
  private Curves shown;
  private double markedEpoch = Double.NaN;

  /** The colour of the line at the epoch the scrubber shows. */
  static final java.awt.Color REWIND = new java.awt.Color(0x6A, 0x3D, 0x9A);

  TrainingCharts() {
    resetZoom();
  }

  /** Back to the whole history: epochs and loss fitted to the data, accuracy from 0 to 1. */
  void resetZoom() {
    loss.getXYPlot().getDomainAxis().setAutoRange(true);
    loss.getXYPlot().getRangeAxis().setAutoRange(true);
    accuracy.getXYPlot().getDomainAxis().setAutoRange(true);
    accuracy.getXYPlot().getRangeAxis().setRange(0, 1.0);
  }

  Curves shown() {
    return shown;
  }

  boolean logScale() {
    return logScale;
  }

  boolean logEpochs() {
    return logEpochs;
  }

  double typeScale() {
    return typeScale;
  }

  /** Scales the axes' type, the markers' labels and the curves' widths by {@code s}. */
  void setTypeScale(double s) {
    if (s == typeScale) {
      return;
    }
    typeScale = s;
    for (JFreeChart chart : new JFreeChart[] {loss, accuracy}) {
      XYPlot plot = chart.getXYPlot();
      styleAxis(plot.getDomainAxis(), s);
      styleAxis(plot.getRangeAxis(), s);
      styleCurves(plot, s);
    }
    shown = null; // the markers are made again at the next show
  }

  /** {@link #show(Curves, boolean, boolean)} on a linear epoch axis. */
  void show(Curves h, boolean log) {
    show(h, log, false);
  }

  /**
   * Shows {@code h} (the whole, decimated history) with the loss and the epochs on log or linear
   * axes; does nothing when all are shown already. A log epoch axis leaves out epoch 0.
   */
  void show(Curves h, boolean log, boolean logX) {
    if (log != logScale) {
      logScale = log;
      loss.getXYPlot().setRangeAxis(lossAxis(log, typeScale));
      shown = null;
    }
    if (logX != logEpochs) {
      logEpochs = logX;
      for (JFreeChart chart : new JFreeChart[] {loss, accuracy}) {
        chart.getXYPlot().setDomainAxis(epochAxis(logX, typeScale));
      }
      shown = null;
    }
    if (h == null || h == shown) {
      return;
    }
    shown = h;
    // each series fires its own change event: hold the charts' redraws until all four are filled
    loss.setNotify(false);
    accuracy.setNotify(false);
    fill(trainLoss, h, h.trainLoss(), log, logX);
    fill(testLoss, h, h.testLoss(), log, logX);
    fill(trainAccuracy, h, h.trainAccuracy(), false, logX);
    fill(testAccuracy, h, h.testAccuracy(), false, logX);
    markBreaks(loss.getXYPlot(), h, logX, typeScale);
    markBreaks(accuracy.getXYPlot(), h, logX, typeScale);
    markEpoch(markedEpoch);
    loss.setNotify(true);
    accuracy.setNotify(true);
  }

  /** Whether {@code h} has an accuracy (classification); regression gives its room to the loss. */
  static boolean hasAccuracy(Curves h) {
    return h == null || h.isEmpty() || !Double.isNaN(h.trainAccuracy()[h.size() - 1]);
  }

  static void fill(XYSeries s, Curves h, double[] y, boolean positiveOnly, boolean positiveEpochs) {
    s.setNotify(false);
    s.clear();
    double[] x = h.epochs();
    int stride = Math.max(1, (x.length + MAX_DRAWN - 1) / MAX_DRAWN);
    for (int k = 0; k < x.length; k++) {
      if (positiveEpochs && !(x[k] > 0)) {
        continue;
      }
      if (h.isBreak(k)) {
        s.add(x[k], null, false); // no line is drawn through a missing value
      } else if (k % stride == 0 || k == x.length - 1) {
        add(s, x[k], y[k], positiveOnly);
      }
    }
    s.setNotify(true); // one change event for the whole batch
  }

  private static void add(XYSeries s, double x, double v, boolean positiveOnly) {
    if (Double.isFinite(v) && (!positiveOnly || v > 0)) {
      s.add(x, v, false);
    }
  }

  /**
   * A solid line at {@code epoch}, labelled with it (the epoch the scrubber shows); NaN: none. Kept
   * across {@link #show} calls.
   */
  void setMarkedEpoch(double epoch) {
    if (Double.compare(epoch, markedEpoch) != 0) {
      markEpoch(epoch);
    }
  }

  private final java.util.List<ValueMarker> epochMarkers = new java.util.ArrayList<>();

  private void markEpoch(double epoch) {
    for (JFreeChart chart : new JFreeChart[] {loss, accuracy}) {
      for (ValueMarker m : epochMarkers) {
        chart.getXYPlot().removeDomainMarker(0, m, org.jfree.chart.ui.Layer.FOREGROUND, false);
      }
    }
    epochMarkers.clear();
    markedEpoch = epoch;
    if (Double.isNaN(epoch)) {
      loss.fireChartChanged();
      accuracy.fireChartChanged();
      return;
    }
    for (JFreeChart chart : new JFreeChart[] {loss, accuracy}) {
      ValueMarker m = new ValueMarker(epoch);
      m.setPaint(REWIND);
      m.setStroke(new BasicStroke((float) (2 * typeScale)));
      if (chart == loss) { // once: in the accuracy chart the label would cover the curves' top
        m.setLabel(String.format(java.util.Locale.ROOT, "epoch %,d", (long) epoch));
      }
      m.setLabelFont(font(TICK_SIZE * typeScale));
      m.setLabelPaint(REWIND);
      m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
      m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      epochMarkers.add(m);
      chart.getXYPlot().addDomainMarker(m, org.jfree.chart.ui.Layer.FOREGROUND);
    }
  }

  /** The epoch marked by {@link #setMarkedEpoch}, NaN when none. */
  double markedEpoch() {
    return markedEpoch;
  }

  /** A dashed line at each break, labelled with why ("diverged", "new data"). */
  private static void markBreaks(XYPlot plot, Curves h, boolean positiveEpochs, double scale) {
    plot.clearDomainMarkers();
    for (int k = 0; k < h.size(); k++) {
      if (h.isBreak(k) && (!positiveEpochs || h.epochs()[k] > 0)) {
        ValueMarker m = new ValueMarker(h.epochs()[k]);
        java.awt.Color colour = h.breaks()[k].equals(DIVERGED_LABEL) ? DIVERGED : NEW_DATA;
        m.setPaint(colour);
        m.setStroke(
            new BasicStroke(
                (float) (1.5 * scale),
                BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER,
                1,
                new float[] {(float) (5 * scale), (float) (4 * scale)},
                0));
        m.setLabel(h.breaks()[k]);
        m.setLabelFont(font(TICK_SIZE * scale));
        m.setLabelPaint(colour);
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        plot.addDomainMarker(m);
      }
    }
  }

  static ValueAxis epochAxis(boolean log, double scale) {
    ValueAxis axis;
    if (log) {
      LogAxis a = new FlatSafeLogAxis("epoch (log)");
      a.setSmallestValue(1e-3);
      a.setAutoRange(true);
      axis = a;
    } else {
      NumberAxis a = new NumberAxis("epoch");
      a.setAutoRangeIncludesZero(false);
      a.setAutoRangeMinimumSize(1.0); // a single point at epoch 0 would give a ±1e-9 axis
      axis = a;
    }
    styleAxis(axis, scale);
    return axis;
  }

  static ValueAxis lossAxis(boolean log, double scale) {
    ValueAxis axis;
    if (log) {
      LogAxis a = new FlatSafeLogAxis("loss (log)");
      a.setSmallestValue(1e-8);
      a.setAutoRange(true);
      axis = a;
    } else {
      NumberAxis a = new NumberAxis("loss");
      a.setAutoRangeIncludesZero(true);
      axis = a;
    }
    styleAxis(axis, scale);
    return axis;
  }

  /**
   * A log axis that also fits curves of one large value (e.g. a loss stuck at 1.9e7): JFreeChart's
   * own widens such a range by an absolute minimum size that rounding loses, and then throws "A
   * positive range length is required".
   */
  static final class FlatSafeLogAxis extends LogAxis {
    FlatSafeLogAxis(String label) {
      super(label);
    }

    @Override
    protected void autoAdjustRange() {
      if (getPlot() instanceof ValueAxisPlot plot) {
        Range r = plot.getDataRange(this);
        if (r != null && r.getLength() <= 1e-9 * Math.abs(r.getUpperBound())) {
          double v = Math.max(r.getUpperBound(), getSmallestValue());
          setRange(new Range(v / 2, v * 2), false, false);
          return;
        }
      }
      super.autoAdjustRange();
    }
  }

  private static XYSeries series(String key) {
    return new XYSeries(key, false, true);
  }

  /** A chart of {@code series}: the even ones solid, the odd ones dashed (train, test). */
  static JFreeChart chart(String yLabel, XYSeries... series) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (XYSeries s : series) {
      data.addSeries(s);
    }
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
    plot.setRenderer(r);
    styleCurves(plot, 1);
    plot.setDomainPannable(true); // Alt+drag in the viewers
    plot.setRangePannable(true);
    plot.setDomainAxis(epochAxis(false, 1));
    styleAxis(plot.getRangeAxis(), 1);
    chart.setBackgroundPaint(java.awt.Color.WHITE);
    chart.setAntiAlias(true);
    return chart;
  }

  /** Type sizes of the axis labels and the tick labels at scale 1, in points (= pixels). */
  static final double LABEL_SIZE = 13;

  static final double TICK_SIZE = 14;

  static void styleAxis(ValueAxis axis, double scale) {
    axis.setLabelFont(font(LABEL_SIZE * scale));
    axis.setTickLabelFont(font(TICK_SIZE * scale));
    axis.setTickMarkStroke(new BasicStroke((float) scale));
    axis.setAxisLineStroke(new BasicStroke((float) scale));
  }

  private static Font font(double size) {
    return new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont((float) size);
  }

  /** Train (even series) solid, test (odd series) dashed, 2 px wide at scale 1. */
  static void styleCurves(XYPlot plot, double scale) {
    XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
    float w = (float) (2 * scale);
    for (int k = 0; k < plot.getDataset().getSeriesCount(); k++) {
      r.setSeriesStroke(
          k,
          k % 2 == 0
              ? new BasicStroke(w)
              : new BasicStroke(
                  w,
                  BasicStroke.CAP_BUTT,
                  BasicStroke.JOIN_MITER,
                  10f,
                  new float[] {(float) (6 * scale), (float) (4 * scale)},
                  0f));
    }
  }
}
