package lab.backprop.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import lab.backprop.train.TrainerSettings;
import lab.backprop.ui.stepthrough.StepThroughPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Thousands of seeded random actions over every control, key, mode (main window, step-through,
 * presets, mini-batch rows) and focus owner of the whole window over a real trainer: no exception
 * on the FX thread, the trainer alive and the window answering. Run with {@code
 * -DrandomActions.seed=S} to replay a failing seed (the failure message names it).
 */
class RandomActionsTest extends AppWindowTest {
  static final int ACTIONS = 2000;
  private static final int CHUNK = 40;

  private final ArrayDeque<String> recent = new ArrayDeque<>();
  private Random random;

  private record Action(String name, Runnable run) {}

  @Test
  void thousandsOfRandomActionsLeaveNoExceptionAndALiveTrainer() throws Exception {
    long seed = Long.getLong("randomActions.seed", 20240611L);
    random = new Random(seed);
    launch("--autoplay", "--batch", "16");
    List<Action> actions = fx(this::actions);
    fxRun(() -> rememberIds(stage.getScene().getRoot())); // every control, in the main layout
    int done = 0;
    while (done < ACTIONS) {
      fxRun(
          () -> {
            for (int k = 0; k < CHUNK; k++) {
              Action a = actions.get(random.nextInt(actions.size()));
              remember(a.name());
              a.run().run();
            }
          });
      done += CHUNK;
      WaitForAsyncUtils.waitForFxEvents(); // a pulse: frames, layout, animations
      assertThat(uncaught())
          .as(
              "seed %d: exceptions on the FX thread by action %d; the last ones: %s",
              seed, done, recent)
          .isEmpty();
      assertThat(app.trainer().isAlive()).as("seed %d: trainer alive", seed).isTrue();
    }
    // the trainer has taken every command, and the window answers and trains again
    long sent = fx(() -> vm().lastSent());
    waitFor(60, () -> latest().commandsApplied() >= sent);
    fxRun(
        () -> {
          app.view().stepThrough().leave();
          vm().learningRateProperty().set(0.05);
          vm().speedProperty().set(TrainerSettings.FULL_SPEED);
          vm().play();
        });
    long epoch = latest().epoch();
    waitFor(30, () -> latest().running() && latest().epoch() > epoch + 3);
    assertThat(fx(() -> stage.isShowing() && vm().statusProperty().get().startsWith("Epoch")))
        .as("seed %d: the window answers", seed)
        .isTrue();
    assertThat(uncaught()).as("seed %d", seed).isEmpty();
  }

  private void remember(String name) {
    recent.addLast(name);
    if (recent.size() > 12) {
      recent.removeFirst();
    }
  }

  private MainViewModel vm() {
    return app.view().viewModel();
  }

  private StepThroughPane player() {
    return app.view().stepThroughPane();
  }

  private final java.util.Map<String, Node> nodes = new java.util.HashMap<>();

  /** The control of this id, found once (the layouts move controls in and out of the scene). */
  private <T extends Node> T node(String id) {
    @SuppressWarnings("unchecked")
    T t = (T) nodes.computeIfAbsent(id, this::find);
    return t;
  }

  /** Remembers every node with an id under {@code n} (and the player's, not yet shown). */
  private void rememberIds(Node n) {
    if (n.getId() != null) {
      nodes.putIfAbsent("#" + n.getId(), n);
    }
    if (n instanceof javafx.scene.Parent p) {
      p.getChildrenUnmodifiable().forEach(this::rememberIds);
    }
    if (n == stage.getScene().getRoot()) {
      rememberIds(player());
    }
  }

  private Node find(String id) {
    for (Node root :
        new Node[] {
          stage.getScene().getRoot(), player(), app.view().controlPanel(), app.view().chartsView()
        }) {
      Node n = root.lookup(id);
      if (n != null) {
        return n;
      }
    }
    throw new AssertionError("no control " + id);
  }

