package lab.backprop.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import lab.backprop.ui.charts.ChartsView;
import lab.backprop.ui.stepthrough.EquationPanel;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/**
 * Presentation mode and the type scale in the whole window, headless (Monocle): the keys, the
 * 100–200 % range, and text at least 24 px high at 1920×1080.
 */
class PresentationWindowTest extends AppWindowTest {
  /** The least height of the status line, the axis ticks and the diagram's values. */
  private static final double MIN_TEXT_PX = 24;

  private PresentationModel presentation() {
    return app.view().presentation();
  }

  private double scale() throws Exception {
    return fx(() -> presentation().typeScale());
  }

  private void ctrl(KeyCode key) {
    robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
  }

  @Test
  void theKeysScaleTheTypeFrom100To200PercentAndF11AndF9Present() throws Exception {
    launch();
    fxRun(() -> app.view().focusPlot());
    assertThat(scale()).isEqualTo(1.0);
    ctrl(KeyCode.EQUALS);
    assertThat(scale()).isEqualTo(1.25);
    for (int k = 0; k < 5; k++) {
      ctrl(KeyCode.EQUALS);
    }
    assertThat(scale()).as("200 % at most").isEqualTo(2.0);
    // the whole window's type follows: the root is 13 px at 100 %, the status line 18/13 of it
    assertThat(fx(() -> app.view().getStyle())).isEqualTo("-fx-font-size: 26.00px;");
    Label state = (Label) robot.lookup("#runState").query();
    assertThat(fx(() -> state.getFont().getSize())).isCloseTo(36, within(0.1));
    assertThat(fx(() -> app.view().boundaryView().tickFontSize())).isEqualTo(28);
    ctrl(KeyCode.MINUS);
    assertThat(scale()).isEqualTo(1.75);
    ctrl(KeyCode.DIGIT0);
    assertThat(scale()).isEqualTo(1.0);
    ctrl(KeyCode.MINUS);
    assertThat(scale()).as("100 % at least").isEqualTo(1.0);

    // typing in a field: Ctrl+= still scales the type and types nothing
    fxRun(() -> robot.lookup("#lrField").query().requestFocus()); // the panel may be scrolled
    String lr =
        fx(() -> ((javafx.scene.control.TextField) robot.lookup("#lrField").query()).getText());
    ctrl(KeyCode.EQUALS);
    assertThat(scale()).isEqualTo(1.25);
    assertThat(
            fx(() -> ((javafx.scene.control.TextField) robot.lookup("#lrField").query()).getText()))
        .isEqualTo(lr);
    ctrl(KeyCode.DIGIT0);

    fxRun(() -> app.view().focusPlot());
    robot.type(KeyCode.F9);
    assertThat(fx(() -> app.view().getLeft())).as("controls hidden").isNull();
    robot.type(KeyCode.F9);
    assertThat(fx(() -> app.view().getLeft())).as("controls back").isNotNull();

    fxRun(() -> presentation().setTypeScale(1.25));
    robot.type(KeyCode.F11);
    assertThat(fx(() -> presentation().isPresenting())).isTrue();
    assertThat(fx(() -> stage.isFullScreen())).isTrue();
    assertThat(scale()).isEqualTo(PresentationModel.PRESENTING_SCALE);
    robot.type(KeyCode.F9);
    robot.type(KeyCode.ESCAPE);
    assertThat(fx(() -> stage.isFullScreen())).as("Esc does not leave presentation mode").isTrue();
    robot.type(KeyCode.F11);
    assertThat(fx(() -> presentation().isPresenting())).isFalse();
    assertThat(fx(() -> stage.isFullScreen())).isFalse();
    assertThat(scale()).as("the scale from before").isEqualTo(1.25);
    assertThat(fx(() -> app.view().getLeft())).as("the controls come back").isNotNull();

    robot.clickOn("#presentButton");
    assertThat(fx(() -> presentation().isPresenting())).isTrue();
    robot.clickOn("#presentButton");
    assertThat(fx(() -> presentation().isPresenting())).isFalse();
  }

  @Test
  void fIsFullSpeedAndBackToTheWatchablePace() throws Exception {
    launch();
    assertThat(fx(() -> app.view().viewModel().speedProperty().get())).isEqualTo(750);
    fxRun(() -> app.view().focusPlot());
    robot.type(KeyCode.F);
    waitFor(10, () -> latest().settings().isFullSpeed());
    robot.type(KeyCode.F);
    waitFor(10, () -> latest().settings().stepsPerSecond() == 750);
    robot.clickOn("#fullSpeedButton");
    waitFor(10, () -> latest().settings().isFullSpeed());
  }

