package lab.backprop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code train --plot} picture: which panels, series, labels and colours it shows, and that the
 * picture itself has its title centred on a white ground. The numbers are made up by hand.
 */
class MetricPlotsTest {
  @TempDir Path dir;

  private static final int[] EPOCH = {0, 1, 2, 3};
  private static final double[] TRAIN_LOSS = {0.69, 0.50, 0.40, 0.35};
  private static final double[] TEST_LOSS = {0.70, 0.55, 0.47, 0.44};
  private static final double[] TRAIN_ACC = {0.71, 0.83, 0.88, 0.90};
  private static final double[] TEST_ACC = {0.62, 0.80, 0.85, 0.86};

  private static final MetricPlots.Curves CLASSIFICATION =
      new MetricPlots.Curves(EPOCH, TRAIN_LOSS, TEST_LOSS, TRAIN_ACC, TEST_ACC);
  private static final MetricPlots.Curves REGRESSION_WITHOUT_TEST =
      new MetricPlots.Curves(EPOCH, TRAIN_LOSS, null, null, null);

  /** The app's split colours (ui.common.Palette, Okabe–Ito): blue train, orange test. */
  private static final Color BLUE = new Color(0x0072B2);

  private static final Color ORANGE = new Color(0xE69F00);

  private static XYPlot plot(JFreeChart chart) {
    return chart.getXYPlot();
  }

  private static XYSeriesCollection data(JFreeChart chart) {
    return (XYSeriesCollection) plot(chart).getDataset();
  }

  private static void assertSeries(XYSeries series, String name, int[] x, double[] y) {
    assertThat(series.getKey()).isEqualTo(name);
    assertThat(series.getItemCount()).isEqualTo(x.length);
    for (int k = 0; k < x.length; k++) {
      assertThat(series.getX(k).doubleValue()).isEqualTo(x[k]);
      assertThat(series.getY(k).doubleValue()).isEqualTo(y[k]);
    }
  }

  @Test
  void classificationShowsLossBesideAccuracyEachWithTrainAndTest() {
    JFreeChart[] charts = MetricPlots.charts(CLASSIFICATION);

    assertThat(charts).hasSize(2);
    assertThat(charts[0].getTitle().getText()).isEqualTo("Loss");
    assertThat(charts[1].getTitle().getText()).isEqualTo("Accuracy");
    assertThat(plot(charts[0]).getDomainAxis().getLabel()).isEqualTo("epoch");
    assertThat(plot(charts[0]).getRangeAxis().getLabel()).isEqualTo("loss");
    assertThat(plot(charts[1]).getDomainAxis().getLabel()).isEqualTo("epoch");
    assertThat(plot(charts[1]).getRangeAxis().getLabel()).isEqualTo("accuracy");
    assertThat(data(charts[0]).getSeriesCount()).isEqualTo(2);
    assertSeries(data(charts[0]).getSeries(0), "train", EPOCH, TRAIN_LOSS);
    assertSeries(data(charts[0]).getSeries(1), "test", EPOCH, TEST_LOSS);
    assertThat(data(charts[1]).getSeriesCount()).isEqualTo(2);
    assertSeries(data(charts[1]).getSeries(0), "train", EPOCH, TRAIN_ACC);
    assertSeries(data(charts[1]).getSeries(1), "test", EPOCH, TEST_ACC);
  }

  @Test
  void regressionWithoutATestSplitShowsOnlyTheTrainLoss() {
    JFreeChart[] charts = MetricPlots.charts(REGRESSION_WITHOUT_TEST);

    assertThat(charts).hasSize(1);
    assertThat(charts[0].getTitle().getText()).isEqualTo("Loss");
    assertThat(data(charts[0]).getSeriesCount()).isEqualTo(1);
    assertSeries(data(charts[0]).getSeries(0), "train", EPOCH, TRAIN_LOSS);
  }

  @Test
  void trainIsTheAppsBlueAndTestItsOrangeInThickLines() {
    for (JFreeChart chart : MetricPlots.charts(CLASSIFICATION)) {
      XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot(chart).getRenderer();
      assertThat(renderer.getSeriesPaint(0)).isEqualTo(BLUE);
      assertThat(renderer.getSeriesPaint(1)).isEqualTo(ORANGE);
      for (int s = 0; s < 2; s++) {
        assertThat(renderer.getItemLineVisible(s, 0)).isTrue();
        // JFreeChart's default is 1 px: too thin from the back of a classroom
        BasicStroke stroke = (BasicStroke) renderer.getItemStroke(s, 0);
        assertThat(stroke.getLineWidth()).isGreaterThanOrEqualTo(2f);
      }
    }
  }

