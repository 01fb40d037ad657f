package lab.backprop.train;

import lab.backprop.data.Dataset;
import lab.backprop.nn.Network;
import lab.backprop.nn.OutputKind;
import lab.backprop.nn.Samples;
import lab.backprop.nn.SplitMix64;
import lab.backprop.nn.Trace;
import lab.backprop.nn.TrainingLoop;
import lab.backprop.run.NetworkSpec;
import lab.backprop.run.RunSetup;
import lab.backprop.run.RunSpec;
import lab.backprop.run.Seeds;

/**
 * The trainer's mutable state and what commands do to it: data, network, training loop, counters,
 * history. Confined to the trainer thread; {@link Trainer} drives it and publishes snapshots.
 */
final class TrainingSession {
  /** At or below this pace every played step is recorded as a {@link Trace}. */
  static final double TRACE_SPEED_LIMIT = 10;

  private TrainerSettings settings;
  private Dataset train;
  private Dataset test;
  private Evaluator trainEval;
  private Evaluator testEval;
  private Network net;
  private TrainingLoop loop;
  private SplitMix64 growRandom;
  private final java.util.SplittableRandom seedRandom = new java.util.SplittableRandom();

  /** The parameters before the current step: a step that makes them non-finite is undone. */
  private final ParameterBackup backup = new ParameterBackup();

  /**
   * The parameters at the lowest training loss measured since the network, its loss or its data
   * last changed: what a divergence goes back to.
   */
  private ParameterBackup best = new ParameterBackup();

  private double bestLoss;
  private double bestEpoch;

  private Divergence divergence;

  /** True when steps were taken since the last {@link #evaluate}. */
  private boolean trainedSinceEval;

  HistoryBuffer history = new HistoryBuffer();

  /** The ends of epochs kept to go back to ({@link Command.Rewind}). */
  RewindStore rewind = new RewindStore();

  private boolean keepsRewindPoints = true;

  /**
   * Set by every command: the point of the current epoch (if the run stands at an epoch's end) is
   * taken again before the next step, so that it is the run as training went on from it. Lazily,
   * because a command can be far cheaper than a copy of a large network.
   */
  private boolean rewindPointStale = true;

  /**
   * While playing at full speed, points are kept only at the epochs that are multiples of this
   * power of two (see {@link #rewindPace}): a copy of the run at every epoch end would cost the
   * smallest networks a fifth of their speed, and no one scrubs through 40,000 epochs a second.
   */
  private long fullSpeedRewindEvery = 1;

  private boolean playingAtFullSpeed;

  /** About how many points a second are kept while playing at full speed. */
  static final double REWIND_POINTS_PER_SECOND = 250;

  /** The states before the newest commands that discarded work, for {@link Command.Undo}. */
  final UndoStack undo = new UndoStack();

  /** The kind and time of the last command applied, to make a slider's drag one undo step. */
  private Class<?> lastCommand;

  private long lastCommandNanos;

  long epoch;
  long examplesIntoEpoch;
  long examplesSeen;
  long steps;
  boolean running;
  Trace lastStep;

  /** The result of the last {@link Command.PreviewStep}, taken by the trainer after applying it. */
  TrainingLoop.StepPreview preview;

  String notice;
  String diverged;
  String error;

  /** Set whenever parameters, data or loss definition change; cleared by {@link #evaluate}. */
  boolean metricsStale = true;

  double trainLoss = Double.NaN;
  double testLoss = Double.NaN;
  double trainAccuracy = Double.NaN;
  double testAccuracy = Double.NaN;
  double metricsEpoch;

  /** The class predicted for every row as of {@link #metricsEpoch}; null for regression. */
  Predictions predictions;

  TrainingSession(TrainerSettings settings) {
    this.settings = settings;
    // the output fits the rows: the spec checked it for a generator, RunSetup.load for a file
    setSplit(RunSetup.of(run(), load(() -> RunSetup.load(run()))));
    initialise();
  }

