package lab.backprop.ui.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.function.Function;
import lab.backprop.ui.common.Picture;
import org.jfree.chart.JFreeChart;

/**
 * The chart worker's side: paints the loss and accuracy charts for a history into pictures with
 * Java2D, off the FX thread (drawing them through the FX canvas costs the FX thread 13–28 ms a
 * chart update without a GPU). It owns its own {@link TrainingCharts}, styled like the viewers'.
 */
public final class ChartPainter implements Function<ChartPainter.Job, ChartPainter.Pictures> {

  /**
   * What to paint: the history, the loss and epoch axes (log or linear), each chart's size in
   * pixels (0 for a chart not shown), the output scale and the type scale.
   */
  public record Job(
      Curves history,
      boolean logScale,
      boolean logEpochs,
      int lossWidth,
      int lossHeight,
      int accuracyWidth,
      int accuracyHeight,
      double scale,
      double typeScale) {}

  /** The painted charts; {@code accuracy} is null when the job asked for none. */
  public record Pictures(Job job, Picture loss, Picture accuracy) {}

  private final TrainingCharts charts = new TrainingCharts();

  @Override
  public Pictures apply(Job job) {
    charts.setTypeScale(job.typeScale());
    charts.show(job.history(), job.logScale(), job.logEpochs());
    return new Pictures(
        job,
        paint(charts.loss, job.lossWidth(), job.lossHeight(), job.scale()),
        paint(charts.accuracy, job.accuracyWidth(), job.accuracyHeight(), job.scale()));
  }

  static Picture paint(JFreeChart chart, int width, int height, double scale) {
    if (width <= 0 || height <= 0) {
      return null;
    }
    // premultiplied ARGB, as the FX image wants it; a new image each time, as the FX thread reads
    // the array after this returns
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
    Graphics2D g = image.createGraphics();
    try {
      g.scale(scale, scale);
      chart.draw(g, new Rectangle2D.Double(0, 0, width / scale, height / scale));
    } finally {
      g.dispose();
    }
    int[] argb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    return new Picture(width, height, argb);
  }
}
