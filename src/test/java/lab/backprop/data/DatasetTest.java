package lab.backprop.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatasetTest {
  private static final double[][] X = {{0, 1}, {2, 3}, {4, 5}, {6, 7}};

  @Test
  void copiesInAndOut() {
    double[][] features = {{0, 1}, {2, 3}};
    int[] labels = {0, 1};
    Dataset data = Dataset.classification("d", features, labels, 2);
    features[0][0] = 99;
    labels[0] = 1;
    assertThat(data.x(0, 0)).isZero();
    assertThat(data.label(0)).isZero();
    data.features()[1][1] = 99;
    data.labels()[1] = 0;
    assertThat(data.x(1, 1)).isEqualTo(3.0);
    assertThat(data.label(1)).isEqualTo(1);

    double[] targets = {0.5, -0.5};
    Dataset regression = Dataset.regression("r", features, targets);
    targets[0] = 7;
    regression.targets()[1] = 7;
    assertThat(regression.targets()).containsExactly(0.5, -0.5);
  }

  @Test
  void describesItself() {
    Dataset data = Dataset.classification("d", X, new int[] {0, 2, 1, 2}, 3);
    assertThat(data.name()).isEqualTo("d");
    assertThat(data.task()).isEqualTo(Task.CLASSIFICATION);
    assertThat(data.size()).isEqualTo(4);
    assertThat(data.dimension()).isEqualTo(2);
    assertThat(data.classes()).isEqualTo(3);
    assertThat(data.targets()).isNull();
    assertThat(data.classCounts()).containsExactly(1, 1, 2);
    assertThatThrownBy(() -> data.target(0)).isInstanceOf(IllegalStateException.class);

    Dataset regression = Dataset.regression("r", X, new double[] {1, 2, 3, 4});
    assertThat(regression.task()).isEqualTo(Task.REGRESSION);
    assertThat(regression.classes()).isZero();
    assertThat(regression.labels()).isNull();
    assertThatThrownBy(() -> regression.label(0)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void rejectsBadInputNamingWhatIsWrong() {
    assertThatThrownBy(() -> Dataset.classification("d", new double[0][], new int[0], 2))
        .hasMessageContaining("X has no rows");
    assertThatThrownBy(() -> Dataset.classification("d", X, new int[] {0, 1, 0}, 2))
        .hasMessageContaining("labels has 3 entries, X has 4 rows");
    assertThatThrownBy(() -> Dataset.classification("d", X, new int[] {0, 1, 2, 0}, 2))
        .hasMessageContaining("labels[2] is 2, expected 0 … 1");
    assertThatThrownBy(() -> Dataset.classification("d", X, new int[] {0, -1, 0, 0}, 2))
        .hasMessageContaining("labels[1] is -1");
    assertThatThrownBy(() -> Dataset.classification("d", X, new int[] {0, 0, 0, 0}, 1))
        .hasMessageContaining("classes must be at least 2");
    assertThatThrownBy(
            () -> Dataset.classification("d", new double[][] {{0, 1}, {2}}, new int[] {0, 1}, 2))
        .hasMessageContaining("X[1] has 1 values, X[0] has 2");
    assertThatThrownBy(
            () ->
                Dataset.classification(
                    "d", new double[][] {{0, 1}, {Double.NaN, 1}}, new int[] {0, 1}, 2))
        .hasMessageContaining("X[1][0] is NaN, expected a finite number");
    assertThatThrownBy(() -> Dataset.regression("r", X, new double[] {1, 2, 3}))
        .hasMessageContaining("targets has 3 entries, X has 4 rows");
    assertThatThrownBy(
            () -> Dataset.regression("r", X, new double[] {1, Double.POSITIVE_INFINITY, 3, 4}))
        .hasMessageContaining("targets[1] is Infinity");
  }

  @Test
  void subsetTakesRowsInTheGivenOrder() {
    Dataset data = Dataset.classification("d", X, new int[] {0, 1, 0, 1}, 2);
    Dataset sub = data.subset(new int[] {3, 0, 3});
    assertThat(sub.features()).isDeepEqualTo(new double[][] {{6, 7}, {0, 1}, {6, 7}});
    assertThat(sub.labels()).containsExactly(1, 0, 1);
    assertThat(sub.classes()).isEqualTo(2);
    assertThat(data.subset(new int[0]).size()).isZero();
    assertThatThrownBy(() -> data.subset(new int[] {4}))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @ParameterizedTest
  @CsvSource({"200, 0.8, 160", "7, 0.5, 4", "3, 0.1, 1", "10, 1.0, 10", "1, 0.5, 1", "5, 0.7, 4"})
  void splitSizesAreRoundedRatioAtLeastOne(int n, double ratio, int trainSize) {
    Dataset data = Generators.moons(n, 0.2, 0, true);
    Dataset.Split split = data.split(ratio, 17);
    assertThat(split.train().size()).isEqualTo(trainSize);
    assertThat(split.test().size()).isEqualTo(n - trainSize);
  }

  @Test
  void splitIsADeterministicPartitionOfTheRows() {
    Dataset data = Generators.regression(101, 0.1, 3, true);
    Dataset.Split split = data.split(0.75, 99);
    assertThat(data.split(0.75, 99)).isEqualTo(split);
    assertThat(data.split(0.75, 100)).isNotEqualTo(split);

    Set<String> all = rows(data);
    Set<String> train = rows(split.train());
    Set<String> test = rows(split.test());
    assertThat(all).hasSize(101); // the rows are distinct, so the sets identify them
    assertThat(train).hasSize(76).doesNotContainAnyElementsOf(test);
    Set<String> union = new HashSet<>(train);
    union.addAll(test);
    assertThat(union).isEqualTo(all);
    assertThat(split.train().task()).isEqualTo(Task.REGRESSION);
  }

  private static Set<String> rows(Dataset data) {
    Set<String> rows = new HashSet<>();
    for (int n = 0; n < data.size(); n++) {
      String y = data.task() == Task.REGRESSION ? "" + data.target(n) : "" + data.label(n);
      rows.add(data.x(n, 0) + "," + data.x(n, 1) + "," + y);
    }
    return rows;
  }

  @Test
  void splitShufflesTheTrainingRows() {
    Dataset data = Generators.moons(100, 0.0, 0, false);
    Dataset train = data.split(1.0, 5).train();
    assertThat(rows(train)).isEqualTo(rows(data));
    assertThat(train).isNotEqualTo(data);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -0.1, 1.0000001, Double.NaN})
  void splitRejectsRatiosOutsideZeroToOne(double ratio) {
    Dataset data = Generators.moons(10, 0.2, 0, true);
    assertThatThrownBy(() -> data.split(ratio, 0))
        .hasMessageContaining("trainRatio must be in (0, 1]");
  }

  @Test
  void aTwoRowSplitTakesEitherRowForTraining() {
    // every position of the shuffle is drawn: over 200 seeds row 1 trains about half the time
    Dataset two = Dataset.regression("two", new double[][] {{0}, {1}}, new double[] {0, 1});
    int rowOneTrains = 0;
    for (int seed = 0; seed < 200; seed++) {
      if (two.split(0.5, seed).train().x(0, 0) == 1) {
        rowOneTrains++;
      }
    }
    assertThat(rowOneTrains).isBetween(60, 140);
  }

  @Test
  void equalDataSetsHashAlikeAndNameThemselves() {
    Dataset data = Dataset.classification("d", X, new int[] {0, 2, 1, 2}, 3);
    Dataset same = Dataset.classification("d", X, new int[] {0, 2, 1, 2}, 3);
    assertThat(data).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(data.hashCode())
        .isNotEqualTo(Dataset.classification("d", X, new int[] {0, 2, 1, 1}, 3).hashCode());
    assertThat(data).hasToString("Dataset[d, CLASSIFICATION, 4 rows, 3 classes]");
  }
}
