package lab.backprop.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import lab.backprop.data.Dataset;
import lab.backprop.nn.Activation;
import lab.backprop.nn.FrozenNetwork;
import lab.backprop.nn.Network;
import lab.backprop.nn.Samples;
import lab.backprop.nn.TrainingLoop;
import lab.backprop.train.Snapshot;
import lab.backprop.train.TrainerSettings;
import lab.backprop.ui.diagram.NetworkPicture;
import org.junit.jupiter.api.Test;

/** The whole window over a real trainer, headless (Monocle). */
class MainWindowTest extends AppWindowTest {
  private MainViewModel vm() {
    return app.view().viewModel();
  }

  @Test
  void windowHasTitleAndEveryRegion() throws Exception {
    launch();
    assertThat(stage.getTitle()).isEqualTo("Backprop Lab");
    assertThat(stage.isShowing()).isTrue();
    for (String id :
        new String[] {
          MainView.CONTROL_PANEL,
          MainView.BOUNDARY_PLOT,
          MainView.NETWORK_DIAGRAM,
          MainView.CHARTS,
          MainView.STATUS_LINE
        }) {
      Node node = robot.lookup("#" + id).query();
      assertThat(node).as(id).isNotNull();
      assertThat(node.isVisible()).as(id + " visible").isTrue();
      assertThat(node.getLayoutBounds().getWidth()).as(id + " width").isGreaterThan(50);
    }
    assertThat(robot.lookup("#" + MainView.BANNER).query().isVisible()).isFalse();
    // every control with an id says what it does
    List<String> untipped = new ArrayList<>();
    collectUntipped(robot.lookup("#" + MainView.CONTROL_PANEL).query(), untipped);
    assertThat(untipped.size() + countInputs(robot.lookup("#" + MainView.CONTROL_PANEL).query()))
        .isGreaterThan(15);
    assertThat(untipped).isEmpty();
    // the boundary grid follows the view size: at least 150 x 150 at the default size
    waitFor(20, () -> fx(() -> app.view().boundaryView().raster() != null));
    int[] grid =
        fx(
            () ->
                new int[] {
                  app.view().boundaryView().raster().cols(),
                  app.view().boundaryView().raster().rows()
                });
    assertThat(grid[0]).isGreaterThanOrEqualTo(150);
    assertThat(grid[1]).isGreaterThanOrEqualTo(150);
  }

