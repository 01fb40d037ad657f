package lab.backprop.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import lab.backprop.nn.OutputKind;
import lab.backprop.nn.Samples;
import org.junit.jupiter.api.Test;

/** The one definition of divergence, with chance levels worked out by hand. */
class DivergenceTest {
  private static final Samples THREE_CLASSES =
      new Samples(new double[][] {{0, 0}, {1, 1}}, new int[] {0, 2}, null);

  @Test
  void chanceLevelIsLnKForClassesAndTheTargetsVarianceForRegression() {
    assertThat(Divergence.chanceLoss(OutputKind.SOFTMAX_CE, 3, THREE_CLASSES))
        .isEqualTo(Math.log(3));
    assertThat(Divergence.chanceLoss(OutputKind.SIGMOID_BCE, 1, THREE_CLASSES))
        .isEqualTo(Math.log(2));
    // targets 1 and 3: mean 2, variance ((1-2)^2 + (3-2)^2) / 2 = 1
    Samples targets = new Samples(new double[][] {{0}, {1}}, null, new double[] {1, 3});
    assertThat(Divergence.chanceLoss(OutputKind.MSE, 1, targets)).isEqualTo(1.0);
    // constant targets have no variance: the bound falls back to 1
    Samples flat = new Samples(new double[][] {{0}, {1}}, null, new double[] {5, 5});
    assertThat(Divergence.chanceLoss(OutputKind.MSE, 1, flat)).isEqualTo(1.0);
  }

  @Test
  void aLossAboveTheBoundDivergesOnlyWhenItStaysThereForTheWholeWindow() {
    Divergence d = new Divergence(OutputKind.SOFTMAX_CE, 3, THREE_CLASSES);
    double bound = 10 * Math.log(3);
    assertThat(d.bound()).isEqualTo(bound);
    for (int k = 1; k < 20; k++) {
      assertThat(d.record(2 * bound)).as("check %d", k).isFalse();
    }
    assertThat(d.record(2 * bound)).isTrue();
    d.clear();
    for (int k = 1; k <= 19; k++) {
      d.record(2 * bound);
    }
    // one low loss among twenty: the mean (19 * 2b + 0) / 20 = 1.9 b is still above
    assertThat(d.record(0)).isTrue();
    d.clear();
    for (int k = 1; k <= 10; k++) {
      d.record(1.5 * bound);
    }
    for (int k = 1; k <= 10; k++) {
      // mean of ten 1.5 b and ten 0.4 b is 0.95 b: within the bound
      assertThat(d.record(0.4 * bound)).isFalse();
    }
  }

  @Test
  void aNonFiniteLossDivergesAtOnce() {
    Divergence d = new Divergence(OutputKind.SOFTMAX_CE, 3, THREE_CLASSES);
    assertThat(d.record(Double.NaN)).isTrue();
    assertThat(d.record(Double.POSITIVE_INFINITY)).isTrue();
    assertThat(d.withinBound(Double.NaN)).isFalse();
    assertThat(d.withinBound(0.5)).isTrue();
  }

  @Test
  void theVarianceOfOtherTargetsIsWorkedOutByHand() {
    // targets 0 and 4: mean 2, variance (4 + 4) / 2 = 4
    Samples two = new Samples(new double[][] {{0}, {1}}, null, new double[] {0, 4});
    assertThat(Divergence.chanceLoss(OutputKind.MSE, 1, two)).isEqualTo(4.0);
    // targets 1, 2 and 6: mean 3, variance (4 + 1 + 9) / 3
    Samples three = new Samples(new double[][] {{0}, {1}, {2}}, null, new double[] {1, 2, 6});
    assertThat(Divergence.chanceLoss(OutputKind.MSE, 1, three)).isCloseTo(14 / 3.0, within(1e-15));
  }

  @Test
  void aLossExactlyAtTheBoundIsWithinIt() {
    // targets 0 and 4: variance 4, bound 40, and twenty losses of 40 sum exactly to 800
    Samples two = new Samples(new double[][] {{0}, {1}}, null, new double[] {0, 4});
    Divergence d = new Divergence(OutputKind.MSE, 1, two);
    assertThat(d.bound()).isEqualTo(40.0);
    assertThat(d.withinBound(d.bound())).isTrue();
    assertThat(d.withinBound(Math.nextUp(d.bound()))).isFalse();
    for (int k = 1; k <= 20; k++) {
      assertThat(d.record(d.bound())).as("check %d, mean at the bound", k).isFalse();
    }
  }

  @Test
  void restoringRecentLossesReplacesWhatWasRecorded() {
    Divergence d = new Divergence(OutputKind.SOFTMAX_CE, 3, THREE_CLASSES);
    double high = 2 * d.bound();
    for (int k = 1; k <= 10; k++) {
      d.record(high);
    }
    d.restoreRecent(new double[] {1, 2});
    assertThat(d.recent()).containsExactly(1, 2);
    d.restoreRecent(new double[0]);
    assertThat(d.recent()).isEmpty();
    for (int k = 1; k <= 19; k++) {
      assertThat(d.record(high)).as("check %d after the restore", k).isFalse();
    }
    assertThat(d.record(high)).isTrue();
  }
}
