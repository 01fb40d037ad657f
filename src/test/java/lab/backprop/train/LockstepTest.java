package lab.backprop.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lab.backprop.nn.Activation;
import lab.backprop.nn.FrozenNetwork;
import lab.backprop.nn.Network;
import lab.backprop.run.RunOptions;
import lab.backprop.run.RunSetup;
import lab.backprop.run.RunSpec;
import org.junit.jupiter.api.Test;

/** Several runs in lockstep: the same epoch for all, and each as it would train alone. */
class LockstepTest {
  private static final Duration WAIT = Duration.ofSeconds(60);

  /** 100 moons, 80 training rows. */
  private static final RunSpec BASE = RunOptions.parse("--n", "100", "--hidden", "6");

  private static RunSpec with(String... options) {
    List<String> all = new ArrayList<>(List.of("--n", "100", "--hidden", "6"));
    all.addAll(List.of(options));
    return RunOptions.parse(all.toArray(String[]::new));
  }

  /** The base run's initial weights, drawn here from its spec: Glorot for tanh, seed 0. */
  private static Network baseInitial() {
    return Network.initialized(
        new int[] {2, 6, 2},
        new Activation[] {Activation.TANH},
        BASE.network().output(),
        0,
        BASE.seeds().init());
  }

  /** {@code epochs} epochs of {@code spec} from {@code initial}, alone, as {@code train} does. */
  private static Network alone(RunSpec spec, Network initial, long epochs) throws Exception {
    FixedRun.Result r = new FixedRun(RunSetup.of(spec), initial).train(epochs, null);
    assertThat(r.diverged()).isFalse();
    return r.network();
  }

  private static void assertSameBits(FrozenNetwork shown, Network expected) {
    NetworkBits.assertSameBits(shown, expected.freeze());
  }

  @Test
  void tanhAndReluAtFullSpeedShowOneEpochAndEachEqualsItsRunAlone() throws Exception {
    RunSpec relu = with("--activation", "relu");
    List<ComparisonStart.Run> runs = ComparisonStart.of(BASE, List.of(relu));
    assertThat(runs.get(1).weights()).isEqualTo(ComparisonStart.Weights.COPIED);
    try (Lockstep l =
        new Lockstep(
            runs.stream().map(ComparisonStart.Run::start).toList(),
            TrainerSettings.FULL_SPEED,
            2)) {
      l.play();
      l.await(f -> f.epoch() >= 300, WAIT);
      long seq = l.pause();
      Lockstep.Frame f = l.await(x -> x.commandsApplied() >= seq && !x.running(), WAIT);
      long epoch = f.epoch();
      assertThat(f.runs()).hasSize(2);
      for (Lockstep.Run r : f.runs()) {
        assertThat(r.snapshot().epoch()).isEqualTo(epoch);
        assertThat(r.snapshot().epochProgress()).isEqualTo((double) epoch);
        assertThat(r.stopped()).isFalse();
      }
      assertSameBits(f.run(0).snapshot().network(), alone(BASE, baseInitial(), epoch));
      Network reluInitial = baseInitial();
      reluInitial.setActivation(Activation.RELU);
      assertSameBits(f.run(1).snapshot().network(), alone(relu, reluInitial, epoch));
      // both trained on the very same rows
      assertThat(f.run(1).snapshot().train().features())
          .isDeepEqualTo(f.run(0).snapshot().train().features());
      assertThat(f.run(1).snapshot().train().labels())
          .containsExactly(f.run(0).snapshot().train().labels());
    }
  }

  @Test
  void runsOfOtherBatchSizesFinishEveryEpochAtTheSameTick() throws Exception {
    RunSpec batch32 = with("--batch", "32"); // 80 rows: steps end at 32, 64, 80
    RunSpec batch50 = with("--batch", "50", "--lr", "0.3"); // steps end at 50, 80
    List<RunState> starts =
        ComparisonStart.of(BASE, List.of(batch32, batch50)).stream()
            .map(ComparisonStart.Run::start)
            .toList();
    try (Lockstep l = new Lockstep(starts, 5, 1)) {
      // ticks at 32, 50, 64, 80 examples: the full-batch run waits for the end of the epoch
      long[][] expected = {{0, 32, 0}, {0, 32, 50}, {0, 64, 50}, {80, 80, 80}};
      for (long[] seen : expected) {
        long seq = l.stepTick();
        Lockstep.Frame f = l.await(x -> x.commandsApplied() >= seq, WAIT);
        for (int id = 0; id < 3; id++) {
          assertThat(f.run(id).snapshot().examplesSeen()).as("run %d", id).isEqualTo(seen[id]);
        }
      }
      long seq = l.stepEpoch();
      l.await(x -> x.commandsApplied() >= seq, WAIT);
      long seq2 = l.stepEpoch();
      Lockstep.Frame f = l.await(x -> x.commandsApplied() >= seq2, WAIT);
      assertThat(f.epoch()).isEqualTo(3);
      RunSpec[] specs = {BASE, batch32, batch50};
      for (int id = 0; id < 3; id++) {
        assertThat(f.run(id).snapshot().epoch()).isEqualTo(3);
        assertSameBits(f.run(id).snapshot().network(), alone(specs[id], baseInitial(), 3));
      }
    }
  }