  @Test
  void inPresentationModeAt1920x1080TheStatusLineTicksAndDiagramValuesAreAtLeast24PxHigh()
      throws Exception {
    launch("--autoplay");
    robot.type(KeyCode.F11);
    robot.type(KeyCode.F9);
    waitFor(10, () -> fx(() -> stage.isFullScreen() && app.view().getLeft() == null));
    assertThat(fx(() -> app.view().getScene().getWidth())).isEqualTo(1920);
    assertThat(fx(() -> app.view().getScene().getHeight())).isEqualTo(1080);
    waitFor(20, () -> fx(() -> app.view().statusLine().getText().contains("Accuracy")));
    Text status = (Text) fx(() -> app.view().statusLine().textLabel().lookup(".text"));
    assertTall("status line", fx(() -> status.getFont().getSize()), fx(() -> textHeight(status)));

    double tick = fx(() -> app.view().boundaryView().tickFontSize());
    assertTall("plot ticks", tick, fx(() -> textHeight("-1.5", Font.font(tick))));

    XYPlot loss = fx(() -> app.view().chartsView().lossChart().getXYPlot());
    for (ValueAxis axis : new ValueAxis[] {loss.getDomainAxis(), loss.getRangeAxis()}) {
      java.awt.Font f = axis.getTickLabelFont();
      BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
      var metrics = image.createGraphics().getFontMetrics(f);
      assertTall("chart ticks", f.getSize2D(), metrics.getAscent() + metrics.getDescent());
    }

    robot.type(KeyCode.T);
    var diagram = app.view().stepThroughPane().diagram();
    waitFor(20, () -> fx(() -> !diagram.drawnLabels().isEmpty()));
    String value = fx(() -> diagram.drawnLabels().values().iterator().next());
    double size = fx(diagram::valueFontSize);
    assertTall(
        "step-through values",
        size,
        fx(() -> textHeight(value, Font.font(null, FontWeight.BOLD, size))));
  }

  @Test
  void at200PercentTheConfusionMatrixAndTheImagesCaptionsAreAtLeast24PxAndTheChartsKeepTheirRoom()
      throws Exception {
    launch("--dataset", "digits", "--autoplay");
    robot.type(KeyCode.F11);
    robot.type(KeyCode.F9); // the controls hidden, as for a projector
    fxRun(() -> presentation().setTypeScale(2));
    var insight = app.view().insightPane();
    waitFor(60, () -> fx(() -> insight.imagesView().tilesShown() > 0));
    double captions = fx(() -> insight.imagesView().captionFontSize());
    assertTall("image captions", captions, fx(() -> textHeight("7 → 3", Font.font(captions))));

    fxRun(() -> insight.getSelectionModel().select(0));
    waitFor(20, () -> fx(() -> insight.confusionView().table() != null));
    double values = fx(() -> insight.confusionView().valueFontSize());
    assertTall("confusion matrix", values, fx(() -> textHeight("100%", Font.font(values))));
    // ten classes at that size need more room than the pane has: it scrolls, the charts keep theirs
    waitFor(
        10,
        () ->
            fx(() -> app.view().chartsView().getHeight())
                >= ChartsView.LEAST_PLOT
                    + 2 * (MainView.CHARTS_MIN_HEIGHT - ChartsView.LEAST_PLOT)
                    - 0.5);
    // each chart's pane holds its least plot and its axes at twice the type size
    for (var pane : fx(() -> app.view().chartsView().chartPanes())) {
      assertThat(fx(pane::getHeight)).isGreaterThanOrEqualTo(ChartsView.LEAST_PLOT + 2 * 62 - 0.5);
    }
  }

  @Test
  void equationsAreTypesetAtTheScaledSizeNotStretched() throws Exception {
    launch("--hidden", "3");
    fxRun(() -> app.view().stepThrough().enter(2));
    EquationPanel panel = app.view().stepThroughPane().equations();
    waitFor(20, () -> fx(() -> panel.equationViews()[0].getImage() != null));
    double small = fx(() -> panel.equationViews()[0].getImage().getHeight());
    fxRun(() -> presentation().setTypeScale(2));
    assertThat(fx(panel::latexSize)).isEqualTo(2 * EquationPanel.LATEX_SIZE);
    double large = fx(() -> panel.equationViews()[0].getImage().getHeight());
    assertThat(large / small).as("typeset twice as large").isCloseTo(2, within(0.15));
    for (var view : fx(panel::equationViews)) {
      fxRun(
          () -> {
            if (view.getImage() != null && view.getFitWidth() > 0) {
              assertThat(view.getFitWidth())
                  .as("never stretched beyond its typeset size")
                  .isLessThanOrEqualTo(view.getImage().getWidth());
            }
          });
    }
  }

  private static void assertTall(String what, double fontSize, double textHeight) {
    assertThat(fontSize).as(what + ": type size in px").isGreaterThanOrEqualTo(MIN_TEXT_PX);
    assertThat(textHeight)
        .as(what + ": rendered line height in px")
        .isGreaterThanOrEqualTo(MIN_TEXT_PX);
  }

  private static double textHeight(Text t) {
    return t.getLayoutBounds().getHeight();
  }

  private static double textHeight(String text, Font font) {
    Text t = new Text(text);
    t.setFont(font);
    return t.getLayoutBounds().getHeight();
  }
}
