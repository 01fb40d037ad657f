package lab.backprop.ui.sweep;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import lab.backprop.nn.Network;
import lab.backprop.run.RunField;
import lab.backprop.run.RunSpec;
import lab.backprop.run.RunSpecBuilder;
import lab.backprop.run.SpecException;
import lab.backprop.run.SweepGrid;
import lab.backprop.train.FixedRun;
import lab.backprop.train.Sweep;
import lab.backprop.train.SweepSummary;
import lab.backprop.ui.common.Picture;

/**
 * The sweep map's state and commands, no controls: which one or two hyperparameters vary and over
 * which values, epochs per run and seeds per cell; while it runs the progress, the time left and
 * the map filling in cell by cell; opening a cell's run in the main view. The runs go on a {@link
 * Sweep} pool with one background-priority worker per core; results come back through {@code fx}
 * (the FX thread's {@code Platform::runLater} in the app), coalesced to one update at a time. Used
 * on one thread.
 */
public final class SweepViewModel {
  /** What the sweep needs of the main view. */
  public interface MainLink {
    /** The main view's run: the base every cell changes. */
    RunSpec currentRun();

    void pause();

    /** Opens a finished run in the main view (see {@code MainViewModel.openRun}). */
    void open(RunSpec run, Network trained, String label, String notice);
  }

  /** The first seed's decision boundary of a cell, painted off the FX thread. */
  public interface ThumbnailPainter {
    Picture paint(RunSpec run, Network trained) throws IOException;
  }

  public static final int MIN_EPOCHS = 1;
  public static final int MAX_EPOCHS = 1_000_000;
  public static final int MAX_SEEDS = 20;
  public static final int MAX_VALUES = 12;

  private final MainLink main;
  private final ThumbnailPainter painter;
  private final Consumer<Runnable> fx;
  private final int threads;

  private final ObjectProperty<SweepAxis> columnAxis =
      new SimpleObjectProperty<>(this, "columnAxis", SweepAxis.LR);
  private final StringProperty columnValues =
      new SimpleStringProperty(this, "columnValues", SweepAxis.LR.defaultValues());

  /** Null: one row. */
  private final ObjectProperty<SweepAxis> rowAxis =
      new SimpleObjectProperty<>(this, "rowAxis", SweepAxis.UNITS);

  private final StringProperty rowValues =
      new SimpleStringProperty(this, "rowValues", SweepAxis.UNITS.defaultValues());
  private final IntegerProperty epochs = new SimpleIntegerProperty(this, "epochs", 1000);
  private final IntegerProperty seeds = new SimpleIntegerProperty(this, "seeds", 1);
  private final ObjectProperty<SweepSummary.Measure> measure =
      new SimpleObjectProperty<>(this, "measure", SweepSummary.Measure.TEST_LOSS);
  private final DoubleProperty targetAccuracy =
      new SimpleDoubleProperty(this, "targetAccuracy", 0.95);

  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
  private final ReadOnlyStringWrapper progressText =
      new ReadOnlyStringWrapper(this, "progressText", "");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private final ReadOnlyObjectWrapper<SweepMap> map =
      new ReadOnlyObjectWrapper<>(this, "map", SweepMap.EMPTY);

  private Sweep sweep;
  private ExecutorService thumbnails;
  private Started started;

  /** A started sweep: its grid, the axes, what has finished. Shared with the workers. */
  private record Started(
      SweepGrid grid,
      SweepAxis columns,
      SweepAxis rows,
      AtomicReferenceArray<FixedRun.Result> results,
      AtomicReferenceArray<Picture> thumbs,
      AtomicInteger finished,
      AtomicBoolean updatePending,
      double target,
      long startNanos) {}

  /** The painter of the window: the plot's own off-thread boundary painting, one per sweep map. */
  public static ThumbnailPainter thumbnailPainter() {
    return new Thumbnails();
  }

  public SweepViewModel(MainLink main, ThumbnailPainter painter, Consumer<Runnable> fx) {
    this(main, painter, fx, Runtime.getRuntime().availableProcessors());
  }