  /**
   * A session that goes on from {@code start} as the run it was captured from would have, paused;
   * its data are {@code start}'s own (shared, not loaded again). It keeps no epochs to go back to
   * (the runs side by side do not rewind).
   */
  TrainingSession(TrainerSettings settings, RunState start) {
    keepsRewindPoints = false;
    this.settings = settings.withRun(start.run());
    useSplit(start.train(), start.test());
    open(start);
  }

  /** The state now, as an immutable snapshot for other threads. */
  Snapshot snapshot(long version, long commandsApplied, double epochsPerSecond) {
    return new Snapshot(
        version,
        commandsApplied,
        net.freeze(),
        settings,
        train,
        test,
        epoch,
        epochProgress(),
        examplesSeen,
        steps,
        running ? epochsPerSecond : 0,
        trainLoss,
        testLoss,
        trainAccuracy,
        testAccuracy,
        metricsEpoch,
        running,
        history.view(),
        lastStep,
        notice,
        diverged,
        error,
        undo.peekLabel(),
        predictions,
        rewind.view());
  }

  TrainerSettings settings() {
    return settings;
  }

  private RunSpec run() {
    return settings.run();
  }

  private OutputKind output() {
    return run().network().output();
  }

  private void setRun(RunSpec run) {
    settings = settings.withRun(run);
  }

  Dataset train() {
    return train;
  }

  Dataset test() {
    return test;
  }

  Network network() {
    return net;
  }

  double epochProgress() {
    int n = train.size();
    return epoch + (n == 0 ? 0 : (double) examplesIntoEpoch / n);
  }

  // ---------------------------------------------------------------- commands

  /**
   * Applies a command. One that discards work first sets the current state aside as a {@link
   * Checkpoint} (see {@link Command.Undo}); when it is rejected, that state comes back at once. A
   * new data set or init seed within a second of one of the same kind, with nothing in between (a
   * slider being dragged, a spinner held), shares the first one's checkpoint.
   */
  void apply(Command command) {
    long now = System.nanoTime();
    String discards = discards(command);
    boolean sameDrag =
        (command instanceof Command.SetData || command instanceof Command.SetInitSeed)
            && command.getClass() == lastCommand
            && now - lastCommandNanos < 1_000_000_000L
            && undo.size() > 0;
    lastCommand = command.getClass();
    lastCommandNanos = now;
    rewindPointStale = true;
    if (discards == null || sameDrag) {
      applyOne(command);
      return;
    }
    Checkpoint saved = checkpoint(discards);
    boolean wasRunning = running;
    try {
      applyOne(command);
    } catch (RuntimeException e) {
      restore(saved);
      running = wasRunning;
      throw e;
    }
    undo.push(saved);
  }

  /** What {@code command} discards, for the banner after an undo; null if it keeps the run. */
  private String discards(Command command) {
    if (command instanceof Command.Reset r) {
      return r.newSeed() ? "reset with a new seed" : "reset";
    } else if (command instanceof Command.SetData) {
      return "new data set";
    } else if (command instanceof Command.SetPoints p) {
      return p.continuesEdit() ? null : p.label();
    } else if (command instanceof Command.SetInitSeed) {
      return "new init seed";
    } else if (command instanceof Command.SetOutput o) {
      return o.output() == output() ? null : "new output";
    } else if (command instanceof Command.Load) {
      return "loaded network";
    } else if (command instanceof Command.Group g) {
      return g.label();
    } else if (command instanceof Command.Restore) {
      return "opened session";
    } else if (command instanceof Command.Rewind r) {
      return String.format(java.util.Locale.ROOT, "resume from epoch %,d", r.epoch());
    }
    return null;
  }

