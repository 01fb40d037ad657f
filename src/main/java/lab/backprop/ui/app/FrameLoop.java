package lab.backprop.ui.app;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import lab.backprop.data.Plane;
import lab.backprop.nn.FrozenNetwork;
import lab.backprop.train.History;
import lab.backprop.train.Predictions;
import lab.backprop.train.Snapshot;
import lab.backprop.ui.charts.ChartPainter;
import lab.backprop.ui.charts.ChartsView;
import lab.backprop.ui.charts.Curves;
import lab.backprop.ui.common.LatestJobWorker;
import lab.backprop.ui.data.PointEditor;
import lab.backprop.ui.diagram.NetworkDiagram;
import lab.backprop.ui.diagram.NetworkPictures;
import lab.backprop.ui.export.HistoryCurves;
import lab.backprop.ui.insight.ImagesModel;
import lab.backprop.ui.insight.ProjectionModel;
import lab.backprop.ui.metrics.MetricsModel;
import lab.backprop.ui.plot.BoundaryView;
import lab.backprop.ui.plot.PlotExtent;
import lab.backprop.ui.plot.RenderJob;
import lab.backprop.ui.rewind.RewindModel;
import lab.backprop.ui.stepthrough.StepMarks;
import lab.backprop.ui.stepthrough.StepThroughController;

/**
 * The window's adapter from the trainer to the views: an {@link AnimationTimer} takes the newest
 * snapshot once per frame and hands it to the view-model, the step-through and the views. The
 * boundary picture (grid forward passes and painting) and the live chart pictures are made on two
 * {@link LatestJobWorker}s, so a frame only uploads them; while training, the diagram, the status
 * line and the charts are paced so that no frame pays for all of them.
 */
public final class FrameLoop {
  private static final System.Logger LOG = System.getLogger(FrameLoop.class.getName());

  /** The views a frame updates. */
  public record Views(
      BoundaryView boundary,
      NetworkDiagram diagram,
      ChartsView charts,
      StatusLine status,
      StepMarks stepMarks,
      ProjectionModel projection,
      PointEditor points,
      MetricsModel metrics,
      ImagesModel images,
      RewindModel rewind) {}

  /** Least time between status-line updates while training (10 a second). */
  static final long STATUS_GAP_NANOS = 100_000_000L;

  /** Least time between diagram repaints while training (10 a second). */
  static final long DIAGRAM_GAP_NANOS = 100_000_000L;

  /** Least time between live chart pictures (4 a second): the curves change slowly. */
  static final long CHART_GAP_NANOS = 250_000_000L;

  private final Supplier<Snapshot> latest;
  private final MainViewModel vm;
  private final StepThroughController stepThrough;
  private final BoundaryView boundary;
  private final NetworkDiagram diagram;
  private final ChartsView charts;
  private final StatusLine statusLine;
  private final StepMarks stepMarks;
  private final ProjectionModel projection;
  private final PointEditor points;
  private final MetricsModel metrics;
  private final ImagesModel images;
  private final RewindModel rewind;
  private final LatestJobWorker<RenderJob, RenderJob.Result> worker =
      new LatestJobWorker<>("backprop-render", new RenderJob.Renderer());
  private final LatestJobWorker<ChartPainter.Job, ChartPainter.Pictures> chartWorker =
      new LatestJobWorker<>("backprop-charts", new ChartPainter());
  private final PerfRecorder perf = new PerfRecorder();
  private final AnimationTimer timer;

  /**
   * While training, the diagram's repaints take about a tenth of the time (a large network's,
   * hundreds of antialiased lines without a GPU, can last several frames), but come at least every
   * 2 s.
   */
  private final RepaintPacer diagramPacer = new RepaintPacer(DIAGRAM_GAP_NANOS, 2_000_000_000L, 10);

