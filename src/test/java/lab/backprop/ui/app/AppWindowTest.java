package lab.backprop.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import lab.backprop.train.Snapshot;
import lab.backprop.ui.diagram.DiagramLayout;
import lab.backprop.ui.diagram.NetworkDiagram;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the whole app over a real trainer, headless (Monocle), and fails the test on any exception
 * thrown on the FX thread.
 */
public abstract class AppWindowTest {
  protected final FxRobot robot = new FxRobot();
  protected Stage stage;
  protected BackpropLabApp app;
  private final List<Throwable> uncaught = new ArrayList<>();

  @BeforeEach
  void registerStage() throws Exception {
    stage = FxToolkit.registerPrimaryStage();
  }

  protected BackpropLabApp launch(String... args) throws Exception {
    AppOptions options = AppOptions.parse(args);
    app =
        (BackpropLabApp)
            FxToolkit.setupApplication(() -> new BackpropLabApp().withOptions(options));
    Thread fx = fx(Thread::currentThread);
    Thread.UncaughtExceptionHandler previous = fx.getUncaughtExceptionHandler();
    fx.setUncaughtExceptionHandler(
        (t, e) -> {
          synchronized (uncaught) {
            uncaught.add(e);
          }
          if (previous != null) {
            previous.uncaughtException(t, e);
          }
        });
    return app;
  }

  @AfterEach
  void closeApp() throws Exception {
    // nothing of this test may reach the next one in this JVM: a key or button still held, a
    // context menu or another popup still showing
    robot.release(new javafx.scene.input.KeyCode[0]);
    robot.release(new javafx.scene.input.MouseButton[0]);
    if (app != null) {
      FxToolkit.cleanupApplication(app);
    }
    FxToolkit.cleanupStages();
    FxToolkit.setupFixture(
        () -> new ArrayList<>(javafx.stage.Window.getWindows()).forEach(javafx.stage.Window::hide));
    assertThat(uncaught).as("exceptions on the FX thread").isEmpty();
  }

  /** The exceptions thrown on the FX thread so far (a copy). */
  protected List<Throwable> uncaught() {
    synchronized (uncaught) {
      return new ArrayList<>(uncaught);
    }
  }

  protected static <T> T fx(Callable<T> c) throws Exception {
    return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
  }

  protected static void fxRun(Runnable r) throws Exception {
    fx(
        () -> {
          r.run();
          return null;
        });
  }

  protected static void waitFor(int seconds, Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
  }

  /**
   * The screen point halfway along the edge from input 2 to hidden unit 4 of the diagram, once the
   * diagram has a picture.
   */
  protected static Point2D edgeMidpoint(NetworkDiagram d) throws Exception {
    waitFor(10, () -> fx(() -> d.picture() != null && d.diagramLayout() != null));
    return fx(
        () -> {
          DiagramLayout l = d.diagramLayout();
          return d.canvas().localToScreen((l.x(0) + l.x(1)) / 2, (l.y(0, 1) + l.y(1, 3)) / 2);
        });
  }

  protected Snapshot latest() {
    return app.trainer().latest();
  }
}
