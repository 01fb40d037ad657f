package lab.backprop.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * The saved pictures of the charts show the curves where they belong. The history is a straight
 * line for train (loss 1 → 0.2, accuracy 0.5 → 1) and a constant for test at the midpoint of that
 * line (loss 0.6, accuracy 0.75): on a linear axis the test curve must lie halfway between the
 * train curve's two ends, whatever the axis ranges JFreeChart picks.
 */
class ChartsPictureTest {
  private static final int N = 101;

  private static Curves lines() {
    double[] epochs = new double[N];
    double[] trainLoss = new double[N];
    double[] testLoss = new double[N];
    double[] trainAccuracy = new double[N];
    double[] testAccuracy = new double[N];
    for (int e = 0; e < N; e++) {
      epochs[e] = e;
      trainLoss[e] = 1 - 0.008 * e;
      testLoss[e] = 0.6;
      trainAccuracy[e] = 0.5 + 0.005 * e;
      testAccuracy[e] = 0.75;
    }
    return new Curves(epochs, trainLoss, testLoss, trainAccuracy, testAccuracy, new String[N]);
  }

  // the curves' colours as the window's hint names them: blue for train, orange for test
  private static final IntPredicate BLUE =
      rgb -> blue(rgb) > 140 && red(rgb) < 60 && green(rgb) < 150;
  private static final IntPredicate ORANGE =
      rgb -> red(rgb) > 180 && green(rgb) > 60 && green(rgb) < 130 && blue(rgb) < 60;

  @Test
  void eachChartDrawsTheTestCurveHalfwayBetweenTheEndsOfTheTrainLine() {
    for (int scale = 1; scale <= 2; scale++) {
      for (int which = 0; which <= 1; which++) {
        BufferedImage image = ChartsPicture.single(lines(), false, which, 500, 300, scale);
        assertThat(image.getWidth()).isEqualTo(500 * scale);
        assertThat(image.getHeight()).isEqualTo(300 * scale);
        checkCurves(image, 0, image.getHeight(), which == 0, scale + "x chart " + which);
      }
    }
  }

  @Test
  void theExportedPictureHasTheLossChartAboveTheAccuracyChart() {
    BufferedImage image = ChartsPicture.render(lines(), false, 500, 600, 2);
    assertThat(image.getWidth()).isEqualTo(1000);
    assertThat(image.getHeight()).isEqualTo(1200);
    int half = image.getHeight() / 2;
    checkCurves(image, 0, half, true, "top: loss");
    checkCurves(image, half, image.getHeight(), false, "bottom: accuracy");
  }

  @Test
  void aRegressionHistoryHasOneChartFillingThePicture() {
    Curves c = lines();
    double[] nan = new double[N];
    java.util.Arrays.fill(nan, Double.NaN);
    Curves regression =
        new Curves(c.epochs(), c.trainLoss(), c.testLoss(), nan, nan, new String[N]);
    BufferedImage image = ChartsPicture.render(regression, false, 500, 600, 1);
    checkCurves(image, 0, image.getHeight(), true, "the loss alone");
  }

  /**
   * In rows [y0, y1): the train curve's ends are its leftmost and rightmost blue columns (the
   * topmost blue pixel there: a legend sits below the plot); the test curve is flat and at the
   * ends' mean height.
   */
  private static void checkCurves(
      BufferedImage image, int y0, int y1, boolean falling, String what) {
    int left = -1;
    int right = -1;
    for (int x = 0; x < image.getWidth(); x++) {
      if (top(image, x, y0, y1, BLUE) >= 0) {
        right = x;
        if (left < 0) {
          left = x;
        }
      }
    }
    assertThat(left).as(what + ": a train curve").isGreaterThanOrEqualTo(0);
    assertThat(right - left).as(what + ": across the plot").isGreaterThan(image.getWidth() / 2);
    int yStart = top(image, left, y0, y1, BLUE);
    int yEnd = top(image, right, y0, y1, BLUE);
    if (falling) {
      assertThat(yEnd).as(what + ": the loss falls (down the picture)").isGreaterThan(yStart + 20);
    } else {
      assertThat(yEnd).as(what + ": the accuracy rises").isLessThan(yStart - 20);
    }
    double middle = (yStart + yEnd) / 2.0;
    int tolerance = 3 * image.getWidth() / 500;
    // away from the middle, where the curves cross; the test curve is dashed: look a few columns
    for (double f : new double[] {0.2, 0.35, 0.7, 0.85}) {
      int x = (int) Math.round(left + f * (right - left));
      int y = nearestOrange(image, x, y0, y1, middle);
      assertThat((double) y)
          .as(what + ": test curve at column " + x)
          .isCloseTo(middle, within((double) tolerance + 1));
    }
  }

  private static int top(BufferedImage image, int x, int y0, int y1, IntPredicate colour) {
    for (int y = y0; y < y1; y++) {
      if (colour.test(image.getRGB(x, y))) {
        return y;
      }
    }
    return -1;
  }

  /**
   * The orange pixel nearest to {@code near} in the columns around x (the legend has orange too,
   * and the dashes have gaps).
   */
  private static int nearestOrange(BufferedImage image, int x, int y0, int y1, double near) {
    int best = -1;
    for (int dx = -12; dx <= 12; dx++) {
      for (int y = y0; y < y1; y++) {
        if (ORANGE.test(image.getRGB(x + dx, y))
            && (best < 0 || Math.abs(y - near) < Math.abs(best - near))) {
          best = y;
        }
      }
    }
    return best;
  }

  private static int red(int rgb) {
    return (rgb >> 16) & 0xFF;
  }

  private static int green(int rgb) {
    return (rgb >> 8) & 0xFF;
  }

  private static int blue(int rgb) {
    return rgb & 0xFF;
  }
}
