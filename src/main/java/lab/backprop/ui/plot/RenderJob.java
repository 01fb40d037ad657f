package lab.backprop.ui.plot;

import lab.backprop.data.Plane;
import lab.backprop.nn.Activation;
import lab.backprop.nn.FrozenNetwork;
import lab.backprop.nn.Predictor;
import lab.backprop.ui.common.Palette;
import lab.backprop.ui.common.Picture;

/**
 * What the render worker computes for one snapshot: the boundary raster, when {@code plot} is set
 * the finished plot picture at its on-screen pixel size (see {@link PlotPainter}), and when wanted
 * one activation thumbnail per hidden unit. The network is frozen, so the worker reads it safely.
 * With more than two inputs the grid lies on {@code plane} (see {@link BoundaryRaster#compute});
 * with two, {@code plane} is null.
 */
public record RenderJob(
    long version,
    FrozenNetwork network,
    PlotExtent extent,
    int cols,
    int rows,
    double valueScale,
    Plane plane,
    boolean thumbnails,
    Plot plot) {

  /** The plot picture wanted: its size in pixels, the output scale and the points on top. */
  public record Plot(int width, int height, double scale, PlotPoints points, boolean showTest) {}

  /** Side of a unit thumbnail in grid cells. */
  public static final int THUMB = 24;

  /** Multiply-adds one render may spend at most; larger networks get a coarser grid. */
  static final double MAC_BUDGET = 4e7;

  public record Result(
      RenderJob job, BoundaryRaster.Image image, Picture picture, int[][][] thumbs) {}

  /** Multiply-adds of one forward pass of {@code net}. */
  public static long macsPerPoint(FrozenNetwork net) {
    int[] s = net.layerSizes();
    long macs = 0;
    for (int l = 0; l + 1 < s.length; l++) {
      macs += (long) s[l] * s[l + 1] + s[l + 1];
    }
    return macs;
  }

  /** The grid {cols, rows} for a wanted grid, shrunk to the cost budget (never below 32 a side). */
  public static int[] cappedGrid(FrozenNetwork net, int cols, int rows) {
    double maxPoints = MAC_BUDGET / macsPerPoint(net);
    double points = (double) cols * rows;
    if (points <= maxPoints) {
      return new int[] {cols, rows};
    }
    double f = Math.sqrt(maxPoints / points);
    return new int[] {Math.max(32, (int) (cols * f)), Math.max(32, (int) (rows * f))};
  }

  /**
   * Whether thumbnails for every hidden unit fit in the budget (and can be drawn at all: they show
   * a unit over the plane of two inputs).
   */
  public static boolean thumbnailsAffordable(FrozenNetwork net) {
    if (net.inputSize() != 2) {
      return false;
    }
    int units = 0;
    int[] s = net.layerSizes();
    for (int l = 1; l + 1 < s.length; l++) {
      units += s[l];
    }
    return (double) units * THUMB * THUMB * macsPerPoint(net) <= MAC_BUDGET;
  }

  /** The worker's side: one raster and thumbnail computer, confined to the worker thread. */
  public static final class Renderer implements java.util.function.Function<RenderJob, Result> {
    private final BoundaryRaster raster = new BoundaryRaster();
    private final Predictor predictor = new Predictor();
    private final PlotPainter painter = new PlotPainter();

    @Override
    public Result apply(RenderJob job) {
      BoundaryRaster.Image image =
          raster.compute(
              job.version(),
              job.network(),
              job.extent(),
              job.cols(),
              job.rows(),
              job.valueScale(),
              job.plane());
      Plot p = job.plot();
      Picture picture =
          p == null
              ? null
              : painter.paint(
                  p.width(), p.height(), p.scale(), job.extent(), image, p.points(), p.showTest());
      int[][][] thumbs = job.thumbnails() ? thumbnails(job) : null;
      return new Result(job, image, picture, thumbs);
    }

    private int[][][] thumbnails(RenderJob job) {
      FrozenNetwork net = job.network();
      int[] s = net.layerSizes();
      double[] grid = job.extent().gridCentres(THUMB, THUMB);
      int n = THUMB * THUMB;
      double[] out = new double[n * net.outputSize()];
      double[] a = new double[n];
      int[][][] thumbs = new int[s.length - 2][][];
      for (int h = 0; h < thumbs.length; h++) {
        thumbs[h] = new int[s[h + 1]][];
        Activation f = net.activation(h);
        for (int u = 0; u < s[h + 1]; u++) {
          predictor.predictWithUnit(net, grid, n, out, h, u, a);
          thumbs[h][u] = colours(a, f);
        }
      }
      return thumbs;
    }

    static int[] colours(double[] a, Activation f) {
      double scale = 1;
      double shift = 0;
      if (f == Activation.SIGMOID) {
        scale = 0.5;
        shift = 0.5;
      } else if (f != Activation.TANH) {
        double m = 1e-9;
        for (double v : a) {
          m = Math.max(m, Math.abs(v));
        }
        scale = m;
      }
      int[] argb = new int[a.length];
      for (int k = 0; k < a.length; k++) {
        argb[k] = Palette.diverging((a[k] - shift) / scale);
      }
      return argb;
    }
  }
}
