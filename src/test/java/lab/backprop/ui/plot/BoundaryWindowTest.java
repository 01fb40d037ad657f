package lab.backprop.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import lab.backprop.ui.app.AppWindowTest;
import lab.backprop.ui.app.MainViewModel;
import lab.backprop.ui.common.Palette;
import org.junit.jupiter.api.Test;

/** The decision-boundary plot in the whole window over a real trainer, headless (Monocle). */
class BoundaryWindowTest extends AppWindowTest {
  @Test
  void afterTrainingMoonsTheBoundaryHasBothClassColoursOnTheRightSides() throws Exception {
    launch(
        "--noise",
        "0.1",
        "--hidden",
        "16",
        "--optimizer",
        "adam",
        "--lr",
        "0.02",
        "--autoplay",
        "--speed",
        "max");
    waitFor(90, () -> latest().trainAccuracy() >= 0.97);
    fxRun(() -> vm().pause());
    waitFor(10, () -> !latest().running());
    long version = latest().version();
    BoundaryView view = app.view().boundaryView();
    waitFor(10, () -> fx(() -> app.frameLoop().renderedVersion() == version));
    fxRun(() -> vm().showTestPointsProperty().set(false));
    WritableImage shot = fx(() -> view.snapshot(null, null));
    PlotExtent e = fx(view::shownExtent);
    Point2D top = fx(() -> new Point2D(view.sx(e, 0), view.sy(e, 0.9)));
    Point2D bottom = fx(() -> new Point2D(view.sx(e, 1), view.sy(e, -0.4)));
    int classAtTop = dominantClass(shot.getPixelReader(), top);
    int classAtBottom = dominantClass(shot.getPixelReader(), bottom);
    assertThat(classAtTop).as("upper moon (label 0)").isEqualTo(0);
    assertThat(classAtBottom).as("lower moon (label 1)").isEqualTo(1);
  }

  /** The class whose colour most pixels around p are nearest to (−1 when none dominates). */
  private static int dominantClass(PixelReader r, Point2D p) {
    int[] votes = new int[2];
    for (int dx = -6; dx <= 6; dx++) {
      for (int dy = -6; dy <= 6; dy++) {
        int argb = r.getArgb((int) p.getX() + dx, (int) p.getY() + dy);
        double d0 = BoundaryRasterTest.distance(argb, Palette.classArgb(0));
        double d1 = BoundaryRasterTest.distance(argb, Palette.classArgb(1));
        double dw = BoundaryRasterTest.distance(argb, Palette.WHITE);
        if (Math.min(d0, d1) < dw) {
          votes[d0 < d1 ? 0 : 1]++;
        }
      }
    }
    return votes[0] > 2 * votes[1] ? 0 : votes[1] > 2 * votes[0] ? 1 : -1;
  }

  private MainViewModel vm() {
    return app.view().viewModel();
  }
}
