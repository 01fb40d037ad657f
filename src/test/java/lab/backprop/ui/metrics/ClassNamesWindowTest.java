package lab.backprop.ui.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lab.backprop.ui.app.AppWindowTest;
import lab.backprop.ui.insight.ImagesModel;
import lab.backprop.ui.stepthrough.StepRecording;
import org.junit.jupiter.api.Test;

/**
 * A class is called the same everywhere the window shows it: the confusion matrix, the diagram's
 * output units and their hover text, the step-through's y, the example images' captions.
 */
class ClassNamesWindowTest extends AppWindowTest {
  /** scikit-learn's load_iris().target_names. */
  private static final List<String> SPECIES = List.of("setosa", "versicolor", "virginica");

  private static final List<String> DIGITS =
      List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  @Test
  void irisClassesAreItsSpeciesInTheMatrixTheDiagramAndTheStepThrough() throws Exception {
    launch("--dataset", "iris", "--hidden", "8", "--optimizer", "adam", "--lr", "0.01");
    fxRun(() -> app.view().viewModel().stepEpoch());
    waitFor(
        60,
        () -> fx(() -> app.view().insightPane().confusionView().drawnClassNames()).equals(SPECIES));
    waitFor(30, () -> fx(() -> app.view().networkDiagram().drawnClassNames()).equals(SPECIES));
    // the output unit ŷ₂ is numbered like every unit; its hover names its class
    String hover = fx(() -> app.view().networkDiagram().describeNode(new int[] {2, 1}));
    assertThat(hover).contains("ŷ2").contains("probability of class “versicolor”");

    robot.clickOn("#stepThroughButton");
    waitFor(
        60, () -> fx(() -> app.view().stepThroughPane().model().recordingProperty().get()) != null);
    StepRecording rec = fx(() -> app.view().stepThroughPane().model().recordingProperty().get());
    int label = rec.label(0);
    // phase 1 shows the example's class as its number (counting from 1, as ŷ_y) and its name
    waitFor(
        20,
        () ->
            fx(() -> app.view().stepThroughPane().equations().substitutionText())
                .contains("y = " + (label + 1) + " (" + SPECIES.get(label) + ")"));
    assertThat(fx(() -> app.view().stepThroughPane().diagram().drawnClassNames()))
        .isEqualTo(SPECIES);
  }

  @Test
  void digitsClassesAreTheDigitsInTheMatrixTheDiagramAndTheImages() throws Exception {
    launch("--dataset", "digits", "--hidden", "16", "--optimizer", "adam", "--lr", "0.01");
    fxRun(() -> app.view().viewModel().stepEpoch());
    waitFor(
        60,
        () -> fx(() -> app.view().insightPane().confusionView().drawnClassNames()).equals(DIGITS));
    waitFor(30, () -> fx(() -> app.view().networkDiagram().drawnClassNames()).equals(DIGITS));
    String hover = fx(() -> app.view().networkDiagram().describeNode(new int[] {2, 0}));
    assertThat(hover).contains("ŷ1").contains("probability of class “0”");
    waitFor(60, () -> fx(() -> app.view().insightPane().imagesView().tiles()) != null);
    ImagesModel.Tiles tiles = fx(() -> app.view().insightPane().imagesView().tiles());
    for (ImagesModel.Tile t : tiles.tiles()) {
      // a digit's class is the digit: label 7 is "7"
      assertThat(tiles.caption(t)).isEqualTo(t.label() + " → " + t.predicted());
    }
  }
}