  private void applyOne(Command command) {
    if (command instanceof Command.Play) {
      running = true;
      notice = null;
      error = null;
      diverged = null;
    } else if (command instanceof Command.Pause) {
      running = false;
    } else if (command instanceof Command.StepExample) {
      running = false;
      stepExample(true);
    } else if (command instanceof Command.StepBatch) {
      running = false;
      stepBatch(true);
    } else if (command instanceof Command.StepEpoch) {
      running = false;
      stepEpoch();
    } else if (command instanceof Command.Reset r) {
      running = false;
      notice = null;
      if (r.newSeed()) {
        long seed = seedRandom.nextLong() & Seeds.MAX;
        setRun(run().withSeeds(run().seeds().withInitAndOrder(seed)));
        notice =
            "New seed "
                + seed
                + ": new initial weights and a new order of the examples; the data points are"
                + " the same";
      }
      error = null;
      initialise();
    } else if (command instanceof Command.SetActivation a) {
      net.setActivation(a.activation());
      setRun(run().withNetwork(run().network().withActivation(a.activation())));
      parametersChanged();
    } else if (command instanceof Command.SetLayerActivation a) {
      checkIndex("hidden", a.hidden(), net.numLayers() - 1);
      net.setActivation(a.hidden(), a.activation());
      setArchitecture();
      parametersChanged();
    } else if (command instanceof Command.SetHiddenSizes h) {
      resize(h.hidden());
    } else if (command instanceof Command.SetOutput o) {
      setOutput(o);
    } else if (command instanceof Command.SetL2 l) {
      net.setL2Lambda(l.l2());
      setRun(run().withNetwork(run().network().withL2(l.l2())));
      resetBest();
      metricsStale = true;
    } else if (command instanceof Command.SetLearningRate r) {
      setRun(run().withOptimizer(run().optimizer().withLr(r.lr())));
      loop.setOptimizer(run().optimizer());
    } else if (command instanceof Command.SetOptimizer o) {
      setRun(run().withOptimizer(o.optimizer()));
      loop.setOptimizer(run().optimizer());
    } else if (command instanceof Command.SetBatchSize b) {
      setRun(run().withTraining(run().training().withBatch(b.batchSize())));
      loop.setBatchSize(b.batchSize());
    } else if (command instanceof Command.SetSpeed s) {
      settings = settings.withSpeed(s.stepsPerSecond());
    } else if (command instanceof Command.SetData d) {
      setData(d);
    } else if (command instanceof Command.SetPoints p) {
      setPoints(p);
    } else if (command instanceof Command.SetWeight w) {
      checkParameter(w.layer(), w.j(), w.i());
      net.setW(w.layer(), w.j(), w.i(), w.value());
      parametersChanged();
    } else if (command instanceof Command.SetBias b) {
      checkParameter(b.layer(), b.j(), 0);
      net.setB(b.layer(), b.j(), b.value());
      parametersChanged();
    } else if (command instanceof Command.SetInitSeed s) {
      setRun(run().withSeeds(run().seeds().withInitAndOrder(s.seed())));
      initialise();
      notice = "Initialiser seed set to " + s.seed() + ": the network was re-initialised";
    } else if (command instanceof Command.PreviewStep p) {
      preview =
          switch (p.scope()) {
            case NEXT_EXAMPLE -> loop.previewExample();
            case NEXT_BATCH -> loop.previewBatch();
            case ROW -> {
              checkIndex("row", p.row(), train.size());
              yield loop.preview(new int[] {p.row()});
            }
          };
    } else if (command instanceof Command.Load l) {
      load(l.network().copy());
    } else if (command instanceof Command.Restore r) {
      running = false;
      open(r.state());
      notice =
          String.format(
              java.util.Locale.ROOT, "Opened %s at epoch %,d", r.source(), r.state().epoch());
    } else if (command instanceof Command.Rewind r) {
      rewindTo(r.epoch());
    } else if (command instanceof Command.Undo) {
      undo();
    } else if (command instanceof Command.Group g) {
      for (Command c : g.commands()) {
        applyOne(c);
      }
    } else {
      throw new IllegalArgumentException("unknown command " + command);
    }
  }

  // ---------------------------------------------------------------- undo

