package lab.backprop.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The optimizer state's shape: zeros per kind, copies, and the checks naming the misfit. */
class OptimizerStateTest {
  /** [2, 3, 1]: W_0 has 6 values, b_0 3, W_1 3, b_1 1. */
  private static final Network NET =
      Network.initialized(
          new int[] {2, 3, 1}, new Activation[] {Activation.TANH}, OutputKind.MSE, 0, 1);

  private static double[][] zeros() {
    return new double[][] {new double[6], new double[3], new double[3], new double[1]};
  }

  @Test
  void aFreshStateIsZerosOfTheNetworksShape() {
    OptimizerState adam = OptimizerState.zero(OptimizerKind.ADAM, NET);
    assertThat(adam.t()).isZero();
    assertThat(adam.moments()).hasSize(2);
    for (double[][] moment : adam.moments()) {
      assertThat(moment).isDeepEqualTo(zeros());
    }
    assertThat(OptimizerState.zero(OptimizerKind.MOMENTUM, NET).moments()).hasSize(1);
    assertThat(OptimizerState.zero(OptimizerKind.SGD, NET).moments()).isEmpty();
    adam.checkFits(OptimizerKind.ADAM, NET);
  }

  @Test
  void onlyAdamCountsSteps() {
    assertThat(OptimizerState.countsSteps(OptimizerKind.ADAM)).isTrue();
    assertThat(OptimizerState.countsSteps(OptimizerKind.SGD)).isFalse();
    assertThat(OptimizerState.countsSteps(OptimizerKind.MOMENTUM)).isFalse();
    assertThat(OptimizerState.countsSteps(OptimizerKind.NESTEROV)).isFalse();
    assertThatThrownBy(() -> new OptimizerState(3, List.of()).checkFits(OptimizerKind.SGD, NET))
        .hasMessage("t: sgd does not count steps");
  }

  @Test
  void momentsAreHandedOutAsCopies() {
    double[][] v = zeros();
    v[1][2] = 0.5;
    OptimizerState state = new OptimizerState(0, List.<double[][]>of(v));
    v[1][2] = 9;
    state.moments().get(0)[1][2] = 9;
    state.moment(0)[1][2] = 9;
    assertThat(state.moment(0)[1][2]).isEqualTo(0.5);
    assertThat(state.moments().get(0)[1][2]).isEqualTo(0.5);
  }

  @Test
  void aMisfitIsNamedByMomentAndSlot() {
    double[][] shortBias = zeros();
    shortBias[3] = new double[2];
    assertThatThrownBy(
            () ->
                new OptimizerState(0, List.<double[][]>of(shortBias))
                    .checkFits(OptimizerKind.MOMENTUM, NET))
        .hasMessage("velocity.b[1] has 2 values, the network's has 1");
    double[][] shortWeights = zeros();
    shortWeights[2] = new double[4];
    assertThatThrownBy(
            () ->
                new OptimizerState(0, List.<double[][]>of(shortWeights))
                    .checkFits(OptimizerKind.NESTEROV, NET))
        .hasMessage("velocity.W[1] has 4 values, the network's has 3");
    double[][] negative = zeros();
    negative[1][0] = -1;
    assertThatThrownBy(
            () ->
                new OptimizerState(5, List.of(zeros(), negative))
                    .checkFits(OptimizerKind.ADAM, NET))
        .hasMessage("s.b[0] holds -1.0");
    // m may be negative, s (a mean of squares) may not
    new OptimizerState(5, List.of(negative, zeros())).checkFits(OptimizerKind.ADAM, NET);
    double[][] nan = zeros();
    nan[2][1] = Double.NaN;
    assertThatThrownBy(
            () -> new OptimizerState(5, List.of(nan, zeros())).checkFits(OptimizerKind.ADAM, NET))
        .hasMessage("m.W[1] holds NaN");
    assertThatThrownBy(
            () ->
                new OptimizerState(
                        0,
                        List.<double[][]>of(
                            new double[][] {new double[6], new double[3], new double[3]}))
                    .checkFits(OptimizerKind.MOMENTUM, NET))
        .hasMessage("velocity has 3 arrays, the network has 4");
  }
}
