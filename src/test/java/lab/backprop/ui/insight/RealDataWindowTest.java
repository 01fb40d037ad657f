package lab.backprop.ui.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import lab.backprop.data.Plane;
import lab.backprop.nn.Network;
import lab.backprop.train.Snapshot;
import lab.backprop.ui.app.AppWindowTest;
import lab.backprop.ui.metrics.ConfusionTable;
import lab.backprop.ui.stepthrough.StepRecording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The views for more than two inputs in the whole window over a real trainer, headless. */
class RealDataWindowTest extends AppWindowTest {
  @TempDir Path dir;

  @Test
  void irisIsShownOnItsPrincipalPlaneWithALiveConfusionMatrix() throws Exception {
    launch(
        "--dataset", "iris", "--hidden", "8", "--optimizer", "adam", "--lr", "0.01", "--autoplay");
    waitFor(60, () -> latest().epoch() > 100);
    waitFor(20, () -> fx(() -> app.view().boundaryView().plane()) != null);
    Plane plane = fx(() -> app.view().boundaryView().plane());
    assertThat(plane.dimension()).isEqualTo(4);
    assertThat(plane.xName()).startsWith("PC1 (");
    String caption = fx(() -> app.view().boundaryView().lookup("#planeCaption").toString());
    assertThat(caption)
        .contains("plane through the data mean spanned by the first two principal components");
    // the regions of that plane are drawn, for the extent shown (once the layout has settled)
    waitFor(30, () -> fx(() -> app.frameLoop().renderedVersion()) > 0);
    waitFor(
        30,
        () ->
            fx(
                () -> {
                  var view = app.view().boundaryView();
                  return view.raster() != null && view.raster().extent().equals(view.shownExtent());
                }));

    fxRun(() -> app.view().viewModel().pause());
    waitFor(20, () -> !latest().running());
    Snapshot s = latest();
    waitFor(
        10,
        () ->
            fx(() -> app.view().insightPane().confusionView().table()) != null
                && fx(() -> app.view().insightPane().confusionView().table().accuracy())
                    == latest().testAccuracy());
    ConfusionTable t = fx(() -> app.view().insightPane().confusionView().table());
    // 150 rows, 80 % for training: 30 test rows, their classes counted by hand from the labels
    assertThat(t.total()).isEqualTo(30);
    int[] perClass = new int[3];
    for (int r = 0; r < s.test().size(); r++) {
      perClass[s.test().label(r)]++;
    }
    for (int a = 0; a < 3; a++) {
      assertThat(t.counts()[a][0] + t.counts()[a][1] + t.counts()[a][2]).isEqualTo(perClass[a]);
    }
    assertThat(t.accuracy()).isEqualTo(s.testAccuracy());
    assertThat(t.title()).startsWith("Test rows (30)");
  }

  @Test
  void mnistShowsExampleImagesAUnitsWeightsAndStepsThroughOneExample() throws Exception {
    launch(
        "--dataset",
        "mnist",
        "--hidden",
        "16",
        "--batch",
        "32",
        "--optimizer",
        "adam",
        "--lr",
        "0.001");
    waitFor(30, () -> latest().network().inputSize() == 784);
    fxRun(() -> app.view().viewModel().stepEpoch());
    waitFor(120, () -> latest().epoch() >= 1 && latest().predictions() != null);
    waitFor(60, () -> fx(() -> app.view().insightPane().imagesView().tiles()) != null);
    ImagesModel.Tiles tiles = fx(() -> app.view().insightPane().imagesView().tiles());
    assertThat(tiles.side()).isEqualTo(28);
    assertThat(tiles.tiles()).hasSize(ImagesModel.MAX_TILES);
    // misclassified first
    boolean seenRight = false;
    for (ImagesModel.Tile t : tiles.tiles()) {
      assertThat(seenRight && t.wrong()).as("a wrong one after a right one").isFalse();
      seenRight |= !t.wrong();
    }
    assertThat(tiles.title()).doesNotContain("standardised"); // the raw pixels were found
    ImagesModel.UnitWeights w = fx(() -> app.view().insightPane().imagesView().weights());
    Network net = latest().network().toNetwork();
    double max = 0;
    for (int i = 0; i < 784; i++) {
      max = Math.max(max, Math.abs(net.copyW()[0][0][i]));
    }
    assertThat(w.scale()).isEqualTo(max);
    assertThat(w.argb()).hasSize(784);

    // the step-through records one example of 784 inputs and walks through every phase
    robot.clickOn("#stepThroughButton");
    waitFor(
        60, () -> fx(() -> app.view().stepThroughPane().model().recordingProperty().get()) != null);
    StepRecording rec = fx(() -> app.view().stepThroughPane().model().recordingProperty().get());
    assertThat(rec.units(0)).isEqualTo(784);
    int phases = rec.phases().size();
    for (int p = 1; p < phases; p++) {
      robot.type(KeyCode.RIGHT);
      int expected = p;
      waitFor(
          20,
          () ->
              fx(() -> app.view().stepThroughPane().model().phaseIndexProperty().get())
                  == expected);
    }
    robot.type(KeyCode.ESCAPE);
    waitFor(20, () -> !fx(() -> app.view().stepThrough().isActive()));
  }

  @Test
  void importingACsvWithFourFeaturesShowsItsPrincipalPlaneAndABadOneNamesLineAndColumn()
      throws Exception {
    launch();
    Path good = dir.resolve("four.csv");
    StringBuilder csv = new StringBuilder("x1,x2,x3,x4,label\n");
    for (int r = 0; r < 40; r++) {
      int label = r % 2;
      csv.append(r * 0.1)
          .append(',')
          .append(label * 3 + r % 5)
          .append(',')
          .append(-r)
          .append(',')
          .append(r % 3)
          .append(',')
          .append(label)
          .append('\n');
    }
    Files.writeString(good, csv);
    fxRun(() -> app.view().pointEditor().importCsv(good));
    waitFor(30, () -> latest().train().dimension() == 4);
    assertThat(latest().network().inputSize()).isEqualTo(4);
    waitFor(20, () -> fx(() -> app.view().boundaryView().plane()) != null);
    assertThat(fx(() -> app.view().pointEditor().editableProperty().get())).isFalse();

    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "x1,x2,x3,x4,label\n1,2,3,4,0\n1,2,oops,4,1\n");
    fxRun(() -> app.view().pointEditor().importCsv(bad));
    waitFor(20, () -> fx(() -> app.view().viewModel().bannerProperty().get()).contains("line 3"));
    assertThat(fx(() -> app.view().viewModel().bannerProperty().get())).contains("column 3");
    // the data stay
    assertThat(latest().train().dimension()).isEqualTo(4);
  }
}
