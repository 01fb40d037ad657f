package lab.backprop.ui.charts;

import java.util.List;
import java.util.function.Function;
import lab.backprop.ui.common.Picture;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;

/**
 * The loss and the accuracy of several runs overlaid in one pair of charts, one colour per run
 * (train solid, test dashed), styled as the main view's {@link TrainingCharts}, painted into
 * pictures with Java2D off the FX thread. Confined to one thread (its worker).
 */
public final class OverlayCharts implements Function<OverlayCharts.Job, OverlayCharts.Pictures> {

  /** One run's curves and its colour (opaque ARGB). */
  public record Line(Curves curves, int argb) {}

  /**
   * What to paint: the runs' curves, each chart's size in pixels (0 for none), the output scale,
   * the type scale and whether the loss is on a log axis.
   */
  public record Job(
      List<Line> lines,
      int lossWidth,
      int lossHeight,
      int accuracyWidth,
      int accuracyHeight,
      double scale,
      double typeScale,
      boolean logLoss) {
    public Job {
      lines = List.copyOf(lines);
    }
  }

  /** The painted charts; null for a chart of no size. */
  public record Pictures(Picture loss, Picture accuracy) {}

  private JFreeChart loss;
  private JFreeChart accuracy;
  private XYSeries[] series = new XYSeries[0];
  private double typeScale = 1;
  private boolean logLoss;

  @Override
  public Pictures apply(Job job) {
    int runs = job.lines().size();
    if (loss == null || series.length != 4 * runs) {
      build(runs);
    }
    if (job.typeScale() != typeScale || job.logLoss() != logLoss) {
      typeScale = job.typeScale();
      logLoss = job.logLoss();
      loss.getXYPlot().setRangeAxis(TrainingCharts.lossAxis(logLoss, typeScale));
      for (JFreeChart chart : new JFreeChart[] {loss, accuracy}) {
        XYPlot plot = chart.getXYPlot();
        plot.setDomainAxis(TrainingCharts.epochAxis(false, typeScale));
        TrainingCharts.styleAxis(plot.getRangeAxis(), typeScale);
        TrainingCharts.styleCurves(plot, typeScale);
      }
      accuracy.getXYPlot().getRangeAxis().setRange(0, 1.0);
    }
    loss.setNotify(false);
    accuracy.setNotify(false);
    for (int r = 0; r < runs; r++) {
      Line line = job.lines().get(r);
      Curves c = line.curves();
      java.awt.Color colour = new java.awt.Color(line.argb(), false);
      for (JFreeChart chart : new JFreeChart[] {loss, accuracy}) {
        chart.getXYPlot().getRenderer().setSeriesPaint(2 * r, colour);
        chart.getXYPlot().getRenderer().setSeriesPaint(2 * r + 1, colour);
      }
      TrainingCharts.fill(series[2 * r], c, c.trainLoss(), logLoss, false);
      TrainingCharts.fill(series[2 * r + 1], c, c.testLoss(), logLoss, false);
      TrainingCharts.fill(series[2 * runs + 2 * r], c, c.trainAccuracy(), false, false);
      TrainingCharts.fill(series[2 * runs + 2 * r + 1], c, c.testAccuracy(), false, false);
    }
    loss.setNotify(true);
    accuracy.setNotify(true);
    return new Pictures(
        ChartPainter.paint(loss, job.lossWidth(), job.lossHeight(), job.scale()),
        ChartPainter.paint(accuracy, job.accuracyWidth(), job.accuracyHeight(), job.scale()));
  }

  private void build(int runs) {
    series = new XYSeries[4 * runs];
    for (int k = 0; k < series.length; k++) {
      series[k] = new XYSeries("series " + k, false, true);
    }
    loss = TrainingCharts.chart("loss", java.util.Arrays.copyOfRange(series, 0, 2 * runs));
    accuracy =
        TrainingCharts.chart("accuracy", java.util.Arrays.copyOfRange(series, 2 * runs, 4 * runs));
    accuracy.getXYPlot().getRangeAxis().setRange(0, 1.0);
    typeScale = -1; // styled at the first job
  }
}
