package lab.backprop.ui.app;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.StringConverter;
import lab.backprop.data.BuiltInData;
import lab.backprop.data.Dataset;
import lab.backprop.data.DatasetSpec;
import lab.backprop.data.Task;
import lab.backprop.nn.Activation;
import lab.backprop.nn.OptimizerKind;
import lab.backprop.nn.OutputKind;
import lab.backprop.run.DataSpec;
import lab.backprop.run.NetworkSpec;
import lab.backprop.run.RunSpec;
import lab.backprop.run.TrainingSpec;
import lab.backprop.train.Command;
import lab.backprop.train.Snapshot;
import lab.backprop.train.TrainerSettings;
import lab.backprop.ui.stepthrough.TrainerLink;

/**
 * The main window's state as JavaFX properties, no controls. The settings properties are what the
 * controls show; a user change becomes a {@link Command} for the trainer. Once per frame the {@link
 * FrameLoop} hands the newest {@link Snapshot} to {@link #update}, which refreshes the read-only
 * properties and, once the trainer has applied every command sent, brings the settings in line with
 * what the trainer actually uses (e.g. a new seed after "reset with new seed", or an output the
 * trainer had to change). Must be used on one thread (the FX thread in the app).
 */
public final class MainViewModel implements TrainerLink {
  public static final String BANNER_DIVERGED = "diverged";
  public static final String BANNER_ERROR = "error";
  public static final String BANNER_NOTICE = "notice";

  /** Where commands go: normally {@code Trainer::send}, returning the command's sequence number. */
  private final ToLongFunction<Command> sink;

  // ---- settings (read/write) ----
  private final StringProperty dataset = new SimpleStringProperty(this, "dataset", "moons");
  private final IntegerProperty points = new SimpleIntegerProperty(this, "points", 200);
  private final DoubleProperty noise = new SimpleDoubleProperty(this, "noise", 0.2);
  private final DoubleProperty trainRatio = new SimpleDoubleProperty(this, "trainRatio", 0.8);
  private final LongProperty dataSeed = new SimpleLongProperty(this, "dataSeed", 0);
  private final IntegerProperty classes = new SimpleIntegerProperty(this, "classes", 2);
  private final ReadOnlyIntegerWrapper maxClasses = new ReadOnlyIntegerWrapper(this, "maxClasses");
  private final ReadOnlyBooleanWrapper fromFile = new ReadOnlyBooleanWrapper(this, "fromFile");
  private final ReadOnlyBooleanWrapper realData = new ReadOnlyBooleanWrapper(this, "realData");
  private final ReadOnlyStringWrapper dataFacts = new ReadOnlyStringWrapper(this, "dataFacts", "");
  private final ReadOnlyBooleanWrapper fixedRows = new ReadOnlyBooleanWrapper(this, "fixedRows");
  private final BooleanProperty showTestPoints =
      new SimpleBooleanProperty(this, "showTestPoints", true);
  private final IntegerProperty hiddenLayers = new SimpleIntegerProperty(this, "hiddenLayers", 1);
  private final IntegerProperty[] units = new IntegerProperty[NetworkSpec.MAX_LAYERS];
  private final ObjectProperty<Activation> activation =
      new SimpleObjectProperty<>(this, "activation", Activation.TANH);
  private final ObjectProperty<OutputKind> output =
      new SimpleObjectProperty<>(this, "output", OutputKind.SOFTMAX_CE);
  private final ObservableList<OutputKind> outputChoices = FXCollections.observableArrayList();
  private final ObservableList<String> outputNames = FXCollections.observableArrayList();
  private final DoubleProperty l2 = new SimpleDoubleProperty(this, "l2", 0);
  private final LongProperty initSeed = new SimpleLongProperty(this, "initSeed", 0);
  private final ObjectProperty<OptimizerKind> optimizer =
      new SimpleObjectProperty<>(this, "optimizer", OptimizerKind.SGD);
  private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate", 0.1);
  private final IntegerProperty batchSize =
      new SimpleIntegerProperty(this, "batchSize", TrainingSpec.FULL_BATCH);
  private final DoubleProperty speed =
      new SimpleDoubleProperty(this, "speed", TrainerSettings.FULL_SPEED);

