package lab.backprop.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import lab.backprop.train.SweepSummary.Measure;
import org.junit.jupiter.api.Test;

class SweepSummaryTest {
  private static FixedRun.Result run(double testLoss, double testAccuracy, long epochsToTarget) {
    return new FixedRun.Result(
        new FixedRun.Metrics(9.0, 8.0, 0.125),
        new FixedRun.Metrics(testLoss + 1.0, testLoss, testAccuracy),
        100,
        null,
        epochsToTarget,
        null);
  }

  private static FixedRun.Result trainOnly(double dataLoss, double accuracy) {
    return new FixedRun.Result(
        new FixedRun.Metrics(dataLoss + 1.0, dataLoss, accuracy), null, 100, null, -1, null);
  }

  private static FixedRun.Result diverged() {
    return new FixedRun.Result(null, null, 7, "loss diverged at epoch 7", -1, null);
  }

  @Test
  void measuresReadTheTestRowsAndTheirLabelsNameThem() {
    FixedRun.Result r = run(0.25, 0.75, 40);
    assertThat(Measure.TEST_LOSS.of(r)).isEqualTo(0.25);
    assertThat(Measure.TEST_ACCURACY.of(r)).isEqualTo(0.75);
    assertThat(Measure.EPOCHS_TO_TARGET.of(r)).isEqualTo(40.0);
    assertThat(Measure.TEST_LOSS.label()).isEqualTo("test loss");
    assertThat(Measure.TEST_ACCURACY.label()).isEqualTo("test accuracy");
    assertThat(Measure.EPOCHS_TO_TARGET.label()).isEqualTo("epochs to target");
  }

  @Test
  void withoutTestRowsTheMeasuresReadTheTrainRows() {
    FixedRun.Result r = trainOnly(0.5, 0.875);
    assertThat(Measure.TEST_LOSS.of(r)).isEqualTo(0.5);
    assertThat(Measure.TEST_ACCURACY.of(r)).isEqualTo(0.875);
  }

  @Test
  void aDivergedRunOrATargetNotReachedHasNoNumber() {
    for (Measure m : Measure.values()) {
      assertThat(m.of(diverged())).as(m.label()).isNaN();
    }
    assertThat(Measure.EPOCHS_TO_TARGET.of(run(0.25, 0.75, -1))).isNaN();
    // only -1 means "not reached": any epoch counts, the smallest too
    assertThat(Measure.EPOCHS_TO_TARGET.of(run(0.25, 0.75, 0))).isZero();
  }

  @Test
  void summarisesTheRunsThatHaveTheNumber() {
    // test losses 2, 4, 1 and a diverged run: by hand, mean 7/3, smallest 1, largest 4,
    // population variance ((2-7/3)^2 + (4-7/3)^2 + (1-7/3)^2) / 3 = (1/9 + 25/9 + 16/9) / 3 = 14/9
    List<FixedRun.Result> runs =
        List.of(run(2, 0.5, 10), run(4, 0.5, 10), diverged(), run(1, 0.5, 10));
    SweepSummary s = SweepSummary.of(runs, Measure.TEST_LOSS);
    assertThat(s.values()).containsExactly(2.0, 4.0, Double.NaN, 1.0);
    assertThat(s.mean()).isCloseTo(7.0 / 3.0, within(1e-15));
    assertThat(s.min()).isEqualTo(1.0);
    assertThat(s.max()).isEqualTo(4.0);
    assertThat(s.sd()).isCloseTo(Math.sqrt(14.0) / 3.0, within(1e-15));
    assertThat(s.diverged()).isEqualTo(1);
    assertThat(s.runs()).isEqualTo(4);
    assertThat(s.counted()).isEqualTo(3);
  }

  @Test
  void aTargetNotReachedIsNotCountedAndNotDiverged() {
    List<FixedRun.Result> runs = List.of(run(1, 0.9, 30), run(1, 0.6, -1), run(1, 0.9, 50));
    SweepSummary s = SweepSummary.of(runs, Measure.EPOCHS_TO_TARGET);
    assertThat(s.values()).containsExactly(30.0, Double.NaN, 50.0);
    assertThat(s.mean()).isEqualTo(40.0);
    assertThat(s.min()).isEqualTo(30.0);
    assertThat(s.max()).isEqualTo(50.0);
    assertThat(s.sd()).isEqualTo(10.0);
    assertThat(s.diverged()).isZero();
    assertThat(s.counted()).isEqualTo(2);
  }

  @Test
  void withNoNumberEverySummaryIsNaN() {
    SweepSummary s = SweepSummary.of(List.of(diverged(), diverged()), Measure.TEST_ACCURACY);
    assertThat(s.mean()).isNaN();
    assertThat(s.min()).isNaN();
    assertThat(s.max()).isNaN();
    assertThat(s.sd()).isNaN();
    assertThat(s.diverged()).isEqualTo(2);
    assertThat(s.runs()).isEqualTo(2);
    assertThat(s.counted()).isZero();
    SweepSummary none = SweepSummary.of(List.of(), Measure.TEST_LOSS);
    assertThat(none.values()).isEmpty();
    assertThat(none.mean()).isNaN();
    assertThat(none.runs()).isZero();
  }
}
