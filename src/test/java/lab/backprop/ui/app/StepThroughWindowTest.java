package lab.backprop.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import lab.backprop.data.Dataset;
import lab.backprop.nn.Network;
import lab.backprop.nn.Samples;
import lab.backprop.nn.Trace;
import lab.backprop.ui.plot.BoundaryView;
import lab.backprop.ui.plot.PlotExtent;
import lab.backprop.ui.stepthrough.Displayed;
import lab.backprop.ui.stepthrough.NumberFormatting;
import lab.backprop.ui.stepthrough.Phase.Kind;
import lab.backprop.ui.stepthrough.StepRecording;
import lab.backprop.ui.stepthrough.StepThroughPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.util.WaitForAsyncUtils;

/** The step-through mode in the whole window over a real trainer, headless (Monocle). */
class StepThroughWindowTest extends AppWindowTest {
  private StepThroughPane pane() {
    return app.view().stepThroughPane();
  }

  private StepRecording recording() throws Exception {
    return fx(() -> pane().model().recordingProperty().get());
  }

  private Map<String, String> labels() throws Exception {
    return fx(() -> pane().diagram().drawnLabels());
  }

  @Test
  void enterDuringTrainingStepThroughEveryPhaseAndLeave() throws Exception {
    launch("--hidden", "4,3,3", "--autoplay");
    waitFor(20, () -> latest().running() && latest().epoch() >= 2);
    robot.type(KeyCode.T);
    waitFor(10, () -> !latest().running() && fx(() -> app.view().stepThrough().isActive()));
    waitFor(10, () -> recording() != null);
    assertThat(fx(() -> pane().isVisible() && pane().getScene() != null)).isTrue();
    long steps = latest().steps();
    StepRecording rec = recording();
    assertThat(rec.numLayers()).isEqualTo(4);
    assertThat(rec.batchSize()).isEqualTo(1);
    // the engine's own pass on the same network and example: an independent reference
    Network before = rec.networkBefore().toNetwork();
    assertThat(before.copyW()).isDeepEqualTo(latest().network().copyW());
    Trace reference = before.trace(rec.trace().samples());
    int phases = rec.phases().size();
    assertThat(checkEveryPhase(rec, reference, 0)).isGreaterThan(40);
    assertThat(fx(() -> pane().model().phaseProperty().get().kind()))
        .isEqualTo(Kind.BOUNDARY_BEFORE_AFTER);
    robot.type(KeyCode.LEFT);
    waitFor(5, () -> fx(() -> pane().model().phaseIndexProperty().get()) == phases - 2);
    // → and ← moved the player, not the trainer
    assertThat(latest().steps()).isEqualTo(steps);
    assertThat(latest().running()).isFalse();

    robot.type(KeyCode.ESCAPE);
    waitFor(10, () -> latest().running() && !fx(() -> app.view().stepThrough().isActive()));
    long epoch = latest().epoch();
    waitFor(10, () -> latest().epoch() > epoch);
  }

