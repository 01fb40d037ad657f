package lab.backprop.ui.app;

import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import lab.backprop.data.Dataset;
import lab.backprop.data.DatasetSpec;
import lab.backprop.nn.Network;
import lab.backprop.run.DataSpec;
import lab.backprop.train.Command;
import lab.backprop.train.Snapshot;
import lab.backprop.train.Trainer;
import lab.backprop.ui.charts.ChartPainter;
import lab.backprop.ui.charts.ChartsView;
import lab.backprop.ui.common.Controls;
import lab.backprop.ui.common.LatestJobWorker;
import lab.backprop.ui.controls.ControlPanel;
import lab.backprop.ui.diagram.NetworkDiagram;
import lab.backprop.ui.plot.BoundaryView;
import lab.backprop.ui.plot.PlotExtent;
import lab.backprop.ui.plot.RenderJob;
import lab.backprop.ui.stepthrough.Preset;
import lab.backprop.ui.stepthrough.StepRecording;
import lab.backprop.ui.stepthrough.StepThroughPane;

/**
 * The main window's layout: control panel on the left, the data and decision-boundary plot in the
 * middle, the network diagram and the loss/accuracy charts on the right, a status line below. An
 * {@link AnimationTimer} takes the newest snapshot once per frame and hands it to the view-model
 * and the views; the boundary picture (grid forward passes and painting) and the live chart
 * pictures are made on two {@link LatestJobWorker}s.
 */
public class MainView extends BorderPane {
  private static final System.Logger LOG = System.getLogger(MainView.class.getName());

  public static final String CONTROL_PANEL = "controlPanel";
  public static final String BOUNDARY_PLOT = "boundaryPlot";
  public static final String NETWORK_DIAGRAM = "networkDiagram";
  public static final String CHARTS = "charts";
  public static final String STATUS_LINE = "statusLine";
  public static final String BANNER = "banner";

  private final MainViewModel vm;
  private final Supplier<Snapshot> latest;
  private final BoundaryView boundary = new BoundaryView();
  private final NetworkDiagram diagram = new NetworkDiagram();
  private final ChartsView charts = new ChartsView();
  private final ControlPanel controls;
  private final LatestJobWorker<RenderJob, RenderJob.Result> worker =
      new LatestJobWorker<>("backprop-render", new RenderJob.Renderer());
  private final LatestJobWorker<ChartPainter.Job, ChartPainter.Pictures> chartWorker =
      new LatestJobWorker<>("backprop-charts", new ChartPainter());
  private final PerfRecorder perf = new PerfRecorder();
  private final StatusLine statusLine;
  private long lastStatusNanos = Long.MIN_VALUE / 2;

  /** Least time between status-line updates while training (10 a second). */
  static final long STATUS_GAP_NANOS = 100_000_000L;

  private final AnimationTimer timer;
  private RenderJob lastJob;
  private Object shownData;
  private long lastChartNanos = Long.MIN_VALUE / 2;

  private long diagramVersion = -1;
  private long renderedVersion = -1;

  /** The workers whose failure has been shown (once each). */
  private final java.util.Set<LatestJobWorker<?, ?>> failedWorkers = new java.util.HashSet<>();

  private ChartPainter.Pictures pendingCharts;
  private int chartsWaited;

  // ---- step-through mode ----
  private final StepThroughPane stepThrough = new StepThroughPane();
  private final Canvas stepMarks = new Canvas();
  private final ScrollPane controlPanel;
  private final StackPane boundaryPlot;
  private final SplitPane center;
  private final SplitPane right;
  private SplitPane stepSplit;
  private Supplier<Trainer.Preview> previews = () -> null;
  private boolean stepMode;
  private boolean resumeOnLeave;
  private long pendingPreview = -1;
  private int pendingPhase;
  private Network shownBoundaryNetwork;
  private long boundaryNetworkVersion;