  // ---- what the trainer reports (read-only) ----
  private final ReadOnlyLongWrapper epoch = new ReadOnlyLongWrapper(this, "epoch");
  private final ReadOnlyLongWrapper examplesSeen = new ReadOnlyLongWrapper(this, "examplesSeen");
  private final ReadOnlyDoubleWrapper epochsPerSecond =
      new ReadOnlyDoubleWrapper(this, "epochsPerSecond");
  private final ReadOnlyDoubleWrapper trainLoss =
      new ReadOnlyDoubleWrapper(this, "trainLoss", Double.NaN);
  private final ReadOnlyDoubleWrapper testLoss =
      new ReadOnlyDoubleWrapper(this, "testLoss", Double.NaN);
  private final ReadOnlyDoubleWrapper trainAccuracy =
      new ReadOnlyDoubleWrapper(this, "trainAccuracy", Double.NaN);
  private final ReadOnlyDoubleWrapper testAccuracy =
      new ReadOnlyDoubleWrapper(this, "testAccuracy", Double.NaN);
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper(this, "banner", "");
  private final ReadOnlyStringWrapper bannerKind =
      new ReadOnlyStringWrapper(this, "bannerKind", "");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyStringWrapper undoable = new ReadOnlyStringWrapper(this, "undoable", "");

  private double lastPace = TrainerSettings.WATCHABLE_SPEED;
  private boolean applyingSnapshot;
  private long lastSent;
  private long lastVersion = -1;
  private Snapshot snapshot;
  private TrainerSettings syncedSettings;
  private String dismissedBanner;
  private String viewError;
  private String fileProblem;
  private long quietUntil;
  private String openedNotice;
  private long openedSeq;

  public MainViewModel(TrainerSettings initial, ToLongFunction<Command> sink) {
    this.sink = sink;
    for (int k = 0; k < units.length; k++) {
      units[k] = new SimpleIntegerProperty(this, "units" + (k + 1), 8);
    }
    applySettings(initial);
    maxClasses.bind(
        Bindings.createIntegerBinding(() -> DatasetSpec.maxClasses(dataset.get()), dataset));
    fixedRows.bind(dataset.isEqualTo(DatasetSpec.WORKED_EXAMPLE.name()).or(fromFile));
    realData.bind(
        Bindings.createBooleanBinding(() -> BuiltInData.isBuiltIn(dataset.get()), dataset)
            .or(fromFile));
    registerListeners();
  }

  private void registerListeners() {
    onChange(dataset, this::sendData);
    onChange(points, this::sendData);
    onChange(noise, this::sendData);
    onChange(trainRatio, this::sendData);
    onChange(dataSeed, this::sendData);
    onChange(classes, this::sendData);
    onChange(hiddenLayers, this::sendHidden);
    for (IntegerProperty u : units) {
      onChange(u, this::sendHidden);
    }
    onChange(activation, () -> send(new Command.SetActivation(activation.get())));
    onChange(
        output,
        () -> {
          if (output.get() != null) {
            send(new Command.SetOutput(output.get()));
          }
        });
    onChange(l2, () -> send(new Command.SetL2(l2.get())));
    onChange(initSeed, () -> send(new Command.SetInitSeed(initSeed.get())));
    onChange(
        optimizer,
        () ->
            send(
                new Command.SetOptimizer(
                    syncedRun().optimizer().withKind(optimizer.get()).withLr(learningRate.get()))));
    onChange(learningRate, () -> send(new Command.SetLearningRate(learningRate.get())));
    onChange(batchSize, () -> send(new Command.SetBatchSize(batchSize.get())));
    onChange(speed, () -> send(new Command.SetSpeed(speed.get())));
  }

  private void onChange(ObservableValue<?> value, Runnable action) {
    value.addListener(
        (obs, was, is) -> {
          if (!applyingSnapshot) {
            action.run();
          }
        });
  }

  // ---- commands ----

  @Override
  public boolean isRunning() {
    return running.get();
  }

  @Override
  public void play() {
    send(new Command.Play());
  }

