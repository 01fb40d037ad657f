package lab.backprop.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import lab.backprop.nn.Activation;
import lab.backprop.nn.Network;
import lab.backprop.nn.OptimizerKind;
import lab.backprop.nn.OptimizerSettings;
import lab.backprop.nn.OutputKind;
import lab.backprop.run.DataSpec;
import lab.backprop.run.RunOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Command.Undo} brings back the exact state of before a command that discarded work: the
 * weights bit for bit, the settings, counters and history, and (checked by training on) the
 * optimizer's state and the order of the examples.
 */
class TrainerUndoTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  /** Mini-batches and momentum, so that the optimizer's state and the order both matter. */
  private static final TrainerSettings SETTINGS =
      TrainerSettings.of(
          RunOptions.parse(
              "--batch", "16", "--optimizer", "momentum", "--lr", "0.05", "--seed", "3"));

  private final java.util.List<Trainer> trainers = new java.util.ArrayList<>();

  @AfterEach
  void closeTrainers() {
    trainers.forEach(Trainer::close);
  }

  private Trainer start() {
    Trainer t = new Trainer(SETTINGS);
    trainers.add(t);
    return t;
  }

  /** Three epochs and two mini-batches: the run stands in the middle of an epoch. */
  private static Snapshot trainSome(Trainer t) throws Exception {
    for (Command c :
        List.of(
            new Command.StepEpoch(),
            new Command.StepEpoch(),
            new Command.StepEpoch(),
            new Command.StepBatch(),
            new Command.StepBatch())) {
      t.send(c);
    }
    return t.sendAndAwait(new Command.SetL2(0.0), WAIT);
  }

  private static Network otherNetwork() {
    return Network.initialized(
        new int[] {2, 5, 2}, new Activation[] {Activation.RELU}, OutputKind.SOFTMAX_CE, 0, 99);
  }

  static Stream<Arguments> discardingCommands() {
    DataSpec moreMoons = new DataSpec("moons", 300, 0.1, 2, true, null, 0.8);
    DataSpec spiral = new DataSpec("spiral", 150, 0.1, 3, true, null, 0.8);
    return Stream.of(
        Arguments.of("reset", (Supplier<Command>) () -> new Command.Reset(false)),
        Arguments.of("reset with a new seed", (Supplier<Command>) () -> new Command.Reset(true)),
        Arguments.of("new init seed", (Supplier<Command>) () -> new Command.SetInitSeed(7)),
        Arguments.of(
            "new output", (Supplier<Command>) () -> new Command.SetOutput(OutputKind.SIGMOID_BCE)),
        Arguments.of(
            "new data set", (Supplier<Command>) () -> new Command.SetData(moreMoons, 5, 5)),
        Arguments.of("new data set", (Supplier<Command>) () -> new Command.SetData(spiral, 1, 1)),
        Arguments.of("loaded network", (Supplier<Command>) () -> new Command.Load(otherNetwork())),
        Arguments.of("added point", (Supplier<Command>) () -> TrainerPointsTest.addedPoint()),
        Arguments.of(
            "preset",
            (Supplier<Command>)
                () ->
                    new Command.Group(
                        "preset",
                        List.of(
                            new Command.SetData(spiral, 2, 2),
                            new Command.SetOptimizer(
                                OptimizerSettings.of(OptimizerKind.ADAM, 0.01)),
                            new Command.SetData(moreMoons, 3, 3),
                            new Command.Load(otherNetwork())))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("discardingCommands")
  void undoBringsBackTheRunAsItWasBitForBit(String label, Supplier<Command> discard)
      throws Exception {
    Trainer t = start();
    Snapshot before = trainSome(t);
    assertThat(before.undo()).isNull();

    Snapshot changed = t.sendAndAwait(discard.get(), WAIT);
    assertThat(changed.error()).isNull();
    assertThat(changed.undo()).isEqualTo(label);
    t.send(new Command.StepEpoch());
    t.send(new Command.StepBatch());
    Snapshot trained = t.sendAndAwait(new Command.Play(), WAIT);
    t.await(s -> s.epoch() > trained.epoch() + 2, WAIT);

    Snapshot undone = t.sendAndAwait(new Command.Undo(), WAIT);
    assertThat(undone.running()).isFalse();
    assertThat(undone.network().copyW()).isDeepEqualTo(before.network().copyW());
    assertThat(undone.network().copyB()).isDeepEqualTo(before.network().copyB());
    assertThat(undone.network().layerSizes()).containsExactly(before.network().layerSizes());
    assertThat(undone.settings()).isEqualTo(before.settings());
    assertThat(undone.train().features()).isDeepEqualTo(before.train().features());
    assertThat(undone.epoch()).isEqualTo(3);
    assertThat(undone.examplesSeen()).isEqualTo(before.examplesSeen());
    assertThat(undone.steps()).isEqualTo(before.steps());
    assertThat(undone.epochProgress()).isEqualTo(before.epochProgress());
    assertThat(undone.trainLoss()).isEqualTo(before.trainLoss());
    assertThat(undone.history().epochs()).containsExactly(before.history().epochs());
    assertThat(undone.history().trainLosses()).containsExactly(before.history().trainLosses());
    assertThat(undone.notice()).isEqualTo("Undid " + label + ": back to epoch 3");
    assertThat(undone.undo()).isNull();

    // training on gives the numbers of a run that never had the change: the optimizer's state
    // and the order of the examples came back too
    Trainer reference = start();
    trainSome(reference);
    for (Trainer x : List.of(t, reference)) {
      x.send(new Command.StepBatch());
      x.send(new Command.StepBatch());
      x.send(new Command.StepEpoch());
    }
    Snapshot a = t.sendAndAwait(new Command.StepBatch(), WAIT);
    Snapshot b = reference.sendAndAwait(new Command.StepBatch(), WAIT);
    assertThat(a.network().copyW()).isDeepEqualTo(b.network().copyW());
    assertThat(a.network().copyB()).isDeepEqualTo(b.network().copyB());
    assertThat(a.steps()).isEqualTo(b.steps());
  }

  @Test
  void undoesTheNewestTwentyInOrderAndThenSaysThereIsNothingToUndo() throws Exception {
    Trainer t = start();
    long[] epochs = new long[25];
    for (int k = 0; k < 25; k++) {
      for (int e = 0; e < k % 3; e++) {
        t.send(new Command.StepEpoch());
      }
      epochs[k] = t.sendAndAwait(new Command.StepEpoch(), WAIT).epoch();
      t.send(new Command.SetL2(0.001 * k)); // keeps a new init seed from sharing a checkpoint
      t.send(k % 2 == 0 ? new Command.Reset(false) : new Command.SetInitSeed(k));
    }
    for (int k = 24; k >= 5; k--) {
      Snapshot s = t.sendAndAwait(new Command.Undo(), WAIT);
      assertThat(s.epoch()).as("undo %d", 24 - k).isEqualTo(epochs[k]);
      assertThat(s.settings().run().network().l2()).isEqualTo(0.001 * k);
    }
    Snapshot none = t.sendAndAwait(new Command.Undo(), WAIT);
    assertThat(none.notice()).isEqualTo("Nothing to undo");
    assertThat(none.epoch()).isEqualTo(epochs[5]);
  }

  @Test
  void aRejectedDiscardingCommandChangesNothingAndLeavesNothingToUndo() throws Exception {
    Trainer t = start();
    Snapshot before = trainSome(t);
    Snapshot s = t.sendAndAwait(new Command.SetOutput(OutputKind.MSE), WAIT);
    assertThat(s.error()).contains("does not fit");
    assertThat(s.undo()).isNull();
    assertThat(s.network().copyW()).isDeepEqualTo(before.network().copyW());
    assertThat(s.steps()).isEqualTo(before.steps());
  }

  @Test
  void aDraggedSliderIsOneUndoStep() throws Exception {
    Trainer t = start();
    Snapshot before = trainSome(t);
    for (int n = 100; n < 160; n += 10) {
      t.send(new Command.SetData(new DataSpec("moons", n, 0.2, 2, true, null, 0.8), 0, 0));
    }
    t.sendAndAwait(new Command.StepEpoch(), WAIT);
    Snapshot undone = t.sendAndAwait(new Command.Undo(), WAIT);
    assertThat(undone.settings()).isEqualTo(before.settings());
    assertThat(undone.network().copyW()).isDeepEqualTo(before.network().copyW());
    assertThat(undone.undo()).isNull();
  }

  @Test
  void theStackIsBoundedInMemoryKeepingTheNewest() {
    TrainingSession session = new TrainingSession(SETTINGS);
    for (int k = 0; k < 4; k++) {
      session.apply(new Command.StepEpoch());
      session.apply(new Command.Reset(false));
    }
    Checkpoint newest = session.undo.pop();
    Checkpoint second = session.undo.pop();
    assertThat(newest.epoch()).isEqualTo(1);
    assertThat(newest.bytes()).isGreaterThan(8L * 160 * 2);
    UndoStack stack = new UndoStack(20, newest.bytes() + second.bytes() / 2);
    stack.push(second);
    stack.push(newest);
    assertThat(stack.size()).isEqualTo(1);
    assertThat(stack.pop()).isSameAs(newest);
    UndoStack tiny = new UndoStack(20, 1);
    tiny.push(newest);
    assertThat(tiny.size()).as("the newest is always kept").isEqualTo(1);
  }
}
