package lab.backprop.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * One Backprop reused over other rows, data, outputs and shapes gives what the formulas give: its
 * buffers and its cache of gathered rows never leak a value from an earlier call.
 */
class BackpropBuffersTest {
  private static final double EPS = 1e-12;

  @Test
  void rowsAreGatheredAgainWheneverTheRangeOrTheDataChange() {
    // output 3(2x + 1) − 1 = 6x + 2; with target 0 the squared errors of x = 0, 1, 2, 3 are
    // 4, 64, 196, 400
    Network net = HandNets.line(OutputKind.MSE, 0);
    Samples data = new Samples(new double[][] {{0}, {1}, {2}, {3}}, null, new double[4]);
    Backprop backprop = new Backprop();
    assertThat(backprop.loss(net, data, null, 0, 2)).isEqualTo((4 + 64) / 2.0);
    assertThat(backprop.loss(net, data, null, 1, 2)).isEqualTo(64);
    assertThat(backprop.loss(net, data, null, 1, 3)).isEqualTo((64 + 196) / 2.0);
    assertThat(backprop.loss(net, data, null, 0, 1)).isEqualTo(4);
    Samples reversed = new Samples(new double[][] {{3}, {2}, {1}, {0}}, null, new double[4]);
    assertThat(backprop.loss(net, reversed, null, 0, 1)).isEqualTo(400);
    assertThat(backprop.loss(net, reversed, new int[] {3, 1}, 0, 2)).isEqualTo((4 + 196) / 2.0);
    assertThat(backprop.loss(net, reversed, new int[] {2, 0}, 0, 2)).isEqualTo((64 + 400) / 2.0);
  }

  @Test
  void labelsAreGatheredWhenTheOutputBecomesAClassifier() {
    // the same rows first for MSE, then for a sigmoid: z = 6x + 2 = 2 at x = 0, label 1, so
    // BCE = log(1 + e^−2)
    Samples data = new Samples(new double[][] {{0}}, new int[] {1}, new double[] {0});
    Backprop backprop = new Backprop();
    assertThat(backprop.loss(HandNets.line(OutputKind.MSE, 0), data, null, 0, 1)).isEqualTo(4);
    assertThat(backprop.loss(HandNets.line(OutputKind.SIGMOID_BCE, 0), data, null, 0, 1))
        .isCloseTo(Math.log1p(Math.exp(-2)), within(EPS));
  }

  @Test
  void theLossSplitsIntoDataAndL2Parts() {
    // (λ/2)·ΣW² = 0.25·(2² + 3²) with λ = 0.5
    Backprop backprop = new Backprop();
    Samples data = new Samples(new double[][] {{1}}, null, new double[] {0});
    assertThat(backprop.loss(HandNets.line(OutputKind.MSE, 0.5), data, null, 0, 1))
        .isEqualTo(64 + 3.25);
    assertThat(backprop.dataLoss()).isEqualTo(64);
    assertThat(backprop.l2Term()).isEqualTo(3.25);
  }

  /**
   * A layer of 130 inputs and a batch of 16 rows takes the wide weight gradient; its gradient is
   * the mean of the 16 one-row gradients (each computed apart, by the plain loops).
   */
  @Test
  void aWideBatchGradientIsTheMeanOfItsRowsGradients() {
    SplittableRandom random = new SplittableRandom(11);
    int in = 130;
    int n = 16;
    Network net =
        Network.initialized(
            new int[] {in, 12, 3}, new Activation[] {Activation.TANH}, OutputKind.SOFTMAX_CE, 0, 5);
    double[][] X = new double[n][in];
    int[] y = new int[n];
    for (int r = 0; r < n; r++) {
      for (int i = 0; i < in; i++) {
        X[r][i] = random.nextDouble(-1, 1);
      }
      y[r] = random.nextInt(3);
    }
    Samples data = new Samples(X, y, null);
    assertThat(Kernels.wide(in, n)).isTrue();
    double[][] meanDW = new double[2][];
    double[][] meanDb = new double[2][];
    double meanLoss = 0;
    Backprop single = new Backprop();
    for (int r = 0; r < n; r++) {
      meanLoss += single.run(net, data, null, r, r + 1) / n;
      for (int l = 0; l < 2; l++) {
        meanDW[l] = add(meanDW[l], single.dW()[l], 1.0 / n);
        meanDb[l] = add(meanDb[l], single.db()[l], 1.0 / n);
      }
    }
    Backprop batch = new Backprop();
    assertThat(batch.run(net, data, null, 0, n)).isCloseTo(meanLoss, within(EPS));
    for (int l = 0; l < 2; l++) {
      assertThat(batch.dW()[l]).containsExactly(meanDW[l], within(EPS));
      assertThat(batch.db()[l]).containsExactly(meanDb[l], within(EPS));
    }
  }

  private static double[] add(double[] sum, double[] values, double scale) {
    double[] out = sum == null ? new double[values.length] : sum;
    for (int k = 0; k < values.length; k++) {
      out[k] += scale * values[k];
    }
    return out;
  }
}