  @Override
  public void pause() {
    send(new Command.Pause());
  }

  /** Play when paused, pause when playing (as last reported, or as last asked). */
  public void togglePlay() {
    if (running.get()) {
      pause();
      running.set(false);
    } else {
      play();
      running.set(true);
    }
  }

  /**
   * Switches between as fast as the core allows and the last finite pace (the watchable default
   * when there was none).
   */
  public void toggleFullSpeed() {
    if (speed.get() == FULL_SPEED) {
      speed.set(lastPace);
    } else {
      lastPace = speed.get();
      speed.set(FULL_SPEED);
    }
  }

  public void stepExample() {
    send(new Command.StepExample());
  }

  public void stepBatch() {
    send(new Command.StepBatch());
  }

  public void stepEpoch() {
    send(new Command.StepEpoch());
  }

  public void reset(boolean newSeed) {
    send(new Command.Reset(newSeed));
  }

  /**
   * Takes back the last change that discarded work (a reset, new data, a new init seed or output, a
   * preset): the trainer brings back that run exactly, and the banner says what was undone.
   */
  public void undo() {
    send(new Command.Undo());
  }

  /** A fresh sample of the same data set: the next data seed. */
  public void regenerate() {
    dataSeed.set((dataSeed.get() + 1) % 4294967296L);
  }

  public void setWeight(int layer, int j, int i, double value) {
    send(new Command.SetWeight(layer, j, i, value));
  }

  public void setBias(int layer, int j, double value) {
    send(new Command.SetBias(layer, j, value));
  }

  /** Hides the banner until its text changes. */
  public void dismissBanner() {
    fileProblem = null;
    dismissedBanner = banner.get();
    banner.set("");
    bannerKind.set("");
  }

  /**
   * Sends a command the controls do not cover (the step-through's preview, a preset's network);
   * returns its sequence number.
   */
  @Override
  public long sendCommand(Command command) {
    long seq = sink.applyAsLong(command);
    lastSent = Math.max(lastSent, seq);
    return seq;
  }

  private void send(Command command) {
    lastSent = Math.max(lastSent, sink.applyAsLong(command));
    if (lastSent > openedSeq) {
      openedNotice = null;
    }
  }

  /** The run as the trainer last reported it. */
  public RunSpec currentRun() {
    return syncedRun();
  }

  /**
   * Opens a finished run (a sweep's cell) here: its data, optimizer, batch size and seeds, and its
   * trained {@code network}, as one change that Ctrl+Z takes back; training pauses and the banner
   * says {@code notice} until the next change.
   */
  public void openRun(RunSpec run, lab.backprop.nn.Network network, String label, String notice) {
    openedSeq =
        sendCommand(
            new Command.Group(
                label,
                List.of(
                    new Command.Pause(),
                    new Command.SetData(run.data(), run.seeds().data(), run.seeds().split()),
                    new Command.SetOptimizer(run.optimizer()),
                    new Command.SetBatchSize(run.training().batch()),
                    new Command.SetInitSeed(run.seeds().init()),
                    new Command.Load(network))));
    openedNotice = notice;
    running.set(false);
  }

  /**
   * Puts the exact state of another run (a compared run) in place of this one, as the trainer opens
   * a session: an undoable change, training paused, the banner naming {@code source}.
   */
  public void openState(lab.backprop.train.RunState state, String source) {
    send(new Command.Restore(state, source));
    running.set(false);
  }

  private void sendData() {
    String name = dataset.get();
    int k =
        Math.max(
            DatasetSpec.minClasses(name), Math.min(DatasetSpec.maxClasses(name), classes.get()));
    DataSpec shown = syncedRun().data();
    // picking a generator leaves the data file; anything else keeps it (the choice shows its name)
    boolean generator = DatasetSpec.NAMES.contains(name);
    DataSpec spec =
        new DataSpec(
            generator ? name : shown.dataset(),
            points.get(),
            noise.get(),
            k,
            shown.shuffle(),
            generator ? null : shown.file(),
            trainRatio.get(),
            shown.standardize());
    if (generator) {
      fromFile.set(false);
      updateOutputChoices(DatasetSpec.taskOf(name), k);
    }
    send(new Command.SetData(spec, dataSeed.get(), syncedRun().seeds().split()));
  }

