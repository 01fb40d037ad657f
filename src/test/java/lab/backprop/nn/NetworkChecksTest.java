package lab.backprop.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** What a network refuses: shapes, indices, λ; each limit tried just inside and just outside. */
class NetworkChecksTest {
  private static final Activation T = Activation.TANH;

  private static Network net(int[] sizes, OutputKind output, double lambda) {
    Activation[] acts = new Activation[Math.max(0, sizes.length - 2)];
    Arrays.fill(acts, T);
    return Network.initialized(sizes, acts, output, lambda, 1);
  }

  /** 2 → 3 → 2, W and b given (not drawn): the constructor's own checks. */
  private static Network given(double[][][] W, double[][] b) {
    return new Network(new int[] {2, 3, 2}, new Activation[] {T}, OutputKind.SOFTMAX_CE, 0, W, b);
  }

  @Test
  void layerSizesWithinTheLimitsOnly() {
    OutputKind s = OutputKind.SOFTMAX_CE;
    assertThatThrownBy(() -> net(new int[] {2, 2}, s, 0)).hasMessageContaining("layer_sizes");
    assertThatCode(() -> net(new int[] {2, 3, 3, 3, 3, 3, 3, 2}, s, 0)).doesNotThrowAnyException();
    assertThatThrownBy(() -> net(new int[] {2, 3, 3, 3, 3, 3, 3, 3, 2}, s, 0))
        .hasMessageContaining("1 to 6 hidden layers");
    assertThatThrownBy(() -> net(new int[] {0, 3, 2}, s, 0)).hasMessageContaining("input size");
    assertThatCode(() -> net(new int[] {784, 3, 2}, s, 0)).doesNotThrowAnyException();
    assertThatThrownBy(() -> net(new int[] {785, 3, 2}, s, 0))
        .hasMessageContaining("input size of 1 to 784, got 785");
    assertThatCode(() -> net(new int[] {1, 1, 2}, s, 0)).doesNotThrowAnyException();
    assertThatThrownBy(() -> net(new int[] {2, 0, 2}, s, 0)).hasMessageContaining("1 to 512 units");
    assertThatCode(() -> net(new int[] {2, 512, 2}, s, 0)).doesNotThrowAnyException();
    assertThatThrownBy(() -> net(new int[] {2, 3, 513, 2}, s, 0))
        .hasMessageContaining("hidden layer 1: expected 1 to 512 units, got 513");
    assertThatThrownBy(() -> net(new int[] {2, 3, 1}, s, 0))
        .hasMessageContaining("softmax_ce needs 2 to 512 output units, got 1");
    assertThatCode(() -> net(new int[] {2, 3, 512}, s, 0)).doesNotThrowAnyException();
    assertThatThrownBy(() -> net(new int[] {2, 3, 513}, s, 0)).hasMessageContaining("got 513");
    assertThatThrownBy(() -> net(new int[] {2, 3, 2}, OutputKind.SIGMOID_BCE, 0))
        .hasMessageContaining("sigmoid_bce needs 1 output unit, got 2");
    assertThatThrownBy(() -> net(new int[] {2, 3, 2}, null, 0)).hasMessageContaining("output");
    assertThatThrownBy(
            () -> Network.initialized(new int[] {2, 3, 2}, new Activation[] {T, T}, s, 0, 1))
        .hasMessageContaining("expected one per hidden layer (1), got 2");
    assertThatThrownBy(
            () -> Network.initialized(new int[] {2, 3, 2}, new Activation[] {null}, s, 0, 1))
        .hasMessageContaining("activation[0]: missing");
    assertThatThrownBy(() -> net(new int[] {2, 3, 2}, s, -0.1)).hasMessageContaining("l2_lambda");
    assertThatThrownBy(() -> net(new int[] {2, 3, 2}, s, Double.NaN))
        .hasMessageContaining("l2_lambda");
  }

  @Test
  void givenParametersMustHaveTheShapeOfTheLayerSizes() {
    double[][][] w = {{{1, 2}, {3, 4}, {5, 6}}, {{1, 2, 3}, {4, 5, 6}}};
    double[][] b = {{1, 2, 3}, {4, 5}};
    assertThat(given(w, b).w(1, 1, 2)).isEqualTo(6);
    assertThatThrownBy(() -> given(new double[][][] {w[0]}, b))
        .hasMessageContaining("W has 1 layers, layer_sizes says 2");
    assertThatThrownBy(() -> given(null, b)).hasMessageContaining("W has 0 layers");
    assertThatThrownBy(() -> given(w, new double[][] {b[0]}))
        .hasMessageContaining("b has 1 layers, layer_sizes says 2");
    assertThatThrownBy(() -> given(w, null)).hasMessageContaining("b has 0 layers");
    assertThatThrownBy(
            () ->
                new Network(
                    new int[] {2, 3, 2}, new Activation[] {T}, OutputKind.SOFTMAX_CE, -1, w, b))
        .hasMessageContaining("l2_lambda");
  }

