package lab.backprop.ui.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The loss chart, and below it the accuracy chart (classification only), each with a legend, as one
 * picture for export. Drawn by JFreeChart with Java2D at the output resolution (no FX toolkit, any
 * thread: each call has its own charts), so at scale 2 lines and type are drawn twice as fine.
 */
public final class ChartsPicture {
  private ChartsPicture() {}

  /**
   * The charts of {@code history} in {@code width × height} layout units at {@code scale} pixels
   * per unit; the loss on a log axis when {@code logScale}.
   */
  public static BufferedImage render(
      Curves history, boolean logScale, double width, double height, double scale) {
    TrainingCharts charts = new TrainingCharts();
    charts.show(history, logScale);
    boolean accuracy = TrainingCharts.hasAccuracy(history);
    BufferedImage image = lab.backprop.io.PngFiles.whiteImage(width, height, scale);
    Graphics2D g = image.createGraphics();
    try {
      g.scale(scale, scale);
      double lossHeight = accuracy ? height / 2 : height;
      withLegend(charts.loss).draw(g, new Rectangle2D.Double(0, 0, width, lossHeight));
      if (accuracy) {
        withLegend(charts.accuracy)
            .draw(g, new Rectangle2D.Double(0, lossHeight, width, height - lossHeight));
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  /**
   * One chart as the window draws it, without a legend: the loss ({@code which} 0) or the accuracy
   * (1), for a picture of the whole window.
   */
  public static BufferedImage single(
      Curves history, boolean logScale, int which, double width, double height, double scale) {
    TrainingCharts charts = new TrainingCharts();
    charts.show(history, logScale);
    return draw(which == 0 ? charts.loss : charts.accuracy, width, height, scale);
  }

  private static BufferedImage draw(JFreeChart chart, double width, double height, double scale) {
    BufferedImage image = lab.backprop.io.PngFiles.whiteImage(width, height, scale);
    Graphics2D g = image.createGraphics();
    try {
      g.scale(scale, scale);
      chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      g.dispose();
    }
    return image;
  }

  /**
   * The loss chart alone (linear axis) over fixed ranges, epochs {@code [epochFrom, epochTo]} and
   * loss {@code [0, lossMax]}, so that the frames of an animation share their axes.
   */
  public static BufferedImage lossOnly(
      Curves history,
      double epochFrom,
      double epochTo,
      double lossMax,
      double width,
      double height,
      double scale) {
    TrainingCharts charts = new TrainingCharts();
    charts.show(history, false);
    charts.loss.getXYPlot().getDomainAxis().setRange(epochFrom, epochTo);
    charts.loss.getXYPlot().getRangeAxis().setRange(0, lossMax * 1.05);
    return draw(withLegend(charts.loss), width, height, scale);
  }

  private static JFreeChart withLegend(JFreeChart chart) {
    LegendTitle legend = new LegendTitle(chart.getXYPlot());
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    legend.setFrame(BlockBorder.NONE);
    legend.setBackgroundPaint(Color.WHITE);
    chart.addLegend(legend);
    return chart;
  }
}