  /** The run as the trainer last reported it. */
  private RunSpec syncedRun() {
    return syncedSettings.run();
  }

  private void sendHidden() {
    send(new Command.SetHiddenSizes(hiddenSizes()));
  }

  /** The hidden layer sizes the controls show. */
  public int[] hiddenSizes() {
    int n = Math.max(1, Math.min(units.length, hiddenLayers.get()));
    int[] sizes = new int[n];
    for (int k = 0; k < n; k++) {
      sizes[k] = units[k].get();
    }
    return sizes;
  }

  // ---- per frame ----

  /**
   * Takes the newest snapshot; returns false (and does nothing) when its version was seen already.
   */
  public boolean update(Snapshot s) {
    if (s == null || s.version() == lastVersion) {
      return false;
    }
    lastVersion = s.version();
    snapshot = s;
    epoch.set(s.epoch());
    examplesSeen.set(s.examplesSeen());
    epochsPerSecond.set(s.epochsPerSecond());
    // after a divergence the trainer keeps the last finite weights; keep showing their metrics
    if (s.diverged() == null || Double.isFinite(s.trainLoss())) {
      trainLoss.set(s.trainLoss());
      testLoss.set(s.testLoss());
      trainAccuracy.set(s.trainAccuracy());
      testAccuracy.set(s.testAccuracy());
    }
    if (s.commandsApplied() >= lastSent) {
      running.set(s.running());
      if (!s.settings().equals(syncedSettings)) {
        applySettings(s.settings());
      }
    }
    undoable.set(s.undo() == null ? "" : s.undo());
    updateBanner(s);
    if (quietUntil > 0 && s.commandsApplied() >= quietUntil) {
      quietUntil = 0;
      if (BANNER_NOTICE.equals(bannerKind.get())) {
        dismissBanner();
      }
    }
    if (s.train() != null) {
      dataFacts.set(
          dataFacts(
              s.train(), s.test(), realData.get() && s.settings().run().data().standardize()));
    }
    status.set(formatStatus());
    return true;
  }

  /**
   * What the control panel says of real data (a built-in set or a file) in place of the generator's
   * settings, e.g. "150 rows: 120 train, 30 test", "4 features, 3 classes", "inputs standardised on
   * the training rows".
   */
  static String dataFacts(Dataset train, Dataset test, boolean standardized) {
    int n = train.size() + (test == null ? 0 : test.size());
    return String.format(
            Locale.ROOT,
            "%,d rows: %,d train, %,d test\n%,d feature%s, %s\n",
            n,
            train.size(),
            n - train.size(),
            train.dimension(),
            train.dimension() == 1 ? "" : "s",
            train.classes() > 0 ? train.classes() + " classes" : "a real target")
        + (standardized ? "inputs standardised on the training rows" : "inputs as they are");
  }

  /**
   * Shows a failure of the window's own drawing (not the trainer's) in the banner, unless a
   * divergence or a trainer error is shown; it stays until dismissed.
   */
  public void reportViewError(String text) {
    viewError = text;
    if (snapshot != null) {
      updateBanner(snapshot);
    } else {
      banner.set(text);
      bannerKind.set(BANNER_ERROR);
    }
  }

  /**
   * Dismisses the notice that commands up to {@code seq} leave, if any: the user asked for those
   * changes (e.g. a preset that switches the data set), so a banner would only be noise.
   */
  @Override
  public void dismissNoticeOf(long seq) {
    quietUntil = seq;
  }

  /**
   * Shows a problem with a file the user asked for (a session that cannot be opened or saved) in
   * the banner, before anything else, until dismissed; null: the last one is over.
   */
  public void reportFileProblem(String text) {
    fileProblem = text;
    if (text != null) {
      dismissedBanner = null;
    }
    if (snapshot != null) {
      updateBanner(snapshot);
    } else if (text != null) {
      banner.set(text);
      bannerKind.set(BANNER_ERROR);
    }
  }