  private List<Action> actions() {
    List<Action> a = new ArrayList<>();
    // the control panel
    for (String id :
        new String[] {
          "#datasetChoice", "#activationChoice", "#outputChoice", "#optimizerChoice", "#batchChoice"
        }) {
      a.add(new Action("choose " + id, () -> choose(node(id))));
    }
    a.add(new Action("layers", () -> spin("#layersSpinner", 1 + random.nextInt(4))));
    a.add(
        new Action(
            "units",
            () -> spin("#unitsSpinner" + (1 + random.nextInt(6)), 1 + random.nextInt(40))));
    a.add(new Action("points", () -> spin("#pointsSpinner", 10 + random.nextInt(400))));
    a.add(new Action("classes", () -> spin("#classesSpinner", 2 + random.nextInt(4))));
    for (String id :
        new String[] {"#noiseSlider", "#trainRatioSlider", "#lrSlider", "#speedSlider"}) {
      a.add(new Action("slide " + id, () -> slide(node(id))));
    }
    a.add(new Action("seed spinner", () -> spinLong("#dataSeedSpinner")));
    a.add(new Action("init seed spinner", () -> spinLong("#initSeedSpinner")));
    a.add(new Action("show test", () -> ((CheckBox) node("#showTestCheck")).fire()));
    a.add(new Action("log scale", () -> ((CheckBox) node("#logScale")).fire()));
    for (String id :
        new String[] {
          "#playButton", "#stepExampleButton", "#stepBatchButton", "#stepEpochButton",
          "#resetButton", "#resetNewSeedButton", "#regenerateButton", "#undoButton",
          "#stepThroughButton", "#bannerClose"
        }) {
      a.add(new Action("press " + id, () -> press(id)));
    }
    // typing into fields and spinner editors, valid or not, then Enter
    for (String id : new String[] {"#lrField", "#l2Field"}) {
      a.add(new Action("type " + id, () -> typeInto(node(id))));
    }
    for (String id :
        new String[] {"#pointsSpinner", "#unitsSpinner1", "#initSeedSpinner", "#batchRow"}) {
      a.add(new Action("type into " + id, () -> typeInto(((Spinner<?>) node(id)).getEditor())));
      a.add(new Action("commit " + id, () -> ((Spinner<?>) node(id)).commitValue()));
    }
    a.add(
        new Action(
            "weight",
            () ->
                vm().setWeight(
                        random.nextInt(3),
                        random.nextInt(9),
                        random.nextInt(9),
                        random.nextGaussian())));
    a.add(
        new Action(
            "bias",
            () -> vm().setBias(random.nextInt(3), random.nextInt(9), random.nextGaussian())));
    // focus somewhere, then keys go where the window sends them
    for (String id :
        new String[] {
          "#playButton",
          "#lrField",
          "#pointsSpinner",
          "#showTestCheck",
          "#logScale",
          "#datasetChoice",
          "#lrSlider",
          "#stepThroughButton",
          "#batchRow",
          "#scopeBatch"
        }) {
      a.add(new Action("focus " + id, () -> focus(id)));
    }
    KeyCode[] keys = {
      KeyCode.SPACE,
      KeyCode.RIGHT,
      KeyCode.LEFT,
      KeyCode.UP,
      KeyCode.DOWN,
      KeyCode.HOME,
      KeyCode.END,
      KeyCode.R,
      KeyCode.T,
      KeyCode.ESCAPE,
      KeyCode.ENTER,
      KeyCode.TAB,
      KeyCode.A
    };
    for (KeyCode k : keys) {
      a.add(new Action("key " + k, () -> key(k, false, false)));
      a.add(new Action("shift+" + k, () -> key(k, true, false)));
    }
    a.add(new Action("ctrl+Z", () -> key(KeyCode.Z, false, true)));
    a.add(new Action("ctrl+Z", () -> key(KeyCode.Z, false, true)));
    // the step-through player
    a.add(new Action("enter player", () -> app.view().stepThrough().enter(random.nextInt(12))));
    a.add(new Action("leave player", () -> press("#leaveStepThrough")));
    for (String id :
        new String[] {
          "#firstPhase",
          "#previousPhase",
          "#nextPhase",
          "#playPhases",
          "#scopeExample",
          "#scopeBatch",
          "#scopeBatch",
          "#showBoundaryBefore"
        }) {
      a.add(new Action("player " + id, () -> press(id)));
    }
    a.add(new Action("scrub", () -> slide(player().scrubber())));
    a.add(new Action("phase speed", () -> choose(node("#phaseSpeed"))));
    a.add(new Action("batch row", () -> spin("#batchRow", 1 + random.nextInt(20))));
    a.add(
        new Action(
            "row via model", () -> player().model().exampleProperty().set(random.nextInt(20) - 2)));
    a.add(
        new Action(
            "phase via model",
            () -> player().model().phaseIndexProperty().set(random.nextInt(30) - 2)));
    a.add(new Action("record row", () -> app.view().stepThrough().recordRow(random.nextInt(40))));
    a.add(new Action("preset", this::preset));
    a.add(new Action("preset", this::preset));
    return a;
  }

