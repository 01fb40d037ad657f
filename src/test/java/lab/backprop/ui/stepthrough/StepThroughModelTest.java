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

  /**
   * Listeners that read the player's values while a new recording comes in (as the diagram and the
   * equation panel do) see values of the new recording only: a batch of 8 shown on row 3 at a late
   * phase, then a one-row recording with fewer phases.
   */
  @Test
  void listenersNeverSeeAPhaseOrARowOfThePreviousRecording() {
    StepThroughModel model = new StepThroughModel();
    StepRecording batch =
        StepRecording.record(
            StepRecordingTest.randomNetwork(3),
            StepRecordingTest.randomRows(8, 4),
            lab.backprop.nn.OptimizerSettings.DEFAULT);
    StepRecording one = Presets.workedExample().record();
    java.util.List<String> seen = new java.util.ArrayList<>();
    javafx.beans.InvalidationListener read =
        o -> {
          StepRecording rec = model.recordingProperty().get();
          Phase phase = model.phaseProperty().get();
          assertThat(rec.phases()).contains(phase);
          model.shown(new Selection.Unit(1, 0));
          seen.add(model.substitutionProperty().get().text());
          assertThat(model.example()).isBetween(0, rec.batchSize() - 1);
        };
    model.recordingProperty().set(batch);
    model.exampleProperty().set(2);
    model.phaseIndexProperty().set(batch.phases().size() - 2);
    assertThat(batch.phases().size()).isGreaterThan(one.phases().size());
    model.recordingProperty().addListener(read);
    model.phaseIndexProperty().addListener(read);
    model.exampleProperty().addListener(read);
    model.phaseProperty().addListener(read);
    model.substitutionProperty().addListener(read);

    model.recordingProperty().set(one);

    assertThat(seen).isNotEmpty();
    assertThat(model.exampleProperty().get()).isZero();
    assertThat(model.phaseProperty().get()).isSameAs(one.phases().get(0));
    model.exampleProperty().set(5);
    assertThat(model.exampleProperty().get()).isZero();
  }
}