  private void updateBanner(Snapshot s) {
    String text;
    String kind;
    if (fileProblem != null) {
      text = fileProblem;
      kind = BANNER_ERROR;
    } else if (s.diverged() != null) {
      text = s.diverged();
      kind = BANNER_DIVERGED;
    } else if (s.error() != null) {
      text = s.error();
      kind = BANNER_ERROR;
    } else if (viewError != null) {
      text = viewError;
      kind = BANNER_ERROR;
    } else if (openedNotice != null) {
      text = openedNotice;
      kind = BANNER_NOTICE;
    } else if (s.notice() != null) {
      text = s.notice();
      kind = BANNER_NOTICE;
    } else {
      text = "";
      kind = "";
      dismissedBanner = null;
    }
    if (text.equals(dismissedBanner)) {
      text = "";
      kind = "";
    }
    banner.set(text);
    bannerKind.set(kind);
  }

  private void applySettings(TrainerSettings t) {
    applyingSnapshot = true;
    try {
      syncedSettings = t;
      RunSpec run = t.run();
      DataSpec d = run.data();
      dataset.set(d.file() == null ? d.dataset() : fileLabel(d.file()));
      fromFile.set(d.file() != null);
      points.set(d.n());
      noise.set(d.noise());
      dataSeed.set(run.seeds().data());
      classes.set(d.classes());
      trainRatio.set(d.ratio());
      List<Integer> h = run.network().hidden();
      hiddenLayers.set(h.size());
      for (int k = 0; k < h.size(); k++) {
        units[k].set(h.get(k));
      }
      activation.set(run.network().activations().get(0));
      if (d.file() == null) {
        updateOutputChoices(DatasetSpec.taskOf(d.dataset()), d.classes());
      } else if (snapshot != null) {
        updateOutputChoices(snapshot.train().task(), snapshot.train().classes());
        points.set(
            snapshot.train().size() + (snapshot.test() == null ? 0 : snapshot.test().size()));
      } else {
        updateOutputChoices(
            run.network().output().isClassification() ? Task.CLASSIFICATION : Task.REGRESSION, 2);
      }
      output.set(run.network().output());
      l2.set(run.network().l2());
      initSeed.set(run.seeds().init());
      optimizer.set(run.optimizer().kind());
      learningRate.set(run.optimizer().lr());
      batchSize.set(run.training().batch());
      speed.set(t.stepsPerSecond());
    } finally {
      applyingSnapshot = false;
    }
  }

  private void updateOutputChoices(Task task, int k) {
    OutputKind[] fit =
        Arrays.stream(OutputKind.values())
            .filter(o -> NetworkSpec.fits(o, task, k))
            .toArray(OutputKind[]::new);
    if (!Arrays.equals(fit, outputChoices.toArray())) {
      boolean was = applyingSnapshot;
      applyingSnapshot = true;
      try {
        OutputKind keep = output.get();
        outputChoices.setAll(fit);
        outputNames.setAll(Arrays.stream(fit).map(OutputKind::jsonName).toList());
        output.set(Arrays.asList(fit).contains(keep) ? keep : fit[0]);
      } finally {
        applyingSnapshot = was;
      }
    }
  }

