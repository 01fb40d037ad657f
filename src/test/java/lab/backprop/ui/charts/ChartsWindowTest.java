package lab.backprop.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import lab.backprop.ui.app.AppWindowTest;
import lab.backprop.ui.common.Picture;
import org.junit.jupiter.api.Test;

/** The loss and accuracy charts in the whole window over a real trainer, headless (Monocle). */
class ChartsWindowTest extends AppWindowTest {
  @Test
  void chartsStreamAsPicturesWhileTrainingAndBecomeViewersWhenPaused() throws Exception {
    launch("--autoplay");
    ChartsView charts = app.view().chartsView();
    waitFor(
        20,
        () ->
            fx(
                () ->
                    charts.isLive()
                        && charts.shownPictures() != null
                        && charts.shownPictures().job().history().size() > 5));
    ChartPainter.Pictures live = fx(charts::shownPictures);
    // the picture has the train curve's colour in it and is as large as its pane on screen
    assertThat(countColour(live.loss(), TrainingCharts.TRAIN.getRGB())).isGreaterThan(20);
    Node lossViewer = robot.lookup("#lossChart").query();
    assertThat(live.loss().width())
        .isEqualTo((int) Math.round(fx(() -> lossViewer.getParent().getLayoutBounds().getWidth())));
    assertThat(fx(lossViewer::isVisible)).as("viewer hidden while live").isFalse();

    robot.clickOn("#logScale");
    waitFor(
        10,
        () -> fx(() -> charts.shownPictures() != null && charts.shownPictures().job().logScale()));

    robot.clickOn("#playButton"); // pause: the interactive viewers take over, on a log axis
    waitFor(10, () -> !latest().running());
    waitFor(20, () -> fx(() -> !charts.isLive() && lossViewer.isVisible()));
    assertThat(fx(() -> charts.trainLossSeries().getItemCount()))
        .isGreaterThan(5)
        .isLessThanOrEqualTo(TrainingCharts.MAX_DRAWN + 1);
    assertThat(fx(() -> charts.lossChart().getXYPlot().getRangeAxis()))
        .isInstanceOf(org.jfree.chart.axis.LogAxis.class);
    assertThat(fx(() -> charts.shown().epochs())).containsExactly(latest().history().epochs());
    assertThat(fx(() -> charts.shown().trainLoss()))
        .containsExactly(latest().history().trainLosses());

    // zoomed in, a double-click shows the whole history again
    var epochs = fx(() -> charts.lossChart().getXYPlot().getDomainAxis());
    fxRun(() -> epochs.setRange(0, 1));
    assertThat(fx(epochs::isAutoRange)).isFalse();
    robot.doubleClickOn("#lossChart");
    waitFor(20, () -> fx(epochs::isAutoRange));
    assertThat(fx(() -> epochs.getUpperBound())).isGreaterThan(1);

    // Alt+drag pans the epochs
    double lower = fx(epochs::getLowerBound);
    robot.moveTo("#lossChart");
    robot.press(KeyCode.ALT).drag(javafx.scene.input.MouseButton.PRIMARY);
    robot.moveBy(-60, 0);
    robot.drop().release(KeyCode.ALT);
    waitFor(20, () -> fx(epochs::getLowerBound) > lower);
  }

  private static int countColour(Picture p, int argb) {
    int n = 0;
    for (int v : p.argb()) {
      n += v == argb ? 1 : 0;
    }
    return n;
  }
}