  private static int countInputs(Node n) {
    int count = n instanceof javafx.scene.control.ButtonBase || n instanceof Spinner ? 1 : 0;
    if (n instanceof javafx.scene.Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        count += countInputs(child);
      }
    }
    return count;
  }

  private static void collectUntipped(Node n, List<String> out) {
    boolean input =
        n instanceof javafx.scene.control.ButtonBase
            || n instanceof ChoiceBox
            || n instanceof Spinner
            || n instanceof Slider
            || n instanceof javafx.scene.control.TextField;
    if (input && n.getId() != null && ((Control) n).getTooltip() == null) {
      out.add(n.getId());
    }
    if (n instanceof javafx.scene.Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        collectUntipped(child, out);
      }
    }
    if (n instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
      collectUntipped(sp.getContent(), out);
    }
    if (n instanceof javafx.scene.control.TitledPane tp && tp.getContent() != null) {
      collectUntipped(tp.getContent(), out);
    }
  }

  @Test
  void changingActivationAndHiddenSizeDuringTrainingKeepsTraining() throws Exception {
    launch("--autoplay");
    waitFor(20, () -> latest().running() && latest().epoch() > 10);
    fxRun(
        () -> {
          ChoiceBox<String> act = robot.lookup("#activationChoice").query();
          act.setValue("relu");
          Spinner<Integer> layers = robot.lookup("#layersSpinner").query();
          layers.getValueFactory().setValue(2);
          Spinner<Integer> units2 = robot.lookup("#unitsSpinner2").query();
          units2.getValueFactory().setValue(5);
          Spinner<Integer> units1 = robot.lookup("#unitsSpinner1").query();
          units1.getValueFactory().setValue(12);
        });
    waitFor(
        20,
        () -> {
          Snapshot s = latest();
          return Arrays.equals(s.network().layerSizes(), new int[] {2, 12, 5, 2})
              && s.network().activation(0) == Activation.RELU;
        });
    long epochAfterChange = latest().epoch();
    waitFor(20, () -> latest().epoch() > epochAfterChange + 10);
    Snapshot s = latest();
    assertThat(s.running()).isTrue();
    assertThat(s.trainLoss()).isFinite();
    assertThat(s.network().isFinite()).isTrue();
    waitFor(
        10,
        () ->
            fx(
                () -> {
                  NetworkPicture shown = app.view().networkDiagram().picture();
                  return shown != null
                      && Arrays.equals(shown.layerSizes(), new int[] {2, 12, 5, 2})
                      && app.view().networkDiagram().diagramLayout().size(2) == 5;
                }));
  }

  @Test
  void stepExampleChangesTheWeightsExactlyAsTheEnginesOneExampleStep() throws Exception {
    launch("--optimizer", "momentum", "--lr", "0.05", "--batch", "16");
    Snapshot before = latest();
    assertThat(before.running()).isFalse();
    Dataset train = before.train();
    TrainerSettings settings = before.settings();
    TrainingLoop reference =
        new TrainingLoop(
            before.network().toNetwork(),
            new Samples(train.features(), train.labels(), train.targets()),
            settings.run().optimizer(),
            settings.run().training().batch(),
            settings.run().seeds().order());
    for (int k = 1; k <= 3; k++) {
      long examples = latest().examplesSeen();
      robot.clickOn("#stepExampleButton");
      waitFor(10, () -> latest().examplesSeen() == examples + 1);
      reference.stepExample();
      FrozenNetwork ours = latest().network();
      assertThat(ours.copyW()).as("W after step " + k).isDeepEqualTo(reference.network().copyW());
      assertThat(ours.copyB()).as("b after step " + k).isDeepEqualTo(reference.network().copyB());
    }
    assertThat(latest().running()).isFalse();
  }

  @Test
  void divergenceShowsTheBannerAndKeepsFiniteWeights() throws Exception {
    launch("--output", "sigmoid_bce", "--lr", "50", "--autoplay", "--speed", "max");
    waitFor(30, () -> latest().diverged() != null);
    waitFor(10, () -> fx(() -> robot.lookup("#" + MainView.BANNER).query().isVisible()));
    String text = fx(() -> vm().bannerProperty().get());
    assertThat(text).contains("diverged at epoch").contains("lower the learning rate or reset");
    Snapshot s = latest();
    assertThat(s.running()).isFalse();
    assertThat(s.network().isFinite()).isTrue();
    // dismissable, and recovering works: a sane rate, reset, play again
    robot.clickOn("#bannerClose");
    waitFor(5, () -> fx(() -> !robot.lookup("#" + MainView.BANNER).query().isVisible()));
    fxRun(
        () -> {
          vm().learningRateProperty().set(0.01);
          vm().reset(false);
          vm().play();
        });
    waitFor(20, () -> latest().epoch() > 5 && latest().running());
    assertThat(latest().trainLoss()).isFinite();
  }

  @Test
  void theStatusLineShrinksOrTakesTwoLinesInANarrowWindowAndGrowsBack() throws Exception {
    launch("--autoplay");
    Label status = robot.lookup("#statusText").query();
    StatusLine line = app.view().statusLine();
    waitFor(10, () -> fx(() -> status.getText().contains("Accuracy")));
    fxRun(() -> stage.setWidth(1000));
    waitFor(
        5,
        () ->
            fx(
                () ->
                    (status.getFont().getSize() < StatusLine.FONT_MAX
                            || status.getText().contains("\n"))
                        && shownText(status).equals(status.getText())));
    double narrow = fx(() -> status.getFont().getSize());
    assertThat(narrow).isGreaterThanOrEqualTo(StatusLine.FONT_MIN);
    // every field is shown, on one line or broken between two fields onto a second
    String[] both = fx(() -> new String[] {status.getText().replace("\n", "   "), line.getText()});
    assertThat(both[0]).isEqualTo(both[1]);
    // the whole width of the (headless) screen: one line, larger type, still the whole text
    double wide = fx(() -> javafx.stage.Screen.getPrimary().getBounds().getWidth());
    fxRun(() -> stage.setWidth(wide));
    waitFor(
        5,
        () ->
            fx(
                () ->
                    status.getFont().getSize() >= narrow
                        && !status.getText().contains("\n")
                        && shownText(status).equals(status.getText())));
  }

  /** The text a label draws (its own text, or a shortened one ending in an ellipsis). */
  private static String shownText(Label label) {
    return ((javafx.scene.text.Text) label.lookup(".text")).getText();
  }

  @Test
  void resetWithANewSeedShowsTheSeedAndSendsNothingElse() throws Exception {
    launch();
    long before = fx(() -> vm().lastSent());
    robot.clickOn("#resetNewSeedButton");
    waitFor(10, () -> latest().commandsApplied() >= before + 1);
    long seed = latest().settings().run().seeds().init();
    waitFor(5, () -> fx(() -> vm().initSeedProperty().get() == seed));
    Spinner<Long> spinner = robot.lookup("#initSeedSpinner").query();
    assertThat(fx(() -> spinner.getValue())).isEqualTo(seed);
    assertThat(fx(() -> vm().lastSent())).as("no command echoed back").isEqualTo(before + 1);
    // the network is the one the initialiser makes from that seed
    Network expected =
        Network.initialized(
            latest().network().layerSizes(),
            latest().settings().run().network().activationArray(),
            latest().settings().run().network().output(),
            latest().settings().run().network().l2(),
            seed);
    assertThat(latest().network().copyW()).isDeepEqualTo(expected.copyW());
  }

  @Test
  void keyboardPlaysPausesAndResets() throws Exception {
    launch();
    fxRun(() -> app.view().boundaryView().requestFocus());
    robot.type(KeyCode.SPACE);
    waitFor(10, () -> latest().running() && latest().epoch() > 0);
    robot.type(KeyCode.SPACE);
    waitFor(10, () -> !latest().running());
    robot.type(KeyCode.R);
    waitFor(10, () -> latest().epoch() == 0 && latest().examplesSeen() == 0);
    robot.type(KeyCode.RIGHT);
    waitFor(10, () -> latest().steps() == 1);
  }

  @Test
  void hammerTwoThousandRandomControlChangesAtFullSpeed() throws Exception {
    launch("--autoplay");
    Random random = new Random(42);
    List<Runnable> actions = controlActions(random);
    for (int chunk = 0; chunk < 20; chunk++) {
      fxRun(
          () -> {
            for (int k = 0; k < 100; k++) {
              actions.get(random.nextInt(actions.size())).run();
            }
          });
    }
    // the trainer has taken every command, and the app still answers
    long sent = fx(() -> vm().lastSent());
    waitFor(60, () -> latest().commandsApplied() >= sent);
    assertThat(app.trainer().isAlive()).isTrue();
    fxRun(
        () -> {
          vm().learningRateProperty().set(0.05);
          vm().speedProperty().set(TrainerSettings.FULL_SPEED);
          vm().play();
        });
    // steps, not epochs: the changes may have left a large data set, whose epoch takes long on a
    // loaded machine (it timed out once while a mutation run shared the cores)
    long steps = latest().steps();
    waitFor(30, () -> latest().running() && latest().steps() > steps + 3);
    assertThat(latest().network().isFinite()).isTrue();
    assertThat(fx(() -> robot.lookup("#" + MainView.STATUS_LINE).query().isVisible())).isTrue();
  }

  @SuppressWarnings("unchecked")
  private List<Runnable> controlActions(Random random) {
    List<Runnable> a = new ArrayList<>();
    a.add(() -> choose((ChoiceBox<Object>) robot.lookup("#datasetChoice").query(), random));
    a.add(() -> choose((ChoiceBox<Object>) robot.lookup("#activationChoice").query(), random));
    a.add(() -> choose((ChoiceBox<Object>) robot.lookup("#outputChoice").query(), random));
    a.add(() -> choose((ChoiceBox<Object>) robot.lookup("#optimizerChoice").query(), random));
    a.add(() -> choose((ChoiceBox<Object>) robot.lookup("#batchChoice").query(), random));
    a.add(() -> spin("#layersSpinner", 1 + random.nextInt(6)));
    a.add(() -> spin("#unitsSpinner" + (1 + random.nextInt(6)), 1 + random.nextInt(64)));
    a.add(() -> spin("#pointsSpinner", 10 + random.nextInt(600)));
    a.add(() -> spin("#classesSpinner", 2 + random.nextInt(4)));
    a.add(() -> slide("#noiseSlider", random));
    a.add(() -> slide("#trainRatioSlider", random));
    a.add(() -> slide("#lrSlider", random));
    a.add(() -> slide("#speedSlider", random));
    a.add(() -> ((CheckBox) robot.lookup("#showTestCheck").query()).fire());
    for (String b :
        new String[] {
          "#playButton",
          "#stepExampleButton",
          "#stepBatchButton",
          "#stepEpochButton",
          "#resetButton",
          "#resetNewSeedButton",
          "#regenerateButton"
        }) {
      a.add(() -> ((Button) robot.lookup(b).query()).fire());
    }
    return a;
  }

  private static void choose(ChoiceBox<Object> box, Random random) {
    if (!box.getItems().isEmpty()) {
      box.setValue(box.getItems().get(random.nextInt(box.getItems().size())));
    }
  }

  private void spin(String id, int value) {
    Spinner<Integer> s = robot.lookup(id).query();
    s.getValueFactory().setValue(value);
  }

  private void slide(String id, Random random) {
    Slider s = robot.lookup(id).query();
    s.setValue(s.getMin() + random.nextDouble() * (s.getMax() - s.getMin()));
  }

  @Test
  void whileTrainingEveryFrameShowsTheBoundaryOfThePreviousFramesSnapshot() throws Exception {
    launch("--autoplay");
    FrameLoop view = app.frameLoop();
    waitFor(10, () -> latest().epoch() > 5);
    fxRun(view::stopFrames);
    fxRun(() -> view.frame(System.nanoTime()));
    for (int k = 0; k < 10; k++) {
      long asked = fx(view::requestedVersion);
      assertThat(asked).isPositive();
      // the worker keeps up and the trainer has published something newer
      waitFor(10, () -> fx(() -> !view.renderBusy()) && latest().version() > asked);
      fxRun(() -> view.frame(System.nanoTime()));
      assertThat(fx(view::renderedVersion))
          .as("frame %d shows the last frame's snapshot", k)
          .isEqualTo(asked);
      assertThat(fx(view::requestedVersion)).as("and asks for a newer one").isGreaterThan(asked);
    }
  }
}