  /**
   * The current state as a checkpoint. The checkpoint takes the network, the training loop and the
   * random stream of added units; the session goes on with a copy of the network and a loop forked
   * from the old one (same optimizer state; the order of examples drawn afresh from the order seed)
   * and a new stream for added units, so nothing it does later changes the checkpoint.
   */
  private Checkpoint checkpoint(String label) {
    Checkpoint c =
        new Checkpoint(
            label,
            run(),
            train,
            test,
            net,
            loop,
            growRandom,
            divergence,
            best.copy(),
            bestLoss,
            bestEpoch,
            history.copy(),
            epoch,
            examplesIntoEpoch,
            examplesSeen,
            steps,
            trainLoss,
            testLoss,
            trainAccuracy,
            testAccuracy,
            metricsEpoch,
            metricsStale,
            trainedSinceEval,
            predictions,
            rewind.copy());
    net = net.copy();
    loop = loop.fork(net, trainEval.samples(), run().seeds().order());
    growRandom = new SplitMix64(growSeed() ^ (steps + 1) * 0xBF58476D1CE4E5B9L);
    backup.invalidate();
    updateLossBound();
    return c;
  }

  /** Puts a checkpoint's state back (the speed setting and play/pause stay). */
  private void restore(Checkpoint c) {
    setRun(c.run());
    useSplit(c.train(), c.test());
    net = c.net();
    loop = c.loop();
    growRandom = c.growRandom();
    divergence = c.divergence();
    best = c.best();
    bestLoss = c.bestLoss();
    bestEpoch = c.bestEpoch();
    history = c.history();
    epoch = c.epoch();
    examplesIntoEpoch = c.examplesIntoEpoch();
    examplesSeen = c.examplesSeen();
    steps = c.steps();
    trainLoss = c.trainLoss();
    testLoss = c.testLoss();
    trainAccuracy = c.trainAccuracy();
    testAccuracy = c.testAccuracy();
    metricsEpoch = c.metricsEpoch();
    metricsStale = c.metricsStale();
    trainedSinceEval = c.trainedSinceEval();
    predictions = c.predictions();
    rewind = c.rewind();
    backup.invalidate();
    lastStep = null;
    diverged = null;
  }

  // ---------------------------------------------------------------- sessions

  /**
   * The exact state of the run now (see {@link RunState}), with its metrics measured first (as the
   * next snapshot would), so that the state holds no step not yet measured.
   */
  RunState capture() {
    if (metricsStale) {
      evaluate();
    }
    return new RunState(
        run(),
        train,
        test,
        net.freeze(),
        loop.state(),
        epoch,
        examplesIntoEpoch,
        examplesSeen,
        steps,
        history.saved(),
        divergence.recent(),
        growRandom.state(),
        bestSoFar());
  }

  /** The weights a divergence would go back to now, for a session file. */
  private RunState.Best bestSoFar() {
    if (!best.fits(net)) {
      return null;
    }
    Network copy = net.copy();
    best.restore(copy);
    return new RunState.Best(copy.freeze(), bestLoss, bestEpoch);
  }

  /**
   * Goes on from {@code state} as the run it was captured from would have, a divergence included:
   * it goes back to the state's best weights (to its own weights when it has none).
   */
  private void open(RunState state) {
    useSplit(state.train(), state.test());
    history = state.historyBuffer();
    goOnFrom(
        state.run(),
        state.network().toNetwork(),
        state.loop(),
        state.growRandom(),
        state.recentLosses(),
        state.epoch(),
        state.examplesIntoEpoch(),
        state.examplesSeen(),
        state.steps());
    if (state.best() != null) {
      best.save(state.best().network().toNetwork());
      bestLoss = state.best().loss();
      bestEpoch = state.best().epoch();
    }
    rewind.clear();
  }

  /**
   * Goes on, paused, from these parts of a run (of the data in use) as that run would have; the
   * best weights to go back to after a divergence start again from here.
   */
  private void goOnFrom(
      RunSpec run,
      Network network,
      TrainingLoop.State loopState,
      long growState,
      double[] recentLosses,
      long epoch,
      long examplesIntoEpoch,
      long examplesSeen,
      long steps) {
    setRun(run);
    net = network;
    loop =
        TrainingLoop.restore(
            net, trainEval.samples(), run.optimizer(), run.training().batch(), loopState);
    growRandom = new SplitMix64(growState);
    backup.invalidate();
    updateLossBound();
    divergence.restoreRecent(recentLosses);
    this.epoch = epoch;
    this.examplesIntoEpoch = examplesIntoEpoch;
    this.examplesSeen = examplesSeen;
    this.steps = steps;
    trainedSinceEval = false;
    resetBest();
    lastStep = null;
    diverged = null;
    error = null;
    metricsStale = true;
  }

