package lab.backprop.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NetworkTest {

  private static Network net() {
    return RandomNets.network(new int[] {2, 5, 4, 2}, Activation.TANH, OutputKind.SOFTMAX_CE, 0, 3);
  }

  private static Samples data() {
    return RandomNets.samples(7, 2, OutputKind.SOFTMAX_CE, 2, 4);
  }

  private static void assertEvaluates(Network net) {
    Trace trace = net.trace(data());
    assertThat(trace.loss()).isFinite();
    assertThat(net.isFinite()).isTrue();
    assertThat(GradientCheck.check(net, data(), 1e-5).worstAbsoluteError()).isLessThan(1e-8);
  }

  @Test
  void growingAHiddenLayerKeepsEveryOldWeight() {
    Network net = net();
    double[][][] w = net.copyW();
    double[][] b = net.copyB();
    net.resizeHidden(0, 7, new SplittableRandom(1));
    assertThat(net.layerSizes()).containsExactly(2, 7, 4, 2);
    for (int j = 0; j < 5; j++) {
      assertThat(net.copyW()[0][j]).isEqualTo(w[0][j]);
      assertThat(net.b(0, j)).isEqualTo(b[0][j]);
    }
    for (int j = 0; j < 4; j++) {
      for (int i = 0; i < 5; i++) {
        assertThat(net.w(1, j, i)).isEqualTo(w[1][j][i]);
      }
      for (int i = 5; i < 7; i++) {
        assertThat(Math.abs(net.w(1, j, i))).isLessThan(0.2).isGreaterThan(0);
      }
    }
    assertThat(net.b(0, 6)).isEqualTo(0.0);
    assertThat(net.copyW()[2]).isEqualTo(w[2]);
    assertThat(net.copyB()[1]).isEqualTo(b[1]);
    assertEvaluates(net);
  }

  @Test
  void shrinkingAHiddenLayerKeepsTheUnitsThatStay() {
    Network net = net();
    double[][][] w = net.copyW();
    net.resizeHidden(1, 2, new SplittableRandom(1));
    assertThat(net.layerSizes()).containsExactly(2, 5, 2, 2);
    assertThat(net.copyW()[0]).isEqualTo(w[0]);
    assertThat(net.copyW()[1]).isEqualTo(new double[][] {w[1][0], w[1][1]});
    for (int j = 0; j < 2; j++) {
      assertThat(net.copyW()[2][j]).containsExactly(w[2][j][0], w[2][j][1]);
    }
    assertEvaluates(net);
  }

  @Test
  void insertingAndRemovingLayersKeepsTheOtherLayers() {
    Network net = net();
    double[][][] w = net.copyW();
    net.insertHidden(1, 6, Activation.RELU, new SplittableRandom(2));
    assertThat(net.layerSizes()).containsExactly(2, 5, 6, 4, 2);
    assertThat(net.activations())
        .containsExactly(Activation.TANH, Activation.RELU, Activation.TANH);
    assertThat(net.copyW()[0]).isEqualTo(w[0]);
    for (int j = 0; j < 4; j++) {
      for (int i = 0; i < 5; i++) {
        assertThat(net.w(2, j, i)).isEqualTo(w[1][j][i]);
      }
    }
    assertThat(net.copyW()[3]).isEqualTo(w[2]);
    assertEvaluates(net);

    net.removeHidden(1, new SplittableRandom(3));
    assertThat(net.layerSizes()).containsExactly(2, 5, 4, 2);
    assertThat(net.copyW()[0]).isEqualTo(w[0]);
    assertThat(net.copyW()[1]).isEqualTo(w[1]);
    assertThat(net.copyW()[2]).isEqualTo(w[2]);

    net.removeHidden(0, new SplittableRandom(4));
    assertThat(net.layerSizes()).containsExactly(2, 4, 2);
    assertThat(net.copyW()[1]).isEqualTo(w[2]);
    for (int j = 0; j < 4; j++) {
      assertThat(net.copyW()[0][j]).containsExactly(w[1][j][0], w[1][j][1]);
    }
    assertEvaluates(net);
    assertThatThrownBy(() -> net.removeHidden(0, new SplittableRandom(1)))
        .hasMessageContaining("at least 1");
  }

  @Test
  void switchingTheActivationKeepsAllWeights() {
    Network net = net();
    double[][][] w = net.copyW();
    net.setActivation(Activation.GELU_ERF);
    net.setActivation(1, Activation.LEAKY_RELU);
    assertThat(net.activations()).containsExactly(Activation.GELU_ERF, Activation.LEAKY_RELU);
    assertThat(net.copyW()).isEqualTo(w);
    assertEvaluates(net);
  }

  @Test
  void optimizerStateStartsAfreshAfterAShapeChange() {
    Network net = net();
    Samples data = data();
    Optimizer momentum = Optimizer.create(OptimizerSettings.of("momentum", 0.1));
    Backprop backprop = new Backprop();
    for (int k = 0; k < 3; k++) {
      backprop.run(net, data, null, 0, data.size());
      momentum.step(net, backprop.dW(), backprop.db());
    }
    net.resizeHidden(0, 6, new SplittableRandom(5));
    Network sgdCopy = net.copy();
    backprop.run(net, data, null, 0, data.size());
    momentum.step(net, backprop.dW(), backprop.db());
    backprop.run(sgdCopy, data, null, 0, data.size());
    Optimizer.create(OptimizerSettings.of("sgd", 0.1)).step(sgdCopy, backprop.dW(), backprop.db());
    assertThat(net.copyW()).isEqualTo(sgdCopy.copyW());
  }

  @Test
  void initialisationIsSeededAndScaled() {
    Activation[] tanh = {Activation.TANH};
    Network a = Network.initialized(new int[] {2, 8, 2}, tanh, OutputKind.SOFTMAX_CE, 0, 42);
    Network b = Network.initialized(new int[] {2, 8, 2}, tanh, OutputKind.SOFTMAX_CE, 0, 42);
    assertThat(a.copyW()).isEqualTo(b.copyW());
    double glorot = Math.sqrt(6.0 / 10);
    for (double[] row : a.copyW()[0]) {
      for (double v : row) {
        assertThat(Math.abs(v)).isLessThanOrEqualTo(glorot);
      }
    }
    assertThat(a.copyB()[0]).containsOnly(0.0);
    Network relu =
        Network.initialized(
            new int[] {2, 200, 2}, new Activation[] {Activation.RELU}, OutputKind.SOFTMAX_CE, 0, 1);
    double max = 0;
    for (double[] row : relu.copyW()[0]) {
      max = Math.max(max, Math.max(Math.abs(row[0]), Math.abs(row[1])));
    }
    assertThat(max).isBetween(0.9 * Math.sqrt(3.0), Math.sqrt(3.0)); // He: √(6/2)
  }

  @Test
  void badShapesAreNamed() {
    Activation[] tanh = {Activation.TANH};
    assertThatThrownBy(
            () ->
                new Network(
                    new int[] {2, 4, 2},
                    tanh,
                    OutputKind.SOFTMAX_CE,
                    0,
                    new double[][][] {new double[4][2], new double[3][4]},
                    new double[][] {new double[4], new double[2]}))
        .hasMessage("W[1] has 3 rows, layer_sizes says 2");
    assertThatThrownBy(
            () -> Network.initialized(new int[] {2, 600, 2}, tanh, OutputKind.SOFTMAX_CE, 0, 1))
        .hasMessageContaining("1 to 512 units, got 600");
    assertThatThrownBy(
            () -> Network.initialized(new int[] {785, 8, 2}, tanh, OutputKind.SOFTMAX_CE, 0, 1))
        .hasMessage("layer_sizes[0]: expected an input size of 1 to 784, got 785");
    assertThatThrownBy(
            () ->
                Network.initialized(
                    new int[] {2, 1, 1, 1, 1, 1, 1, 1, 2},
                    new Activation[7],
                    OutputKind.SOFTMAX_CE,
                    0,
                    1))
        .hasMessageContaining("6 hidden");
    assertThatThrownBy(
            () -> Network.initialized(new int[] {2, 4, 2}, tanh, OutputKind.SIGMOID_BCE, 0, 1))
        .hasMessageContaining("1 output unit");
  }

  @Test
  void optimizerSettingsNameTheBadField() {
    assertThatThrownBy(() -> OptimizerSettings.of("rmsprop", 0.1))
        .hasMessageContaining("unknown optimizer 'rmsprop'");
    assertThatThrownBy(() -> OptimizerSettings.of("sgd", 0)).hasMessageStartingWith("lr");
    assertThatThrownBy(() -> OptimizerSettings.of("sgd", Double.NaN)).hasMessageStartingWith("lr");
    assertThatThrownBy(() -> new OptimizerSettings(OptimizerKind.ADAM, 0.1, 0.9, 1.0, 0.999, 1e-8))
        .hasMessageStartingWith("beta1");
    assertThatThrownBy(
            () -> new OptimizerSettings(OptimizerKind.MOMENTUM, 0.1, -0.1, 0.9, 0.999, 1e-8))
        .hasMessageStartingWith("momentum");
    assertThatThrownBy(() -> new OptimizerSettings(OptimizerKind.ADAM, 0.1, 0.9, 0.9, 0.999, -1))
        .hasMessageStartingWith("eps");
  }

  @Test
  void aBadOutputSizeIsNamedAsTheOutputsAndInitializedChecksFirst() {
    Activation[] tanh = {Activation.TANH};
    assertThatThrownBy(() -> Network.initialized(new int[] {2, 3, 0}, tanh, OutputKind.MSE, 0, 1))
        .hasMessage("layer_sizes: mse needs 1 output unit, got 0");
    assertThatThrownBy(() -> Network.initialized(new int[] {2, 3, 1}, null, OutputKind.MSE, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("activation: expected one per hidden layer (1), got 0");
    assertThat(
            Network.initialized(
                    new int[] {2, 3, 4, 1},
                    new Activation[] {Activation.TANH, Activation.RELU},
                    OutputKind.MSE,
                    0,
                    1)
                .numHidden())
        .isEqualTo(2);
  }
}
