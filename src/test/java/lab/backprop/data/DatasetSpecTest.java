package lab.backprop.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatasetSpecTest {

  @Test
  void defaultIsMoons200Noise02Seed0Shuffled() {
    DatasetSpec spec = DatasetSpec.DEFAULT;
    assertThat(spec.name()).isEqualTo("moons");
    assertThat(spec.n()).isEqualTo(200);
    assertThat(spec.noise()).isEqualTo(0.2);
    assertThat(spec.seed()).isZero();
    assertThat(spec.shuffle()).isTrue();
    assertThat(spec.generate()).isEqualTo(Generators.moons(200, 0.2, 0, true));
  }

  @Test
  void generatesEachNamedSet() {
    for (String name : DatasetSpec.NAMES) {
      if (DatasetSpec.isFixed(name)) {
        continue; // fixed rows: below, and in BuiltInDataTest
      }
      int classes = name.equals("blobs") ? 4 : name.equals("spiral") ? 3 : 2;
      Dataset data = new DatasetSpec(name, 50, 0.1, 1, true, classes).generate();
      assertThat(data.name()).isEqualTo(name);
      assertThat(data.size()).isEqualTo(50);
      assertThat(data.classes()).isEqualTo(name.equals("regression") ? 0 : classes);
    }
  }

  @Test
  void theWorkedExampleIsItsOneRowWhateverNNoiseAndSeed() {
    for (DatasetSpec spec :
        new DatasetSpec[] {
          DatasetSpec.WORKED_EXAMPLE, new DatasetSpec("worked-example", 500, 0.5, 7, false, 2)
        }) {
      Dataset data = spec.generate();
      assertThat(spec.isFixed()).isTrue();
      assertThat(data.task()).isEqualTo(Task.REGRESSION);
      assertThat(data.size()).isEqualTo(1);
      assertThat(data.x(0, 0)).isEqualTo(1.0);
      assertThat(data.x(0, 1)).isEqualTo(2.0);
      assertThat(data.target(0)).isEqualTo(8.0);
    }
    assertThat(DatasetSpec.DEFAULT.isFixed()).isFalse();
    assertThat(DatasetSpec.taskOf("regression")).isEqualTo(Task.REGRESSION);
    assertThat(DatasetSpec.taskOf("worked-example")).isEqualTo(Task.REGRESSION);
    assertThat(DatasetSpec.taskOf("spiral")).isEqualTo(Task.CLASSIFICATION);
    // its one row trains; nothing is left to test on
    Dataset.Split split = DatasetSpec.WORKED_EXAMPLE.generate().split(0.8, 0);
    assertThat(split.train().size()).isEqualTo(1);
    assertThat(split.test().size()).isZero();
  }

  @Test
  void boundsAreAccepted() {
    new DatasetSpec("moons", 1, 0, 0, false, 2);
    new DatasetSpec("moons", 100_000, 0, 4294967295L, true, 2);
    new DatasetSpec("spiral", 10, 0, 0, true, 3);
    new DatasetSpec("blobs", 10, 0, 0, true, 5);
    new DatasetSpec("regression", 10, 0, 0, true, 0);
  }

  @Test
  void badFieldsAreNamedWithTheirAllowedRange() {
    assertThatThrownBy(() -> new DatasetSpec("stars", 10, 0.1, 0, true, 2))
        .hasMessage(
            "name must be one of moons, circles, xor, spiral, blobs, regression, worked-example,"
                + " iris, digits, mnist, got stars");
    assertThatThrownBy(() -> new DatasetSpec(null, 10, 0.1, 0, true, 2))
        .hasMessageStartingWith("name must be one of");
    assertThatThrownBy(() -> new DatasetSpec("moons", 0, 0.1, 0, true, 2))
        .hasMessage("n must be in 1 … 100000, got 0");
    assertThatThrownBy(() -> new DatasetSpec("moons", 100_001, 0.1, 0, true, 2))
        .hasMessage("n must be in 1 … 100000, got 100001");
    assertThatThrownBy(() -> new DatasetSpec("moons", 10, -0.5, 0, true, 2))
        .hasMessage("noise must be a finite number ≥ 0, got -0.5");
    assertThatThrownBy(() -> new DatasetSpec("moons", 10, Double.POSITIVE_INFINITY, 0, true, 2))
        .hasMessageStartingWith("noise must be");
    assertThatThrownBy(() -> new DatasetSpec("moons", 10, 0.1, -1, true, 2))
        .hasMessage("seed must be in 0 … 4294967295, got -1");
    assertThatThrownBy(() -> new DatasetSpec("moons", 10, 0.1, 4294967296L, true, 2))
        .hasMessage("seed must be in 0 … 4294967295, got 4294967296");
    assertThatThrownBy(() -> new DatasetSpec("moons", 10, 0.1, 0, true, 3))
        .hasMessage("classes for moons must be 2, got 3");
    assertThatThrownBy(() -> new DatasetSpec("spiral", 10, 0.1, 0, true, 4))
        .hasMessage("classes for spiral must be in 2 … 3, got 4");
    assertThatThrownBy(() -> new DatasetSpec("blobs", 10, 0.1, 0, true, 6))
        .hasMessage("classes for blobs must be in 2 … 5, got 6");
    assertThatThrownBy(() -> new DatasetSpec("blobs", 10, 0.1, 0, true, 1))
        .hasMessage("classes for blobs must be in 2 … 5, got 1");
  }

  @Test
  void withSeedKeepsTheRest() {
    DatasetSpec spec = DatasetSpec.DEFAULT.withSeed(7);
    assertThat(spec).isEqualTo(new DatasetSpec("moons", 200, 0.2, 7, true, 2));
  }
}