  private long lastStatusNanos = Long.MIN_VALUE / 2;
  private long lastChartNanos = Long.MIN_VALUE / 2;
  private RenderJob lastJob;
  private Object shownData;
  private boolean shownCleared;
  private Throwable reportedPlaneFailure;
  private long diagramVersion = -1;
  private long renderedVersion = -1;
  private FrozenNetwork renderedNetwork;

  /** The kept epoch's network shown last, and a count of those shown (for their versions). */
  private FrozenNetwork shownKeptNetwork;

  private long keptNetworkVersion;

  /** The history last converted for the charts, and its conversion. */
  private History curvesOf;

  private Curves curves = Curves.EMPTY;
  private ChartPainter.Pictures pendingCharts;
  private int chartsWaited;
  private FrozenNetwork shownStepNetwork;
  private long stepNetworkVersion;

  private java.util.function.BooleanSupplier otherWork = () -> false;

  /** The workers whose failure has been shown (once each). */
  private final Set<LatestJobWorker<?, ?>> failedWorkers = new HashSet<>();

  public FrameLoop(
      Supplier<Snapshot> latest, MainViewModel vm, StepThroughController stepThrough, Views views) {
    this.latest = latest;
    this.vm = vm;
    this.stepThrough = stepThrough;
    this.boundary = views.boundary();
    this.diagram = views.diagram();
    this.charts = views.charts();
    this.statusLine = views.status();
    this.stepMarks = views.stepMarks();
    this.projection = views.projection();
    this.points = views.points();
    this.metrics = views.metrics();
    this.images = views.images();
    this.rewind = views.rewind();
    stepThrough
        .activeProperty()
        .addListener(
            (o, was, is) -> {
              if (!is) {
                stepMarks.clear();
                lastJob = null;
              }
            });
    timer =
        new AnimationTimer() {
          @Override
          public void handle(long now) {
            frame(now);
          }
        };
  }

  /**
   * Frames are recorded for {@code --perf-report} while the trainer runs and also while {@code
   * busy} (a sweep on the other cores: the window must stay smooth then too).
   */
  public void recordFramesAlsoWhile(java.util.function.BooleanSupplier busy) {
    otherWork = busy;
  }

  /** Starts the per-frame updates. */
  public void start() {
    timer.start();
  }

  /** Stops the frame updates only (tests then call {@link #frame} themselves). */
  public void stopFrames() {
    timer.stop();
  }

  /** Stops the frame updates and both workers. */
  public void stop() {
    timer.stop();
    worker.close();
    chartWorker.close();
  }

  /**
   * One frame: the newest snapshot into the view-model and the views. The boundary of the newest
   * snapshot is asked for every frame and shown the frame after. While training, the diagram and
   * the status line are rate-limited and the charts come 4 times a second.
   */
  public void frame(long now) {
    Snapshot s = latest.get();
    perf.frame(now, s.running() || otherWork.getAsBoolean(), s.epochProgress());
    vm.update(s);
    rewind.update(s);
    boolean stepping = stepThrough.isActive();
    if (stepping) {
      stepThrough.takePreview(s.commandsApplied(), s.train().classNames());
    }
    points.update(s);
    Plane plane = projection.planeFor(s.train());
    Throwable planeFailure = projection.failure();
    if (planeFailure != null && planeFailure != reportedPlaneFailure) {
      reportedPlaneFailure = planeFailure;
      vm.reportViewError("Computing the principal components failed (" + planeFailure + ")");
    }
    boolean cleared = points.clearedProperty().get();
    if (s.train() != shownData || plane != boundary.plane() || cleared != shownCleared) {
      shownData = s.train();
      shownCleared = cleared;
      boundary.setData(points.shownTrain(s.train()), points.shownTest(s.test()), plane);
      lastJob = null;
    }
    metrics.update(s);
    images.update(s, now);
    // a kept epoch shown by the scrubber has no predictions of its own: no rings then
    Predictions p = rewind.shownNetworkProperty().get() == null ? s.predictions() : null;
    boundary.setPredicted(
        p == null ? null : p.train().classes(),
        p == null || p.test() == null ? null : p.test().classes());
    boolean paced = s.running();
    takeRender(paced);
    requestRender(s, stepping);
    if (stepping) {
      stepMarks.draw();
    }
    // while training, the diagram, the status line and the chart pictures take turns: a frame
    // repaints at most one of them (unless one is overdue), so no frame pays for all three
    boolean repainted = updateDiagram(now, s, paced);
    repainted |= updateStatus(now, paced, repainted);
    updateCharts(now, s, repainted);
  }

