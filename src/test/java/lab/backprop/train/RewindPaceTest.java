package lab.backprop.train;

import static org.assertj.core.api.Assertions.assertThat;

import lab.backprop.nn.Network;
import lab.backprop.run.RunOptions;
import lab.backprop.run.RunSetup;
import lab.backprop.run.RunSpec;
import org.junit.jupiter.api.Test;

/**
 * At full speed the session keeps a point to go back to only every few epochs (a power of two
 * chosen from the speed), so that copying the run does not slow the smallest networks; stepped or
 * paced runs keep every epoch.
 */
class RewindPaceTest {
  private static final RunSpec RUN = RunOptions.parse("--seed", "4", "--lr", "0.3");

  private static long every(double epochsPerSecond) {
    TrainingSession s = new TrainingSession(TrainerSettings.of(RUN));
    s.rewindPace(epochsPerSecond);
    return s.fullSpeedRewindEvery();
  }

  @Test
  void theStrideIsTheLeastPowerOfTwoThatKeepsAtMost250PointsASecond() {
    assertThat(every(0)).isEqualTo(1);
    assertThat(every(Double.NaN)).isEqualTo(1);
    assertThat(every(250)).isEqualTo(1);
    assertThat(every(251)).isEqualTo(2); // 1.004 points an epoch → every 2nd epoch
    assertThat(every(1000)).isEqualTo(4);
    assertThat(every(1001)).isEqualTo(8);
    assertThat(every(40_000)).isEqualTo(256); // 160 → 256: 156 points a second
    assertThat(every(1e9)).isEqualTo(1L << 22); // 4,000,000 → 4,194,304
    assertThat(every(Double.POSITIVE_INFINITY)).isEqualTo(1L << 40);
  }

  @Test
  void atFullSpeedOnlyMultiplesOfTheStrideAreKeptAndTheyResumeExactly() throws Exception {
    TrainingSession s =
        new TrainingSession(TrainerSettings.of(RUN).withSpeed(TrainerSettings.FULL_SPEED));
    s.rewindPace(40_000);
    for (int k = 0; k < 600; k++) {
      s.playStep();
    }
    assertThat(s.epoch).isEqualTo(600);
    assertThat(s.rewind.epochs()).containsExactly(0, 256, 512);
    // epochs stepped one at a time are all kept, whatever the speed measured before
    for (int k = 0; k < 3; k++) {
      s.stepEpoch();
    }
    assertThat(s.rewind.epochs()).containsExactly(0, 256, 512, 601, 602, 603);

    s.apply(new Command.Rewind(512));
    Network atK = FixedRun.fresh(RunSetup.of(RUN)).train(512, null).network();
    assertThat(s.epoch).isEqualTo(512);
    assertThat(s.network().copyW()).isDeepEqualTo(atK.copyW());
    assertThat(s.network().copyB()).isDeepEqualTo(atK.copyB());
  }

  @Test
  void playingAtAPaceKeepsEveryEpoch() {
    TrainingSession s =
        new TrainingSession(
            TrainerSettings.of(RunOptions.parse("--seed", "4", "--batch", "80")).withSpeed(750));
    s.rewindPace(40_000);
    for (int k = 0; k < 2 * 5; k++) { // 160 training rows in batches of 80: 2 steps an epoch
      s.playStep();
    }
    assertThat(s.rewind.epochs()).containsExactly(0, 1, 2, 3, 4, 5);
  }
}
