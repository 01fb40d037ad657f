package lab.backprop.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import lab.backprop.data.Task;
import lab.backprop.nn.Activation;
import lab.backprop.nn.OutputKind;
import org.junit.jupiter.api.Test;

class TrainerSettingsTest {

  @Test
  void defaultsAreMoonsWithOneTanhLayerOfEight() {
    TrainerSettings s = TrainerSettings.defaults();
    assertThat(s.data().name()).isEqualTo("moons");
    assertThat(s.hidden()).containsExactly(8);
    assertThat(s.activations()).containsExactly(Activation.TANH);
    assertThat(s.output()).isEqualTo(OutputKind.SOFTMAX_CE);
    assertThat(s.layerSizes(2, 2)).containsExactly(2, 8, 2);
    assertThat(s.isFullSpeed()).isTrue();
  }

  @Test
  void badValuesAreRejectedNamingTheField() {
    TrainerSettings s = TrainerSettings.defaults();
    assertThatThrownBy(() -> s.withHidden(new int[0])).hasMessageContaining("hidden");
    assertThatThrownBy(() -> s.withHidden(new int[] {8, 0})).hasMessageContaining("hidden[1]");
    assertThatThrownBy(() -> s.withL2(-1)).hasMessageContaining("l2");
    assertThatThrownBy(() -> s.withBatchSize(-3)).hasMessageContaining("batchSize");
    assertThatThrownBy(() -> s.withSpeed(0.5)).hasMessageContaining("stepsPerSecond");
    assertThatThrownBy(() -> s.withData(s.data(), 0, 0)).hasMessageContaining("trainRatio");
    assertThatThrownBy(
            () -> s.withArchitecture(new int[] {4, 4}, new Activation[] {Activation.RELU}))
        .hasMessageContaining("activations");
    assertThatThrownBy(() -> new Command.SetSpeed(Double.NaN))
        .hasMessageContaining("stepsPerSecond");
    assertThatThrownBy(() -> new Command.SetLearningRate(0)).hasMessageContaining("lr");
  }

  @Test
  void addedLayersTakeTheLastActivationAndArraysAreCopied() {
    int[] hidden = {3, 4};
    TrainerSettings s =
        TrainerSettings.defaults().withActivation(Activation.RELU).withHidden(hidden);
    hidden[0] = 99;
    assertThat(s.hidden()).containsExactly(3, 4);
    assertThat(s.activations()).containsExactly(Activation.RELU, Activation.RELU);
    assertThat(s)
        .isEqualTo(
            TrainerSettings.defaults()
                .withActivation(Activation.RELU)
                .withHidden(new int[] {3, 4}));
  }

  @Test
  void outputsFitTheirTasks() {
    assertThat(TrainerSettings.fits(OutputKind.SIGMOID_BCE, Task.CLASSIFICATION, 2)).isTrue();
    assertThat(TrainerSettings.fits(OutputKind.SIGMOID_BCE, Task.CLASSIFICATION, 3)).isFalse();
    assertThat(TrainerSettings.fits(OutputKind.MSE, Task.CLASSIFICATION, 2)).isFalse();
    assertThat(TrainerSettings.fits(OutputKind.MSE, Task.REGRESSION, 0)).isTrue();
    assertThat(TrainerSettings.defaultOutput(Task.REGRESSION)).isEqualTo(OutputKind.MSE);
    assertThat(TrainerSettings.outputSize(OutputKind.SOFTMAX_CE, 3)).isEqualTo(3);
  }
}
