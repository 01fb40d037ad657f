package lab.backprop.ui.insight;

import static org.assertj.core.api.Assertions.assertThat;

import lab.backprop.data.Dataset;
import lab.backprop.data.Plane;
import org.junit.jupiter.api.Test;

class ProjectionModelTest {
  private static final Dataset FOUR =
      Dataset.classification(
          "four",
          new double[][] {{1, 0, 0, 0}, {-1, 0, 0, 0}, {0, 2, 0, 0}, {0, -2, 0, 0}},
          new int[] {0, 1, 0, 1},
          2);

  @Test
  void twoInputsNeedNoPlaneAndMoreGetThePrincipalOneOrTwoChosenInputs() {
    ProjectionModel m = new ProjectionModel(Runnable::run);
    Dataset two =
        Dataset.classification("two", new double[][] {{0, 1}, {1, 0}}, new int[] {0, 1}, 2);
    assertThat(m.planeFor(two)).isNull();
    assertThat(m.dimensionProperty().get()).isEqualTo(2);

    Plane pca = m.planeFor(FOUR);
    assertThat(pca).isSameAs(m.planeFor(FOUR));
    assertThat(m.dimensionProperty().get()).isEqualTo(4);
    // the largest spread is along x2 (±2), then x1 (±1): the axes are those two
    assertThat(Math.abs(pca.u()[1])).isEqualTo(1.0, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(Math.abs(pca.v()[0])).isEqualTo(1.0, org.assertj.core.api.Assertions.within(1e-12));

    m.modeProperty().set(ProjectionModel.Mode.FEATURES);
    m.featureXProperty().set(4);
    m.featureYProperty().set(1);
    Plane features = m.planeFor(FOUR);
    assertThat(features.xName()).isEqualTo("x4");
    assertThat(features.yName()).isEqualTo("x1");
    // a feature beyond the data's is clamped to the last one
    m.featureXProperty().set(9);
    assertThat(m.planeFor(FOUR).xName()).isEqualTo("x4");
  }
}
