package lab.backprop.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {
  @Test
  void countsPrecisionAndRecallWorkedOutByHand() {
    // true:      0 0 0 0 1 1 1 2 2 2
    // predicted: 0 0 1 2 1 1 0 2 2 1
    int[] labels = {0, 0, 0, 0, 1, 1, 1, 2, 2, 2};
    int[] predicted = {0, 0, 1, 2, 1, 1, 0, 2, 2, 1};
    ConfusionMatrix m = ConfusionMatrix.of(labels, predicted, 3);
    // row 0: two right, one taken for 1, one for 2; row 1: one for 0, two right; row 2: one
    // for 1, two right
    int[][] expected = {{2, 1, 1}, {1, 2, 0}, {0, 1, 2}};
    for (int a = 0; a < 3; a++) {
      for (int p = 0; p < 3; p++) {
        assertThat(m.count(a, p)).as("(%d, %d)", a, p).isEqualTo(expected[a][p]);
      }
    }
    assertThat(m.total()).isEqualTo(10);
    // precision: 2/3, 2/4, 2/3; recall: 2/4, 2/3, 2/3; accuracy 6/10
    assertThat(m.precision(0)).isEqualTo(2.0 / 3);
    assertThat(m.precision(1)).isEqualTo(0.5);
    assertThat(m.precision(2)).isEqualTo(2.0 / 3);
    assertThat(m.recall(0)).isEqualTo(0.5);
    assertThat(m.recall(1)).isEqualTo(2.0 / 3);
    assertThat(m.recall(2)).isEqualTo(2.0 / 3);
    assertThat(m.accuracy()).isEqualTo(0.6);
  }

  @Test
  void aClassNeverPredictedHasNoPrecisionAndOneNeverSeenNoRecall() {
    ConfusionMatrix m = ConfusionMatrix.of(new int[] {0, 0, 1}, new int[] {0, 0, 0}, 3);
    assertThat(m.precision(1)).isNaN();
    assertThat(m.recall(1)).isEqualTo(0.0);
    assertThat(m.recall(2)).isNaN();
    assertThat(m.precision(0)).isEqualTo(2.0 / 3);
    assertThatThrownBy(() -> ConfusionMatrix.of(new int[] {3}, new int[] {0}, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
