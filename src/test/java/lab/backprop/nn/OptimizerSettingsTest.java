package lab.backprop.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The optimizer settings' ranges, names and copies. */
class OptimizerSettingsTest {
  @Test
  void momentumAndBetasLieInZeroIncludedToOneExcluded() {
    OptimizerSettings zeros = new OptimizerSettings(OptimizerKind.ADAM, 0.1, 0, 0, 0, 0);
    assertThat(zeros.beta2()).isZero();
    assertThatThrownBy(() -> new OptimizerSettings(OptimizerKind.ADAM, 0.1, 0.9, 0.9, 1, 1e-8))
        .hasMessage("beta2: expected a number in [0, 1), got 1.0");
    assertThatThrownBy(() -> new OptimizerSettings(OptimizerKind.MOMENTUM, 0.1, 1, 0.9, 0.9, 1e-8))
        .hasMessage("momentum: expected a number in [0, 1), got 1.0");
  }

  @Test
  void theNamesAreTheJsonNamesInMenuOrder() {
    assertThat(OptimizerKind.names()).isEqualTo("sgd, momentum, nesterov, adam");
    assertThatThrownBy(() -> OptimizerKind.fromName("rmsprop"))
        .hasMessage("unknown optimizer 'rmsprop', expected one of sgd, momentum, nesterov, adam");
  }

  @Test
  void anotherKindKeepsTheHyperParameters() {
    OptimizerSettings sgd = new OptimizerSettings(OptimizerKind.SGD, 0.5, 0.8, 0.7, 0.6, 1e-6);
    assertThat(sgd.withKind(OptimizerKind.ADAM))
        .isEqualTo(new OptimizerSettings(OptimizerKind.ADAM, 0.5, 0.8, 0.7, 0.6, 1e-6));
  }
}
