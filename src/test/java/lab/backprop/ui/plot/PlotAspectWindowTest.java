package lab.backprop.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import lab.backprop.data.Dataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The boundary plot draws a data unit as long across as up, whatever the view's shape: a circle of
 * points is a circle of pixels (headless, Monocle).
 */
class PlotAspectWindowTest {
  private Stage stage;

  @BeforeEach
  void registerStage() throws Exception {
    stage = FxToolkit.registerPrimaryStage();
  }

  @AfterEach
  void cleanUp() throws Exception {
    FxToolkit.cleanupStages();
  }

  @Test
  void aCircleOfDataIsRoundInWideTallAndSquareViews() throws Exception {
    int n = 24;
    double[][] circle = new double[n][];
    int[] labels = new int[n];
    for (int k = 0; k < n; k++) {
      double t = 2 * Math.PI * k / n;
      circle[k] = new double[] {3 + 2 * Math.cos(t), -1 + 2 * Math.sin(t)}; // centre (3, −1), r 2
      labels[k] = k % 2;
    }
    Dataset data = Dataset.classification("circle", circle, labels, 2);
    BoundaryView view =
        WaitForAsyncUtils.asyncFx(
                () -> {
                  BoundaryView v = new BoundaryView();
                  stage.setScene(new Scene(new Pane(v), 1000, 800));
                  stage.show();
                  v.setData(data, null);
                  return v;
                })
            .get(10, TimeUnit.SECONDS);
    for (double[] size : new double[][] {{900, 300}, {300, 700}, {500, 500}}) {
      double[] r =
          WaitForAsyncUtils.asyncFx(
                  () -> {
                    view.resize(size[0], size[1]);
                    view.layout();
                    PlotExtent e = view.shownExtent();
                    double cx = view.sx(e, 3);
                    double cy = view.sy(e, -1);
                    double[] out = new double[n + 2];
                    out[0] = view.sx(e, 4) - view.sx(e, 3); // pixels of one unit across
                    out[1] = view.sy(e, -1) - view.sy(e, 0); // pixels of one unit up
                    for (int k = 0; k < n; k++) {
                      out[k + 2] =
                          Math.hypot(view.sx(e, circle[k][0]) - cx, view.sy(e, circle[k][1]) - cy);
                    }
                    return out;
                  })
              .get(10, TimeUnit.SECONDS);
      assertThat(r[0]).as("unit across at %s", size[0] + "×" + size[1]).isPositive();
      assertThat(r[1]).as("one unit up is as long as one across").isCloseTo(r[0], within(1e-9));
      for (int k = 0; k < n; k++) {
        assertThat(r[k + 2]).as("radius of point " + k).isCloseTo(2 * r[0], within(1e-9));
      }
      // the whole circle is inside the plot box (10 px padding, 44 px of y ticks on the left)
      assertThat(2 * 2 * r[0]).isLessThanOrEqualTo(Math.min(size[0] - 54, size[1] - 40) + 1e-9);
    }
  }
}
