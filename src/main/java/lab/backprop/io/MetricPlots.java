package lab.backprop.io;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The metric plots of a training run as one PNG, drawn headless with JFreeChart: the loss per epoch
 * (train and test) beside the accuracy per epoch (train and test; left out for regression), as the
 * course write-up saves them. Written atomically.
 */
public final class MetricPlots {
  /** The app's colours for the two splits: blue train, orange test. */
  private static final Color TRAIN = new Color(0x0072B2);

  private static final Color TEST = new Color(0xE69F00);

  private static final int PANEL_WIDTH = 640;
  private static final int HEIGHT = 480;

  /** The picture's title, above the panels' own titles. */
  static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 18);

  private MetricPlots() {}

  /**
   * The metrics after the epochs {@code epoch} (0 is before training); a split or a metric that
   * does not exist is null (no test rows; no accuracy for regression).
   */
  public record Curves(
      int[] epoch, double[] trainLoss, double[] testLoss, double[] trainAcc, double[] testAcc) {}

  /** Writes the plots of {@code curves} under {@code title} to {@code file} (PNG). */
  public static void write(Path file, String title, Curves curves) throws IOException {
    BufferedImage image = draw(title, curves);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    AtomicFiles.writeBytes(file, png.toByteArray());
  }

  static BufferedImage draw(String title, Curves curves) {
    JFreeChart[] charts = charts(curves);
    int titleHeight = 44;
    BufferedImage image =
        new BufferedImage(
            PANEL_WIDTH * charts.length, HEIGHT + titleHeight, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.setColor(Color.BLACK);
      g.setFont(TITLE_FONT);
      int textWidth = g.getFontMetrics().stringWidth(title);
      g.drawString(title, Math.max(8, (image.getWidth() - textWidth) / 2), 30);
      for (int k = 0; k < charts.length; k++) {
        charts[k].draw(
            g, new Rectangle2D.Double(k * PANEL_WIDTH, titleHeight, PANEL_WIDTH, HEIGHT));
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  /** The panels of the picture, left to right: loss, then accuracy unless it is regression. */
  static JFreeChart[] charts(Curves curves) {
    JFreeChart loss =
        chart("Loss", "loss", curves.epoch(), curves.trainLoss(), curves.testLoss(), false);
    if (curves.trainAcc() == null) {
      return new JFreeChart[] {loss};
    }
    return new JFreeChart[] {
      loss, chart("Accuracy", "accuracy", curves.epoch(), curves.trainAcc(), curves.testAcc(), true)
    };
  }

  private static JFreeChart chart(
      String title, String axis, int[] epoch, double[] train, double[] test, boolean unitRange) {
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(series("train", epoch, train));
    if (test != null) {
      data.addSeries(series("test", epoch, test));
    }
    JFreeChart chart =
        ChartFactory.createXYLineChart(
            title, "epoch", axis, data, PlotOrientation.VERTICAL, true, false, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setTitle(new TextTitle(title, new Font(Font.SANS_SERIF, Font.BOLD, 16)));
    chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xDDDDDD));
    plot.setRangeGridlinePaint(new Color(0xDDDDDD));
    boolean markers = train.length <= 60;
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, markers);
    renderer.setSeriesPaint(0, TRAIN);
    renderer.setSeriesPaint(1, TEST);
    for (int s = 0; s < 2; s++) {
      renderer.setSeriesStroke(s, new BasicStroke(2.5f));
    }
    plot.setRenderer(renderer);
    NumberAxis x = (NumberAxis) plot.getDomainAxis();
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    x.setRange(0, Math.max(1, epoch[epoch.length - 1]));
    NumberAxis y = (NumberAxis) plot.getRangeAxis();
    y.setAutoRangeIncludesZero(true);
    if (unitRange) {
      double low = Math.min(min(train), test == null ? 1 : min(test));
      y.setRange(Math.max(0, Math.floor(low * 10) / 10 - 0.05), 1.005);
    }
    for (NumberAxis a : new NumberAxis[] {x, y}) {
      a.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
      a.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    }
    return chart;
  }

  private static XYSeries series(String name, int[] epoch, double[] values) {
    XYSeries series = new XYSeries(name, false, false);
    for (int k = 0; k < values.length; k++) {
      series.add(epoch[k], values[k]);
    }
    return series;
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElse(0);
  }
}
