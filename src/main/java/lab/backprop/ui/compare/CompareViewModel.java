package lab.backprop.ui.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import lab.backprop.data.Dataset;
import lab.backprop.io.SessionJson;
import lab.backprop.run.RunSpec;
import lab.backprop.train.ComparisonStart;
import lab.backprop.train.Lockstep;
import lab.backprop.train.RunState;
import lab.backprop.train.Snapshot;
import lab.backprop.ui.charts.OverlayCharts;
import lab.backprop.ui.common.LatestJobWorker;
import lab.backprop.ui.common.Picture;
import lab.backprop.ui.export.HistoryCurves;
import lab.backprop.ui.sweep.Thumbnails;

/**
 * The compare view's state and commands, no controls: which runs the comparison adds to the main
 * view's run ({@link CompareRequest}), the runs side by side in {@link Lockstep} (the same data,
 * the same initial weights unless a run changes the seed or the layers; see {@link
 * ComparisonStart}), each run's card (what differs, where its weights come from, its numbers, its
 * boundary painted off the FX thread) and the overlaid loss and accuracy charts; playing, stepping
 * and the pace (the main view's speed setting), opening a run in the main view, saving it as a
 * session, dropping it. Used on the FX thread; {@link #update()} once a frame while shown.
 */
public final class CompareViewModel {
  /** What the comparison needs of the main view. */
  public interface MainLink {
    /** The main view's run: the base of the comparison. */
    RunSpec currentRun();

    void pause();

    /** Switches between full speed and the last finite pace (F). */
    void toggleFullSpeed();

    /** Puts {@code state} in place of the main view's run, as an undoable change. */
    void open(RunState state, String source);
  }

  /** One colour per run (Okabe–Ito: blue, vermilion, bluish green, reddish purple). */
  static final int[] COLOURS = {0xFF0072B2, 0xFFD55E00, 0xFF009E73, 0xFFCC79A7};

  /** The shortest time between two chart pictures while playing (as the main view's charts). */
  static final long CHART_INTERVAL_NANOS = 250_000_000L;

  /** The shortest time between two boundary pictures. */
  static final long BOUNDARY_INTERVAL_NANOS = 40_000_000L;

  /**
   * One run as its card shows it.
   *
   * @param id the run's id in the comparison
   * @param argb its colour
   * @param label what differs from the base run ("activation relu"; the base: its own values)
   * @param weights where its initial weights come from
   * @param numbers its epoch, losses and accuracies
   * @param problem why it stopped (diverged, failed); empty while it trains
   * @param boundary its decision boundary, null until painted (or for more than two inputs)
   */
  public record Card(
      int id,
      int argb,
      String label,
      String weights,
      String numbers,
      String problem,
      Picture boundary) {}

  private record Run(int id, int argb, String label, String weights) {}

  private record BoundaryJob(int side, List<Integer> ids, List<Snapshot> snapshots) {}

  private final MainLink main;
  private final DoubleProperty speed;
  private final int threads;
  private final StringProperty request = new SimpleStringProperty(this, "request", "");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyBooleanWrapper started = new ReadOnlyBooleanWrapper(this, "started");
  private final ReadOnlyObjectWrapper<List<Card>> cards =
      new ReadOnlyObjectWrapper<>(this, "cards", List.of());
  private final ReadOnlyObjectWrapper<OverlayCharts.Pictures> charts =
      new ReadOnlyObjectWrapper<>(this, "charts");

  private Lockstep lockstep;
  private List<Run> runs = List.of();
  private Lockstep.Frame shown;
  private final Map<Integer, Picture> boundaries = new HashMap<>();
  private final LatestJobWorker<BoundaryJob, Map<Integer, Picture>> boundaryWorker;
  private final LatestJobWorker<OverlayCharts.Job, OverlayCharts.Pictures> chartWorker;
  private final ExecutorService io;
  private int boundarySide;
  private int chartWidth;
  private int chartHeight;
  private double chartScale = 1;
  private double typeScale = 1;
  private boolean logLoss;
  private long lastChart = Long.MIN_VALUE / 2;
  private long lastBoundary = Long.MIN_VALUE / 2;
  private boolean chartsStale;
  private boolean boundariesStale;
  private long lastSent;

  /**
   * @param speed the main view's pace (steps per second, or full speed): the comparison plays at it
   */
  public CompareViewModel(MainLink main, DoubleProperty speed) {
    this(main, speed, Runtime.getRuntime().availableProcessors());
  }