  SweepViewModel(MainLink main, ThumbnailPainter painter, Consumer<Runnable> fx, int threads) {
    this.main = main;
    this.painter = painter;
    this.fx = fx;
    this.threads = threads;
    columnAxis.addListener((o, was, is) -> columnValues.set(is == null ? "" : is.defaultValues()));
    rowAxis.addListener((o, was, is) -> rowValues.set(is == null ? "" : is.defaultValues()));
    measure.addListener((o, was, is) -> update());
  }

  // ---- commands ----

  /**
   * Sets the axes from {@code request}, {@code NAME=VALUES} for the columns and optionally {@code
   * ;NAME=VALUES} for the rows (names as {@link SweepAxis#shortName()}), e.g. {@code
   * lr=0.01,0.1,1;units=2,8,32}.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  public void setAxes(String request) {
    Axes a = parseAxes(request);
    columnAxis.set(a.columns());
    columnValues.set(a.columnValues());
    rowAxis.set(a.rows());
    rowValues.set(a.rowValues() == null ? "" : a.rowValues());
  }

  /** The axes of a request (see {@link #setAxes}); rows null for one row. */
  public record Axes(SweepAxis columns, String columnValues, SweepAxis rows, String rowValues) {}

  /**
   * @throws IllegalArgumentException saying what is wrong
   */
  public static Axes parseAxes(String request) {
    String[] parts = request.split(";", -1);
    if (parts.length > 2) {
      throw new IllegalArgumentException(
          "at most two hyperparameters, separated by ';', e.g. lr=0.01,0.1,1;units=2,8,32");
    }
    SweepAxis[] kinds = new SweepAxis[2];
    String[] values = new String[2];
    for (int k = 0; k < parts.length; k++) {
      int eq = parts[k].indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException(
            "\"" + parts[k] + "\" is not NAME=VALUES, e.g. lr=0.01,0.1,1");
      }
      kinds[k] = SweepAxis.fromShortName(parts[k].substring(0, eq));
      values[k] = parts[k].substring(eq + 1);
      kinds[k].parse(values[k]);
    }
    if (kinds[0] == kinds[1]) {
      throw new IllegalArgumentException("two different hyperparameters, or one");
    }
    return new Axes(kinds[0], values[0], kinds[1], values[1]);
  }

  /** Starts the sweep of the current settings (pausing the main view's training). */
  public void start() {
    if (running.get()) {
      return;
    }
    SweepGrid grid;
    try {
      grid = grid();
    } catch (IllegalArgumentException | IOException e) {
      message.set(e.getMessage());
      return;
    }
    message.set("");
    main.pause();
    int n = grid.runs().size();
    started =
        new Started(
            grid,
            columnAxis.get(),
            rowAxis.get(),
            new AtomicReferenceArray<>(n),
            new AtomicReferenceArray<>(grid.cells()),
            new AtomicInteger(),
            new AtomicBoolean(),
            targetAccuracy.get(),
            System.nanoTime());
    Started s = started;
    if (thumbnails == null) {
      thumbnails = Executors.newSingleThreadExecutor(daemon("sweep-thumbnails"));
    }
    ExecutorService paint = thumbnails;
    running.set(true);
    progress.set(0);
    update();
    List<RunSpec> specs = grid.runs().stream().map(SweepGrid.Run::spec).toList();
    double target = s.target();
    sweep =
        new Sweep(
            specs,
            threads,
            target,
            (index, result) -> {
              s.results().set(index, result);
              SweepGrid.Run run = s.grid().runs().get(index);
              if (index % s.grid().seeds().size() == 0 && !result.diverged()) {
                paint.submit(() -> paintThumbnail(s, run, result));
              }
              s.finished().incrementAndGet();
              post(s);
            });
  }

  /** Stops the sweep; the finished cells stay. */
  public void cancel() {
    if (!running.get()) {
      return;
    }
    sweep.cancel();
    running.set(false);
    progressText.set(
        String.format(
            Locale.ROOT,
            "Cancelled after %d of %d runs",
            started.finished().get(),
            started.grid().runs().size()));
  }

  /** Stops everything (the window closes). */
  public void close() {
    cancel();
    if (thumbnails != null) {
      thumbnails.shutdownNow();
    }
  }

  /**
   * Opens the first seed's run of cell {@code index} (see {@link SweepMap.Cell#index()}) in the
   * main view; returns false when that run has not finished or diverged.
   */
  public boolean open(int index) {
    if (started == null) {
      return false;
    }
    int run = index * started.grid().seeds().size();
    FixedRun.Result r = started.results().get(run);
    if (r == null || r.diverged()) {
      return false;
    }
    SweepGrid.Run cell = started.grid().runs().get(run);
    String name = describe(started, cell);
    main.open(
        cell.spec(),
        r.network(),
        "opening the sweep's run " + name,
        "Opened the sweep's run "
            + name
            + ", seed "
            + cell.spec().seeds().data()
            + ": its network after "
            + String.format(Locale.ROOT, "%,d", r.epochs())
            + " epochs (the epoch count starts again at 0; training on restarts the optimizer's"
            + " state). Ctrl+Z goes back.");
    return true;
  }

  // ---- the grid ----

  private SweepGrid grid() throws IOException {
    SweepAxis cols = columnAxis.get();
    SweepAxis rows = rowAxis.get();
    if (cols == null) {
      throw new IllegalArgumentException("Pick a hyperparameter to vary");
    }
    if (cols == rows) {
      throw new IllegalArgumentException("Pick two different hyperparameters, or one");
    }
    List<SweepGrid.Axis> axes = new ArrayList<>();
    axes.add(axis(cols, columnValues.get()));
    if (rows != null) {
      axes.add(axis(rows, rowValues.get()));
    }
    int e = epochs.get();
    if (e < MIN_EPOCHS || e > MAX_EPOCHS) {
      throw new IllegalArgumentException(
          "Epochs per run: "
              + e
              + " is out of range, expected "
              + MIN_EPOCHS
              + " to "
              + MAX_EPOCHS);
    }
    boolean seedAxis = cols == SweepAxis.SEED || rows == SweepAxis.SEED;
    int k = seedAxis ? 1 : seeds.get();
    if (k < 1 || k > MAX_SEEDS) {
      throw new IllegalArgumentException(
          "Seeds per cell: " + k + " is out of range, expected 1 to " + MAX_SEEDS);
    }
    RunSpec base = main.currentRun();
    List<SweepAxis> kinds = rows == null ? List.of(cols) : List.of(cols, rows);
    List<Long> seedList = SweepGrid.consecutiveSeeds(base.seeds().data(), k);
    return SweepGrid.of(axes, seedList, (values, seed) -> cellSpec(base, kinds, values, seed, e));
  }

  private static SweepGrid.Axis axis(SweepAxis kind, String text) {
    List<String> values = kind.parse(text);
    if (values.size() > MAX_VALUES) {
      throw new IllegalArgumentException(
          kind.label() + ": " + values.size() + " values, at most " + MAX_VALUES);
    }
    return new SweepGrid.Axis(kind.label(), values);
  }

  /** The base run with the cell's values, {@code epochs} and all four seeds set to {@code seed}. */
  static RunSpec cellSpec(
      RunSpec base, List<SweepAxis> kinds, List<String> values, long seed, int epochs) {
    RunSpecBuilder b = base.toBuilder();
    String seedText = Long.toString(seed);
    List<Integer> hidden = base.network().hidden();
    int units = hidden.get(0);
    int layers = hidden.size();
    boolean resized = false;
    for (int a = 0; a < kinds.size(); a++) {
      SweepAxis kind = kinds.get(a);
      String v = values.get(a);
      try {
        switch (kind) {
          case UNITS -> units = positive(v);
          case LAYERS -> layers = positive(v);
          case SEED -> seedText = v;
          default -> kind.field().apply(b, v);
        }
      } catch (SpecException | NumberFormatException e) {
        throw new IllegalArgumentException(
            kind.label()
                + " "
                + v
                + ": "
                + (e instanceof SpecException s ? s.problem() : "not a whole number"));
      }
      resized |= kind == SweepAxis.UNITS || kind == SweepAxis.LAYERS;
    }
    if (resized) {
      List<String> sizes = new ArrayList<>();
      for (int l = 0; l < layers; l++) {
        sizes.add(Integer.toString(units));
      }
      RunField.HIDDEN.apply(b, String.join(",", sizes));
      RunField.ACTIVATION.apply(b, base.network().activations().get(0).jsonName());
    }
    RunField.EPOCHS.apply(b, Integer.toString(epochs));
    for (RunField f :
        List.of(RunField.SEED_DATA, RunField.SEED_SPLIT, RunField.SEED_INIT, RunField.SEED_ORDER)) {
      f.apply(b, seedText);
    }
    try {
      return b.build();
    } catch (SpecException e) {
      for (int a = 0; a < kinds.size(); a++) {
        if (kinds.get(a).field() == e.field()) {
          throw new IllegalArgumentException(
              kinds.get(a).label() + " " + values.get(a) + ": " + e.problem());
        }
      }
      throw new IllegalArgumentException(e.optionMessage());
    }
  }

  private static int positive(String v) {
    int n = Integer.parseInt(v.trim());
    if (n < 1) {
      throw new NumberFormatException(v);
    }
    return n;
  }

  // ---- results ----

  private void paintThumbnail(Started s, SweepGrid.Run run, FixedRun.Result result) {
    try {
      s.thumbs().set(run.cell(), painter.paint(run.spec(), result.network()));
      post(s);
    } catch (IOException | RuntimeException e) {
      // the cell keeps its number; a thumbnail that cannot be painted stays empty
    }
  }

  /** One update of the FX side at a time, however many runs finish meanwhile. */
  private void post(Started s) {
    if (s.updatePending().compareAndSet(false, true)) {
      fx.accept(
          () -> {
            s.updatePending().set(false);
            if (s == started) {
              update();
            }
          });
    }
  }

  /** Rebuilds the map and the progress from what has finished. */
  void update() {
    Started s = started;
    if (s == null) {
      return;
    }
    int total = s.grid().runs().size();
    int done = s.finished().get();
    if (running.get()) {
      progress.set((double) done / total);
      double elapsed = (System.nanoTime() - s.startNanos()) * 1e-9;
      progressText.set(
          done == 0
              ? String.format(Locale.ROOT, "0 of %d runs on %d cores", total, threads)
              : String.format(
                  Locale.ROOT,
                  "%d of %d runs · about %s left",
                  done,
                  total,
                  duration(elapsed / done * (total - done))));
      if (done == total) {
        running.set(false);
        progressText.set(String.format(Locale.ROOT, "%d runs in %s", total, duration(elapsed)));
      }
    }
    map.set(buildMap(s));
  }

  private SweepMap buildMap(Started s) {
    SweepGrid grid = s.grid();
    List<String> cols = grid.axes().get(0).values();
    List<String> rows = grid.axes().size() > 1 ? grid.axes().get(1).values() : List.of("");
    int k = grid.seeds().size();
    SweepMap.Cell[] cells = new SweepMap.Cell[grid.cells()];
    for (int cell = 0; cell < grid.cells(); cell++) {
      List<FixedRun.Result> finished = new ArrayList<>();
      for (int r = 0; r < k; r++) {
        FixedRun.Result result = s.results().get(cell * k + r);
        if (result != null) {
          finished.add(result);
        }
      }
      int col = cell / rows.size();
      int row = cell % rows.size();
      SweepGrid.Run first = grid.runs().get(cell * k);
      SweepSummary summary = finished.isEmpty() ? null : SweepSummary.of(finished, measure.get());
      cells[row * cols.size() + col] =
          new SweepMap.Cell(
              cell,
              describe(s, first),
              summary,
              s.thumbs().get(cell),
              tooltip(s, first, summary, k));
    }
    return new SweepMap(
        s.columns().label(),
        cols,
        s.rows() == null ? "" : s.rows().label(),
        rows,
        measure.get(),
        cells);
  }

  private static String describe(Started s, SweepGrid.Run run) {
    List<String> parts = new ArrayList<>();
    List<SweepGrid.Axis> axes = s.grid().axes();
    for (int a = 0; a < axes.size(); a++) {
      parts.add(axes.get(a).name() + " " + run.values().get(a));
    }
    return String.join(", ", parts);
  }

  private String tooltip(Started s, SweepGrid.Run first, SweepSummary summary, int k) {
    StringBuilder t = new StringBuilder(describe(s, first));
    SweepSummary.Measure m = measure.get();
    String what =
        m == SweepSummary.Measure.EPOCHS_TO_TARGET
            ? "epochs to " + pct(s.target()) + " accuracy"
            : m.label();
    if (summary == null) {
      return t.append("\nnot run yet").toString();
    }
    t.append('\n').append(what).append(": ");
    if (Double.isNaN(summary.mean())) {
      t.append(
          summary.diverged() == summary.runs()
              ? "diverged"
              : m == SweepSummary.Measure.EPOCHS_TO_TARGET ? "never reached" : "none");
    } else {
      t.append(format(m, summary.mean()));
      if (summary.counted() > 1) {
        t.append(
            String.format(
                Locale.ROOT,
                " (mean of %d seeds; min %s, max %s, sd %s)",
                summary.counted(),
                format(m, summary.min()),
                format(m, summary.max()),
                format(m, summary.sd())));
      }
    }
    if (k > 1) {
      List<Long> seedList = s.grid().seeds();
      for (int r = 0; r < summary.values().length; r++) {
        double v = summary.values()[r];
        t.append(r == 0 ? "\n" : " · ")
            .append("seed ")
            .append(k > 1 ? seedList.get(r) : first.seed())
            .append(": ")
            .append(Double.isNaN(v) ? "–" : format(m, v));
      }
    }
    if (summary.diverged() > 0) {
      t.append(
          String.format(
              Locale.ROOT, "\n%d of %d runs diverged", summary.diverged(), summary.runs()));
    }
    if (summary.runs() < k) {
      t.append(String.format(Locale.ROOT, "\n%d of %d seeds finished", summary.runs(), k));
    }
    return t.append("\nClick to open the first seed's run in the main view").toString();
  }

  /** A value of {@code m} as the map shows it. */
  public static String format(SweepSummary.Measure m, double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    return switch (m) {
      case TEST_LOSS -> String.format(Locale.ROOT, "%.4g", v);
      case TEST_ACCURACY -> pct(v);
      case EPOCHS_TO_TARGET -> String.format(Locale.ROOT, "%,.0f", v);
    };
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }

  private static String duration(double seconds) {
    long s = (long) Math.ceil(seconds);
    return s < 60
        ? s + " s"
        : s < 3600
            ? String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60)
            : String.format(Locale.ROOT, "%d h %02d min", s / 3600, s / 60 % 60);
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  // ---- properties ----

  public ObjectProperty<SweepAxis> columnAxisProperty() {
    return columnAxis;
  }

  public StringProperty columnValuesProperty() {
    return columnValues;
  }

  public ObjectProperty<SweepAxis> rowAxisProperty() {
    return rowAxis;
  }

  public StringProperty rowValuesProperty() {
    return rowValues;
  }

  public IntegerProperty epochsProperty() {
    return epochs;
  }

  public IntegerProperty seedsProperty() {
    return seeds;
  }

  public ObjectProperty<SweepSummary.Measure> measureProperty() {
    return measure;
  }

  public DoubleProperty targetAccuracyProperty() {
    return targetAccuracy;
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** Share of the runs finished, 0 to 1. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty progressTextProperty() {
    return progressText.getReadOnlyProperty();
  }

  /** What is wrong with the settings, for a banner; empty when nothing is. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<SweepMap> mapProperty() {
    return map.getReadOnlyProperty();
  }

  /** The finished result of run {@code index} of the current sweep, or null (tests). */
  FixedRun.Result result(int index) {
    return started == null ? null : started.results().get(index);
  }
}