  @Test
  void aPacedRunGoesOnToTheSameNumbersAsOneAtFullSpeed() throws Exception {
    RunSpec adam = with("--optimizer", "adam", "--lr", "0.01", "--batch", "16");
    List<RunState> starts =
        ComparisonStart.of(BASE, List.of(adam)).stream().map(ComparisonStart.Run::start).toList();
    try (Lockstep l = new Lockstep(starts, 200, 2)) {
      l.play();
      l.await(f -> f.runs().get(1).snapshot().examplesSeen() >= 200, WAIT);
      l.setSpeed(TrainerSettings.FULL_SPEED);
      l.await(f -> f.epoch() >= 40, WAIT);
      long seq = l.pause();
      l.await(x -> x.commandsApplied() >= seq, WAIT);
      long seq2 = l.stepEpoch(); // a whole epoch: the pause may have come mid-epoch
      Lockstep.Frame f = l.await(x -> x.commandsApplied() >= seq2, WAIT);
      long epoch = f.epoch();
      assertThat(f.run(0).snapshot().epoch()).isEqualTo(epoch);
      assertThat(f.run(1).snapshot().epochProgress()).isEqualTo((double) epoch);
      assertSameBits(f.run(1).snapshot().network(), alone(adam, baseInitial(), epoch));
      assertSameBits(f.run(0).snapshot().network(), alone(BASE, baseInitial(), epoch));
    }
  }

  @Test
  void aPauseBetweenTwoSlowTicksIsPublishedAtOnce() throws Exception {
    List<RunState> starts =
        ComparisonStart.of(BASE, List.of(with("--lr", "1"))).stream()
            .map(ComparisonStart.Run::start)
            .toList();
    try (Lockstep l = new Lockstep(starts, 1, 2)) {
      l.play();
      l.await(f -> f.running() && f.epoch() == 1, WAIT); // the first tick comes at once
      long seq = l.pause(); // the next is a second away
      Lockstep.Frame f = l.await(x -> x.commandsApplied() >= seq, WAIT);
      assertThat(f.running()).isFalse();
      assertThat(f.epoch()).isEqualTo(1);
    }
  }

  @Test
  void aDivergingRunStopsWhileTheOthersGoOn() throws Exception {
    RunSpec huge = with("--lr", "1e6");
    List<RunState> starts =
        ComparisonStart.of(BASE, List.of(huge)).stream().map(ComparisonStart.Run::start).toList();
    try (Lockstep l = new Lockstep(starts, TrainerSettings.FULL_SPEED, 2)) {
      l.play();
      Lockstep.Frame f = l.await(x -> x.run(1).stopped() && x.epoch() >= 100, WAIT);
      assertThat(f.run(1).snapshot().diverged()).contains("diverged at epoch");
      assertThat(f.run(0).stopped()).isFalse();
      assertThat(f.run(0).snapshot().epoch()).isEqualTo(f.epoch());
      assertThat(f.run(1).snapshot().epoch()).isLessThan(f.epoch());
      l.pause();
    }
  }

  @Test
  void aDroppedRunLeavesAndACaptureGoesOnAsTheRun() throws Exception {
    RunSpec lr = with("--lr", "0.5");
    RunSpec seed = with("--lr", "0.5", "--seed", "0");
    List<ComparisonStart.Run> runs = ComparisonStart.of(BASE, List.of(lr, seed));
    try (Lockstep l =
        new Lockstep(runs.stream().map(ComparisonStart.Run::start).toList(), 1000, 2)) {
      for (int k = 0; k < 5; k++) {
        l.stepEpoch();
      }
      long seq = l.drop(1);
      Lockstep.Frame f = l.await(x -> x.commandsApplied() >= seq, WAIT);
      assertThat(f.runs()).extracting(Lockstep.Run::id).containsExactly(0, 2);
      assertThat(f.epoch()).isEqualTo(5);
      RunState state = l.capture(2).get();
      assertThat(state.epoch()).isEqualTo(5);
      assertThat(state.run()).isEqualTo(seed);
      assertThatThrownBy(() -> l.capture(1).join()).hasMessageContaining("no run 1");
      // the captured state trains on in a trainer exactly as the run alone
      try (Trainer t = new Trainer(TrainerSettings.of(seed))) {
        t.sendAndAwait(new Command.Restore(state, "test"), WAIT);
        Snapshot s = t.sendAndAwait(new Command.StepEpoch(), WAIT);
        assertSameBits(s.network(), alone(seed, baseInitial(), 6));
      }
    }
  }

