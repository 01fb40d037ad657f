package lab.backprop.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import lab.backprop.data.Task;
import lab.backprop.nn.Activation;
import lab.backprop.nn.OptimizerKind;
import lab.backprop.nn.OutputKind;
import org.junit.jupiter.api.Test;

/** The run spec's defaults, limits and derived values, and its option vocabulary. */
class RunSpecTest {

  @Test
  void theDefaultRunIsTwoMoonsWithOneTanhLayerOfEight() {
    RunSpec s = RunSpec.DEFAULT;
    assertThat(s.data().dataset()).isEqualTo("moons");
    assertThat(s.data().n()).isEqualTo(200);
    assertThat(s.data().noise()).isEqualTo(0.2);
    assertThat(s.data().ratio()).isEqualTo(0.8);
    assertThat(s.network().hidden()).containsExactly(8);
    assertThat(s.network().activations()).containsExactly(Activation.TANH);
    assertThat(s.network().output()).isEqualTo(OutputKind.SOFTMAX_CE);
    assertThat(s.network().layerSizes(2, 2)).containsExactly(2, 8, 2);
    assertThat(s.optimizer().kind()).isEqualTo(OptimizerKind.SGD);
    assertThat(s.optimizer().lr()).isEqualTo(0.1);
    assertThat(s.training().fullBatch()).isTrue();
    assertThat(s.seeds()).isEqualTo(new Seeds(0, 0, 0, 0));
    assertThat(RunOptions.parse()).isEqualTo(RunSpec.DEFAULT);
  }

  @Test
  void optionsApplyInOrderAndTheLastValueCounts() {
    RunSpec s = RunOptions.parse("--lr", "0.3", "--hidden", "4,5", "--lr", "0.7", "--seed", "11");
    assertThat(s.optimizer().lr()).isEqualTo(0.7);
    assertThat(s.network().hidden()).containsExactly(4, 5);
    assertThat(s.network().activations()).containsExactly(Activation.TANH, Activation.TANH);
    assertThat(s.seeds()).isEqualTo(Seeds.all(11));
    assertThat(RunOptions.parse("--init-seed", "4").seeds()).isEqualTo(new Seeds(0, 0, 4, 4));
    assertThat(RunOptions.parse("--name", "xor", "--train-ratio", "0.5").data())
        .isEqualTo(RunOptions.parse("--dataset", "xor", "--ratio", "0.5").data());
    assertThat(RunOptions.parse("--activation", "RELU").network().activations())
        .containsExactly(Activation.RELU);
  }

  @Test
  void theOutputFollowsTheDataSetUnlessGiven() {
    assertThat(RunOptions.parse("--dataset", "regression").network().output())
        .isEqualTo(OutputKind.MSE);
    assertThat(
            RunOptions.parse("--output", "sigmoid_bce", "--dataset", "circles").network().output())
        .isEqualTo(OutputKind.SIGMOID_BCE);
    assertThatThrownBy(() -> RunOptions.parse("--output", "sigmoid_bce", "--dataset", "regression"))
        .hasMessageContaining("--output sigmoid_bce")
        .hasMessageContaining("regression needs mse");
    assertThatThrownBy(
            () ->
                RunOptions.parse(
                    "--dataset", "spiral", "--classes", "3", "--output", "sigmoid_bce"))
        .hasMessageContaining("3 classes need softmax_ce");
  }

  @Test
  void limitsAreTheEngines() {
    assertThatThrownBy(() -> RunOptions.parse("--hidden", "513"))
        .hasMessageContaining("1 to 512 units");
    assertThat(RunOptions.parse("--hidden", "512,512").network().hidden())
        .containsExactly(512, 512);
    assertThat(RunOptions.parse("--dataset", "mnist").data().classes()).isEqualTo(10);
    assertThat(RunOptions.parse("--dataset", "iris", "--no-standardize").data().standardize())
        .isFalse();
    assertThatThrownBy(() -> RunOptions.parse("--classes", "6", "--dataset", "blobs"))
        .hasMessageContaining("blobs takes 2 to 5 classes");
    assertThatThrownBy(() -> RunOptions.parse("--momentum", "1"))
        .hasMessageContaining("--momentum 1: expected a number in [0, 1)");
    assertThatThrownBy(() -> RunOptions.parse("--eps", "-1")).hasMessageContaining("--eps -1");
    assertThatThrownBy(() -> RunOptions.parse("--noise", "NaN")).hasMessageContaining("--noise");
  }

  @Test
  void outputsFitTheirTasks() {
    assertThat(NetworkSpec.fits(OutputKind.SIGMOID_BCE, Task.CLASSIFICATION, 2)).isTrue();
    assertThat(NetworkSpec.fits(OutputKind.SIGMOID_BCE, Task.CLASSIFICATION, 3)).isFalse();
    assertThat(NetworkSpec.fits(OutputKind.MSE, Task.CLASSIFICATION, 2)).isFalse();
    assertThat(NetworkSpec.fits(OutputKind.MSE, Task.REGRESSION, 0)).isTrue();
    assertThat(NetworkSpec.defaultOutput(Task.REGRESSION)).isEqualTo(OutputKind.MSE);
    assertThat(NetworkSpec.outputSize(OutputKind.SOFTMAX_CE, 3)).isEqualTo(3);
  }

  @Test
  void addedLayersTakeTheLastActivation() {
    NetworkSpec n =
        NetworkSpec.DEFAULT.withActivation(Activation.RELU).withHidden(new int[] {3, 4});
    assertThat(n.hidden()).containsExactly(3, 4);
    assertThat(n.activations()).containsExactly(Activation.RELU, Activation.RELU);
  }
}