  CompareViewModel(MainLink main, DoubleProperty speed, int threads) {
    this.main = main;
    this.speed = speed;
    this.threads = threads;
    Thumbnails painter = new Thumbnails();
    boundaryWorker = new LatestJobWorker<>("compare-boundaries", job -> paint(painter, job));
    chartWorker = new LatestJobWorker<>("compare-charts", new OverlayCharts());
    io =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "compare-session-files");
              t.setDaemon(true);
              return t;
            });
    speed.addListener(
        (o, was, is) -> {
          if (lockstep != null) {
            lockstep.setSpeed(is.doubleValue());
          }
        });
  }

  // ---- commands ----

  /** The request of the usual first comparison (tanh against ReLU, or ReLU against tanh). */
  public void suggest() {
    if (request.get().isBlank()) {
      request.set(CompareRequest.defaultFor(main.currentRun()));
    }
  }

  /**
   * Starts the comparison of the main view's run with the runs of the request (pausing the main
   * view), in place of any comparison before; a wrong request is named in {@link #message} and
   * changes nothing.
   */
  public boolean start() {
    RunSpec base = main.currentRun();
    List<ComparisonStart.Run> starts;
    try {
      List<RunSpec> variants = CompareRequest.parse(request.get(), base);
      starts = ComparisonStart.of(base, variants);
    } catch (IllegalArgumentException | IOException e) {
      message.set(e.getMessage());
      return false;
    }
    message.set("");
    main.pause();
    stop();
    List<RunSpec> variants = starts.stream().skip(1).map(ComparisonStart.Run::spec).toList();
    List<Run> list = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      ComparisonStart.Run s = starts.get(k);
      String label = k == 0 ? Differences.ofBase(base, variants) : Differences.of(base, s.spec());
      list.add(new Run(k, COLOURS[k], label, weightsText(s)));
    }
    runs = List.copyOf(list);
    Dataset train = starts.get(0).start().train();
    Dataset test = starts.get(0).start().test();
    summary.set(summaryText(starts, train, test));
    lockstep =
        new Lockstep(
            starts.stream().map(ComparisonStart.Run::start).toList(), speed.get(), threads);
    boundaries.clear();
    shown = null;
    lastSent = 0;
    started.set(true);
    update();
    return true;
  }

  private static String weightsText(ComparisonStart.Run s) {
    return switch (s.weights()) {
      case BASE -> "initial weights drawn from seed " + s.spec().seeds().init();
      case SAME -> "the same initial weights";
      case COPIED ->
          "the base run's initial weights, copied ("
              + s.spec().network().activations().get(0).jsonName()
              + " alone would draw others)";
      case OWN_SEED -> "its own initial weights (seed " + s.spec().seeds().init() + ")";
      case OWN_SIZE -> "its own initial weights (other layers)";
    };
  }

  private static String summaryText(List<ComparisonStart.Run> starts, Dataset train, Dataset test) {
    boolean copied = starts.stream().anyMatch(s -> s.weights() == ComparisonStart.Weights.COPIED);
    boolean own =
        starts.stream()
            .anyMatch(
                s ->
                    s.weights() == ComparisonStart.Weights.OWN_SEED
                        || s.weights() == ComparisonStart.Weights.OWN_SIZE);
    String data =
        String.format(
            Locale.ROOT,
            "All runs train on the same data (%,d training and %,d test points)",
            train.size(),
            test.size());
    String weights =
        own
            ? "; a run that changes the seed or the layers starts from its own initial weights."
            : copied
                ? " from the same initial weights: the base run's, copied, since the initialiser"
                    + " depends on the activation (He for ReLU, Glorot for tanh)."
                : " from the same initial weights.";
    return data + weights;
  }

  public void togglePlay() {
    if (lockstep == null) {
      return;
    }
    if (running.get()) {
      lastSent = lockstep.pause();
      running.set(false);
    } else {
      main.pause();
      lastSent = lockstep.play();
      running.set(true);
    }
  }

  public void pause() {
    if (lockstep != null) {
      lastSent = lockstep.pause();
      running.set(false);
    }
  }

  /** One tick: every run to the end of the next step (see {@link Lockstep}). */
  public void step() {
    if (lockstep != null) {
      lastSent = lockstep.stepTick();
    }
  }

  public void stepEpoch() {
    if (lockstep != null) {
      lastSent = lockstep.stepEpoch();
    }
  }

  public void toggleFullSpeed() {
    main.toggleFullSpeed();
  }

  /** Drops run {@code id} from the comparison; the last run stays. */
  public void drop(int id) {
    if (lockstep != null && shown != null && shown.runs().size() > 1) {
      lockstep.drop(id);
    }
  }

  /**
   * Opens run {@code id} in the main view, exactly as it is now (its weights, optimizer state and
   * history): the comparison pauses; Ctrl+Z in the main view goes back.
   */
  public CompletableFuture<RunState> open(int id) {
    if (lockstep == null) {
      return CompletableFuture.failedFuture(new IllegalStateException("no comparison"));
    }
    pause();
    String source = "the compared run " + label(id);
    return lockstep
        .capture(id)
        .thenApplyAsync(
            state -> {
              main.open(state, source);
              return state;
            },
            fxExecutor());
  }

  /** Saves run {@code id} as a session file, atomically; a failure is named in the message. */
  public CompletableFuture<RunState> save(int id, Path target) {
    if (lockstep == null) {
      return CompletableFuture.failedFuture(new IllegalStateException("no comparison"));
    }
    return lockstep
        .capture(id)
        .thenApplyAsync(
            state -> {
              try {
                SessionJson.write(target, state);
                return state;
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            io)
        .whenCompleteAsync(
            (state, error) ->
                message.set(
                    error == null
                        ? ""
                        : "Could not save " + target.getFileName() + ": " + rootMessage(error)),
            fxExecutor());
  }

  private static String rootMessage(Throwable e) {
    while ((e instanceof CompletionException || e instanceof UncheckedIOException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    return String.valueOf(e.getMessage());
  }

  /** A file name for run {@code id}'s session, from what differs. */
  public String suggestedName(int id) {
    String l = label(id).replace(" (base)", "-base");
    return "compare-" + l.replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("^-|-$", "") + ".json";
  }

  /** What differs of run {@code id} ("activation relu"). */
  public String label(int id) {
    return runs.stream().filter(r -> r.id() == id).map(Run::label).findFirst().orElse("");
  }

  /** Stops the comparison and its threads (the window closes). */
  public void close() {
    stop();
    boundaryWorker.close();
    chartWorker.close();
    io.shutdownNow();
  }

  private void stop() {
    if (lockstep != null) {
      lockstep.close();
      lockstep = null;
    }
    running.set(false);
  }

  private Executor fxExecutor() {
    return javafx.application.Platform::runLater;
  }

  // ---- per frame ----

  /** The size of a boundary picture and of each chart, in pixels, and the type scale. */
  public void setSizes(int boundarySide, int chartWidth, int chartHeight, double scale) {
    if (boundarySide != this.boundarySide
        || chartWidth != this.chartWidth
        || chartHeight != this.chartHeight
        || scale != chartScale) {
      this.boundarySide = boundarySide;
      this.chartWidth = chartWidth;
      this.chartHeight = chartHeight;
      this.chartScale = scale;
      chartsStale = true;
      boundariesStale = true;
    }
  }

  public void setTypeScale(double s) {
    if (s != typeScale) {
      typeScale = s;
      chartsStale = true;
    }
  }

  public void setLogLoss(boolean log) {
    if (log != logLoss) {
      logLoss = log;
      chartsStale = true;
    }
  }

  /** Takes the newest frame and finished pictures; asks for new pictures when due. */
  public void update() {
    if (lockstep == null) {
      return;
    }
    Map<Integer, Picture> painted = boundaryWorker.takeResult();
    if (painted != null) {
      boundaries.putAll(painted);
    }
    OverlayCharts.Pictures c = chartWorker.takeResult();
    if (c != null) {
      charts.set(c);
    }
    Lockstep.Frame f = lockstep.latest();
    boolean newFrame = shown == null || f.version() != shown.version();
    if (newFrame) {
      shown = f;
      chartsStale = true;
      boundariesStale = true;
      if (f.commandsApplied() >= lastSent) {
        running.set(f.running());
      }
      status.set(statusText(f));
    }
    long now = System.nanoTime();
    if (boundariesStale && boundarySide > 0 && now - lastBoundary >= BOUNDARY_INTERVAL_NANOS) {
      boundariesStale = false;
      lastBoundary = now;
      List<Integer> ids = new ArrayList<>();
      List<Snapshot> snaps = new ArrayList<>();
      for (Lockstep.Run r : f.runs()) {
        ids.add(r.id());
        snaps.add(r.snapshot());
      }
      boundaryWorker.submit(new BoundaryJob(boundarySide, ids, snaps));
    }
    if (chartsStale
        && chartWidth > 0
        && (!f.running() || now - lastChart >= CHART_INTERVAL_NANOS)) {
      chartsStale = false;
      lastChart = now;
      List<OverlayCharts.Line> lines = new ArrayList<>();
      for (Lockstep.Run r : f.runs()) {
        lines.add(new OverlayCharts.Line(HistoryCurves.of(r.snapshot().history()), colour(r.id())));
      }
      chartWorker.submit(
          new OverlayCharts.Job(
              lines,
              chartWidth,
              chartHeight,
              chartWidth,
              chartHeight,
              chartScale,
              typeScale,
              logLoss));
    }
    if (newFrame || painted != null) {
      cards.set(buildCards(f));
    }
  }

  private int colour(int id) {
    return COLOURS[id % COLOURS.length];
  }

  private List<Card> buildCards(Lockstep.Frame f) {
    List<Card> list = new ArrayList<>();
    for (Lockstep.Run r : f.runs()) {
      Run run = runs.get(r.id());
      Snapshot s = r.snapshot();
      String problem = s.diverged() != null ? s.diverged() : s.error() != null ? s.error() : "";
      if (r.stopped() && problem.isEmpty()) {
        problem = "stopped";
      }
      list.add(
          new Card(
              r.id(),
              run.argb(),
              run.label(),
              run.weights(),
              numbers(s),
              r.stopped() ? "✕ stopped: " + problem : "",
              boundaries.get(r.id())));
    }
    return List.copyOf(list);
  }

  private static String numbers(Snapshot s) {
    StringBuilder b =
        new StringBuilder(
            String.format(
                Locale.ROOT, "loss %s train / %s test", fmt(s.trainLoss()), fmt(s.testLoss())));
    if (!Double.isNaN(s.trainAccuracy())) {
      b.append(
          String.format(
              Locale.ROOT, "\naccuracy %s / %s", pct(s.trainAccuracy()), pct(s.testAccuracy())));
    }
    return b.toString();
  }

  private static String statusText(Lockstep.Frame f) {
    double perSecond =
        f.runs().stream().mapToDouble(r -> r.snapshot().epochsPerSecond()).max().orElse(0);
    String pace =
        Double.isInfinite(f.stepsPerSecond())
            ? "full speed"
            : String.format(Locale.ROOT, "%,.0f steps/s", f.stepsPerSecond());
    return String.format(
        Locale.ROOT,
        "Epoch %,d   %s   %s%s",
        f.epoch(),
        f.running() ? "playing" : "paused",
        pace,
        f.running() ? String.format(Locale.ROOT, "   %,.0f epochs/s", perSecond) : "");
  }

  private static String fmt(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    return Math.abs(v) >= 1e-3 && Math.abs(v) < 1e4
        ? String.format(Locale.ROOT, "%.4f", v)
        : String.format(Locale.ROOT, "%.3e", v);
  }

  private static String pct(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }

  private static Map<Integer, Picture> paint(Thumbnails painter, BoundaryJob job) {
    Map<Integer, Picture> out = new HashMap<>();
    for (int k = 0; k < job.ids().size(); k++) {
      Snapshot s = job.snapshots().get(k);
      if (s.train().dimension() == 2) {
        out.put(job.ids().get(k), painter.paint(s.train(), s.test(), s.network(), job.side()));
      }
    }
    return out;
  }

  // ---- properties ----

  /**
   * The runs beside the base run, e.g. {@code activation=relu; lr=1} (see {@link CompareRequest}).
   */
  public StringProperty requestProperty() {
    return request;
  }

  /** What is wrong (a request, a save); empty when nothing is. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** The data and initial weights the runs share, in a sentence. */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** The epoch all runs are at, the pace and play/pause. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** Whether a comparison has been started. */
  public ReadOnlyBooleanProperty startedProperty() {
    return started.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<List<Card>> cardsProperty() {
    return cards.getReadOnlyProperty();
  }

  /** The loss and accuracy charts of all runs, overlaid. */
  public ReadOnlyObjectProperty<OverlayCharts.Pictures> chartsProperty() {
    return charts.getReadOnlyProperty();
  }

  /** The main view's pace, which the comparison plays at. */
  public DoubleProperty speedProperty() {
    return speed;
  }

  /** The newest frame of the runs, or null before a comparison (tests). */
  public Lockstep.Frame frame() {
    return lockstep == null ? null : lockstep.latest();
  }
}
