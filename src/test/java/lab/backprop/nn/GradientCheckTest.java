package lab.backprop.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The relative error's floor and the seeded sample of a large network. */
class GradientCheckTest {

  @Test
  void aNearZeroGradientIsJudgedByItsAbsoluteError() {
    // measured on a correct 2-128-128-2 network: a gradient of 1e-9 off by 3.09e-11 of rounding
    assertThat(GradientCheck.relativeError(2.2e-9, 2.2e-9 + 3.09e-11)).isLessThan(1e-6);
    // a large gradient keeps the plain relative error
    assertThat(GradientCheck.relativeError(2.0, 2.002)).isCloseTo(0.002 / 2.002, within());
    // a wrong gradient well above the rounding noise is caught even when it is small
    assertThat(GradientCheck.relativeError(1e-5, 2e-5)).isGreaterThan(1e-3);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  @Test
  void aLargeNetworkIsCheckedOnASeededSampleOfEveryLayer() {
    Network net =
        RandomNets.network(new int[] {2, 64, 64, 2}, Activation.TANH, OutputKind.SOFTMAX_CE, 0, 5);
    Samples samples = RandomNets.samples(6, 2, OutputKind.SOFTMAX_CE, 2, 8);
    List<Integer> progress = new ArrayList<>();

    GradientCheck.Result a =
        GradientCheck.check(net, samples, 1e-5, 100, 3, (done, total) -> progress.add(done));
    GradientCheck.Result b = GradientCheck.check(net, samples, 1e-5, 100, 3, (done, total) -> {});

    assertThat(a.parametersTotal()).isEqualTo(2 * 64 + 64 + 64 * 64 + 64 + 64 * 2 + 2);
    // a share of each of the 6 arrays, at least 10 of each (or all of b[2], which has 2)
    assertThat(a.parametersChecked()).isBetween(100, 100 + 6 * GradientCheck.MIN_PER_ARRAY);
    assertThat(progress).hasSize(a.parametersChecked()).endsWith(a.parametersChecked());
    assertThat(b).isEqualTo(a);
    assertThat(a.worstRelativeError()).isLessThan(1e-6);
    assertThat(a.worstParameter()).matches("[Wb]\\[\\d].*");
  }
}
