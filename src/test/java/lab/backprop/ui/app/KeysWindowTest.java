package lab.backprop.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import lab.backprop.train.Snapshot;
import lab.backprop.ui.diagram.NetworkDiagram;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Keys, mnemonics, focus and Ctrl+Z in the whole window over a real trainer, headless. */
class KeysWindowTest extends AppWindowTest {
  private MainViewModel vm() {
    return app.view().viewModel();
  }

  @Test
  void noTwoMnemonicsOfTheWindowAreAlike() throws Exception {
    launch();
    Map<Character, List<String>> byKey = new HashMap<>();
    fxRun(
        () -> {
          collectMnemonics(app.view(), byKey);
          collectMnemonics(app.view().stepThroughPane(), byKey); // not in the scene until shown
        });
    assertThat(byKey).as("mnemonics found").hasSizeGreaterThanOrEqualTo(19);
    byKey.forEach((key, owners) -> assertThat(owners).as("Alt+%s", key).hasSize(1));
    // the scene's own table, as the skins registered them, in both layouts
    assertSceneMnemonicsUnique();
    robot.type(KeyCode.T);
    waitFor(10, () -> fx(() -> app.view().stepThrough().isActive()));
    assertSceneMnemonicsUnique();
  }

  private void assertSceneMnemonicsUnique() throws Exception {
    Map<String, Integer> table =
        fx(
            () -> {
              Map<String, Integer> m = new HashMap<>();
              stage.getScene().getMnemonics().forEach((k, v) -> m.put(k.getName(), v.size()));
              return m;
            });
    assertThat(table).isNotEmpty();
    table.forEach((key, count) -> assertThat(count).as(key).isLessThanOrEqualTo(1));
  }

  private static void collectMnemonics(Node node, Map<Character, List<String>> byKey) {
    collectMnemonics(node, byKey, null);
  }