  @Test
  void startsShareTheDataAndSayWhereTheirWeightsComeFrom() throws Exception {
    List<ComparisonStart.Run> runs =
        ComparisonStart.of(
            BASE,
            List.of(
                with("--lr", "1"),
                with("--activation", "relu"),
                with("--hidden", "16"),
                with("--seed", "0", "--activation", "tanh"),
                RunOptions.parse("--n", "100", "--hidden", "6")
                    .withSeeds(BASE.seeds().withInitAndOrder(7))));
    assertThat(runs)
        .extracting(ComparisonStart.Run::weights)
        .containsExactly(
            ComparisonStart.Weights.BASE,
            ComparisonStart.Weights.SAME,
            ComparisonStart.Weights.COPIED,
            ComparisonStart.Weights.OWN_SIZE,
            ComparisonStart.Weights.SAME,
            ComparisonStart.Weights.OWN_SEED);
    FrozenNetwork base = runs.get(0).start().network();
    assertSameBits(base, baseInitial());
    assertThat(runs.get(2).start().network().copyW()).isDeepEqualTo(base.copyW());
    assertThat(runs.get(2).start().network().activations()).containsExactly(Activation.RELU);
    assertThat(java.util.Arrays.deepEquals(runs.get(5).start().network().copyW(), base.copyW()))
        .isFalse();
    for (ComparisonStart.Run r : runs) {
      assertThat(r.start().train()).isSameAs(runs.get(0).start().train());
      assertThat(r.start().test()).isSameAs(runs.get(0).start().test());
    }
    assertThatThrownBy(() -> ComparisonStart.of(BASE, List.of(with("--noise", "0.3"))))
        .hasMessageContaining("run 2 changes the data");
  }

  private static RunState startOf(RunSpec spec) throws Exception {
    RunSetup setup = RunSetup.of(spec);
    return RunState.start(spec, setup.trainSet(), setup.testSet(), setup.freshNetwork());
  }

  @Test
  void runsThatCannotGoInLockstepAreRefusedWithTheRunNamed() throws Exception {
    RunState base = startOf(BASE);
    assertThatThrownBy(() -> new Lockstep(List.of(), 5, 1))
        .hasMessage("at least one run is needed");
    assertThatThrownBy(() -> new Lockstep(List.of(base), 5, 0))
        .hasMessage("threads must be >= 1, got 0");
    assertThatThrownBy(() -> new Lockstep(List.of(base), 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    // 120 moons split 80:20 leave 96 training rows, 100 leave 80
    RunState more = startOf(with("--n", "120"));
    assertThatThrownBy(() -> new Lockstep(List.of(base, base, more), 5, 1))
        .hasMessage("run 3 has 96 training rows, run 1 has 80");
    TrainingSession trained = new TrainingSession(TrainerSettings.of(BASE));
    trained.apply(new Command.StepEpoch());
    RunState later = trained.capture();
    assertThatThrownBy(() -> new Lockstep(List.of(base, later), 5, 1))
        .hasMessage("run 2 starts at another position");
  }

  @Test
  void commandsAreNumberedInTheOrderSentAndASpeedIsCheckedAtOnce() throws Exception {
    try (Lockstep l = new Lockstep(List.of(startOf(BASE)), 5, 1)) {
      assertThat(l.latest().commandsApplied()).isZero();
      assertThat(l.latest().stepsPerSecond()).isEqualTo(5);
      assertThatThrownBy(() -> l.setSpeed(0)).isInstanceOf(IllegalArgumentException.class);
      assertThat(l.pause()).isEqualTo(1);
      assertThat(l.setSpeed(20)).isEqualTo(2);
      assertThat(l.play()).isEqualTo(3);
      long seq = l.pause();
      assertThat(seq).isEqualTo(4);
      Lockstep.Frame f = l.await(x -> x.commandsApplied() >= seq, WAIT);
      assertThat(f.running()).isFalse();
      assertThat(f.stepsPerSecond()).isEqualTo(20);
    }
  }
}
