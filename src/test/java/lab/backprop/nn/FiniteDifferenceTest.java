package lab.backprop.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The analytic gradient against central finite differences of the loss, on random networks for
 * every activation × output, with and without L2. Nets whose pass has a hidden z within 1e-3 of a
 * kink are redrawn, so relu and leaky_relu are differentiable at every point the differences touch.
 */
class FiniteDifferenceTest {
  private static final double H = 1e-5;

  static List<Arguments> combinations() {
    List<Arguments> list = new ArrayList<>();
    for (Activation a : Activation.values()) {
      for (OutputKind o : OutputKind.values()) {
        for (double lambda : new double[] {0.0, 0.07}) {
          list.add(Arguments.of(a, o, lambda));
        }
      }
    }
    return list;
  }

  private static Network net;
  private static Samples samples;

  private static void draw(Activation a, OutputKind o, double lambda) {
    int classes = o == OutputKind.SOFTMAX_CE ? 3 : 1;
    // bounded: a broken forward pass fails here at once instead of drawing forever
    for (long seed = 1; seed <= 100; seed++) {
      net = RandomNets.network(new int[] {2, 5, 4, classes}, a, o, lambda, seed);
      samples = RandomNets.samples(6, 2, o, classes, seed + 1000);
      if (RandomNets.closestToKink(net, samples) > 1e-3) {
        return;
      }
    }
    throw new AssertionError("no net of 100 keeps its hidden z 1e-3 away from a kink");
  }

  @ParameterizedTest(name = "{0} {1} lambda={2}")
  @MethodSource("combinations")
  void analyticGradientMatchesCentralDifferences(Activation a, OutputKind o, double lambda) {
    draw(a, o, lambda);
    Trace trace = net.trace(samples);
    Backprop forward = new Backprop();
    int n = samples.size();
    int checked = 0;
    for (int l = 0; l < net.numLayers(); l++) {
      for (int j = 0; j < net.layerSize(l + 1); j++) {
        for (int i = 0; i <= net.layerSize(l); i++) {
          boolean bias = i == net.layerSize(l);
          double saved = bias ? net.b(l, j) : net.w(l, j, i);
          set(l, j, i, bias, saved + H);
          double plus = forward.loss(net, samples, null, 0, n);
          set(l, j, i, bias, saved - H);
          double minus = forward.loss(net, samples, null, 0, n);
          set(l, j, i, bias, saved);
          double numeric = (plus - minus) / (2 * H);
          double analytic = bias ? trace.db()[l][j] : trace.dW()[l][j][i];
          assertThat(Math.abs(analytic - numeric))
              .as("%s layer %d unit %d input %d", bias ? "b" : "W", l, j, i)
              .isLessThan(1e-8 + 1e-6 * Math.abs(numeric));
          checked++;
        }
      }
    }
    assertThat(checked).isPositive();

    GradientCheck.Result result = GradientCheck.check(net, samples, H);
    assertThat(result.parametersChecked()).isEqualTo(checked);
    assertThat(result.worstAbsoluteError()).isLessThan(1e-8);
  }

  private static void set(int l, int j, int i, boolean bias, double v) {
    if (bias) {
      net.setB(l, j, v);
    } else {
      net.setW(l, j, i, v);
    }
  }

  @ParameterizedTest(name = "{0} {1} lambda={2}")
  @MethodSource("combinations")
  void gradientCheckReportsSmallRelativeErrorAndCatchesAWrongGradient(
      Activation a, OutputKind o, double lambda) {
    draw(a, o, lambda);
    GradientCheck.Result result = GradientCheck.check(net, samples, H);
    assertThat(result.worstRelativeError()).as(result.toString()).isLessThan(1e-4);

    // the true gradient with one weight, then one bias, off by 0.01: flagged, and named
    Backprop backprop = new Backprop();
    backprop.run(net, samples, null, 0, samples.size());
    double[][] dW = backprop.dW(); // this Backprop's own buffers, used by nothing else
    double[][] db = backprop.db();
    dW[1][2 * 5 + 3] += 0.01; // layer 1 is 5 -> 4: W[1][2][3] is at 2·5 + 3
    GradientCheck.Result wrongW = GradientCheck.check(net, samples, H, dW, db);
    assertThat(wrongW.worstRelativeError())
        .as(wrongW.toString())
        .isGreaterThan(1e-3); // the check passes below 1e-4
    assertThat(wrongW.worstParameter()).isEqualTo("W[1][2][3]");
    assertThat(wrongW.worstAbsoluteError()).isCloseTo(0.01, within(1e-6));
    assertThat(wrongW.parametersChecked()).isEqualTo(result.parametersChecked());

    dW[1][2 * 5 + 3] -= 0.01;
    db[2][0] -= 0.01;
    GradientCheck.Result wrongB = GradientCheck.check(net, samples, H, dW, db);
    assertThat(wrongB.worstRelativeError())
        .as(wrongB.toString())
        .isGreaterThan(1e-3); // the check passes below 1e-4
    assertThat(wrongB.worstParameter()).isEqualTo("b[2][0]");
  }
}
