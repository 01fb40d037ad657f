package lab.backprop.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Predictor on small networks whose outputs are worked out by hand. */
class PredictorTest {
  private static final double EPS = 1e-15;

  /** [2, 2, k], identity hidden with W = I, logits (x1, x2) and, for k = 3, 0. */
  private static Network softmax(int k) {
    double[][] w1 =
        k == 2 ? new double[][] {{1, 0}, {0, 1}} : new double[][] {{1, 0}, {0, 1}, {0, 0}};
    return new Network(
        new int[] {2, 2, k},
        new Activation[] {Activation.IDENTITY},
        OutputKind.SOFTMAX_CE,
        0,
        new double[][][] {{{1, 0}, {0, 1}}, w1},
        new double[][] {{0, 0}, new double[k]});
  }

  @Test
  void oneAndTheSamePredictorFollowsNetworksOfOtherShapes() {
    Predictor predictor = new Predictor();
    double[] out = new double[3];
    predictor.predict(HandNets.line(OutputKind.MSE, 0), new double[] {0, 1, 2}, 3, out);
    assertThat(out).containsExactly(new double[] {2, 8, 14}, within(EPS));

    // e^(ln 3) : e^0 = 3 : 1
    double[] two = new double[2];
    predictor.predict(softmax(2), new double[] {Math.log(3), 0}, 1, two);
    assertThat(two).containsExactly(new double[] {0.75, 0.25}, within(EPS));

    // only the output size differs from the last network: e^z = 2 : 1 : 1
    double[] three = new double[6];
    predictor.predict(softmax(3), new double[] {Math.log(2), 0, 0, 0}, 2, three);
    assertThat(three)
        .containsExactly(new double[] {0.5, 0.25, 0.25, 1.0 / 3, 1.0 / 3, 1.0 / 3}, within(EPS));

    predictor.predict(HandNets.line(OutputKind.MSE, 0).freeze(), new double[] {-1}, 1, out);
    assertThat(out[0]).isCloseTo(-4, within(EPS));
  }

  @Test
  void theActivationOfOneUnitComesAlong() {
    Predictor predictor = new Predictor();
    double[] out = new double[3];
    double[] unit = new double[3];
    predictor.predictWithUnit(
        HandNets.line(OutputKind.MSE, 0), new double[] {0, 1, 2}, 3, out, 0, 0, unit);
    assertThat(unit).containsExactly(new double[] {1, 3, 5}, within(EPS));
    // the last layer's unit is the output itself
    predictor.predictWithUnit(
        HandNets.line(OutputKind.MSE, 0).freeze(), new double[] {0, 1, 2}, 3, out, 1, 0, unit);
    assertThat(unit).containsExactly(new double[] {2, 8, 14}, within(EPS));
    assertThat(out).containsExactly(new double[] {2, 8, 14}, within(EPS));
  }

  @Test
  void missingUnitsAndShortArraysAreRefused() {
    Predictor predictor = new Predictor();
    Network net = HandNets.line(OutputKind.MSE, 0);
    double[] x = {0, 1};
    double[] out = new double[2];
    for (int[] bad : new int[][] {{-1, 0}, {2, 0}, {0, 1}, {0, -1}, {1, 1}}) {
      assertThatThrownBy(
              () -> predictor.predictWithUnit(net, x, 2, out, bad[0], bad[1], new double[2]))
          .as("layer %d unit %d", bad[0], bad[1])
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "unit " + bad[1] + " of layer " + bad[0] + " does not exist or unitOut is too short");
    }
    assertThatThrownBy(() -> predictor.predictWithUnit(net, x, 2, out, 0, 0, new double[1]))
        .isInstanceOf(IllegalArgumentException.class);
    Network three = softmax(3);
    assertThatThrownBy(() -> predictor.predict(three, new double[3], 2, new double[6]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("x needs 4 values and out 6 for 2 points");
    assertThatThrownBy(() -> predictor.predict(three, new double[4], 2, new double[5]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("x needs 4 values and out 6 for 2 points");
  }

  @Test
  void aFrozenNetworkAnswersLikeItsNetwork() {
    Network net =
        new Network(
            new int[] {3, 2, 4, 1},
            new Activation[] {Activation.TANH, Activation.RELU},
            OutputKind.SIGMOID_BCE,
            0.5,
            new double[][][] {
              {{1, 2, 3}, {4, 5, 6}}, {{1, 0}, {0, 1}, {1, 1}, {2, 0}}, {{1, 2, 3, 4}}
            },
            new double[][] {{0.5, -0.5}, {1, 2, 3, 4}, {9}});
    FrozenNetwork frozen = net.freeze();
    assertThat(frozen.layerSize(2)).isEqualTo(4);
    assertThat(frozen.numLayers()).isEqualTo(3);
    assertThat(net.numHidden()).isEqualTo(2);
    assertThat(frozen.inputSize()).isEqualTo(3);
    assertThat(frozen.activation(1)).isEqualTo(Activation.RELU);
    assertThat(frozen.output()).isEqualTo(OutputKind.SIGMOID_BCE);
    assertThat(frozen.weightsCopy(0)).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(frozen.biasesCopy(1)).containsExactly(1, 2, 3, 4);
    frozen.weightsCopy(0)[0] = 7;
    frozen.biasesCopy(1)[0] = 7;
    assertThat(frozen.w(0, 0, 0)).isEqualTo(1);
    assertThat(frozen.b(1, 0)).isEqualTo(1);
    assertThat(frozen.isFinite()).isTrue();
    net.setW(2, 0, 3, Double.NaN);
    assertThat(net.freeze().isFinite()).isFalse();
    assertThat(frozen.isFinite()).as("the frozen copy is untouched").isTrue();
  }
}