  /** The network the boundary and the diagram show: the scrubber's kept epoch, else the newest. */
  private FrozenNetwork shownNetwork(Snapshot s) {
    FrozenNetwork kept = rewind.shownNetworkProperty().get();
    return kept != null ? kept : s.network();
  }

  /** A version for the shown network: the snapshot's, or one of its own for a kept epoch. */
  private long shownVersion(Snapshot s) {
    FrozenNetwork kept = rewind.shownNetworkProperty().get();
    if (kept == null) {
      return s.version();
    }
    if (kept != shownKeptNetwork) {
      shownKeptNetwork = kept;
      keptNetworkVersion++;
    }
    return Long.MIN_VALUE / 2 - keptNetworkVersion;
  }

  private boolean updateDiagram(long now, Snapshot s, boolean paced) {
    diagramPacer.frame(now);
    long version = shownVersion(s);
    if (diagramVersion == version) {
      return false;
    }
    FrozenNetwork shown = shownNetwork(s);
    boolean shapeChanged =
        diagram.picture() == null
            || !Arrays.equals(diagram.picture().layerSizes(), shown.layerSizes());
    if (paced && !shapeChanged && !diagramPacer.due(now)) {
      return false;
    }
    diagramPacer.repainted(now);
    diagramVersion = version;
    diagram.setPicture(NetworkPictures.of(shown, s.train().classNames()));
    perf.updated(PerfRecorder.DIAGRAM);
    return true;
  }

  private boolean updateStatus(long now, boolean paced, boolean repainted) {
    long statusAge = now - lastStatusNanos;
    String text = vm.statusProperty().get();
    if (text.equals(statusLine.getText())
        || (paced
            && (statusAge < STATUS_GAP_NANOS || (repainted && statusAge < 2 * STATUS_GAP_NANOS)))) {
      return false;
    }
    lastStatusNanos = now;
    statusLine.setText(text);
    perf.updated(PerfRecorder.STATUS);
    return true;
  }

  /**
   * While training runs the charts are pictures from the chart worker (a chart drawn through the FX
   * canvas costs a frame 13–28 ms without a GPU); when it stops, the interactive viewers.
   */
  /** The charts' copy of a history, made once per history the trainer publishes. */
  private Curves curves(History h) {
    if (h != curvesOf) {
      curvesOf = h;
      curves = HistoryCurves.of(h);
    }
    return curves;
  }

  private void updateCharts(long now, Snapshot s, boolean repainted) {
    reportFailure(chartWorker, "drawing the charts");
    long marked = rewind.shownEpochProperty().get();
    charts.setMarkedEpoch(marked < 0 ? Double.NaN : marked);
    if (!s.running()) {
      pendingCharts = null;
      chartWorker.takeResult();
      Curves curves = curves(s.history());
      if (curves != charts.shown() || charts.isLive()) {
        charts.show(curves);
        perf.updated(PerfRecorder.CHARTS);
      }
      return;
    }
    ChartPainter.Pictures newest = chartWorker.takeResult();
    if (newest != null) {
      pendingCharts = newest;
    }
    if (pendingCharts != null && (!repainted || ++chartsWaited > 2)) {
      if (charts.showPictures(pendingCharts)) {
        perf.updated(PerfRecorder.CHARTS);
      }
      pendingCharts = null;
      chartsWaited = 0;
    }
    if (now - lastChartNanos >= CHART_GAP_NANOS && !chartWorker.isBusy()) {
      ChartPainter.Job job = charts.pictureJob(curves(s.history()));
      if (job != null) {
        lastChartNanos = now;
        chartWorker.submit(job);
      }
    }
  }

