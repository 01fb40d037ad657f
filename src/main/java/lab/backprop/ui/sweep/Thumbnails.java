package lab.backprop.ui.sweep;

import java.io.IOException;
import lab.backprop.data.Dataset;
import lab.backprop.data.Task;
import lab.backprop.nn.FrozenNetwork;
import lab.backprop.nn.Network;
import lab.backprop.run.RunSetup;
import lab.backprop.run.RunSpec;
import lab.backprop.ui.common.Picture;
import lab.backprop.ui.plot.BoundaryView;
import lab.backprop.ui.plot.PlotPoints;
import lab.backprop.ui.plot.RenderJob;

/**
 * Paints a sweep cell's decision boundary as a small square picture with the plot's own off-thread
 * painting ({@link RenderJob.Renderer}): the run's data (train points filled, test points hollow)
 * over the boundary of its trained network. Confined to one thread (the sweep's thumbnail worker, a
 * compare view's painter).
 */
public final class Thumbnails implements SweepViewModel.ThumbnailPainter {
  /** Side of a thumbnail in pixels. */
  static final int SIDE = 220;

  /** Forward passes per side of the boundary grid (at least; a quarter of the side). */
  private static final int GRID = 72;

  private final RenderJob.Renderer renderer = new RenderJob.Renderer();

  @Override
  public Picture paint(RunSpec run, Network trained) throws IOException {
    RunSetup setup = RunSetup.of(run);
    return paint(setup.trainSet(), setup.testSet(), trained.freeze(), SIDE);
  }

  /**
   * The boundary of {@code net} over the train points (filled) and the test points (hollow; none
   * when {@code test} is empty), {@code side} pixels square, the data with a margin (two inputs).
   */
  public Picture paint(Dataset train, Dataset test, FrozenNetwork net, int side) {
    Dataset shownTest = test != null && test.size() > 0 ? test : null;
    double scale = train.task() == Task.REGRESSION ? BoundaryView.regressionScaleOf(train) : 1;
    PlotPoints p = BoundaryView.points(train, shownTest, scale);
    double radius = (p.size() > 400 ? 1.6 : 2.4) * Math.max(1, side / (double) SIDE);
    PlotPoints small = new PlotPoints(p.x(), p.y(), p.fill(), p.ring(), p.test(), radius, false);
    int[] grid = RenderJob.cappedGrid(net, Math.max(GRID, side / 4), Math.max(GRID, side / 4));
    RenderJob job =
        new RenderJob(
            0,
            net,
            BoundaryView.dataExtent(train, shownTest),
            grid[0],
            grid[1],
            scale,
            null,
            false,
            new RenderJob.Plot(side, side, 1, small, true));
    return renderer.apply(job).picture();
  }
}
