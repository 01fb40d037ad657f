package lab.backprop.ui.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import lab.backprop.data.Dataset;
import lab.backprop.train.Snapshot;
import lab.backprop.ui.app.AppWindowTest;
import lab.backprop.ui.plot.BoundaryView;
import lab.backprop.ui.plot.PlotExtent;
import org.junit.jupiter.api.Test;

/** Your own points in the whole window over a real trainer: add, move, delete, undo. */
class PointsWindowTest extends AppWindowTest {
  /** Half a pixel of the plot, in data units, at most (the plot is several hundred pixels wide). */
  private static final double PIXEL = 0.03;

  private Point2D screen(double x, double y) throws Exception {
    BoundaryView v = app.view().boundaryView();
    return fx(
        () -> {
          PlotExtent e = v.shownExtent();
          return v.localToScreen(v.sx(e, x), v.sy(e, y));
        });
  }

  private Snapshot awaitTrain(int size) throws Exception {
    waitFor(
        20,
        () ->
            latest().train().size() == size
                && fx(() -> app.view().boundaryView().pointNear(0, 0, 0, true)) == -1);
    return latest();
  }

  private static double[] last(Dataset d) {
    return new double[] {d.x(d.size() - 1, 0), d.x(d.size() - 1, 1)};
  }

  @Test
  void addMoveDeleteAndUndoPoints() throws Exception {
    launch("--n", "40", "--seed", "4");
    waitFor(20, () -> fx(() -> app.view().boundaryView().plane() == null));
    Snapshot start = latest();
    int n = start.train().size();
    fxRun(() -> app.view().pointEditor().editingProperty().set(true));
    robot.clickOn("#pointClass1");

    // a left click in empty space (above the moons) adds a training point of class 1 there
    robot.clickOn(screen(0.0, 1.6));
    Snapshot added = awaitTrain(n + 1);
    assertThat(last(added.train())).containsExactly(new double[] {0.0, 1.6}, within(PIXEL));
    assertThat(added.train().label(n)).isEqualTo(1);
    assertThat(added.test().size()).isEqualTo(start.test().size());

    // a drag moves it
    robot.drag(screen(0.0, 1.6), MouseButton.PRIMARY).dropTo(screen(-0.6, 1.7));
    waitFor(20, () -> Math.abs(last(latest().train())[0] + 0.6) < PIXEL && !latest().running());
    assertThat(last(latest().train())).containsExactly(new double[] {-0.6, 1.7}, within(PIXEL));
    assertThat(latest().train().size()).isEqualTo(n + 1);

    // a right click in empty space adds one of the next class (0), a right click on it removes it
    robot.clickOn(screen(0.8, 1.6), MouseButton.SECONDARY);
    Snapshot second = awaitTrain(n + 2);
    assertThat(second.train().label(n + 1)).isEqualTo(0);
    robot.clickOn(screen(0.8, 1.6), MouseButton.SECONDARY);
    awaitTrain(n + 1);

    // Delete over the moved point removes it
    robot.moveTo(screen(-0.6, 1.7));
    robot.type(KeyCode.DELETE);
    Snapshot deleted = awaitTrain(n);
    assertThat(deleted.train().features()).isDeepEqualTo(start.train().features());

    // Ctrl+Z takes back each edit in turn: the deletion, the removal, the added point, the move,
    // the first point
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    awaitTrain(n + 1);
    assertThat(last(latest().train())).containsExactly(new double[] {-0.6, 1.7}, within(PIXEL));
    assertThat(latest().notice()).startsWith("Undid removed point");
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    awaitTrain(n + 2);
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    awaitTrain(n + 1);
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    waitFor(
        20, () -> latest().notice() != null && latest().notice().startsWith("Undid moved point"));
    assertThat(last(latest().train())).containsExactly(new double[] {0.0, 1.6}, within(PIXEL));
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    Snapshot original = awaitTrain(n);
    assertThat(original.train().features()).isDeepEqualTo(start.train().features());
  }

  @Test
  void theNetworkKeepsTrainingOnTheEditedPointsAndClearAllIsUndoable() throws Exception {
    launch("--n", "40", "--seed", "4");
    Snapshot start = latest();
    int n = start.train().size();
    fxRun(() -> app.view().pointEditor().editingProperty().set(true));
    robot.clickOn(screen(0.0, 1.6));
    awaitTrain(n + 1);
    fxRun(() -> app.view().viewModel().play());
    long epoch = latest().epoch();
    waitFor(30, () -> latest().epoch() > epoch + 50);
    assertThat(latest().train().size()).isEqualTo(n + 1);
    assertThat(latest().examplesSeen()).isGreaterThan(0);

    robot.clickOn("#clearPoints");
    waitFor(20, () -> !latest().running());
    waitFor(10, () -> fx(() -> app.view().boundaryView().pointNear(0, 0, 1e9, true)) == -1);
    // Ctrl+Z brings the points back before any is added
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    waitFor(10, () -> fx(() -> app.view().boundaryView().pointNear(0, 0, 1e9, true)) >= 0);
    // after clear all, the first point added is the whole data set; Ctrl+Z brings the rest back
    robot.clickOn("#clearPoints");
    robot.clickOn(screen(0.5, 0.25));
    Snapshot one = awaitTrain(1);
    assertThat(one.test().size()).isZero();
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    awaitTrain(n + 1);
    assertThat(latest().notice()).startsWith("Undid clear all");
  }
}
