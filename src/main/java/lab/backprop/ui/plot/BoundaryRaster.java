package lab.backprop.ui.plot;

import lab.backprop.data.Plane;
import lab.backprop.nn.FrozenNetwork;
import lab.backprop.nn.OutputKind;
import lab.backprop.nn.Predictor;
import lab.backprop.ui.common.Palette;

/**
 * The decision-boundary picture of one network: a grid of forward passes over a {@link PlotExtent},
 * turned into ARGB pixels (class colour blended by confidence, or a diverging map of the predicted
 * value for regression) and the class-border segments; a network of more than two inputs is drawn
 * on a {@link Plane} of its input space, and without one its picture is plain white. Pure
 * computation with no JavaFX scene graph, so it may run on a worker thread; not thread-safe (one
 * per thread).
 */
public final class BoundaryRaster {
  /** One computed picture. {@code borders} in grid units (see {@link Contour}). */
  public record Image(
      long version, PlotExtent extent, int cols, int rows, int[] argb, double[] borders) {}

  private final Predictor predictor = new Predictor();
  private PlotExtent gridExtent;
  private int gridCols;
  private int gridRows;
  private double[] grid;
  private Plane gridPlane;
  private double[] out = new double[0];

  /**
   * @param valueScale for regression: the |value| shown at full colour; ignored otherwise
   */
  public Image compute(
      long version, FrozenNetwork net, PlotExtent extent, int cols, int rows, double valueScale) {
    return compute(version, net, extent, cols, rows, valueScale, null);
  }

  /**
   * The picture of the network on a plane of its input space: grid point (a, b) of the extent is
   * the input {@code plane.origin + a·u + b·v}; with a null plane the network has two inputs and
   * (a, b) is the input itself.
   */
  public Image compute(
      long version,
      FrozenNetwork net,
      PlotExtent extent,
      int cols,
      int rows,
      double valueScale,
      Plane plane) {
    if (!extent.equals(gridExtent)
        || cols != gridCols
        || rows != gridRows
        || !java.util.Objects.equals(plane, gridPlane)) {
      grid = inputs(extent, cols, rows, plane);
      gridExtent = extent;
      gridCols = cols;
      gridRows = rows;
      gridPlane = plane;
    }
    int n = cols * rows;
    if (net.inputSize() != (plane == null ? 2 : plane.dimension())) {
      // no plane of its inputs to draw regions in: white, no borders
      int[] white = new int[n];
      java.util.Arrays.fill(white, Palette.WHITE);
      return new Image(version, extent, cols, rows, white, new double[0]);
    }
    int k = net.outputSize();
    if (out.length < n * k) {
      out = new double[n * k];
    }
    predictor.predict(net, grid, n, out);
    int[] argb = new int[n];
    double[] field = new double[n];
    double[] borders;
    OutputKind kind = net.output();
    if (kind == OutputKind.MSE) {
      double scale = valueScale > 0 ? valueScale : 1;
      for (int i = 0; i < n; i++) {
        argb[i] = Palette.diverging(out[i] / scale);
      }
      borders = new double[0];
    } else if (kind == OutputKind.SIGMOID_BCE) {
      for (int i = 0; i < n; i++) {
        double p = out[i];
        argb[i] = shade(p >= 0.5 ? 1 : 0, Math.abs(2 * p - 1));
        field[i] = p - 0.5;
      }
      borders = Contour.zeroSegments(field, cols, rows);
    } else {
      borders = softmaxColours(n, k, argb, field, cols, rows);
    }
    return new Image(version, extent, cols, rows, argb, borders);
  }

  private double[] softmaxColours(int n, int k, int[] argb, double[] field, int cols, int rows) {
    for (int i = 0; i < n; i++) {
      int best = 0;
      for (int c = 1; c < k; c++) {
        if (out[i * k + c] > out[i * k + best]) {
          best = c;
        }
      }
      double confidence = k > 1 ? (out[i * k + best] - 1.0 / k) / (1 - 1.0 / k) : 1;
      argb[i] = shade(best, confidence);
    }
    if (k == 2) {
      for (int i = 0; i < n; i++) {
        field[i] = out[i * 2 + 1] - out[i * 2];
      }
      return Contour.zeroSegments(field, cols, rows);
    }
    // more classes: the border of each class region, p_c − max of the others = 0
    double[] all = new double[0];
    for (int c = 0; c < k; c++) {
      for (int i = 0; i < n; i++) {
        double other = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < k; j++) {
          if (j != c) {
            other = Math.max(other, out[i * k + j]);
          }
        }
        field[i] = out[i * k + c] - other;
      }
      double[] seg = Contour.zeroSegments(field, cols, rows);
      double[] merged = java.util.Arrays.copyOf(all, all.length + seg.length);
      System.arraycopy(seg, 0, merged, all.length, seg.length);
      all = merged;
    }
    return all;
  }

  /** The network inputs at the centres of a cols × rows grid over the extent (see above). */
  static double[] inputs(PlotExtent extent, int cols, int rows, Plane plane) {
    double[] ab = extent.gridCentres(cols, rows);
    if (plane == null) {
      return ab;
    }
    double[] x = new double[cols * rows * plane.dimension()];
    plane.lift(ab, cols * rows, x);
    return x;
  }

  /** Class colour over white: pale where the network is unsure, strong where it is confident. */
  static int shade(int cls, double confidence) {
    double c = Double.isNaN(confidence) ? 0 : Math.max(0, Math.min(1, confidence));
    return Palette.mixFixed(
        Palette.WHITE, Palette.classArgb(cls), (int) (256 * (0.12 + 0.5 * c) + 0.5));
  }
}
