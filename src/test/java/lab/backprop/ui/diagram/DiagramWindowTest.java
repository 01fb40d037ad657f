package lab.backprop.ui.diagram;

import javafx.geometry.Point2D;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import lab.backprop.ui.app.AppWindowTest;
import org.junit.jupiter.api.Test;

/** The network diagram in the whole window over a real trainer, headless (Monocle). */
class DiagramWindowTest extends AppWindowTest {
  @Test
  void aWeightTypedIntoTheDiagramIsAppliedByTheTrainer() throws Exception {
    launch();
    NetworkDiagram d = app.view().networkDiagram();
    Point2D mid = edgeMidpoint(d);
    int[] hit =
        fx(
            () -> {
              Point2D local = d.canvas().screenToLocal(mid);
              return d.diagramLayout().edgeAt(local.getX(), local.getY(), 4);
            });
    robot.moveTo(mid);
    waitFor(
        5, () -> fx(() -> d.hoverCard().isVisible() && d.hoverCard().getText().startsWith("W1[")));
    robot.clickOn(mid);
    waitFor(5, () -> fx(() -> d.editor().isVisible()));
    fxRun(() -> d.editor().setText("0.625"));
    robot.clickOn(d.editor()).type(KeyCode.ENTER);
    waitFor(10, () -> latest().network().w(hit[0], hit[1], hit[2]) == 0.625);
  }

  @Test
  void aSixBySixtyFourDiagramDrawsEdgesOfBothSignsBetweenEveryPairOfColumns() throws Exception {
    launch("--hidden", "64,64,64,64,64,64");
    NetworkDiagram d = app.view().networkDiagram();
    waitFor(10, () -> fx(() -> d.picture() != null && d.diagramLayout() != null));
    WritableImage shot = fx(() -> d.canvas().snapshot(null, null));
    DiagramLayout layout = fx(d::diagramLayout);
    EdgeColours.assertBothSignsBetweenEveryPairOfColumns(shot, layout);
  }
}