  @Test
  void parametersAreReadAndWrittenOnlyInsideTheShape() {
    Network n = net(new int[] {2, 3, 2}, OutputKind.SOFTMAX_CE, 0);
    // the last valid index of each kind, then one past it (still inside the flat array for i)
    assertThatCode(() -> n.w(1, 1, 2)).doesNotThrowAnyException();
    assertThatCode(() -> n.b(1, 1)).doesNotThrowAnyException();
    for (int[] bad : new int[][] {{0, 0, 2}, {0, 3, 0}, {2, 0, 0}, {-1, 0, 0}, {0, -1, 0}}) {
      assertThatThrownBy(() -> n.w(bad[0], bad[1], bad[2])).hasMessageContaining("is outside");
      assertThatThrownBy(() -> n.setW(bad[0], bad[1], bad[2], 1))
          .hasMessageContaining("is outside");
    }
    assertThatThrownBy(() -> n.w(0, 0, -1)).hasMessageContaining("is outside");
    assertThatThrownBy(() -> n.b(0, 3)).hasMessageContaining("is outside");
    assertThatThrownBy(() -> n.setB(1, 2, 1)).hasMessageContaining("is outside");
    assertThatThrownBy(() -> n.setB(2, 0, 1)).hasMessageContaining("is outside");

    assertThatThrownBy(() -> n.setActivation(1, T)).hasMessageContaining("outside 0..0");
    assertThatThrownBy(() -> n.setActivation(-1, T)).hasMessageContaining("outside 0..0");
    assertThatThrownBy(() -> n.setActivation(0, null)).hasMessageContaining("missing");
    assertThatThrownBy(() -> n.setL2Lambda(-1e-9)).hasMessageContaining("l2_lambda");
    assertThatThrownBy(() -> n.setL2Lambda(Double.POSITIVE_INFINITY))
        .hasMessageContaining("l2_lambda");
  }

  @Test
  void layersAreChangedOnlyAtExistingIndicesAndToAllowedSizes() {
    SplittableRandom r = new SplittableRandom(3);
    Network n = net(new int[] {2, 3, 4, 2}, OutputKind.SOFTMAX_CE, 0);
    int version = n.structureVersion();
    assertThatThrownBy(() -> n.resizeHidden(2, 5, r)).hasMessageContaining("outside 0..1");
    assertThatThrownBy(() -> n.resizeHidden(0, 0, r)).hasMessageContaining("1 to 512 units");
    assertThatThrownBy(() -> n.resizeHidden(0, 513, r)).hasMessageContaining("1 to 512 units");
    assertThatThrownBy(() -> n.insertHidden(3, 5, T, r)).hasMessageContaining("outside 0..2");
    assertThatThrownBy(() -> n.insertHidden(-1, 5, T, r)).hasMessageContaining("outside 0..2");
    assertThatThrownBy(() -> n.insertHidden(2, 0, T, r)).hasMessageContaining("1 to 512 units");
    assertThatThrownBy(() -> n.removeHidden(2, r)).hasMessageContaining("outside 0..1");
    assertThat(n.layerSizes()).containsExactly(2, 3, 4, 2);
    assertThat(n.structureVersion()).isEqualTo(version);

    n.resizeHidden(1, 6, r);
    assertThat(n.structureVersion()).isEqualTo(version + 1);
    n.insertHidden(2, 5, T, r);
    assertThat(n.structureVersion()).isEqualTo(version + 2);
    n.removeHidden(0, r);
    assertThat(n.structureVersion()).isEqualTo(version + 3);
    assertThat(n.layerSizes()).containsExactly(2, 6, 5, 2);
  }

  @Test
  void isFiniteLooksAtEveryWeightAndBias() {
    Network n = net(new int[] {2, 3, 2}, OutputKind.SOFTMAX_CE, 0);
    assertThat(n.isFinite()).isTrue();
    n.setW(1, 1, 2, Double.NaN);
    assertThat(n.isFinite()).isFalse();
    n.setW(1, 1, 2, 0.5);
    n.setB(1, 1, Double.NEGATIVE_INFINITY);
    assertThat(n.isFinite()).isFalse();
    n.setB(1, 1, 0.5);
    assertThat(n.isFinite()).isTrue();
  }
}