  // ---------------------------------------------------------------- rewinding

  /**
   * Keeps the run as it is now as the point of its epoch, when it stands at the end of one (and no
   * divergence just put other weights back): a later change at the same epoch replaces the point.
   */
  void recordRewindPoint() {
    rewindPointStale = false;
    if (!keepsRewindPoints
        || examplesIntoEpoch != 0
        || diverged != null
        || playingAtFullSpeed && epoch % fullSpeedRewindEvery != 0) {
      return;
    }
    int moments = lab.backprop.nn.OptimizerState.momentNames(run().optimizer().kind()).size();
    boolean keep = RewindStore.keepsOptimizer(net.layerSizes(), moments, train.size());
    rewind.add(
        RewindPoint.of(
            epoch,
            run(),
            net.freeze(),
            loop.state(keep),
            keep,
            examplesSeen,
            steps,
            divergence.recent(),
            growRandom.state()));
  }

  /**
   * Sets how often points are kept while playing at full speed, from the speed measured: every
   * epoch up to {@link #REWIND_POINTS_PER_SECOND} epochs a second, above that at the multiples of
   * the power of two that brings the points to about that many a second (or fewer).
   */
  void rewindPace(double epochsPerSecond) {
    long every = (long) Math.min(1L << 40, Math.ceil(epochsPerSecond / REWIND_POINTS_PER_SECOND));
    fullSpeedRewindEvery = every <= 1 ? 1 : Long.highestOneBit(every - 1) << 1;
  }

  long fullSpeedRewindEvery() {
    return fullSpeedRewindEvery;
  }

  /** Goes back to the kept end of {@code to} (see {@link Command.Rewind}). */
  private void rewindTo(long to) {
    RewindPoint p = rewind.at(to);
    if (p == null) {
      throw new IllegalArgumentException(
          String.format(java.util.Locale.ROOT, "epoch %,d is not kept to go back to", to));
    }
    running = false;
    Network network = p.network().toNetwork();
    TrainingLoop.State state = p.loop();
    if (!p.exact()) {
      state =
          new TrainingLoop.State(
              lab.backprop.nn.OptimizerState.zero(p.run().optimizer().kind(), network),
              state.order(),
              state.position(),
              state.epoch(),
              state.examplesSeen(),
              state.random());
    }
    goOnFrom(
        p.run(),
        network,
        state,
        p.growRandom(),
        p.recentLosses(),
        to,
        0,
        p.examplesSeen(),
        p.steps());
    history.truncateAfter(to);
    rewind.dropAfter(to);
    notice =
        String.format(java.util.Locale.ROOT, "Resumed from epoch %,d", to)
            + (p.exact()
                ? ": training goes on exactly as it did then."
                : ": the optimizer ("
                    + run().optimizer().kind().jsonName()
                    + ") starts afresh, its state was not kept for a network this large.")
            + " Ctrl+Z brings back the later epochs.";
  }

  private void undo() {
    Checkpoint c = undo.pop();
    if (c == null) {
      notice = "Nothing to undo";
      return;
    }
    restore(c);
    running = false;
    error = null;
    notice = String.format(java.util.Locale.ROOT, "Undid %s: back to epoch %,d", c.label(), epoch);
  }

  private long growSeed() {
    return RunState.initialGrowRandom(run());
  }

  private void resize(int[] hidden) {
    int current = net.numLayers() - 1;
    for (int k = current - 1; k >= hidden.length; k--) {
      net.removeHidden(k, growRandom);
    }
    for (int k = 0; k < Math.min(current, hidden.length); k++) {
      if (net.layerSizes()[k + 1] != hidden[k]) {
        net.resizeHidden(k, hidden[k], growRandom);
      }
    }
    for (int k = current; k < hidden.length; k++) {
      net.insertHidden(k, hidden[k], net.activation(k - 1), growRandom);
    }
    setArchitecture();
    loop.networkShapeChanged();
    backup.invalidate();
    resetBest();
    lastStep = null;
    metricsStale = true;
  }

