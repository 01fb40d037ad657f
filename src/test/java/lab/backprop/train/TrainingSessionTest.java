package lab.backprop.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import lab.backprop.run.RunOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The session the trainer thread drives, called directly (no thread, no timing): its counters and
 * the steps it records, against counts worked out by hand for 200 points, 160 of them for training.
 */
class TrainingSessionTest {
  private static TrainingSession session(String... options) {
    return new TrainingSession(TrainerSettings.of(RunOptions.parse(options)));
  }

  @Test
  void batchesOfFortyEightCountStepsExamplesAndEpochsAsWorkedOutByHand() {
    TrainingSession s = session("--batch", "48");
    assertThat(s.train().size()).isEqualTo(160);
    for (int k = 0; k < 3; k++) {
      s.apply(new Command.StepBatch());
    }
    assertCounters(s, 0, 3, 144, 144);
    assertThat(s.epochProgress()).isEqualTo(0.9); // 144 / 160
    s.apply(new Command.StepBatch()); // the last 16 rows end the epoch
    assertCounters(s, 1, 4, 160, 0);
    assertThat(s.epochProgress()).isEqualTo(1.0);

    s.apply(new Command.StepBatch());
    // the rest of the epoch: 112 rows in ⌈112 / 48⌉ = 3 batches
    s.apply(new Command.StepEpoch());
    assertCounters(s, 2, 4 + 1 + 3, 320, 0);
    s.apply(new Command.StepExample());
    assertCounters(s, 2, 9, 321, 1);
    assertThat(s.epochProgress()).isCloseTo(2 + 1 / 160.0, within(1e-15));
    s.apply(new Command.StepEpoch()); // 159 rows left: ⌈159 / 48⌉ = 4 batches
    assertCounters(s, 3, 13, 480, 0);
  }

  @Test
  void aFullBatchEpochIsOneStep() {
    TrainingSession s = session("--batch", "full");
    s.apply(new Command.StepEpoch());
    s.apply(new Command.StepBatch());
    assertCounters(s, 2, 2, 320, 0);
  }

  /**
   * A change at the end of an epoch (here the learning rate, at epoch 2) is kept in that epoch's
   * point once training goes on, by whichever step; a step in the middle of an epoch keeps none.
   */
  @ParameterizedTest
  @ValueSource(strings = {"epoch", "batch", "example"})
  void aChangeAtTheEndOfAnEpochIsKeptInItsPointWhenTrainingGoesOn(String step) {
    TrainingSession s = session("--batch", "48", "--lr", "0.1");
    s.apply(new Command.StepEpoch());
    s.apply(new Command.StepEpoch());
    assertThat(s.rewind.at(2).run().optimizer().lr()).isEqualTo(0.1);
    s.apply(new Command.SetLearningRate(0.5));
    s.apply(
        switch (step) {
          case "epoch" -> new Command.StepEpoch();
          case "batch" -> new Command.StepBatch();
          default -> new Command.StepExample();
        });
    assertThat(s.rewind.at(2).run().optimizer().lr()).isEqualTo(0.5);
    assertThat(s.rewind.epochs())
        .containsExactly(step.equals("epoch") ? new long[] {0, 1, 2, 3} : new long[] {0, 1, 2});
  }

  @Test
  void anOutputThatDoesNotFitTheDataIsRefusedAtTheStart() {
    assertThatThrownBy(() -> session("--dataset", "iris", "--output", "sigmoid_bce"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not fit");
  }

  /** The incoming weights and bias of the third hidden unit, added to a 2-2-2 network. */
  private static double[] addedUnit(String initSeed) {
    TrainingSession s = session("--hidden", "2", "--init-seed", initSeed);
    s.apply(new Command.SetHiddenSizes(new int[] {3}));
    lab.backprop.nn.Network net = s.network();
    return new double[] {net.w(0, 2, 0), net.w(0, 2, 1), net.b(0, 2)};
  }

  @Test
  void anAddedUnitIsDrawnFromTheInitSeedSoOtherSeedsAddOtherUnits() {
    assertThat(addedUnit("0")).as("the same seed, the same unit").isEqualTo(addedUnit("0"));
    assertThat(addedUnit("2")).isNotEqualTo(addedUnit("0"));
    assertThat(addedUnit("5")).isNotEqualTo(addedUnit("0"));
  }

  private static void assertCounters(
      TrainingSession s, long epoch, long steps, long examplesSeen, long intoEpoch) {
    assertThat(s.epoch).as("epoch").isEqualTo(epoch);
    assertThat(s.steps).as("steps").isEqualTo(steps);
    assertThat(s.examplesSeen).as("examples seen").isEqualTo(examplesSeen);
    assertThat(s.examplesIntoEpoch).as("examples into the epoch").isEqualTo(intoEpoch);
  }

  @Test
  void theRecordedBatchesOfAnEpochAreItsRowsEachOnceWithTheWeightsTheyUsed() {
    TrainingSession s = session("--batch", "48");
    double[][] rows = s.train().features();
    Set<String> seen = new HashSet<>();
    int[] sizes = {48, 48, 48, 16};
    for (int size : sizes) {
      double[][][] w = s.network().copyW();
      s.stepBatch(true);
      assertThat(s.lastStep.W()).as("the weights before the step").isDeepEqualTo(w);
      assertThat(s.network().copyW()[0]).isNotEqualTo(w[0]);
      double[][] x = s.lastStep.samples().X();
      int[] y = s.lastStep.samples().y();
      assertThat(x).hasNumberOfRows(size);
      for (int k = 0; k < size; k++) {
        int row = find(rows, x[k]);
        assertThat(row).as("a row of the training set").isNotNegative();
        assertThat(y[k]).isEqualTo(s.train().label(row));
        assertThat(seen.add(Arrays.toString(x[k]))).as("row %d twice", row).isTrue();
      }
    }
    assertThat(seen).hasSize(160);
    s.stepBatch(false);
    assertThat(s.lastStep).as("not recorded").isNull();
  }

  private static int find(double[][] rows, double[] x) {
    for (int r = 0; r < rows.length; r++) {
      if (Arrays.equals(rows[r], x)) {
        return r;
      }
    }
    return -1;
  }
}
