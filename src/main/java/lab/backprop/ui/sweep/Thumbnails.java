package lab.backprop.ui.sweep;

import java.io.IOException;
import lab.backprop.data.Dataset;
import lab.backprop.data.Task;
import lab.backprop.nn.Network;
import lab.backprop.run.RunSetup;
import lab.backprop.run.RunSpec;
import lab.backprop.ui.common.Picture;
import lab.backprop.ui.plot.BoundaryView;
import lab.backprop.ui.plot.PlotExtent;
import lab.backprop.ui.plot.PlotPoints;
import lab.backprop.ui.plot.RenderJob;

/**
 * Paints a sweep cell's decision boundary as a small square picture with the plot's own off-thread
 * painting ({@link RenderJob.Renderer}): the run's data (train points filled, test points hollow)
 * over the boundary of its trained network. Confined to one thread (the sweep's thumbnail worker).
 */
final class Thumbnails implements SweepViewModel.ThumbnailPainter {
  /** Side of a thumbnail in pixels. */
  static final int SIDE = 220;

  /** Forward passes per side of the boundary grid. */
  private static final int GRID = 72;

  private final RenderJob.Renderer renderer = new RenderJob.Renderer();

  @Override
  public Picture paint(RunSpec run, Network trained) throws IOException {
    RunSetup setup = RunSetup.of(run);
    Dataset train = setup.trainSet();
    Dataset test = setup.testSet().size() > 0 ? setup.testSet() : null;
    double scale = train.task() == Task.REGRESSION ? BoundaryView.regressionScaleOf(train) : 1;
    PlotPoints p = BoundaryView.points(train, test, scale);
    PlotPoints small =
        new PlotPoints(
            p.x(), p.y(), p.fill(), p.ring(), p.test(), p.size() > 400 ? 1.6 : 2.4, false);
    RenderJob job =
        new RenderJob(
            0,
            trained.freeze(),
            PlotExtent.around(setup.all().features()),
            GRID,
            GRID,
            scale,
            null,
            false,
            new RenderJob.Plot(SIDE, SIDE, 1, small, true));
    return renderer.apply(job).picture();
  }
}