  @Test
  void aMiniBatchRecordingShowsTheRowPickedWithTheArrowKeys() throws Exception {
    launch("--hidden", "3", "--batch", "8", "--autoplay");
    waitFor(20, () -> latest().running() && latest().epoch() >= 2);
    robot.type(KeyCode.T);
    waitFor(10, () -> recording() != null);
    javafx.scene.Node picker = robot.lookup("#batchRow").query();
    assertThat(fx(() -> picker.getParent().isVisible())).as("one example: no rows").isFalse();
    robot.clickOn("#scopeBatch");
    waitFor(10, () -> recording().batchSize() == 8);
    waitFor(5, () -> fx(() -> picker.getParent().isVisible()));
    robot.type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN, KeyCode.UP);
    waitFor(5, () -> fx(() -> pane().model().exampleProperty().get()) == 2);
    @SuppressWarnings("unchecked")
    javafx.scene.control.Spinner<Integer> spinner = (javafx.scene.control.Spinner<Integer>) picker;
    assertThat(fx(spinner::getValue)).isEqualTo(3);
    StepRecording rec = recording();
    Trace reference = rec.networkBefore().toNetwork().trace(rec.trace().samples());
    assertThat(reference.samples().X()[2]).isNotEqualTo(reference.samples().X()[0]);
    assertThat(checkEveryPhase(rec, reference, 2)).isGreaterThan(20);
    // the last row at most
    for (int k = 0; k < 10; k++) {
      robot.type(KeyCode.DOWN);
    }
    waitFor(5, () -> fx(() -> pane().model().exampleProperty().get()) == 7);
    assertThat(fx(spinner::getValue)).isEqualTo(8);
  }

  /**
   * Walks the player from the first phase to the last with →, checking every drawn label against
   * the reference trace's row {@code n}; returns how many labels were checked.
   */
  private int checkEveryPhase(StepRecording rec, Trace reference, int n) throws Exception {
    int phases = rec.phases().size();
    int checked = 0;
    for (int p = 0; p < phases; p++) {
      final int expected = p;
      waitFor(5, () -> fx(() -> pane().model().phaseIndexProperty().get()) == expected);
      for (Map.Entry<String, String> e : labels().entrySet()) {
        assertThat(e.getValue())
            .as("phase %d, %s", p, e.getKey())
            .isEqualTo(expectedLabel(e.getKey(), e.getValue(), reference, rec, n));
        checked++;
      }
      if (p < phases - 1) {
        robot.type(KeyCode.RIGHT);
      }
    }
    return checked;
  }

  /** The text a label must show: its name and the reference value, formatted. */
  private static String expectedLabel(
      String key, String shown, Trace ref, StepRecording rec, int n) {
    String name = shown.substring(0, shown.indexOf(" = "));
    String[] idx = key.substring(key.indexOf(' ') + 1).split(",");
    int k = Integer.parseInt(idx[0]);
    int j = Integer.parseInt(idx[1]);
    double value;
    if (key.startsWith("edge")) {
      int i = Integer.parseInt(idx[2]);
      double w = ref.W()[k - 1][j][i];
      double dw = ref.dW()[k - 1][j][i];
      if (name.startsWith("new")) {
        value = w - rec.optimizer().lr() * dw; // the app's default optimizer: SGD
        assertThat(rec.optimizer().name()).isEqualTo("sgd");
      } else if (name.startsWith("∂L/∂")) {
        value = dw;
      } else {
        value = w;
      }
    } else if (name.startsWith("x")) {
      value = ref.samples().X()[n][j];
    } else if (name.startsWith("z")) {
      value = ref.Z()[k - 1][n][j];
    } else if (name.startsWith("a")) {
      value = ref.A()[k - 1][n][j];
    } else if (name.startsWith("δ")) {
      value = ref.deltas()[k - 1][n][j];
    } else {
      throw new AssertionError("unexpected label " + shown);
    }
    // the number read back independently of NumberFormatting, then its exact text
    Displayed.assertShows(shown.substring(shown.indexOf(" = ") + 3), value);
    return name + " = " + NumberFormatting.display(value);
  }

  @Test
  void workedExamplePresetShowsTheWriteUpsNumbers() throws Exception {
    launch();
    fx(
        () -> {
          app.view().stepThrough().enter();
          return null;
        });
    waitFor(10, () -> recording() != null);
    fx(
        () -> {
          MenuButton presets = (MenuButton) robot.lookup("#presetMenu").query();
          for (MenuItem item : presets.getItems()) {
            if ("presetWorkedExample".equals(item.getId())) {
              item.fire();
            }
          }
          return null;
        });
    waitFor(10, () -> recording().units(1) == 3 && recording().output().jsonName().equals("mse"));
    waitFor(
        10, () -> java.util.Arrays.equals(latest().network().layerSizes(), new int[] {2, 3, 1}));
    StepRecording rec = recording();

    goTo(rec.indexOf(Kind.OUTPUT_AND_LOSS, 2));
    assertThat(labels()).containsEntry("node 2,0", "a₂,₁ = 0.0567");
    assertThat(fx(() -> pane().equations().substitutionText()))
        .contains("ŷ = ")
        .endsWith("= 0.0567; L = (0.0567 − 8)² = 63.10");

    goTo(rec.indexOf(Kind.OUTPUT_DELTA, 2));
    assertThat(labels()).containsEntry("node 2,0", "δ₂,₁ = −15.89");
    assertThat(fx(() -> pane().equations().substitutionText())).endsWith("= −15.89");

    goTo(rec.indexOf(Kind.GRADIENTS, 2));
    assertThat(labels())
        .containsEntry("edge 2,0,0", "∂L/∂w₂,₁₁ = −8.300")
        .containsEntry("edge 2,0,1", "∂L/∂w₂,₁₂ = −8.261")
        .containsEntry("edge 2,0,2", "∂L/∂w₂,₁₃ = −8.221");
    assertThat(fx(() -> pane().equations().note())).contains("0.056").contains("−15.888");

    // the trainer holds the example itself: the status line's train loss is the step's L
    waitFor(
        10,
        () ->
            latest().train().size() == 1
                && latest().settings().run().data().dataset().equals("worked-example"));
    double yHat = rec.a(2, 0, 0);
    waitFor(10, () -> Math.abs(latest().trainLoss() - (8 - yHat) * (8 - yHat)) < 1e-9);
    // the status line follows the snapshot on a later pulse
    waitFor(
        10, () -> fx(() -> app.view().viewModel().statusProperty().get()).contains("Loss 63.095"));
    // back in the main window: the data set is the worked example, nothing random to set
    robot.type(KeyCode.ESCAPE);
    waitFor(10, () -> !fx(() -> app.view().stepThrough().isActive()));
    javafx.scene.control.ChoiceBox<?> data = robot.lookup("#datasetChoice").query();
    assertThat(fx(data::getValue)).isEqualTo("worked-example");
    assertThat(fx(() -> robot.lookup("#pointsSpinner").query().isDisabled())).isTrue();
    assertThat(fx(() -> robot.lookup("#regenerateButton").query().isDisabled())).isTrue();
  }

  private void goTo(int phase) throws Exception {
    fx(
        () -> {
          pane().scrubber().setValue(phase);
          return null;
        });
    waitFor(5, () -> fx(() -> pane().model().phaseIndexProperty().get()) == phase);
  }

  @Test
  void clickingAPointRecordsThatExample() throws Exception {
    launch();
    robot.clickOn("#stepThroughButton");
    waitFor(10, () -> recording() != null);
    Dataset train = latest().train();
    int row = 7;
    Point2D screen =
        fx(
            () -> {
              BoundaryView b = app.view().boundaryView();
              PlotExtent e = b.shownExtent();
              return b.localToScreen(b.sx(e, train.x(row, 0)), b.sy(e, train.x(row, 1)));
            });
    robot.clickOn(screen);
    waitFor(
        10,
        () -> {
          Samples s = recording().trace().samples();
          return s.X()[0][0] == train.x(row, 0) && s.X()[0][1] == train.x(row, 1);
        });
    assertThat(recording().trace().samples().y()[0]).isEqualTo(train.label(row));
  }

  @Test
  void aMiniBatchRowThenOneExampleRecordsWithoutAnException() throws Exception {
    launch("--hidden", "3", "--batch", "8");
    robot.type(KeyCode.T);
    waitFor(10, () -> recording() != null);
    robot.clickOn("#scopeBatch");
    waitFor(10, () -> recording().batchSize() == 8);
    robot.type(KeyCode.DOWN, KeyCode.DOWN);
    waitFor(5, () -> fx(() -> pane().model().exampleProperty().get()) == 2);
    robot.clickOn("#scopeExample");
    waitFor(10, () -> recording().batchSize() == 1);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fx(() -> pane().model().exampleProperty().get())).isZero();
    // the player still draws: the first phase shows the example's x
    assertThat(labels()).containsKey("node 0,0");
  }

  @ParameterizedTest
  @ValueSource(ints = {7, 10})
  void loadingAPresetOnALatePhaseOpensItsFirstPhaseWithoutAnException(int phase) throws Exception {
    launch("--hidden", "4,3,3");
    robot.type(KeyCode.T);
    waitFor(10, () -> recording() != null);
    goTo(phase);
    fxRun(() -> firePreset("presetWorkedExample"));
    waitFor(
        10, () -> recording().numLayers() == 2 && recording().output().jsonName().equals("mse"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fx(() -> pane().model().phaseIndexProperty().get())).isZero();
    assertThat(fx(() -> pane().model().phaseProperty().get()))
        .isSameAs(recording().phases().get(0));
    // and from the last phase of the preset to the other preset
    int last = recording().phases().size() - 1;
    goTo(last);
    fxRun(() -> firePreset("presetTwoMoons"));
    waitFor(10, () -> recording().output().jsonName().equals("softmax_ce"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fx(() -> pane().model().phaseIndexProperty().get())).isZero();
  }

  private void firePreset(String id) {
    MenuButton presets = (MenuButton) robot.lookup("#presetMenu").query();
    for (MenuItem item : presets.getItems()) {
      if (id.equals(item.getId())) {
        item.fire();
      }
    }
  }
}
