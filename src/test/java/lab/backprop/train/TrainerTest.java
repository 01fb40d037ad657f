package lab.backprop.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import lab.backprop.nn.Activation;
import lab.backprop.nn.Network;
import lab.backprop.nn.OptimizerSettings;
import lab.backprop.nn.OutputKind;
import lab.backprop.nn.TrainingLoop;
import lab.backprop.run.DataSpec;
import lab.backprop.run.RunOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TrainerTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  private Trainer trainer;

  private Trainer start(TrainerSettings settings) {
    trainer = new Trainer(settings);
    return trainer;
  }

  @AfterEach
  void closeTrainer() {
    if (trainer != null) {
      trainer.close();
    }
  }

  @Test
  void startsPausedWithMetricsOfTheFreshNetwork() {
    Snapshot s = start(TrainerSettings.defaults()).latest();
    assertThat(s.running()).isFalse();
    assertThat(s.epoch()).isZero();
    assertThat(s.train().size() + s.test().size()).isEqualTo(200);
    assertThat(s.train().size()).isEqualTo(160);
    assertThat(s.network().layerSizes()).containsExactly(2, 8, 2);
    assertThat(s.trainLoss()).isFinite();
    assertThat(s.history().size()).isEqualTo(1);
  }

  @Test
  void playTrainsMoonsAndTheLossFalls() throws Exception {
    Trainer t = start(TrainerSettings.defaults());
    double initialLoss = t.latest().trainLoss();
    t.send(new Command.Play());
    Snapshot s =
        t.await(
            x -> x.epoch() >= 300 && x.metricsEpoch() >= 300 && x.trainLoss() < 0.8 * initialLoss,
            WAIT);
    assertThat(s.running()).isTrue();
    assertThat(s.steps()).isEqualTo(s.epoch()); // full batch: one step per epoch
    assertThat(s.examplesSeen()).isEqualTo(160 * s.epoch());
    assertThat(s.history().size()).isGreaterThan(1);
    Snapshot later = t.await(x -> x.epoch() > s.epoch() + 100 && x.epochsPerSecond() > 0, WAIT);
    assertThat(later.version()).isGreaterThan(s.version());
  }

  @Test
  void pauseStopsTheEpochCounter() throws Exception {
    Trainer t = start(TrainerSettings.defaults());
    t.send(new Command.Play());
    t.await(x -> x.epoch() > 20, WAIT);
    Snapshot paused = t.sendAndAwait(new Command.Pause(), WAIT);
    assertThat(paused.running()).isFalse();
    // a later command is applied after the pause: nothing was trained in between
    Snapshot after = t.sendAndAwait(new Command.SetL2(0.0), WAIT);
    assertThat(after.epoch()).isEqualTo(paused.epoch());
    assertThat(after.examplesSeen()).isEqualTo(paused.examplesSeen());
    assertThat(after.epochsPerSecond()).isZero();
    assertThat(after.network().copyW()).isDeepEqualTo(paused.network().copyW());
  }

  @Test
  void stepExampleChangesTheWeightsExactlyAsTheEngineDoes() throws Exception {
    TrainerSettings settings =
        TrainerSettings.of(
            RunOptions.parse("--batch", "16", "--optimizer", "adam", "--lr", "0.01"));
    Trainer t = start(settings);
    Snapshot before = t.latest();
    Network reference = before.network().toNetwork();
    TrainingLoop loop =
        new TrainingLoop(
            reference,
            TrainingSession.samples(before.train()),
            settings.run().optimizer(),
            settings.run().training().batch(),
            settings.run().seeds().order());
    int row = loop.nextExampleRow();

    for (int k = 0; k < 3; k++) {
      loop.stepExample();
      Snapshot after = t.sendAndAwait(new Command.StepExample(), WAIT);
      assertThat(after.network().copyW()).isDeepEqualTo(reference.copyW());
      assertThat(after.network().copyB()).isDeepEqualTo(reference.copyB());
      assertThat(after.examplesSeen()).isEqualTo(k + 1);
      assertThat(after.steps()).isEqualTo(k + 1);
    }
    assertThat(reference.copyW()).isNotEqualTo(before.network().copyW());

    // the first step's trace was recorded with the parameters before its update
    Trainer fresh = new Trainer(settings);
    try {
      Snapshot stepped = fresh.sendAndAwait(new Command.StepExample(), WAIT);
      assertThat(stepped.lastStep()).isNotNull();
      assertThat(stepped.lastStep().samples().size()).isEqualTo(1);
      assertThat(stepped.lastStep().samples().X()[0])
          .containsExactly(before.train().x(row, 0), before.train().x(row, 1));
      assertThat(stepped.lastStep().W()).isDeepEqualTo(before.network().copyW());
    } finally {
      fresh.close();
    }
  }

  @Test
  void stepBatchAndStepEpochCountLikeTheEngine() throws Exception {
    Trainer t = start(TrainerSettings.of(RunOptions.parse("--batch", "50")));
    Snapshot s = t.sendAndAwait(new Command.StepBatch(), WAIT);
    assertThat(s.examplesSeen()).isEqualTo(50);
    assertThat(s.lastStep().samples().size()).isEqualTo(50);
    s = t.sendAndAwait(new Command.StepEpoch(), WAIT);
    // 160 training rows: the epoch finishes with batches of 50, 50 and 10
    assertThat(s.epoch()).isEqualTo(1);
    assertThat(s.examplesSeen()).isEqualTo(160);
    assertThat(s.steps()).isEqualTo(4);
    assertThat(s.epochProgress()).isEqualTo(1.0);
  }

  @Test
  void resizingAndChangingTheActivationKeepTrainingAndTheUnitsThatStay() throws Exception {
    Trainer t = start(TrainerSettings.defaults());
    t.send(new Command.Play());
    t.await(x -> x.epoch() > 50, WAIT);
    Snapshot before = t.sendAndAwait(new Command.Pause(), WAIT);
    Snapshot grown = t.sendAndAwait(new Command.SetHiddenSizes(new int[] {12}), WAIT);
    assertThat(grown.network().layerSizes()).containsExactly(2, 12, 2);
    assertThat(grown.settings().run().network().hidden()).containsExactly(12);
    assertThat(grown.epoch()).isEqualTo(before.epoch());
    for (int j = 0; j < 8; j++) {
      for (int i = 0; i < 2; i++) {
        assertThat(grown.network().w(0, j, i)).isEqualTo(before.network().w(0, j, i));
      }
      assertThat(grown.network().b(0, j)).isEqualTo(before.network().b(0, j));
      for (int c = 0; c < 2; c++) {
        assertThat(grown.network().w(1, c, j)).isEqualTo(before.network().w(1, c, j));
      }
    }

    t.send(new Command.Play());
    t.send(new Command.SetHiddenSizes(new int[] {5, 3}));
    t.send(new Command.SetActivation(Activation.RELU));
    Snapshot changed = t.await(x -> x.settings().run().network().hidden().size() == 2, WAIT);
    Snapshot trained = t.await(x -> x.epoch() > changed.epoch() + 100, WAIT);
    assertThat(trained.running()).isTrue();
    assertThat(trained.network().layerSizes()).containsExactly(2, 5, 3, 2);
    assertThat(trained.network().activations()).containsOnly(Activation.RELU);
    assertThat(trained.trainLoss()).isFinite();
    assertThat(trained.diverged()).isNull();
    assertThat(trained.error()).isNull();
  }

  @Test
  void aLiveActivationSwitchKeepsEveryWeightAndBias() throws Exception {
    Trainer t = start(TrainerSettings.of(RunOptions.parse("--hidden", "6,5")));
    t.send(new Command.Play());
    t.await(x -> x.epoch() > 20, WAIT);
    Snapshot before = t.sendAndAwait(new Command.Pause(), WAIT);
    assertThat(before.network().activations()).containsOnly(Activation.TANH);

    Snapshot all = t.sendAndAwait(new Command.SetActivation(Activation.RELU), WAIT);
    assertSameParametersWith(all, before, Activation.RELU, Activation.RELU);
    assertThat(all.notice()).isNull();
    Snapshot one = t.sendAndAwait(new Command.SetLayerActivation(1, Activation.SIGMOID), WAIT);
    assertSameParametersWith(one, before, Activation.RELU, Activation.SIGMOID);
  }

  private static void assertSameParametersWith(
      Snapshot s, Snapshot before, Activation... activations) {
    assertThat(s.network().activations()).containsExactly(activations);
    assertThat(s.settings().run().network().activations()).containsExactly(activations);
    assertThat(s.network().copyW()).isDeepEqualTo(before.network().copyW());
    assertThat(s.network().copyB()).isDeepEqualTo(before.network().copyB());
    assertThat(s.epoch()).isEqualTo(before.epoch());
  }

  @Test
  void switchingATrainedNetworkToReluKeepsTrainingThroughTheLossJump() throws Exception {
    Trainer t = start(TrainerSettings.defaults());
    t.send(new Command.Play());
    t.await(x -> x.trainAccuracy() >= 0.95, WAIT);
    Snapshot switched = t.sendAndAwait(new Command.SetActivation(Activation.RELU), WAIT);
    Snapshot later = t.await(x -> x.epoch() > switched.epoch() + 2_000, WAIT);
    assertThat(later.running()).isTrue();
    assertThat(later.diverged()).isNull();
    assertThat(later.network().activations()).containsOnly(Activation.RELU);
    assertThat(later.trainLoss()).isFinite();
  }

  @Test
  void aDivergingLearningRateIsUndoneAndPauses() throws Exception {
    // 2-8-1 tanh: the stable loss never becomes NaN, but it jumps far above chance level
    TrainerSettings settings =
        TrainerSettings.of(RunOptions.parse("--output", "sigmoid_bce", "--lr", "50"));
    Trainer t = start(settings);
    t.send(new Command.Play());
    Snapshot s = t.await(x -> x.diverged() != null && !x.running(), WAIT);
    assertThat(s.diverged())
        .startsWith("diverged at epoch ")
        .endsWith("lower the learning rate or reset");
    assertThat(s.running()).isFalse();
    assertThat(s.network().isFinite()).isTrue();
    assertThat(s.trainLoss()).isLessThan(10 * Math.log(2));
    Snapshot still = t.sendAndAwait(new Command.SetL2(0), WAIT);
    assertThat(still.epoch()).isEqualTo(s.epoch());

    // recover: a sane rate and play again
    t.send(new Command.SetLearningRate(0.05));
    t.send(new Command.Reset(false));
    t.send(new Command.Play());
    Snapshot recovered = t.await(x -> x.running() && x.epoch() > 20, WAIT);
    assertThat(recovered.diverged()).isNull();
  }

  @Test
  void aDivergenceGoesBackToTheWeightsOfTheLowestMeasuredLossAndBreaksTheCurve() throws Exception {
    Trainer t = start(TrainerSettings.of(RunOptions.parse("--lr", "0.5")));
    Map<Long, Snapshot> byEpoch = new HashMap<>(); // the weights as published after each epoch
    for (int k = 0; k < 40; k++) {
      Snapshot s = t.sendAndAwait(new Command.StepEpoch(), WAIT); // each epoch: a curve point
      byEpoch.put(s.epoch(), s);
    }
    // a rate too high for this network: the loss climbs for a while (within the bound)
    t.send(new Command.SetLearningRate(20));
    Snapshot before = null;
    for (int k = 0; k < 3; k++) {
      before = t.sendAndAwait(new Command.StepEpoch(), WAIT);
      byEpoch.put(before.epoch(), before);
    }
    History h = before.history();
    int lowest = 0;
    for (int k = 1; k < h.size(); k++) {
      if (h.trainLoss(k) < h.trainLoss(lowest)) {
        lowest = k;
      }
    }

    assertThat(h.trainLoss(h.size() - 1))
        .as("the last loss is above the lowest: the last weights are not the best")
        .isGreaterThan(h.trainLoss(lowest));
    assertThat(before.diverged()).isNull();
    t.send(new Command.SetLearningRate(1e308));
    Snapshot after = t.sendAndAwait(new Command.StepEpoch(), WAIT);

    assertThat(after.diverged())
        .startsWith("diverged at epoch ")
        .contains("back to the weights of epoch " + (long) Math.floor(h.epoch(lowest)))
        .contains(String.format(java.util.Locale.ROOT, "(loss %.4g)", h.trainLoss(lowest)))
        .endsWith("lower the learning rate or reset");
    assertThat(after.network().isFinite()).isTrue();
    assertThat(after.trainLoss()).isEqualTo(h.trainLoss(lowest));
    Snapshot best = byEpoch.get((long) Math.floor(h.epoch(lowest)));
    assertThat(best).as("the lowest loss was measured after a step of this test").isNotNull();
    assertThat(after.network().copyW()).isDeepEqualTo(best.network().copyW());
    assertThat(after.network().copyB()).isDeepEqualTo(best.network().copyB());
    History curve = after.history();
    int last = curve.size() - 1;
    assertThat(curve.isGap(last - 1)).as("a gap before the restored point").isTrue();
    assertThat(curve.trainLoss(last)).isEqualTo(h.trainLoss(lowest));
  }

  @Test
  void aFailingCommandIsPublishedAndTheTrainerStaysAlive() throws Exception {
    Trainer t = start(TrainerSettings.defaults());
    t.send(new Command.Play());
    t.await(x -> x.epoch() > 5, WAIT);
    long seq =
        t.sendTask(
            () -> {
              throw new IllegalStateException("boom");
            });
    Snapshot failed = t.await(x -> x.commandsApplied() >= seq && x.error() != null, WAIT);
    assertThat(failed.error()).contains("IllegalStateException").contains("boom");
    assertThat(failed.running()).isFalse();
    assertThat(t.isAlive()).isTrue();

    Snapshot stepped = t.sendAndAwait(new Command.StepEpoch(), WAIT);
    assertThat(stepped.epoch()).isEqualTo(failed.epoch() + 1);

    Snapshot rejected = t.sendAndAwait(new Command.SetWeight(7, 0, 0, 1.0), WAIT);
    assertThat(rejected.error()).contains("layer");
    Snapshot rejectedOutput = t.sendAndAwait(new Command.SetOutput(OutputKind.MSE), WAIT);
    assertThat(rejectedOutput.error()).contains("mse");
    assertThat(rejectedOutput.settings().run().network().output()).isEqualTo(OutputKind.SOFTMAX_CE);
    assertThat(t.sendAndAwait(new Command.Play(), WAIT).error()).isNull();
  }

  @Test
  void settingAWeightIsAppliedByTheTrainer() throws Exception {
    Trainer t = start(TrainerSettings.defaults());
    Snapshot s = t.sendAndAwait(new Command.SetWeight(1, 0, 3, 1.25), WAIT);
    assertThat(s.network().w(1, 0, 3)).isEqualTo(1.25);
    s = t.sendAndAwait(new Command.SetBias(0, 2, -0.5), WAIT);
    assertThat(s.network().b(0, 2)).isEqualTo(-0.5);
  }

  @Test
  void aNewOutputResetsAndSaysSo() throws Exception {
    Trainer t = start(TrainerSettings.defaults());
    t.send(new Command.Play());
    t.await(x -> x.epoch() > 10, WAIT);
    Snapshot s = t.sendAndAwait(new Command.SetOutput(OutputKind.SIGMOID_BCE), WAIT);
    assertThat(s.notice()).isEqualTo("Output changed to sigmoid_bce: the network was reset");
    assertThat(s.network().layerSizes()).containsExactly(2, 8, 1);
    assertThat(s.running()).isTrue();
    t.await(x -> x.epoch() > 10 && x.network().outputSize() == 1, WAIT);
  }

  @Test
  void newDataKeepsAFittingNetworkAndResetsOtherwise() throws Exception {
    Trainer t = start(TrainerSettings.defaults());
    Snapshot before = t.sendAndAwait(new Command.StepEpoch(), WAIT);
    DataSpec circles = new DataSpec("circles", 100, 0.1, 2, true, null, 0.5);
    Snapshot kept = t.sendAndAwait(new Command.SetData(circles, 3, 1), WAIT);
    assertThat(kept.train().name()).isEqualTo("circles");
    assertThat(kept.train().size()).isEqualTo(50);
    assertThat(kept.network().copyW()).isDeepEqualTo(before.network().copyW());
    assertThat(kept.epoch()).isEqualTo(1);
    assertThat(kept.notice()).isNull();
    History h = kept.history();
    int rows = h.size();
    // moons measured at 0 and 1, the break at epoch 1, then circles measured at epoch 1
    assertThat(h.curveBreak(rows - 2))
        .as("a new curve on the new data")
        .isEqualTo(CurveBreak.NEW_DATA);
    assertThat(h.epoch(rows - 2)).isEqualTo(1.0);
    assertThat(h.isGap(rows - 1)).isFalse();
    assertThat(h.trainLoss(rows - 1)).isEqualTo(kept.trainLoss());
    assertThat(h.trainLoss(rows - 3)).isEqualTo(before.trainLoss());
    Snapshot again =
        t.sendAndAwait(
            new Command.SetData(new DataSpec("circles", 100, 0.2, 2, true, null, 0.5), 3, 1), WAIT);
    long breaks =
        java.util.stream.IntStream.range(0, again.history().size())
            .filter(k -> again.history().isGap(k))
            .count();
    assertThat(breaks)
        .as("no second break before anything was trained on the new data")
        .isEqualTo(1);

    DataSpec spiral = new DataSpec("spiral", 150, 0.1, 3, true, null, 0.8);
    Snapshot reset = t.sendAndAwait(new Command.SetData(spiral, 3, 1), WAIT);
    assertThat(reset.network().layerSizes()).containsExactly(2, 8, 3);
    assertThat(reset.epoch()).isZero();
    assertThat(reset.notice()).contains("spiral").contains("reset");

    DataSpec regression = new DataSpec("regression", 100, 0.1, 2, true, null, 0.8);
    Snapshot mse = t.sendAndAwait(new Command.SetData(regression, 3, 1), WAIT);
    assertThat(mse.settings().run().network().output()).isEqualTo(OutputKind.MSE);
    assertThat(mse.trainAccuracy()).isNaN();
    assertThat(mse.trainLoss()).isFinite();
    assertThat(t.sendAndAwait(new Command.StepEpoch(), WAIT).epoch()).isEqualTo(1);
  }

  @Test
  void loadReplacesTheNetworkAndResetRestarts() throws Exception {
    Trainer t = start(TrainerSettings.defaults());
    Network other =
        Network.initialized(
            new int[] {2, 4, 4, 2},
            new Activation[] {Activation.RELU, Activation.SIGMOID},
            OutputKind.SOFTMAX_CE,
            0.01,
            7);
    Snapshot loaded = t.sendAndAwait(new Command.Load(other), WAIT);
    assertThat(loaded.network().copyW()).isDeepEqualTo(other.copyW());
    assertThat(loaded.settings().run().network().hidden()).containsExactly(4, 4);
    assertThat(loaded.settings().run().network().activations())
        .containsExactly(Activation.RELU, Activation.SIGMOID);
    assertThat(loaded.settings().run().network().l2()).isEqualTo(0.01);

    t.send(new Command.StepEpoch());
    Snapshot reset = t.sendAndAwait(new Command.Reset(false), WAIT);
    assertThat(reset.epoch()).isZero();
    assertThat(reset.history().size()).isEqualTo(1);
    Snapshot again = t.sendAndAwait(new Command.Reset(false), WAIT);
    assertThat(again.network().copyW()).isDeepEqualTo(reset.network().copyW());
    Snapshot reseeded = t.sendAndAwait(new Command.Reset(true), WAIT);
    assertThat(reseeded.network().copyW()).isNotEqualTo(reset.network().copyW());
    long seed = reseeded.settings().run().seeds().init();
    assertThat(reseeded.settings().run().seeds().order()).isEqualTo(seed);
    assertThat(reseeded.settings().run().seeds().data())
        .isEqualTo(reset.settings().run().seeds().data());
    assertThat(reseeded.notice())
        .isEqualTo(
            "New seed "
                + seed
                + ": new initial weights and a new order of the examples; the data points are"
                + " the same");
  }

  @Test
  void pacedPlayRecordsEachStep() throws Exception {
    Trainer t = start(TrainerSettings.of(RunOptions.parse("--batch", "8")).withSpeed(10_000));
    t.send(new Command.Play());
    Snapshot s = t.await(x -> x.steps() > 100, WAIT);
    assertThat(s.examplesSeen()).isEqualTo(8 * s.steps());
    t.send(new Command.SetSpeed(5));
    Snapshot slow = t.await(x -> x.settings().stepsPerSecond() == 5 && x.lastStep() != null, WAIT);
    assertThat(slow.lastStep().samples().size()).isEqualTo(8);
  }

  @Test
  void survivesAHammerOfRandomCommandsWhilePlaying() throws Exception {
    Trainer t = start(TrainerSettings.defaults());
    t.send(new Command.Play());
    AtomicReference<String> firstError = new AtomicReference<>();
    List<Throwable> senderFailures = new ArrayList<>();
    Thread hammer =
        new Thread(
            () -> {
              SplittableRandom r = new SplittableRandom(42);
              try {
                for (int k = 0; k < 2000; k++) {
                  t.send(randomCommand(r));
                  String error = t.latest().error();
                  if (error != null) {
                    firstError.compareAndSet(null, error);
                  }
                }
              } catch (Throwable e) {
                senderFailures.add(e);
              }
            });
    hammer.start();
    hammer.join(WAIT.toMillis());
    assertThat(hammer.isAlive()).isFalse();
    assertThat(senderFailures).isEmpty();
    t.send(new Command.Play());
    Snapshot paused = t.sendAndAwait(new Command.Pause(), WAIT);
    Snapshot stepped = t.sendAndAwait(new Command.StepEpoch(), WAIT);
    assertThat(stepped.epoch()).isEqualTo(paused.epoch() + 1);
    assertThat(stepped.error()).isNull();
    assertThat(firstError.get()).isNull();
    assertThat(stepped.network().layerSizes()[0]).isEqualTo(2);
    assertThat(t.isAlive()).isTrue();
  }

  private static Command randomCommand(SplittableRandom r) {
    Activation[] activations = Activation.values();
    String[] optimizers = {"sgd", "momentum", "nesterov", "adam"};
    return switch (r.nextInt(16)) {
      case 0 -> new Command.Play();
      case 1 -> new Command.Pause();
      case 2 -> new Command.StepExample();
      case 3 -> new Command.StepBatch();
      case 4 -> new Command.StepEpoch();
      case 5 -> new Command.Reset(r.nextBoolean());
      case 6 -> new Command.SetActivation(activations[r.nextInt(activations.length)]);
      case 7 -> {
        int[] hidden = new int[1 + r.nextInt(4)];
        for (int k = 0; k < hidden.length; k++) {
          hidden[k] = 1 + r.nextInt(16);
        }
        yield new Command.SetHiddenSizes(hidden);
      }
      case 8 ->
          new Command.SetOutput(r.nextBoolean() ? OutputKind.SOFTMAX_CE : OutputKind.SIGMOID_BCE);
      case 9 -> new Command.SetL2(r.nextDouble(0, 0.01));
      case 10 -> new Command.SetLearningRate(Math.pow(10, r.nextDouble(-3, 0)));
      case 11 -> new Command.SetOptimizer(OptimizerSettings.of(optimizers[r.nextInt(4)], 0.01));
      case 12 -> new Command.SetBatchSize(r.nextInt(0, 40));
      case 13 ->
          new Command.SetSpeed(r.nextBoolean() ? TrainerSettings.FULL_SPEED : 1 + r.nextInt(2000));
      case 14 ->
          new Command.SetData(
              new DataSpec(
                  r.nextBoolean() ? "moons" : "circles",
                  50 + r.nextInt(200),
                  0.1,
                  2,
                  true,
                  null,
                  0.5 + r.nextDouble(0.5)),
              r.nextInt(100),
              r.nextInt(10));
      default -> new Command.SetWeight(0, 0, 0, r.nextDouble(-1, 1));
    };
  }

  @Test
  void closeEndsTheThread() throws Exception {
    Trainer t = start(TrainerSettings.defaults());
    t.send(new Command.Play());
    t.await(x -> x.epoch() > 3, WAIT);
    t.close();
    assertThat(t.isAlive()).isFalse();
    assertThatThrownBy(() -> t.send(new Command.Pause())).isInstanceOf(IllegalStateException.class);
    t.close(); // idempotent
  }

  @Test
  void badSettingsFailOnTheCallersThread() {
    assertThatThrownBy(() -> new Trainer(TrainerSettings.of(RunOptions.parse("--output", "mse"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mse");
  }
}