  /**
   * Logs the first exception of a worker's job and shows it in the banner; the view keeps what it
   * showed last and training goes on.
   */
  private void reportFailure(LatestJobWorker<?, ?> w, String what) {
    Throwable failure = w.takeFailure();
    if (failure != null && failedWorkers.add(w)) {
      LOG.log(System.Logger.Level.ERROR, what + " failed", failure);
      vm.reportViewError(
          capitalized(what)
              + " failed ("
              + failure
              + "). Training goes on; the view shows the last picture that worked.");
    }
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private void requestRender(Snapshot s, boolean stepping) {
    Plane plane = boundary.plane();
    if (worker.isBusy()
        || (plane == null
            ? s.network().inputSize() != 2
            : plane.dimension() != s.network().inputSize())) {
      return;
    }
    PlotExtent extent = boundary.shownExtent();
    int[] wanted = boundary.wantedGrid();
    int[] grid = RenderJob.cappedGrid(s.network(), wanted[0], wanted[1]);
    FrozenNetwork net = shownNetwork(s);
    long version = shownVersion(s);
    FrozenNetwork stepNet = stepThrough.boundaryNetworkProperty().get();
    if (stepping && stepNet != null && stepNet.inputSize() == net.inputSize()) {
      // the step-through shows the boundary of its own networks (before, or after the step)
      if (stepNet != shownStepNetwork) {
        shownStepNetwork = stepNet;
        stepNetworkVersion++;
      }
      net = stepNet;
      version = -1 - stepNetworkVersion;
    }
    boolean thumbs =
        !stepping
            && plane == null
            && diagram.wantsThumbnails()
            && RenderJob.thumbnailsAffordable(net);
    RenderJob job =
        new RenderJob(
            version,
            net,
            extent,
            grid[0],
            grid[1],
            boundary.regressionScale(),
            plane,
            thumbs,
            boundary.plotRequest());
    if (lastJob != null
        && lastJob.version() == job.version()
        && lastJob.extent().equals(extent)
        && lastJob.cols() == job.cols()
        && lastJob.rows() == job.rows()
        && lastJob.thumbnails() == thumbs
        && lastJob.plane() == plane
        && Objects.equals(lastJob.plot(), job.plot())) {
      return;
    }
    lastJob = job;
    worker.submit(job);
  }

  /** Shows the newest finished boundary picture, if any. */
  private void takeRender(boolean paced) {
    reportFailure(worker, "drawing the decision boundary");
    RenderJob.Result r = worker.takeResult();
    if (r == null) {
      return;
    }
    renderedVersion = r.job().version();
    renderedNetwork = r.job().network();
    boundary.setRaster(r.image(), r.picture(), r.job().plot());
    perf.updated(PerfRecorder.BOUNDARY);
    if (r.thumbs() != null
        && diagram.picture() != null
        && Arrays.equals(diagram.picture().layerSizes(), r.job().network().layerSizes())) {
      diagram.setThumbnails(r.thumbs(), RenderJob.THUMB, !paced);
    } else if (r.thumbs() == null) {
      diagram.setThumbnails(null, 0, !paced);
    }
  }

  public PerfRecorder perf() {
    return perf;
  }

  /** Version of the snapshot the boundary raster shows, −1 before the first. */
  public long renderedVersion() {
    return renderedVersion;
  }

  /** The network of the boundary picture shown now; null before the first. */
  public FrozenNetwork renderedNetwork() {
    return renderedNetwork;
  }

  /** Version of the snapshot the newest boundary job was asked for, −1 before the first. */
  public long requestedVersion() {
    return lastJob == null ? -1 : lastJob.version();
  }

  /** Whether the render worker has a boundary job waiting or running. */
  public boolean renderBusy() {
    return worker.isBusy();
  }
}