  private void choose(ChoiceBox<?> box) {
    if (box != null && !box.getItems().isEmpty()) {
      box.getSelectionModel().select(random.nextInt(box.getItems().size()));
    }
  }

  private void spin(String id, int value) {
    @SuppressWarnings("unchecked")
    Spinner<Integer> s = node(id);
    if (s != null && !s.isDisabled()) {
      s.getValueFactory().setValue(value);
    }
  }

  private void spinLong(String id) {
    Spinner<?> s = node(id);
    if (s != null && !s.isDisabled()) {
      if (random.nextBoolean()) {
        s.increment(1 + random.nextInt(3));
      } else {
        s.decrement(1);
      }
    }
  }

  private void slide(Slider s) {
    if (s != null && !s.isDisabled()) {
      s.setValue(s.getMin() + random.nextDouble() * (s.getMax() - s.getMin()));
    }
  }

  private void press(String id) {
    ButtonBase b = node(id);
    if (b != null && !b.isDisabled()) {
      b.fire();
    }
  }

  private static final String[] TEXTS = {
    "0.05", "0.3", "1e-3", "abc", "", "-1", "12", "3r", " 7 ", "1e400", "NaN"
  };

  private void typeInto(TextField f) {
    if (f != null && !f.isDisabled() && f.isEditable()) {
      f.requestFocus();
      f.setText(TEXTS[random.nextInt(TEXTS.length)]);
      f.fireEvent(new javafx.event.ActionEvent());
    }
  }

  private void focus(String id) {
    Node n = node(id);
    if (n != null && n.getScene() != null) {
      n.requestFocus();
    }
  }

  /** A key as the window gets it: pressed (and typed) at the focus owner, or the scene. */
  private void key(KeyCode code, boolean shift, boolean shortcut) {
    Scene scene = stage.getScene();
    Node target = scene.getFocusOwner() == null ? scene.getRoot() : scene.getFocusOwner();
    String text = code.isLetterKey() || code == KeyCode.SPACE ? code.getChar().toLowerCase() : "";
    Event.fireEvent(
        target, new KeyEvent(KeyEvent.KEY_PRESSED, "", text, code, shift, shortcut, false, false));
    if (!text.isEmpty()) {
      Node now = scene.getFocusOwner() == null ? scene.getRoot() : scene.getFocusOwner();
      Event.fireEvent(
          now,
          new KeyEvent(
              KeyEvent.KEY_TYPED, text, "", KeyCode.UNDEFINED, shift, shortcut, false, false));
    }
    Event.fireEvent(
        scene.getFocusOwner() == null ? scene.getRoot() : scene.getFocusOwner(),
        new KeyEvent(KeyEvent.KEY_RELEASED, "", text, code, shift, shortcut, false, false));
  }

  private void preset() {
    MenuButton presets = node("#presetMenu");
    List<MenuItem> items = presets.getItems();
    items.get(random.nextInt(items.size())).fire();
  }
}