  private void setOutput(Command.SetOutput o) {
    if (o.output() == output()) {
      return;
    }
    requireFits(o.output());
    setRun(run().withNetwork(run().network().withOutput(o.output())));
    initialise();
    notice = "Output changed to " + o.output().jsonName() + ": the network was reset";
  }

  private void setData(Command.SetData d) {
    Dataset all = load(() -> RunSetup.load(d.data(), d.dataSeed()));
    double at = epochProgress(); // on the old data
    OutputKind output = output();
    boolean outputFits =
        NetworkSpec.fits(output, all.task(), all.classes())
            && NetworkSpec.outputSize(output, all.classes()) == net.outputSize();
    boolean inputFits = all.dimension() == net.inputSize();
    if (!NetworkSpec.fits(output, all.task(), all.classes())) {
      output = NetworkSpec.defaultOutput(all.task());
    }
    setRun(
        new RunSpec(
            d.data(),
            run().network().withOutput(output),
            run().optimizer(),
            run().training(),
            run().seeds().withData(d.dataSeed(), d.splitSeed())));
    setSplit(RunSetup.of(run(), all));
    if (outputFits && inputFits && history.size() > 0) {
      history.appendGap(at, CurveBreak.NEW_DATA); // a new curve on the new data
    }
    continueOrReset(outputFits && inputFits, all, output);
  }

  /**
   * Trains on the given points from now on, keeping the network when it fits them (the same number
   * of inputs and an output that fits their classes), else resetting it as {@link #setData} does.
   */
  private void setPoints(Command.SetPoints p) {
    Dataset all = p.train();
    OutputKind output = output();
    boolean fits =
        NetworkSpec.fits(output, p.train().task(), p.train().classes())
            && NetworkSpec.outputSize(output, p.train().classes()) == net.outputSize()
            && p.train().dimension() == net.inputSize();
    if (!NetworkSpec.fits(output, p.train().task(), p.train().classes())) {
      output = NetworkSpec.defaultOutput(p.train().task());
      setRun(run().withNetwork(run().network().withOutput(output)));
    }
    useSplit(p.train(), p.test());
    continueOrReset(fits, all, output);
  }

  private void continueOrReset(boolean fits, Dataset all, OutputKind output) {
    if (fits) {
      rewind.clear(); // the points were on other data
      loop.setData(trainEval.samples());
      resetBest();
      updateLossBound();
      examplesIntoEpoch = 0;
      lastStep = null;
      metricsStale = true;
      return;
    }
    initialise();
    notice =
        "Data set changed to "
            + describe(all)
            + ": the output is "
            + output.jsonName()
            + " and the network was reset";
  }

  private interface DataSource {
    Dataset load() throws java.io.IOException;
  }

