package lab.backprop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lab.backprop.nn.FrozenNetwork;
import lab.backprop.run.RunOptions;
import lab.backprop.train.Command;
import lab.backprop.train.History;
import lab.backprop.train.RunState;
import lab.backprop.train.Snapshot;
import lab.backprop.train.Trainer;
import lab.backprop.train.TrainerSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run saved to a session file in the middle of an epoch, read back and continued in a new trainer
 * gives the same weights, bit for bit, as the same run never stopped; counters and history go on as
 * well.
 */
class SessionResumeTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path dir;

  private final List<Trainer> trainers = new ArrayList<>();

  @AfterEach
  void close() {
    trainers.forEach(Trainer::close);
  }

  private Trainer start(String optimizer) {
    Trainer t =
        new Trainer(
            TrainerSettings.of(
                RunOptions.parse(
                    "--batch",
                    "16",
                    "--optimizer",
                    optimizer,
                    "--lr",
                    "0.05",
                    "--seed",
                    "7",
                    "--hidden",
                    "6,5",
                    "--n",
                    "150")));
    trainers.add(t);
    return t;
  }

  /** {@code epochs} epochs, then {@code batches} mini-batches, each waited for. */
  private static Snapshot train(Trainer t, int epochs, int batches) throws Exception {
    Snapshot s = t.latest();
    for (int e = 0; e < epochs; e++) {
      s = t.sendAndAwait(new Command.StepEpoch(), WAIT);
    }
    for (int b = 0; b < batches; b++) {
      s = t.sendAndAwait(new Command.StepBatch(), WAIT);
    }
    return s;
  }

  @ParameterizedTest
  @ValueSource(strings = {"sgd", "momentum", "nesterov", "adam"})
  void continuingASavedSessionGivesTheSameWeightsAsNeverStopping(String optimizer)
      throws Exception {
    Trainer whole = start(optimizer);
    train(whole, 6, 3);
    Snapshot expected = train(whole, 4, 5);

    Trainer first = start(optimizer);
    train(first, 6, 3);
    Path file = dir.resolve("run.session.json");
    SessionJson.write(file, first.capture().get());
    first.close();

    RunState read = SessionJson.read(file);
    Trainer second = start("sgd"); // another run: the session replaces all of it
    second.sendAndAwait(new Command.Restore(read, "run.session.json"), WAIT);
    Snapshot actual = train(second, 4, 5);

    assertSameWeights(actual.network(), expected.network());
    assertThat(actual.epoch()).isEqualTo(expected.epoch()).isEqualTo(10);
    assertThat(actual.epochProgress()).isEqualTo(expected.epochProgress());
    assertThat(actual.examplesSeen()).isEqualTo(expected.examplesSeen());
    assertThat(actual.steps()).isEqualTo(expected.steps());
    assertThat(actual.settings().run()).isEqualTo(expected.settings().run());
    assertSameHistory(actual.history(), expected.history());
  }

  @org.junit.jupiter.api.Test
  void openingASessionCanBeUndone() throws Exception {
    Trainer saved = start("momentum");
    train(saved, 2, 1);
    RunState state = saved.capture().get();
    Trainer other = start("adam");
    Snapshot before = train(other, 3, 0);
    Snapshot opened = other.sendAndAwait(new Command.Restore(state, "s.json"), WAIT);
    assertThat(opened.epoch()).isEqualTo(2);
    assertThat(opened.undo()).isEqualTo("opened session");
    Snapshot undone = other.sendAndAwait(new Command.Undo(), WAIT);
    assertThat(undone.epoch()).isEqualTo(before.epoch());
    assertThat(undone.settings()).isEqualTo(before.settings());
    assertSameWeights(undone.network(), before.network());
  }

  @org.junit.jupiter.api.Test
  void aReopenedRunThatDivergesGoesBackToTheSameWeightsAsTheRunNeverStopped() throws Exception {
    Trainer whole = start("sgd");
    train(whole, 8, 0);
    // a learning rate at which the loss rises without diverging: the best weights lie behind
    whole.sendAndAwait(new Command.SetLearningRate(RISING_LR), WAIT);
    train(whole, 3, 2);
    RunState saved = whole.capture().get();
    assertThat(saved.best()).as("the best weights are kept").isNotNull();
    assertThat(saved.best().epoch()).as("measured before the save").isLessThan(9);
    Path file = dir.resolve("rising.session.json");
    SessionJson.write(file, saved);

    Trainer reopened = start("adam"); // another run: the session replaces all of it
    reopened.sendAndAwait(new Command.Restore(SessionJson.read(file), "rising.session.json"), WAIT);
    Snapshot expected = blowUp(whole);
    Snapshot actual = blowUp(reopened);

    assertThat(expected.diverged()).contains("back to the weights of epoch");
    assertThat(actual.diverged()).isEqualTo(expected.diverged());
    assertSameWeights(actual.network(), expected.network());
    assertSameWeights(actual.network(), saved.best().network());
    assertThat(java.util.Arrays.deepEquals(actual.network().copyW(), saved.network().copyW()))
        .as("back to earlier weights than those saved")
        .isFalse();
  }

  private static final double RISING_LR = 3;

  /** A learning rate that makes the run diverge, then epochs until it has. */
  private static Snapshot blowUp(Trainer t) throws Exception {
    Snapshot s = t.sendAndAwait(new Command.SetLearningRate(1e4), WAIT);
    for (int k = 0; k < 40 && s.diverged() == null; k++) {
      s = t.sendAndAwait(new Command.StepEpoch(), WAIT);
    }
    return s;
  }

  static void assertSameWeights(FrozenNetwork actual, FrozenNetwork expected) {
    assertThat(actual.layerSizes()).isEqualTo(expected.layerSizes());
    double[][][] wa = actual.copyW();
    double[][][] we = expected.copyW();
    double[][] ba = actual.copyB();
    double[][] be = expected.copyB();
    int compared = 0;
    for (int l = 0; l < we.length; l++) {
      for (int j = 0; j < we[l].length; j++) {
        for (int i = 0; i < we[l][j].length; i++) {
          assertTrue(wa[l][j][i] == we[l][j][i], "W[" + l + "][" + j + "][" + i + "]");
          compared++;
        }
        assertTrue(ba[l][j] == be[l][j], "b[" + l + "][" + j + "]");
        compared++;
      }
    }
    assertThat(compared).isEqualTo(2 * 6 + 6 + 6 * 5 + 5 + 5 * 2 + 2);
  }

  static void assertSameHistory(History actual, History expected) {
    assertThat(actual.size()).isEqualTo(expected.size()).isGreaterThan(10);
    assertThat(actual.epochs()).isEqualTo(expected.epochs());
    assertThat(actual.trainLosses()).isEqualTo(expected.trainLosses());
    assertThat(actual.testLosses()).isEqualTo(expected.testLosses());
    assertThat(actual.trainAccuracies()).isEqualTo(expected.trainAccuracies());
    assertThat(actual.testAccuracies()).isEqualTo(expected.testAccuracies());
  }
}
