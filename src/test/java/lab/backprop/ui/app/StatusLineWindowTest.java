package lab.backprop.ui.app;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;

/**
 * The status line's text lies wholly inside its label, the status line and the window at every type
 * scale (at 1920×1080 under xvfb the label kept the height of the type before its style was
 * applied, and the bottom few pixels of the glyphs were cut off by the window's edge).
 */
class StatusLineWindowTest extends AppWindowTest {
  @Test
  void theStatusTextIsInsideTheStatusLineAndTheWindowAtEveryTypeScale() throws Exception {
    launch("--autoplay");
    StatusLine line = app.view().statusLine();
    waitFor(20, () -> fx(() -> line.getText().contains("Accuracy")));
    for (double s = PresentationModel.MIN_SCALE;
        s <= PresentationModel.MAX_SCALE;
        s += PresentationModel.SCALE_STEP) {
      double scale = s;
      fxRun(() -> app.view().presentation().setTypeScale(scale));
      // the glyphs (the label's Text node) within the status line's box, and that within the scene
      waitFor(
          10,
          () ->
              fx(
                  () -> {
                    Node glyphs = line.textLabel().lookup(".text");
                    Bounds text = glyphs.localToScene(glyphs.getBoundsInLocal());
                    Bounds label =
                        line.textLabel().localToScene(line.textLabel().getLayoutBounds());
                    Bounds box = line.localToScene(line.getLayoutBounds());
                    double sceneHeight = line.getScene().getHeight();
                    return text.getMinY() >= label.getMinY() - 0.5
                        && text.getMaxY() <= label.getMaxY() + 0.5
                        && text.getMinY() >= box.getMinY()
                        && text.getMaxY() <= box.getMaxY()
                        && box.getMaxY() <= sceneHeight;
                  }));
    }
  }
}
