package lab.backprop.ui.plot;

import javafx.scene.paint.Color;
import lab.backprop.data.Dataset;
import lab.backprop.data.Task;
import lab.backprop.ui.common.Palette;

/**
 * The data points of a plot in data units with their colours as packed ARGB, in drawing order.
 * Train points are filled discs with a thin dark ring; test points are hollow rings. The arrays are
 * never written after construction, so one instance may be shared with the render worker.
 */
public record PlotPoints(
    double[] x, double[] y, int[] fill, int[] ring, boolean[] test, double radius) {

  /** Ring around a filled train point: rgba(30, 30, 30, 0.9). */
  public static final int TRAIN_RING = 0xE61E1E1E;

  /** Ring width of train points and of test points, in pixels at scale 1. */
  public static final double TRAIN_RING_WIDTH = 1;

  public static final double TEST_RING_WIDTH = 2;

  public PlotPoints {
    int n = x.length;
    if (y.length != n || fill.length != n || ring.length != n || test.length != n) {
      throw new IllegalArgumentException("PlotPoints: all arrays need " + n + " entries");
    }
  }

  public static PlotPoints none() {
    return new PlotPoints(new double[0], new double[0], new int[0], new int[0], new boolean[0], 3);
  }

  public int size() {
    return x.length;
  }

  /**
   * The points of {@code train} and {@code test} (null for none) in their class colours, or for
   * regression in the diverging map of target / {@code regressionScale}.
   */
  public static PlotPoints of(Dataset train, Dataset test, double regressionScale) {
    int nTrain = train.size();
    int n = nTrain + (test == null ? 0 : test.size());
    double[] x = new double[n];
    double[] y = new double[n];
    int[] fill = new int[n];
    int[] ring = new int[n];
    boolean[] isTest = new boolean[n];
    for (int i = 0; i < n; i++) {
      boolean t = i >= nTrain;
      Dataset d = t ? test : train;
      int k = t ? i - nTrain : i;
      x[i] = d.x(k, 0);
      y[i] = d.x(k, 1);
      Color c = pointColor(d, k, regressionScale);
      isTest[i] = t;
      fill[i] = t ? 0 : argb(c);
      ring[i] = t ? argb(c.darker()) : TRAIN_RING;
    }
    return new PlotPoints(x, y, fill, ring, isTest, nTrain > 600 ? 3 : 4.5);
  }

  private static int argb(Color c) {
    return ((int) Math.round(c.getOpacity() * 255) << 24)
        | ((int) Math.round(c.getRed() * 255) << 16)
        | ((int) Math.round(c.getGreen() * 255) << 8)
        | (int) Math.round(c.getBlue() * 255);
  }

  private static Color pointColor(Dataset d, int i, double regressionScale) {
    if (d.task() == Task.REGRESSION) {
      return Palette.toColor(Palette.diverging(d.target(i) / regressionScale));
    }
    return Palette.classColor(d.label(i));
  }
}
