package lab.backprop.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A loop's saved state is checked against the data before a loop is restored from it. */
class TrainingLoopStateTest {
  private static final OptimizerState NONE = new OptimizerState(0, List.of());

  private static TrainingLoop.State state(int[] order, int position, long epoch, long seen) {
    return new TrainingLoop.State(NONE, order, position, epoch, seen, 7);
  }

  @Test
  void aStateOfEveryRowOnceFits() {
    state(new int[] {2, 0, 1}, 0, 0, 0).checkFits(3);
    state(new int[] {2, 0, 1}, 2, 4, 14).checkFits(3);
  }

  @Test
  void theOrderMustHoldEachRowOnce() {
    assertThatThrownBy(() -> state(new int[] {0, 1}, 0, 0, 0).checkFits(3))
        .hasMessage("order has 2 entries, the training data has 3 rows");
    assertThatThrownBy(() -> state(new int[] {0, 3, 1}, 0, 0, 0).checkFits(3))
        .hasMessage("order[1] = 3: the order must hold each of 0 … 2 once");
    assertThatThrownBy(() -> state(new int[] {0, -1, 1}, 0, 0, 0).checkFits(3))
        .hasMessage("order[1] = -1: the order must hold each of 0 … 2 once");
    assertThatThrownBy(() -> state(new int[] {0, 1, 0}, 0, 0, 0).checkFits(3))
        .hasMessage("order[2] = 0: the order must hold each of 0 … 2 once");
  }

  @Test
  void positionAndCountersMustBeInRange() {
    int[] order = {1, 0, 2};
    assertThatThrownBy(() -> state(order, 3, 0, 0).checkFits(3))
        .hasMessage("position is 3, expected 0 … 2");
    assertThatThrownBy(() -> state(order, -1, 0, 0).checkFits(3))
        .hasMessage("position is -1, expected 0 … 2");
    assertThatThrownBy(() -> state(order, 0, -1, 0).checkFits(3))
        .hasMessage("epoch and examples_seen must be >= 0");
    assertThatThrownBy(() -> state(order, 0, 0, -1).checkFits(3))
        .hasMessage("epoch and examples_seen must be >= 0");
  }

  @Test
  void restoringFromAStateThatDoesNotFitIsRefused() {
    Network net =
        Network.initialized(
            new int[] {1, 2, 1}, new Activation[] {Activation.TANH}, OutputKind.MSE, 0, 3);
    Samples data = new Samples(new double[][] {{0}, {1}, {2}}, null, new double[] {0, 1, 2});
    assertThatThrownBy(
            () ->
                TrainingLoop.restore(
                    net, data, OptimizerSettings.DEFAULT, 1, state(new int[] {0, 0, 1}, 0, 0, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("once");
  }

  @Test
  void aStepReturnsTheLossBeforeItsUpdateAndTheLoopTellsItsSettings() {
    // x = 0, t = 0: output 2, squared error 4
    Samples data = new Samples(new double[][] {{0}}, null, new double[] {0});
    OptimizerSettings momentum = OptimizerSettings.of(OptimizerKind.MOMENTUM, 0.01);
    TrainingLoop loop = new TrainingLoop(HandNets.line(OutputKind.MSE, 0), data, momentum, 3, 1);
    assertThat(loop.stepExample()).isEqualTo(4);
    assertThat(loop.batchSize()).isEqualTo(3);
    assertThat(loop.optimizerSettings()).isEqualTo(momentum);
  }

  @Test
  void aNewNetworkStartsWithoutTheOldVelocity() {
    Samples data = new Samples(new double[][] {{0}, {1}}, null, new double[] {0, 1});
    OptimizerSettings momentum = OptimizerSettings.of(OptimizerKind.MOMENTUM, 0.01);
    TrainingLoop used = new TrainingLoop(HandNets.line(OutputKind.MSE, 0), data, momentum, 0, 1);
    used.stepBatch();
    used.stepBatch();
    used.setNetwork(HandNets.line(OutputKind.MSE, 0));
    used.stepBatch();
    TrainingLoop fresh = new TrainingLoop(HandNets.line(OutputKind.MSE, 0), data, momentum, 0, 1);
    fresh.stepBatch();
    assertThat(used.network().copyW()).isDeepEqualTo(fresh.network().copyW());
    assertThat(used.network().copyB()).isDeepEqualTo(fresh.network().copyB());
  }
}
