package lab.backprop.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StandardizationTest {

  @Test
  void meanAndPopulationStandardDeviationOfTheTrainingRowsByHand() {
    // feature 1: 1, 3, 5 -> mean 3, variance (4 + 0 + 4) / 3 = 8/3, sd = sqrt(8/3)
    // feature 2: 10, 10, 10 -> mean 10, sd 0, so the scale is 1 (centred only)
    // feature 3: -2, 0, 2 -> mean 0, variance 8/3
    Dataset train =
        Dataset.classification(
            "t", new double[][] {{1, 10, -2}, {3, 10, 0}, {5, 10, 2}}, new int[] {0, 1, 1}, 2);
    Standardization s = Standardization.fit(train);
    double sd = Math.sqrt(8.0 / 3);
    assertThat(s.mean()).containsExactly(3, 10, 0);
    assertThat(s.scale()).containsExactly(sd, 1, sd);

    Dataset standardised = s.apply(train);
    assertThat(standardised.x(0, 0)).isCloseTo(-2 / sd, within(1e-15));
    assertThat(standardised.x(2, 0)).isCloseTo(2 / sd, within(1e-15));
    assertThat(standardised.x(1, 1)).isZero();
    assertThat(standardised.labels()).containsExactly(0, 1, 1);

    // other rows take the training rows' numbers: (7 - 3) / sd, 12 - 10, (1 - 0) / sd
    Dataset test = Dataset.classification("u", new double[][] {{7, 12, 1}}, new int[] {1}, 2);
    assertThat(s.apply(test).features()[0])
        .containsExactly(new double[] {4 / sd, 2, 1 / sd}, within(1e-15));
    assertThat(s.apply(test).name()).isEqualTo("u");
  }
}
