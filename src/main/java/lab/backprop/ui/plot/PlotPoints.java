package lab.backprop.ui.plot;

/**
 * The data points of a plot in data units with their colours as packed ARGB, in drawing order.
 * Train points are filled discs with a thin dark ring; test points are hollow rings. When {@code
 * ringed}, every point has a wide ring (the predicted class) and test points may be filled too.
 * {@code weight} enlarges the points, their rings and the class borders (presentation mode: the
 * type scale). The arrays are never written after construction, so one instance may be shared with
 * the render worker.
 */
public record PlotPoints(
    double[] x,
    double[] y,
    int[] fill,
    int[] ring,
    boolean[] test,
    double radius,
    boolean ringed,
    double weight) {

  /** Ring around a filled train point: rgba(30, 30, 30, 0.9). */
  public static final int TRAIN_RING = 0xE61E1E1E;

  /** Ring width of train points and of test points, in pixels at scale 1. */
  public static final double TRAIN_RING_WIDTH = 1;

  public static final double TEST_RING_WIDTH = 2;

  /** Ring width of every point when the rings show the predicted class ({@code ringed}). */
  public static final double PREDICTED_RING_WIDTH = 2.5;

  /** Points of weight 1, ringed or not. */
  public PlotPoints(
      double[] x,
      double[] y,
      int[] fill,
      int[] ring,
      boolean[] test,
      double radius,
      boolean ringed) {
    this(x, y, fill, ring, test, radius, ringed, 1);
  }

  public PlotPoints(double[] x, double[] y, int[] fill, int[] ring, boolean[] test, double radius) {
    this(x, y, fill, ring, test, radius, false, 1);
  }

  public PlotPoints {
    int n = x.length;
    if (y.length != n || fill.length != n || ring.length != n || test.length != n) {
      throw new IllegalArgumentException("PlotPoints: all arrays need " + n + " entries");
    }
  }

  public static PlotPoints none() {
    return new PlotPoints(new double[0], new double[0], new int[0], new int[0], new boolean[0], 3);
  }

  /** The same points drawn {@code w} times as large. */
  public PlotPoints withWeight(double w) {
    return new PlotPoints(x, y, fill, ring, test, radius, ringed, w);
  }

  public int size() {
    return x.length;
  }
}