  private static MetricPlots.Curves epochs(int n) {
    int[] epoch = new int[n];
    double[] loss = new double[n];
    for (int k = 0; k < n; k++) {
      epoch[k] = k;
      loss[k] = 1.0 / (k + 1);
    }
    return new MetricPlots.Curves(epoch, loss, loss, null, null);
  }

  @Test
  void pointsAreMarkedUpToSixtyEpochsAndNotBeyond() {
    XYLineAndShapeRenderer sixty =
        (XYLineAndShapeRenderer) plot(MetricPlots.charts(epochs(60))[0]).getRenderer();
    XYLineAndShapeRenderer sixtyOne =
        (XYLineAndShapeRenderer) plot(MetricPlots.charts(epochs(61))[0]).getRenderer();

    assertThat(sixty.getItemShapeVisible(0, 0)).isTrue();
    assertThat(sixtyOne.getItemShapeVisible(0, 0)).isFalse();
  }

  @Test
  void theEpochAxisRunsFromZeroToTheLastEpochInWholeSteps() {
    NumberAxis x = (NumberAxis) plot(MetricPlots.charts(CLASSIFICATION)[0]).getDomainAxis();
    assertThat(x.getLowerBound()).isEqualTo(0.0);
    assertThat(x.getUpperBound()).isEqualTo(3.0);
    // whole epochs: even for a tiny range the smallest tick step offered is 1
    assertThat(x.getStandardTickUnits().getCeilingTickUnit(0.2).getSize()).isEqualTo(1.0);

    NumberAxis beforeTraining =
        (NumberAxis)
            plot(MetricPlots.charts(
                    new MetricPlots.Curves(new int[] {0}, new double[] {0.69}, null, null, null))[
                    0])
                .getDomainAxis();
    assertThat(beforeTraining.getLowerBound()).isEqualTo(0.0);
    assertThat(beforeTraining.getUpperBound()).isEqualTo(1.0);
  }

  @Test
  void lossIsScaledToItsDataFromZeroAndAccuracyFromJustBelowItsLowestTenthToOne() {
    JFreeChart[] charts = MetricPlots.charts(CLASSIFICATION);
    NumberAxis loss = (NumberAxis) plot(charts[0]).getRangeAxis();
    NumberAxis accuracy = (NumberAxis) plot(charts[1]).getRangeAxis();

    assertThat(loss.isAutoRange()).isTrue();
    assertThat(loss.getAutoRangeIncludesZero()).isTrue();
    assertThat(loss.getLowerBound()).isEqualTo(0.0);
    assertThat(loss.getUpperBound()).isBetween(0.70, 0.80);
    // lowest accuracy 0.62 (test): its tenth 0.6, less a margin of 0.05; up to 1 and a hair
    assertThat(accuracy.isAutoRange()).isFalse();
    assertThat(accuracy.getLowerBound()).isCloseTo(0.55, within(1e-12));
    assertThat(accuracy.getUpperBound()).isCloseTo(1.005, within(1e-12));
  }

  @Test
  void accuracyWithoutATestSplitIsScaledToTheTrainAccuracy() {
    JFreeChart accuracy =
        MetricPlots.charts(new MetricPlots.Curves(EPOCH, TRAIN_LOSS, null, TRAIN_ACC, null))[1];
    assertThat(data(accuracy).getSeriesCount()).isEqualTo(1);
    // lowest 0.71: 0.7 - 0.05
    assertThat(plot(accuracy).getRangeAxis().getLowerBound()).isCloseTo(0.65, within(1e-12));
    // a run that starts near chance never goes below 0
    JFreeChart low =
        MetricPlots.charts(
            new MetricPlots.Curves(
                new int[] {0, 1}, new double[] {0.7, 0.6}, null, new double[] {0.04, 0.5}, null))[
            1];
    assertThat(plot(low).getRangeAxis().getLowerBound()).isEqualTo(0.0);
  }

  @Test
  void whiteGroundLightGridAndTheLegendUnderThePlot() {
    for (JFreeChart chart : MetricPlots.charts(CLASSIFICATION)) {
      assertThat(chart.getBackgroundPaint()).isEqualTo(Color.WHITE);
      assertThat(plot(chart).getBackgroundPaint()).isEqualTo(Color.WHITE);
      for (Object grid :
          List.of(plot(chart).getDomainGridlinePaint(), plot(chart).getRangeGridlinePaint())) {
        // visible on white, yet lighter than any data line
        Color c = (Color) grid;
        assertThat(c).isNotEqualTo(Color.WHITE);
        assertThat(Math.min(c.getRed(), Math.min(c.getGreen(), c.getBlue())))
            .isGreaterThanOrEqualTo(0xC0);
      }
      assertThat(chart.getLegend().getPosition()).isEqualTo(RectangleEdge.BOTTOM);
    }
  }