  public MainView(MainViewModel vm, Supplier<Snapshot> latest) {
    this.vm = vm;
    this.latest = latest;
    getStyleClass().add("main-view");

    controls = new ControlPanel(vm);
    controlPanel = new ScrollPane(controls);
    controlPanel.setId(CONTROL_PANEL);
    controlPanel.setFitToWidth(true);
    controlPanel.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    controlPanel.setPrefWidth(340);
    controlPanel.setMinWidth(280);

    boundary.showTestPointsProperty().bind(vm.showTestPointsProperty());
    stepMarks.setMouseTransparent(true);
    stepMarks.setManaged(false);
    boundaryPlot = new StackPane(boundary, stepMarks, banner());
    StackPane.setAlignment(boundaryPlot.getChildren().get(2), Pos.TOP_CENTER);
    boundaryPlot.setId(BOUNDARY_PLOT);
    boundaryPlot.getStyleClass().add("boundary-region");
    boundaryPlot.setMinSize(200, 200);

    StackPane diagramPane = new StackPane(diagram);
    diagramPane.setId(NETWORK_DIAGRAM);
    diagramPane.getStyleClass().add("plot-region");
    diagramPane.setMinSize(200, 120);
    diagram.setOnWeightEdited(vm::setWeight);

    charts.setId(CHARTS);
    charts.getStyleClass().add("plot-region");
    charts.setMinSize(200, 150);

    right = new SplitPane(diagramPane, charts);
    right.setOrientation(Orientation.VERTICAL);
    right.setDividerPositions(0.48);
    center = new SplitPane(boundaryPlot, right);
    center.setDividerPositions(0.52);

    setLeft(controlPanel);
    setCenter(center);
    statusLine = new StatusLine(vm.runningProperty());
    statusLine.setId(STATUS_LINE);
    setBottom(statusLine);
    installStepThrough();

    timer =
        new AnimationTimer() {
          @Override
          public void handle(long now) {
            frame(now);
          }
        };
    sceneProperty()
        .addListener(
            (o, was, is) -> {
              if (is != null) {
                installKeys(is);
              }
            });
  }

  private HBox banner() {
    Label text = new Label();
    text.setId("bannerText");
    text.setWrapText(true);
    text.textProperty().bind(vm.bannerProperty());
    Button close = new Button("✕");
    close.setId("bannerClose");
    Controls.tip(close, "Hides this message.");
    close.setOnAction(e -> vm.dismissBanner());
    HBox banner = new HBox(10, text, close);
    banner.setId(BANNER);
    banner.getStyleClass().add("banner");
    banner.setAlignment(Pos.CENTER_LEFT);
    banner.setMaxWidth(560);
    banner.setMaxHeight(HBox.USE_PREF_SIZE);
    HBox.setHgrow(text, Priority.ALWAYS);
    StackPane.setMargin(banner, new Insets(12));
    banner.visibleProperty().bind(vm.bannerProperty().isNotEmpty());
    vm.bannerKindProperty()
        .addListener(
            (o, a, b) -> {
              banner.getStyleClass().removeAll("banner-diverged", "banner-error", "banner-notice");
              if (!b.isEmpty()) {
                banner.getStyleClass().add("banner-" + b);
              }
            });
    return banner;
  }

  private void installKeys(Scene scene) {
    scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
  }

  private void onKey(KeyEvent e) {
    var focus = getScene() == null ? null : getScene().getFocusOwner();
    if (focus instanceof TextInputControl
        || e.isAltDown()
        || e.isControlDown()
        || e.isShortcutDown()) {
      return;
    }
    if (stepMode) {
      onStepThroughKey(e);
      return;
    }
    if (e.getCode() == KeyCode.T) {
      enterStepThrough();
      e.consume();
      return;
    }
    if (e.getCode() == KeyCode.SPACE && !(focus instanceof javafx.scene.control.ButtonBase)) {
      vm.togglePlay();
      e.consume();
    } else if (e.getCode() == KeyCode.RIGHT && !(focus instanceof Slider)) {
      if (e.isShiftDown()) {
        vm.stepEpoch();
      } else {
        vm.stepBatch();
      }
      e.consume();
    } else if (e.getCode() == KeyCode.R) {
      vm.reset(e.isShiftDown());
      e.consume();
    }
  }

  // ---------------------------------------------------------------- step-through

