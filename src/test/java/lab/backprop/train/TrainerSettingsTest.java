package lab.backprop.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import lab.backprop.run.RunSpec;
import org.junit.jupiter.api.Test;

class TrainerSettingsTest {

  @Test
  void defaultsAreTheDefaultRunAtFullSpeed() {
    TrainerSettings s = TrainerSettings.defaults();
    assertThat(s.run()).isEqualTo(RunSpec.DEFAULT);
    assertThat(s.isFullSpeed()).isTrue();
    assertThat(s.withSpeed(5).isFullSpeed()).isFalse();
    assertThat(s.withSpeed(5).stepsPerSecond()).isEqualTo(5);
  }

  @Test
  void aPaceOutOfRangeIsRejectedNamingTheField() {
    TrainerSettings s = TrainerSettings.defaults();
    assertThatThrownBy(() -> s.withSpeed(0.5)).hasMessageContaining("stepsPerSecond");
    assertThatThrownBy(() -> s.withSpeed(20_000)).hasMessageContaining("stepsPerSecond");
    assertThatThrownBy(() -> new Command.SetSpeed(Double.NaN))
        .hasMessageContaining("stepsPerSecond");
    assertThatThrownBy(() -> new Command.SetLearningRate(0)).hasMessageContaining("lr");
    assertThatThrownBy(() -> new Command.SetHiddenSizes(new int[] {8, 0}))
        .hasMessageContaining("network.hidden");
    assertThatThrownBy(() -> new Command.SetL2(-1)).hasMessageContaining("network.l2");
    assertThatThrownBy(() -> new Command.SetBatchSize(-3)).hasMessageContaining("training.batch");
    assertThatThrownBy(() -> new Command.SetInitSeed(-1)).hasMessageContaining("seeds");
  }
}