  /** Loaded data; a file that cannot be read is an IllegalArgumentException (a banner). */
  private static Dataset load(DataSource source) {
    try {
      return source.load();
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private void setArchitecture() {
    int[] sizes = net.layerSizes();
    int[] hidden = java.util.Arrays.copyOfRange(sizes, 1, sizes.length - 1);
    setRun(run().withNetwork(run().network().withArchitecture(hidden, net.activations())));
  }

  private static String describe(Dataset data) {
    return data.name()
        + (data.classes() > 0 ? " (" + data.classes() + " classes)" : " (regression)");
  }

  private void load(Network loaded) {
    RunSetup.checkFits(loaded, train);
    int[] sizes = loaded.layerSizes();
    int[] hidden = java.util.Arrays.copyOfRange(sizes, 1, sizes.length - 1);
    setRun(
        run()
            .withNetwork(
                run()
                    .network()
                    .withArchitecture(hidden, loaded.activations())
                    .withOutput(loaded.output())
                    .withL2(loaded.l2Lambda())));
    startWith(loaded);
  }

  private void checkIndex(String field, int value, int count) {
    if (value < 0 || value >= count) {
      throw new IllegalArgumentException(field + " must be 0 to " + (count - 1) + ", got " + value);
    }
  }

  private void checkParameter(int layer, int j, int i) {
    checkIndex("layer", layer, net.numLayers());
    int[] sizes = net.layerSizes();
    checkIndex("j", j, sizes[layer + 1]);
    checkIndex("i", i, sizes[layer]);
  }

  private void requireFits(OutputKind output) {
    if (!NetworkSpec.fits(output, train.task(), train.classes())) {
      throw new IllegalArgumentException(
          "output " + output.jsonName() + " does not fit " + describe(train));
    }
  }

  /** The user changed the network (activation, a weight): the run goes on from here. */
  private void parametersChanged() {
    resetBest();
    metricsStale = true;
    lastStep = null;
  }

  /** The current parameters become the checkpoint, with their loss not yet measured. */
  private void resetBest() {
    best.save(net);
    bestLoss = Double.POSITIVE_INFINITY;
    bestEpoch = epochProgress();
  }

  // ---------------------------------------------------------------- set-up

  private void setSplit(RunSetup setup) {
    useSplit(setup.trainSet(), setup.testSet());
  }

  private void useSplit(Dataset train, Dataset test) {
    this.train = train;
    this.test = test;
    predictions = null;
    trainEval = new Evaluator(train);
    testEval = new Evaluator(test);
  }

  private void updateLossBound() {
    divergence = new Divergence(output(), net.outputSize(), trainEval.samples());
  }

  /** A fresh network from the settings' seed; counters and history restart. */
  private void initialise() {
    startWith(RunSetup.freshNetwork(run(), train));
  }

  private void startWith(Network network) {
    net = network;
    loop = RunSetup.loop(run(), net, trainEval.samples());
    growRandom = new SplitMix64(growSeed());
    backup.invalidate();
    updateLossBound();
    trainedSinceEval = false;
    epoch = 0;
    examplesIntoEpoch = 0;
    examplesSeen = 0;
    steps = 0;
    resetBest();
    history.clear();
    rewind.clear();
    lastStep = null;
    diverged = null;
    metricsStale = true;
    recordRewindPoint(); // the start of the run
  }

  // ---------------------------------------------------------------- steps

  /** One step of play: a whole epoch at full speed, else one mini-batch. */
  void playStep() {
    if (settings.isFullSpeed()) {
      playingAtFullSpeed = true;
      try {
        stepEpoch();
      } finally {
        playingAtFullSpeed = false;
      }
    } else {
      stepBatch(settings.stepsPerSecond() <= TRACE_SPEED_LIMIT);
    }
  }

  void stepExample(boolean record) {
    if (rewindPointStale) {
      recordRewindPoint();
    }
    Trace trace = record ? traceOf(new int[] {loop.nextExampleRow()}) : null;
    backup.save(net);
    long before = loop.examplesSeen();
    double loss = loop.stepExample();
    countExamples(loop.examplesSeen() - before);
    steps++;
    afterStep(loss, false, trace);
  }

  void stepBatch(boolean record) {
    if (rewindPointStale) {
      recordRewindPoint();
    }
    Trace trace = record ? traceOf(loop.nextBatchRows()) : null;
    backup.save(net);
    long before = loop.examplesSeen();
    double loss = loop.stepBatch();
    countExamples(loop.examplesSeen() - before);
    steps++;
    afterStep(loss, false, trace);
  }

  void stepEpoch() {
    if (rewindPointStale) {
      recordRewindPoint();
    }
    long epochSteps =
        RunState.stepsToEndOfEpoch(train.size(), run().training().batch(), examplesIntoEpoch);
    backup.save(net);
    long before = loop.examplesSeen();
    double loss = loop.stepEpoch();
    examplesSeen += loop.examplesSeen() - before;
    steps += epochSteps;
    epoch++;
    examplesIntoEpoch = 0;
    afterStep(loss, true, null);
  }

  private void countExamples(long delta) {
    examplesSeen += delta;
    examplesIntoEpoch += delta;
    if (examplesIntoEpoch >= train.size()) {
      epoch++;
      examplesIntoEpoch = 0;
    }
  }

  /**
   * Checks the step: non-finite parameters or loss, or the mean loss of whole epochs far above
   * chance level, go back to the best recent parameters and pause.
   */
  private void afterStep(double loss, boolean wholeEpoch, Trace trace) {
    metricsStale = true;
    trainedSinceEval = true;
    lastStep = trace;
    if (!Double.isFinite(loss) || !net.isFinite() || wholeEpoch && divergence.record(loss)) {
      diverge(loss);
    } else {
      diverged = null;
      recordRewindPoint();
    }
  }

  /**
   * Goes back to the best recent parameters (or, when the network's shape changed since, those of
   * before the step), pauses, breaks the curves and says what happened.
   */
  private void diverge(double loss) {
    double at = epochProgress();
    boolean toBest = best.fits(net);
    if (toBest) {
      best.restore(net);
    } else if (backup.fits(net)) {
      backup.restore(net);
    }
    loop.networkShapeChanged(); // clears optimizer state, which may hold NaN or huge values
    divergence.clear();
    running = false;
    lastStep = null;
    metricsStale = true;
    history.appendGap(at);
    diverged =
        "diverged at epoch "
            + Math.max(1, (long) Math.ceil(at))
            + " (loss "
            + formatLoss(loss)
            + "): "
            + (toBest
                ? "back to the weights of epoch " + (long) Math.floor(bestEpoch)
                : "step undone")
            + (toBest && Double.isFinite(bestLoss) ? " (loss " + formatLoss(bestLoss) + ")" : "")
            + " — lower the learning rate or reset";
  }

  private static String formatLoss(double loss) {
    return String.format(java.util.Locale.ROOT, "%.4g", loss);
  }

  private Trace traceOf(int[] rows) {
    Samples all = trainEval.samples();
    double[][] X = new double[rows.length][];
    int[] y = all.y() == null ? null : new int[rows.length];
    double[] t = all.t() == null ? null : new double[rows.length];
    for (int k = 0; k < rows.length; k++) {
      X[k] = all.X()[rows[k]].clone();
      if (y != null) {
        y[k] = all.y()[rows[k]];
      }
      if (t != null) {
        t[k] = all.t()[rows[k]];
      }
    }
    return net.trace(new Samples(X, y, t));
  }

  /** Undo a step that failed with an exception, if a backup of this shape exists. */
  void restoreAfterFailure() {
    if (backup.fits(net)) {
      backup.restore(net);
    }
    if (!net.isFinite()) {
      initialise();
    }
  }

  /**
   * Recomputes the four metrics and adds them to the history. If training has kept the recent mean
   * loss above the bound, the best recent parameters come back and training pauses; parameters with
   * a lower loss than any measured since the last change become the best.
   */
  void evaluate() {
    measure();
    if (trainedSinceEval && divergence.record(trainLoss)) {
      diverge(trainLoss);
      measure();
    } else if (divergence.withinBound(trainLoss) && trainLoss < bestLoss) {
      best.save(net);
      bestLoss = trainLoss;
      bestEpoch = epochProgress();
    }
    trainedSinceEval = false;
    metricsEpoch = epochProgress();
    history.append(metricsEpoch, trainLoss, testLoss, trainAccuracy, testAccuracy);
    metricsStale = false;
  }

  private void measure() {
    trainLoss = trainEval.loss(net);
    testLoss = testEval.loss(net);
    Predictions.Rows trainRows = trainEval.predictions(net);
    Predictions.Rows testRows = testEval.predictions(net);
    trainAccuracy = trainRows == null ? Double.NaN : trainRows.accuracy(train.labels());
    testAccuracy = testRows == null ? Double.NaN : testRows.accuracy(test.labels());
    predictions = trainRows == null ? null : new Predictions(trainRows, testRows, train.classes());
  }

  static Samples samples(Dataset data) {
    return new Samples(data.features(), data.labels(), data.targets());
  }
}