  private void installStepThrough() {
    controls.stepThroughButton().setOnAction(e -> enterStepThrough());
    stepThrough.setOnLeave(this::leaveStepThrough);
    stepThrough.setOnPreset(this::loadPreset);
    stepThrough
        .scopeProperty()
        .addListener(
            (o, was, is) -> {
              if (stepMode && is != null) {
                requestPreview(is, 0, 0);
              }
            });
    boundary.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onBoundaryClick);
  }

  /** Where the trainer's step previews come from (normally {@code Trainer::latestPreview}). */
  public void setPreviewSource(Supplier<Trainer.Preview> source) {
    this.previews = source;
  }

  public boolean inStepThrough() {
    return stepMode;
  }

  public StepThroughPane stepThroughPane() {
    return stepThrough;
  }

  /** Pauses training and opens the player on the next step (example or batch, as toggled). */
  public void enterStepThrough() {
    enterStepThrough(0);
  }

  /** {@link #enterStepThrough()} starting at phase {@code phaseIndex}. */
  public void enterStepThrough(int phaseIndex) {
    if (stepMode) {
      return;
    }
    stepMode = true;
    resumeOnLeave = vm.runningProperty().get();
    vm.pause();
    requestPreview(stepThrough.toggledScope(), 0, phaseIndex);
    center.getItems().remove(boundaryPlot);
    stepSplit = new SplitPane(boundaryPlot, stepThrough);
    stepSplit.setDividerPositions(0.34);
    setLeft(null);
    setCenter(stepSplit);
    stepThrough.start();
    stepThrough.requestFocus();
  }

  /** Closes the player; training resumes if it was running when the player opened. */
  public void leaveStepThrough() {
    if (!stepMode) {
      return;
    }
    stepMode = false;
    pendingPreview = -1;
    stepThrough.stop();
    stepSplit.getItems().clear();
    center.getItems().setAll(boundaryPlot, right);
    center.setDividerPositions(0.52);
    setLeft(controlPanel);
    setCenter(center);
    stepMarks.getGraphicsContext2D().clearRect(0, 0, stepMarks.getWidth(), stepMarks.getHeight());
    // hidden, so it does not lie over the boundary picture (which would then redraw it too)
    stepMarks.setVisible(false);
    lastJob = null;
    if (resumeOnLeave) {
      vm.play();
    }
    controls.stepThroughButton().requestFocus();
  }

  private void onStepThroughKey(KeyEvent e) {
    switch (e.getCode()) {
      case RIGHT -> stepThrough.next();
      case LEFT -> stepThrough.previous();
      case SPACE -> stepThrough.togglePlay();
      case HOME -> stepThrough.model().first();
      case UP -> stepThrough.moveRow(-1);
      case DOWN -> stepThrough.moveRow(1);
      case END -> stepThrough.model().last();
      case ESCAPE, T -> leaveStepThrough();
      case R -> {} // no reset while stepping through
      default -> {
        return;
      }
    }
    e.consume();
  }

  private void requestPreview(Command.PreviewStep.Scope scope, int row, int phaseIndex) {
    pendingPhase = phaseIndex;
    pendingPreview = vm.sendCommand(new Command.PreviewStep(scope, row));
  }

  /** Takes the trainer's answer to the pending preview, if it has come. */
  private void takePreview(Snapshot s) {
    if (pendingPreview < 0) {
      return;
    }
    Trainer.Preview p = previews.get();
    if (p != null && p.seq() == pendingPreview) {
      pendingPreview = -1;
      var step = p.step();
      stepThrough.show(
          new StepRecording(step.before(), step.trace(), step.optimizer(), step.after()),
          "",
          pendingPhase);
    } else if (s.commandsApplied() >= pendingPreview) {
      pendingPreview = -1; // rejected: the banner says why
    }
  }

  /** A click near a training point in step-through mode records that example. */
  private void onBoundaryClick(MouseEvent e) {
    Snapshot s = latest.get();
    if (!stepMode || s == null || s.train() == null || s.train().dimension() != 2) {
      return;
    }
    Dataset train = s.train();
    PlotExtent extent = boundary.shownExtent();
    int best = -1;
    double bestD = 18 * 18;
    for (int n = 0; n < train.size(); n++) {
      double dx = boundary.sx(extent, train.x(n, 0)) - e.getX();
      double dy = boundary.sy(extent, train.x(n, 1)) - e.getY();
      if (dx * dx + dy * dy < bestD) {
        bestD = dx * dx + dy * dy;
        best = n;
      }
    }
    if (best >= 0) {
      requestPreview(
          Command.PreviewStep.Scope.ROW, best, stepThrough.model().phaseIndexProperty().get());
      e.consume();
    }
  }

  /** Loads a preset's network (and data) into the trainer and opens the player on its step. */
  public void loadPreset(Preset preset) {
    if (!stepMode) {
      enterStepThrough();
    }
    pendingPreview = -1;
    boolean regression = preset.network().output() == lab.backprop.nn.OutputKind.MSE;
    // the worked example trains on its own one example: the status line's loss is the notes' L
    DatasetSpec data = regression ? DatasetSpec.WORKED_EXAMPLE : DatasetSpec.DEFAULT;
    vm.sendCommand(new Command.SetData(DataSpec.of(data), 0, 0));
    vm.sendCommand(new Command.SetOptimizer(preset.optimizer()));
    vm.dismissNoticeOf(vm.sendCommand(new Command.Load(preset.network())));
    stepThrough.show(preset.record(), preset.note(), 0);
  }

  /** Rings the step's example(s) in the plot. */
  private void drawStepMarks() {
    GraphicsContext g = stepMarks.getGraphicsContext2D();
    stepMarks.setVisible(true);
    stepMarks.setLayoutX(boundary.getLayoutX());
    stepMarks.setLayoutY(boundary.getLayoutY());
    if (stepMarks.getWidth() != boundary.getWidth()
        || stepMarks.getHeight() != boundary.getHeight()) {
      stepMarks.setWidth(boundary.getWidth());
      stepMarks.setHeight(boundary.getHeight());
    }
    g.clearRect(0, 0, stepMarks.getWidth(), stepMarks.getHeight());
    StepRecording rec = stepThrough.model().recordingProperty().get();
    if (rec == null || rec.units(0) != 2) {
      return;
    }
    PlotExtent extent = boundary.shownExtent();
    int example = stepThrough.model().exampleProperty().get();
    for (int n = 0; n < rec.batchSize(); n++) {
      double x = boundary.sx(extent, rec.x(n, 0));
      double y = boundary.sy(extent, rec.x(n, 1));
      double r = n == example ? 14 : 8;
      g.setStroke(Color.rgb(20, 20, 20));
      g.setLineWidth(n == example ? 4 : 2);
      g.strokeOval(x - r, y - r, 2 * r, 2 * r);
      if (n == example) {
        g.setStroke(Color.WHITE);
        g.setLineWidth(1.5);
        g.strokeOval(x - r - 3, y - r - 3, 2 * r + 6, 2 * r + 6);
      }
    }
  }

  /** Starts the per-frame updates. */
  public void start() {
    timer.start();
  }

  /** Stops the frame updates only (tests then call {@link #frame} themselves). */
  void stopFrames() {
    timer.stop();
  }

  /** Version of the snapshot the newest boundary job was asked for, −1 before the first. */
  long requestedVersion() {
    return lastJob == null ? -1 : lastJob.version();
  }

  /** Whether the render worker has a boundary job waiting or running. */
  boolean renderBusy() {
    return worker.isBusy();
  }

  /** Stops the frame updates and the render thread. */
  public void stop() {
    timer.stop();
    worker.close();
    chartWorker.close();
  }

  /** Least time between diagram repaints while training (10 a second). */
  static final long DIAGRAM_GAP_NANOS = 100_000_000L;

  /**
   * While training, the diagram's repaints take about a tenth of the time (a large network's,
   * hundreds of antialiased lines without a GPU, can last several frames), but come at least every
   * 2 s.
   */
  private final RepaintPacer diagramPacer = new RepaintPacer(DIAGRAM_GAP_NANOS, 2_000_000_000L, 10);

  /** Least time between live chart pictures (4 a second): the curves change slowly. */
  static final long CHART_GAP_NANOS = 250_000_000L;

  /**
   * One frame: the newest snapshot into the view-model and the views. The boundary picture and the
   * live chart pictures are painted by workers, so the frame only uploads them: the boundary of the
   * newest snapshot is asked for every frame and shown the frame after. While training, the diagram
   * and the status line are rate-limited and the charts come 4 times a second.
   */
  void frame(long now) {
    Snapshot s = latest.get();
    perf.frame(now, s.running(), s.epochProgress());
    vm.update(s);
    if (stepMode) {
      takePreview(s);
    }
    if (s.train() != shownData) {
      shownData = s.train();
      boundary.setData(s.train(), s.test());
      lastJob = null;
    }
    boolean paced = s.running();
    takeRender(paced);
    requestRender(s);
    if (stepMode) {
      drawStepMarks();
    }
    // while training, the diagram, the status line and the chart pictures take turns: a frame
    // repaints at most one of them (unless one is overdue), so no frame pays for all three
    boolean repainted = false;
    diagramPacer.frame(now);
    if (diagramVersion != s.version()) {
      boolean shapeChanged =
          diagram.network() == null
              || !java.util.Arrays.equals(diagram.network().layerSizes(), s.network().layerSizes());
      if (!paced || shapeChanged || diagramPacer.due(now)) {
        diagramPacer.repainted(now);
        diagramVersion = s.version();
        diagram.setNetwork(s.network());
        perf.updated(PerfRecorder.DIAGRAM);
        repainted = true;
      }
    }
    long statusAge = now - lastStatusNanos;
    if (!vm.statusProperty().get().equals(statusLine.getText())
        && (!paced
            || (statusAge >= STATUS_GAP_NANOS
                && (!repainted || statusAge >= 2 * STATUS_GAP_NANOS)))) {
      lastStatusNanos = now;
      statusLine.setText(vm.statusProperty().get());
      perf.updated(PerfRecorder.STATUS);
      repainted = true;
    }
    updateCharts(now, s, repainted);
  }

  /**
   * While training runs the charts are pictures from the chart worker (a chart drawn through the FX
   * canvas costs a frame 13–28 ms without a GPU); when it stops, the interactive viewers.
   */
  private void updateCharts(long now, Snapshot s, boolean repainted) {
    reportFailure(chartWorker, "drawing the charts");
    if (!s.running()) {
      pendingCharts = null;
      chartWorker.takeResult();
      if (s.history() != charts.shown() || charts.isLive()) {
        charts.show(s.history());
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
      ChartPainter.Job job = charts.pictureJob(s.history());
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

  private void requestRender(Snapshot s) {
    if (worker.isBusy()) {
      return;
    }
    PlotExtent extent = boundary.shownExtent();
    int[] wanted = boundary.wantedGrid();
    int[] grid = RenderJob.cappedGrid(s.network(), wanted[0], wanted[1]);
    Network net = s.network();
    long version = s.version();
    Network stepNet = stepThrough.boundaryNetworkProperty().get();
    if (stepMode && stepNet != null && stepNet.inputSize() == net.inputSize()) {
      // the step-through shows the boundary of its own networks (before, or after the step)
      if (stepNet != shownBoundaryNetwork) {
        shownBoundaryNetwork = stepNet;
        boundaryNetworkVersion++;
      }
      net = stepNet;
      version = -1 - boundaryNetworkVersion;
    }
    boolean thumbs = !stepMode && diagram.wantsThumbnails() && RenderJob.thumbnailsAffordable(net);
    RenderJob job =
        new RenderJob(
            version,
            net,
            extent,
            grid[0],
            grid[1],
            boundary.regressionScale(),
            thumbs,
            boundary.plotRequest());
    if (lastJob != null
        && lastJob.version() == job.version()
        && lastJob.extent().equals(extent)
        && lastJob.cols() == job.cols()
        && lastJob.rows() == job.rows()
        && lastJob.thumbnails() == thumbs
        && java.util.Objects.equals(lastJob.plot(), job.plot())) {
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
    boundary.setRaster(r.image(), r.picture(), r.job().plot());
    perf.updated(PerfRecorder.BOUNDARY);
    if (r.thumbs() != null
        && diagram.network() != null
        && java.util.Arrays.equals(
            diagram.network().layerSizes(), r.job().network().layerSizes())) {
      diagram.setThumbnails(r.thumbs(), RenderJob.THUMB, !paced);
    } else if (r.thumbs() == null) {
      diagram.setThumbnails(null, 0, !paced);
    }
  }

  public MainViewModel viewModel() {
    return vm;
  }

  public BoundaryView boundaryView() {
    return boundary;
  }

  public NetworkDiagram networkDiagram() {
    return diagram;
  }

  public ChartsView chartsView() {
    return charts;
  }

  public ControlPanel controlPanel() {
    return controls;
  }

  public PerfRecorder perf() {
    return perf;
  }

  /** Version of the snapshot the boundary raster shows, −1 before the first. */
  public long renderedVersion() {
    return renderedVersion;
  }
}
