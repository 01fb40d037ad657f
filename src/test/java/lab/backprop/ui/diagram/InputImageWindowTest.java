package lab.backprop.ui.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import lab.backprop.data.Dataset;
import lab.backprop.ui.app.AppWindowTest;
import lab.backprop.ui.insight.ImagesView;
import org.junit.jupiter.api.Test;

/**
 * For image data the diagram's folded input column shows the current example as a grey image: the
 * first test example, or the one clicked in the images panel.
 */
class InputImageWindowTest extends AppWindowTest {
  @Test
  void theInputColumnShowsTheFirstTestExampleThenTheOneClickedAmongTheImages() throws Exception {
    // raw pixels (0–255) as inputs, so the example's values are the data set's
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
        "0.001",
        "--no-standardize");
    waitFor(30, () -> latest().network().inputSize() == 784);
    fxRun(() -> app.view().viewModel().stepEpoch());
    waitFor(120, () -> latest().epoch() >= 1 && latest().predictions() != null);
    NetworkDiagram d = app.view().networkDiagram();
    waitFor(
        60,
        () ->
            fx(() -> d.inputImagePlace() != null && d.inputCaption().equals("x: test example 1")));
    Dataset test = latest().test();
    assertDrawn(d, test, 0);

    ImagesView images = app.view().insightPane().imagesView();
    waitFor(60, () -> fx(() -> images.tilesShown()) > 3);
    double[] tile = fx(() -> images.tilePlace(3));
    int row = (int) tile[3];
    Point2D at =
        fx(
            () ->
                images
                    .examplesCanvas()
                    .localToScreen(tile[0] + tile[2] / 2, tile[1] + tile[2] / 2));
    robot.clickOn(at);
    String caption = "x: test example " + String.format("%,d", row + 1) + " (selected)";
    waitFor(20, () -> fx(() -> d.inputCaption().equals(caption) && d.inputImagePlace() != null));
    assertDrawn(d, test, row);
  }

  /**
   * Every image pixel of the drawn input image is row {@code r}'s value as grey, ink dark: 255 −
   * round(255·x / the row's largest x), read back from the diagram's canvas at each cell's centre.
   */
  private static void assertDrawn(NetworkDiagram d, Dataset test, int r) throws Exception {
    double[] place = fx(() -> d.inputImagePlace());
    WritableImage shot = fx(() -> d.canvas().snapshot(null, null));
    PixelReader px = shot.getPixelReader();
    double max = 0;
    for (int i = 0; i < 784; i++) {
      max = Math.max(max, test.x(r, i));
    }
    double cell = place[2] / 28;
    int dark = 0;
    for (int i = 0; i < 784; i++) {
      int expected = 255 - (int) Math.round(255 * test.x(r, i) / max);
      int x = (int) Math.floor(place[0] + (i % 28 + 0.5) * cell);
      int y = (int) Math.floor(place[1] + (i / 28 + 0.5) * cell);
      int grey = px.getArgb(x, y) & 0xFF;
      assertThat(grey).as("pixel %d of row %d", i, r).isBetween(expected - 1, expected + 1);
      dark += expected < 128 ? 1 : 0;
    }
    assertThat(dark).as("ink in the example").isGreaterThan(20);
  }
}