  /** {@code above}: the text of the nearest labeled node above, whose skin may repeat it. */
  private static void collectMnemonics(
      Node node, Map<Character, List<String>> byKey, String above) {
    String text = above;
    if (node instanceof Labeled l
        && l.isMnemonicParsing()
        && l.getText() != null
        && !l.getText().equals(above)) { // a menu button's label repeats its menu's text
      String t = l.getText();
      text = t;
      for (int k = 0; k < t.length() - 1; k++) {
        if (t.charAt(k) == '_' && t.charAt(k + 1) != '_') {
          char key = Character.toUpperCase(t.charAt(k + 1));
          byKey.computeIfAbsent(key, x -> new ArrayList<>()).add(t);
          break;
        }
      }
    }
    if (node instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        collectMnemonics(child, byKey, text);
      }
    }
  }

  /** Three epochs and a batch, paused: the state a reset would throw away. */
  private Snapshot trainSome() throws Exception {
    fxRun(
        () -> {
          vm().stepEpoch();
          vm().stepEpoch();
          vm().stepEpoch();
          vm().stepBatch();
        });
    long sent = fx(() -> vm().lastSent());
    waitFor(10, () -> latest().commandsApplied() >= sent);
    return latest();
  }

  private void ctrlZ() {
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
  }

  @Test
  void ctrlZUndoesAResetExactlyAndTheBannerSaysSo() throws Exception {
    launch("--batch", "16", "--optimizer", "adam", "--lr", "0.01");
    Snapshot before = trainSome();
    assertThat(before.epoch()).isEqualTo(3);
    assertThat(fx(() -> robot.lookup("#undoButton").query().isDisabled())).isTrue();
    fxRun(() -> app.view().focusPlot());
    robot.type(KeyCode.R);
    waitFor(10, () -> latest().epoch() == 0 && latest().steps() == 0);
    waitFor(5, () -> !fx(() -> robot.lookup("#undoButton").query().isDisabled()));
    ctrlZ();
    waitFor(10, () -> latest().epoch() == 3 && latest().undo() == null);
    Snapshot undone = latest();
    assertThat(undone.network().copyW()).isDeepEqualTo(before.network().copyW());
    assertThat(undone.network().copyB()).isDeepEqualTo(before.network().copyB());
    assertThat(undone.steps()).isEqualTo(before.steps());
    assertThat(undone.settings()).isEqualTo(before.settings());
    waitFor(5, () -> fx(() -> vm().bannerProperty().get()).equals("Undid reset: back to epoch 3"));
    assertThat(fx(() -> robot.lookup("#undoButton").query().isDisabled())).isTrue();
  }

  @Test
  void keysInAFieldOrASpinnerAreTypedThereAndNeverActAsShortcuts() throws Exception {
    launch();
    Snapshot before = trainSome();
    TextField lr = robot.lookup("#lrField").query();
    fxRun( // as a click would, without depending on where the panel is scrolled
        () -> {
          lr.requestFocus();
          lr.end();
        });
    robot.type(KeyCode.R, KeyCode.SPACE, KeyCode.T);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fx(() -> lr.getText())).endsWith("r t");
    Node points = robot.lookup("#pointsSpinner").query();
    fxRun(points::requestFocus);
    assertThat(fx(() -> MainView.typesText(stage.getScene().getFocusOwner()))).isTrue();
    robot.type(KeyCode.R, KeyCode.SPACE, KeyCode.RIGHT);
    WaitForAsyncUtils.waitForFxEvents();
    // nothing was reset, played, stepped or opened
    assertThat(fx(() -> app.view().stepThrough().isActive())).isFalse();
    long sent = fx(() -> vm().lastSent());
    waitFor(10, () -> latest().commandsApplied() >= sent);
    assertThat(latest().epoch()).isEqualTo(before.epoch());
    assertThat(latest().steps()).isEqualTo(before.steps());
    assertThat(latest().running()).isFalse();

    // Enter in a field gives the plot the focus: Space plays and presses nothing
    fxRun(() -> lr.setText("0.05"));
    fxRun(lr::requestFocus);
    robot.type(KeyCode.ENTER);
    waitFor(5, () -> fx(() -> stage.getScene().getFocusOwner()) == plot());
    robot.type(KeyCode.SPACE);
    waitFor(10, () -> latest().running() && latest().epoch() > before.epoch());
    assertThat(latest().settings().run().optimizer().lr()).isEqualTo(0.05);
  }

  private Node plot() {
    return robot.lookup("#" + MainView.BOUNDARY_PLOT).query();
  }

  @Test
  void afterEscSpacePlaysInsteadOfPressingStepThroughAgain() throws Exception {
    launch();
    robot.clickOn("#stepThroughButton");
    waitFor(10, () -> fx(() -> app.view().stepThrough().isActive()));
    robot.type(KeyCode.ESCAPE);
    waitFor(10, () -> !fx(() -> app.view().stepThrough().isActive()));
    assertThat(fx(() -> stage.getScene().getFocusOwner())).isSameAs(plot());
    robot.type(KeyCode.SPACE);
    waitFor(10, () -> latest().running());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fx(() -> app.view().stepThrough().isActive())).isFalse();
  }

  @Test
  void afterEditingAWeightSpacePlaysInsteadOfTogglingTheLogScale() throws Exception {
    launch();
    NetworkDiagram d = app.view().networkDiagram();
    Point2D mid = edgeMidpoint(d);
    robot.clickOn(mid);
    waitFor(5, () -> fx(() -> d.editor().isVisible()));
    fxRun(() -> d.editor().setText("0.625"));
    robot.clickOn(d.editor()).type(KeyCode.ENTER);
    waitFor(5, () -> fx(() -> stage.getScene().getFocusOwner()) == plot());
    CheckBox logScale = robot.lookup("#logScale").query();
    boolean log = fx(logScale::isSelected);
    robot.type(KeyCode.SPACE);
    waitFor(10, () -> latest().running());
    assertThat(fx(logScale::isSelected)).isEqualTo(log);
  }

  @Test
  void rightStepsABatchShiftRightFinishesTheEpochRResetsShiftRDrawsANewSeed() throws Exception {
    launch("--batch", "16"); // 200 points, 160 of them for training: 10 batches an epoch
    waitFor(10, () -> latest() != null);
    Snapshot start = latest();
    long seed = start.settings().run().seeds().init();
    fxRun(() -> app.view().focusPlot());

    robot.type(KeyCode.RIGHT);
    waitFor(10, () -> latest().steps() == 1);
    assertThat(latest().examplesSeen()).isEqualTo(16);
    assertThat(latest().epoch()).isZero();
    robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
    waitFor(10, () -> latest().epoch() == 1);
    assertThat(latest().steps()).as("the batch, then the 9 left of the epoch").isEqualTo(10);
    assertThat(latest().examplesSeen()).isEqualTo(160);

    robot.type(KeyCode.R);
    waitFor(10, () -> latest().steps() == 0 && latest().epoch() == 0);
    assertThat(latest().settings().run().seeds().init()).as("R keeps the seed").isEqualTo(seed);
    assertThat(latest().network().copyW()).isDeepEqualTo(start.network().copyW());
    robot.press(KeyCode.SHIFT).type(KeyCode.R).release(KeyCode.SHIFT);
    waitFor(10, () -> latest().settings().run().seeds().init() != seed);
    assertThat(latest().steps()).isZero();
    assertThat(latest().network().copyW()[0]).isNotEqualTo(start.network().copyW()[0]);
  }
}
