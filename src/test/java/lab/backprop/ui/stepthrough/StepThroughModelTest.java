package lab.backprop.ui.stepthrough;

import static org.assertj.core.api.Assertions.assertThat;

import lab.backprop.ui.stepthrough.Phase.Kind;
import org.junit.jupiter.api.Test;

/** The view-model needs no FX toolkit: plain JUnit. */
class StepThroughModelTest {

  @Test
  void walksEveryPhaseAndFollowsTheSelection() {
    StepThroughModel model = new StepThroughModel();
    StepRecording rec = Presets.workedExample().record();
    model.recordingProperty().set(rec);
    assertThat(model.phaseProperty().get().kind()).isEqualTo(Kind.INPUT);

    int steps = 0;
    while (model.next()) {
      steps++;
      assertThat(model.substitutionProperty().get().text()).isNotBlank();
    }
    assertThat(steps).isEqualTo(rec.phases().size() - 1);
    assertThat(model.phaseProperty().get().kind()).isEqualTo(Kind.BOUNDARY_BEFORE_AFTER);
    assertThat(model.next()).isFalse();

    model.phaseIndexProperty().set(rec.indexOf(Kind.GRADIENTS, 2));
    model.select(new Selection.Edge(2, 0, 1));
    assertThat(model.effectiveSelectionProperty().get()).isEqualTo(new Selection.Edge(2, 0, 1));
    assertThat(model.substitutionProperty().get().text()).endsWith(" = −8.261");
    assertThat(model.shown(new Selection.Edge(2, 0, 1)))
        .extracting(ShownValue::text)
        .containsExactly("0.03", "−8.261");

    model.previous();
    assertThat(model.phaseProperty().get().kind()).isEqualTo(Kind.HIDDEN_DELTA);
    assertThat(model.effectiveSelectionProperty().get()).isEqualTo(new Selection.Unit(1, 0));

    model.phaseIndexProperty().set(99);
    assertThat(model.phaseIndexProperty().get()).isEqualTo(rec.phases().size() - 1);
    model.recordingProperty().set(Presets.twoMoons().record());
    assertThat(model.phaseIndexProperty().get()).isZero();
  }
}