  private String formatStatus() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "Epoch %,d", epoch.get()));
    b.append(String.format(Locale.ROOT, "   Examples %,d", examplesSeen.get()));
    b.append("   ").append(rate(epochsPerSecond.get()));
    b.append("   Loss ").append(fmt(trainLoss.get())).append(" train / ");
    b.append(fmt(testLoss.get())).append(" test");
    if (!Double.isNaN(trainAccuracy.get())) {
      b.append("   Accuracy ")
          .append(pct(trainAccuracy.get()))
          .append(" / ")
          .append(pct(testAccuracy.get()));
    }
    return b.toString();
  }

  /**
   * The training speed with three significant digits: "733 epochs/s", "12.5 epochs/s", "1.42
   * epochs/s"; below one epoch a second the time an epoch takes ("3.23 s/epoch"), never "0
   * epochs/s" for a run that moves.
   */
  static String rate(double epochsPerSecond) {
    double r = epochsPerSecond;
    if (!(r > 0) || Double.isInfinite(r)) {
      return "0 epochs/s";
    }
    return r >= 1 ? threeDigits(r) + " epochs/s" : threeDigits(1 / r) + " s/epoch";
  }

  private static String threeDigits(double v) {
    String f = v >= 99.95 ? "%,.0f" : v >= 9.995 ? "%.1f" : "%.2f";
    return String.format(Locale.ROOT, f, v);
  }

  static String fmt(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    return Math.abs(v) >= 1e-3 && Math.abs(v) < 1e4
        ? String.format(Locale.ROOT, "%.4f", v)
        : String.format(Locale.ROOT, "%.3e", v);
  }

  static String pct(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }

  // ---- accessors ----

  public Snapshot snapshot() {
    return snapshot;
  }

  /** Sequence number of the last command sent. */
  public long lastSent() {
    return lastSent;
  }

  public StringProperty datasetProperty() {
    return dataset;
  }

  public IntegerProperty pointsProperty() {
    return points;
  }

  public DoubleProperty noiseProperty() {
    return noise;
  }

  public DoubleProperty trainRatioProperty() {
    return trainRatio;
  }

  public LongProperty dataSeedProperty() {
    return dataSeed;
  }

  public IntegerProperty classesProperty() {
    return classes;
  }

  public BooleanProperty showTestPointsProperty() {
    return showTestPoints;
  }

  public IntegerProperty hiddenLayersProperty() {
    return hiddenLayers;
  }

  /** Units of hidden layer {@code k} (0-based, 0 … 5). */
  public IntegerProperty unitsProperty(int k) {
    return units[k];
  }

  public ObjectProperty<Activation> activationProperty() {
    return activation;
  }

  public ObjectProperty<OutputKind> outputProperty() {
    return output;
  }

  /** Outputs that fit the current data set. */
  public ObservableList<OutputKind> outputChoices() {
    return outputChoices;
  }

  // ---- the choices by name, for the controls ----

  /** The fewest classes a data set has. */
  public static final int MIN_CLASSES = DatasetSpec.MIN_CLASSES;

  /** The name the data set choice shows for points read from a file. */
  static String fileLabel(java.nio.file.Path file) {
    return file.getFileName() + " (file)";
  }

  /**
   * Whether the points are fixed rows (a file, or the worked example's one row): nothing to
   * generate, so the number of points, the noise and the data seed do not apply.
   */
  /** True for a built-in real data set or a file: no generator settings apply. */
  public ReadOnlyBooleanProperty realDataProperty() {
    return realData.getReadOnlyProperty();
  }

  /** The real data's rows, split, features, classes and scaling (see {@link #dataFacts}). */
  public ReadOnlyStringProperty dataFactsProperty() {
    return dataFacts.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty fixedRowsProperty() {
    return fixedRows.getReadOnlyProperty();
  }

  /** The most classes the current data set takes ({@link #MIN_CLASSES} when there is no choice). */
  public ReadOnlyIntegerProperty maxClassesProperty() {
    return maxClasses.getReadOnlyProperty();
  }

  /** The activations' names, in menu order. */
  public static final List<String> ACTIVATION_NAMES =
      Arrays.stream(Activation.values()).map(Activation::jsonName).toList();

  /** The optimizers' names, in menu order. */
  public static final List<String> OPTIMIZER_NAMES =
      Arrays.stream(OptimizerKind.values()).map(OptimizerKind::jsonName).toList();

  /** Pace meaning "as fast as the core allows", and the range of a finite pace. */
  public static final double FULL_SPEED = TrainerSettings.FULL_SPEED;

  public static final double MIN_SPEED = TrainerSettings.MIN_SPEED;
  public static final double MAX_SPEED = TrainerSettings.MAX_SPEED;

  private final StringProperty activationName =
      named(activation, Activation::jsonName, Activation::fromName);
  private final StringProperty outputName =
      named(output, OutputKind::jsonName, OutputKind::fromName);
  private final StringProperty optimizerName =
      named(optimizer, OptimizerKind::jsonName, OptimizerKind::fromName);

  private static <T> StringProperty named(
      ObjectProperty<T> value, Function<T, String> name, Function<String, T> parse) {
    StringProperty text =
        new SimpleStringProperty(value.get() == null ? null : name.apply(value.get()));
    Bindings.bindBidirectional(
        text,
        value,
        new StringConverter<T>() {
          @Override
          public String toString(T t) {
            return t == null ? null : name.apply(t);
          }

          @Override
          public T fromString(String s) {
            return s == null ? null : parse.apply(s);
          }
        });
    return text;
  }

  public StringProperty activationNameProperty() {
    return activationName;
  }

  /** The output's name; one of {@link #outputNames()}. */
  public StringProperty outputNameProperty() {
    return outputName;
  }

  /** The names of the outputs that fit the data set. */
  public ObservableList<String> outputNames() {
    return outputNames;
  }

  public StringProperty optimizerNameProperty() {
    return optimizerName;
  }

  public DoubleProperty l2Property() {
    return l2;
  }

  public LongProperty initSeedProperty() {
    return initSeed;
  }

  public ObjectProperty<OptimizerKind> optimizerProperty() {
    return optimizer;
  }

  public DoubleProperty learningRateProperty() {
    return learningRate;
  }

  /** Batch size, {@link TrainingSpec#FULL_BATCH} (0) for the full batch. */
  public IntegerProperty batchSizeProperty() {
    return batchSize;
  }

  /** Steps per second, or {@link TrainerSettings#FULL_SPEED}. */
  public DoubleProperty speedProperty() {
    return speed;
  }

  public ReadOnlyLongProperty epochProperty() {
    return epoch.getReadOnlyProperty();
  }

  public ReadOnlyLongProperty examplesSeenProperty() {
    return examplesSeen.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty epochsPerSecondProperty() {
    return epochsPerSecond.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty trainLossProperty() {
    return trainLoss.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty testLossProperty() {
    return testLoss.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty trainAccuracyProperty() {
    return trainAccuracy.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty testAccuracyProperty() {
    return testAccuracy.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** The banner text, empty when none. */
  public ReadOnlyStringProperty bannerProperty() {
    return banner.getReadOnlyProperty();
  }

  /** {@link #BANNER_DIVERGED}, {@link #BANNER_ERROR}, {@link #BANNER_NOTICE} or empty. */
  public ReadOnlyStringProperty bannerKindProperty() {
    return bannerKind.getReadOnlyProperty();
  }

  /** What {@link #undo()} would take back ("reset", "new data set", …); empty when nothing. */
  public ReadOnlyStringProperty undoableProperty() {
    return undoable.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** The sweep map's view-model, linked to this run (its base run; a cell opens here). */
  lab.backprop.ui.sweep.SweepViewModel newSweepViewModel() {
    return new lab.backprop.ui.sweep.SweepViewModel(
        new lab.backprop.ui.sweep.SweepViewModel.MainLink() {
          @Override
          public lab.backprop.run.RunSpec currentRun() {
            return MainViewModel.this.currentRun();
          }

          @Override
          public void pause() {
            MainViewModel.this.pause();
          }

          @Override
          public void open(
              lab.backprop.run.RunSpec run,
              lab.backprop.nn.Network trained,
              String label,
              String notice) {
            MainViewModel.this.openRun(run, trained, label, notice);
          }
        },
        lab.backprop.ui.sweep.SweepViewModel.thumbnailPainter(),
        javafx.application.Platform::runLater);
  }

  /** The compare view's view-model, linked to this run (its base; a run opens here). */
  lab.backprop.ui.compare.CompareViewModel newCompareViewModel() {
    return new lab.backprop.ui.compare.CompareViewModel(
        new lab.backprop.ui.compare.CompareViewModel.MainLink() {
          @Override
          public lab.backprop.run.RunSpec currentRun() {
            return MainViewModel.this.currentRun();
          }

          @Override
          public void pause() {
            MainViewModel.this.pause();
          }

          @Override
          public void toggleFullSpeed() {
            MainViewModel.this.toggleFullSpeed();
          }

          @Override
          public void open(lab.backprop.train.RunState state, String source) {
            MainViewModel.this.openState(state, source);
          }
        },
        MainViewModel.this.speedProperty());
  }
}