  @Test
  void textIsReadableAndTitlesStandAboveTheLabels() {
    for (JFreeChart chart : MetricPlots.charts(CLASSIFICATION)) {
      Font title = chart.getTitle().getFont();
      assertThat(title.isBold()).isTrue();
      // a panel's title is smaller than the picture's
      assertThat(title.getSize()).isLessThan(MetricPlots.TITLE_FONT.getSize());
      assertThat(title.getSize()).isGreaterThanOrEqualTo(14);
      assertThat(chart.getLegend().getItemFont().getSize()).isGreaterThanOrEqualTo(14);
      for (NumberAxis axis :
          new NumberAxis[] {
            (NumberAxis) plot(chart).getDomainAxis(), (NumberAxis) plot(chart).getRangeAxis()
          }) {
        // labels plain, so only the titles are bold
        assertThat(axis.getLabelFont().isBold()).isFalse();
        assertThat(axis.getLabelFont().getSize()).isGreaterThanOrEqualTo(14);
        assertThat(axis.getTickLabelFont().getSize()).isGreaterThanOrEqualTo(12);
      }
    }
  }

  /** The box around the pixels darker than mid grey in rows {@code [top, bottom)}, or null. */
  private static int[] darkBox(BufferedImage image, int top, int bottom) {
    int[] box = null;
    for (int y = top; y < bottom; y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        if (r + g + b < 3 * 128) {
          if (box == null) {
            box = new int[] {x, y, x, y};
          }
          box[0] = Math.min(box[0], x);
          box[1] = Math.min(box[1], y);
          box[2] = Math.max(box[2], x);
          box[3] = Math.max(box[3], y);
        }
      }
    }
    return box;
  }

  /** The first row from the top that is not all white: where the title band ends. */
  private static int firstRowBelowTitleWithAPanel(BufferedImage image, int from) {
    for (int y = from; y < image.getHeight(); y++) {
      int white = 0;
      for (int x = 0; x < image.getWidth(); x++) {
        white += (image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF ? 1 : 0;
      }
      if (white < image.getWidth()) {
        return y;
      }
    }
    return image.getHeight();
  }

  @Test
  void thePictureHasTheTitleCentredInBlackOnWhiteAboveThePanels() {
    BufferedImage two = MetricPlots.draw("OXO", CLASSIFICATION);
    BufferedImage one = MetricPlots.draw("OXO", REGRESSION_WITHOUT_TEST);

    assertThat(two.getHeight()).isEqualTo(one.getHeight());
    assertThat(two.getWidth()).isEqualTo(2 * one.getWidth());
    for (BufferedImage image : List.of(one, two)) {
      // white ground in the title band's corners
      for (int[] at :
          new int[][] {{0, 0}, {image.getWidth() - 1, 0}, {0, 8}, {image.getWidth() - 1, 8}}) {
        assertThat(image.getRGB(at[0], at[1]) & 0xFFFFFF).isEqualTo(0xFFFFFF);
      }
      // the title: the first ink from the top, before a white gap and then the panels
      int titleTop = firstRowBelowTitleWithAPanel(image, 0);
      int gap = titleTop;
      while (firstRowBelowTitleWithAPanel(image, gap) == gap) {
        gap++;
      }
      int[] box = darkBox(image, titleTop, gap);
      assertThat(box).as("dark title text").isNotNull();
      // a symmetric word: its ink is centred on the picture within a pixel or two
      double centre = (box[0] + box[2]) / 2.0;
      assertThat(centre).isCloseTo(image.getWidth() / 2.0, within(3.0));
      // 18 pt bold: capitals about 13 px high and the three letters over 30 px wide
      assertThat(box[3] - box[1] + 1).isBetween(11, 16);
      assertThat(box[2] - box[0] + 1).isGreaterThan(30);
      // and smoothed: some grey between the black ink and the white ground
      boolean grey = false;
      for (int y = box[1]; y <= box[3]; y++) {
        for (int x = box[0]; x <= box[2]; x++) {
          int g = (image.getRGB(x, y) >> 8) & 0xFF;
          grey |= g > 40 && g < 215;
        }
      }
      assertThat(grey).isTrue();
    }
  }

  @Test
  void writesThePictureAsAPng() throws IOException {
    Path file = dir.resolve("plots.png");
    MetricPlots.write(file, "Run", CLASSIFICATION);

    BufferedImage read = ImageIO.read(file.toFile());
    BufferedImage drawn = MetricPlots.draw("Run", CLASSIFICATION);
    assertThat(read.getWidth()).isEqualTo(drawn.getWidth());
    assertThat(read.getHeight()).isEqualTo(drawn.getHeight());
    assertThat(read.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF);
  }
}
