package lab.backprop.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import lab.backprop.io.BadSessions;
import lab.backprop.io.SessionJson;
import lab.backprop.nn.FrozenNetwork;
import lab.backprop.train.Command;
import lab.backprop.train.Snapshot;
import lab.backprop.ui.session.SessionDialogs;
import lab.backprop.ui.session.SessionWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File ▸ Save, Open and Open Recent in the window, asking before closing, and bad files. */
class SessionWindowTest extends AppWindowTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path dir;

  /** Answers the window's questions as the test says, and counts them. */
  private static final class Answers implements SessionDialogs {
    Path open;
    Path save;
    Choice unsaved = Choice.CANCEL;
    final List<String> asked = new ArrayList<>();

    @Override
    public Path chooseOpen(Window owner, Path folder) {
      asked.add("open");
      return open;
    }

    @Override
    public Path chooseSave(Window owner, Path folder, String suggestedName) {
      asked.add("save " + suggestedName);
      return save;
    }

    @Override
    public Choice askUnsaved(Window owner, String what) {
      asked.add("unsaved " + what);
      return unsaved;
    }
  }

  private Answers answers() throws Exception {
    Answers a = new Answers();
    fxRun(() -> session().setDialogs(a));
    return a;
  }

  private SessionWindow session() {
    return app.sessionWindow();
  }

  private Snapshot train(int epochs, int batches) throws Exception {
    Snapshot s = latest();
    for (int k = 0; k < epochs; k++) {
      s = app.trainer().sendAndAwait(new Command.StepEpoch(), WAIT);
    }
    for (int k = 0; k < batches; k++) {
      s = app.trainer().sendAndAwait(new Command.StepBatch(), WAIT);
    }
    return s;
  }

  private void press(KeyCode... keys) {
    robot.clickOn("#" + MainView.BOUNDARY_PLOT);
    robot.press(keys).release(keys);
  }

  @Test
  void savesOpensAndContinuesASessionExactly() throws Exception {
    launch("--batch", "16", "--optimizer", "adam", "--lr", "0.01", "--seed", "5");
    Answers a = answers();
    a.save = dir.resolve("lesson.json");
    assertThat(stage.getTitle()).isEqualTo("Backprop Lab");
    train(3, 2);
    waitFor(20, () -> fx(stage::getTitle).equals("*Backprop Lab"));

    press(KeyCode.CONTROL, KeyCode.S);
    waitFor(20, () -> fx(stage::getTitle).equals("lesson.json — Backprop Lab"));
    assertThat(a.asked).containsExactly("save session.json");
    Snapshot saved = latest();
    // the run goes on past the save: this is where an opened session must arrive too
    Snapshot expected = train(4, 3);

    // other work: a new seed; then File ▸ Open brings back the saved run
    app.trainer().sendAndAwait(new Command.Reset(true), WAIT);
    a.open = a.save;
    press(KeyCode.CONTROL, KeyCode.O);
    waitFor(
        20,
        () ->
            latest().epoch() == saved.epoch()
                && latest().examplesSeen() == saved.examplesSeen()
                && latest().notice() != null);
    assertThat(latest().notice()).isEqualTo("Opened lesson.json at epoch 3");
    assertSameWeights(latest().network(), saved.network());
    waitFor(20, () -> fx(stage::getTitle).equals("lesson.json — Backprop Lab"));

    Snapshot continued = train(4, 3);
    assertSameWeights(continued.network(), expected.network());
    assertThat(continued.steps()).isEqualTo(expected.steps());
    assertThat(continued.history().epochs()).isEqualTo(expected.history().epochs());
    assertThat(continued.history().trainLosses()).isEqualTo(expected.history().trainLosses());

    // Save goes to the same file without asking again; the recent files list it
    press(KeyCode.CONTROL, KeyCode.S);
    waitFor(20, () -> fx(stage::getTitle).equals("lesson.json — Backprop Lab"));
    assertThat(a.asked).containsExactly("save session.json", "open");
    assertThat(SessionJson.read(a.save).epoch()).isEqualTo(continued.epoch());
    assertThat(fx(() -> session().model().recentFiles()))
        .containsExactly(a.save.toAbsolutePath().normalize());
  }

  @Test
  void saveAsAlwaysAsksAndOpenRecentOpens() throws Exception {
    launch();
    Answers a = answers();
    a.save = dir.resolve("first.json");
    train(2, 0);
    press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
    waitFor(20, () -> Files.exists(a.save) && fx(stage::getTitle).startsWith("first.json"));
    Snapshot first = latest();
    a.save = dir.resolve("second.json");
    train(1, 0);
    press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
    waitFor(20, () -> Files.exists(a.save) && fx(stage::getTitle).startsWith("second.json"));
    assertThat(a.asked).containsExactly("save session.json", "save first.json");

    robot.clickOn("#" + SessionWindow.MENU_BAR + " .menu");
    robot.clickOn("Open Recent");
    robot.clickOn(
        node ->
            node instanceof javafx.scene.control.Label l
                && l.getText() != null
                && l.getText().contains("first.json"));
    waitFor(20, () -> fx(stage::getTitle).startsWith("first.json"));
    waitFor(20, () -> latest().epoch() == first.epoch());
    assertSameWeights(latest().network(), first.network());
  }

  @Test
  void closingWithUnsavedWorkAsks() throws Exception {
    launch();
    Answers a = answers();
    assertThat(fx(() -> session().model().hasUnsavedWork())).isFalse();
    assertThat(fx(() -> session().mayClose())).as("nothing to lose").isTrue();
    assertThat(a.asked).isEmpty();

    train(1, 0);
    waitFor(20, () -> fx(() -> session().model().hasUnsavedWork()));
    a.unsaved = SessionDialogs.Choice.CANCEL;
    assertThat(fx(this::requestClose)).as("the window kept the request").isFalse();
    assertThat(a.asked).containsExactly("unsaved this run");
    assertThat(fx(stage::isShowing)).isTrue();
    a.unsaved = SessionDialogs.Choice.DISCARD;
    assertThat(fx(() -> session().mayClose())).as("don't save").isTrue();

    // back where it started: nothing to lose again
    app.trainer().sendAndAwait(new Command.Reset(false), WAIT);
    waitFor(20, () -> !fx(() -> session().model().hasUnsavedWork()));
    train(1, 0);
    waitFor(20, () -> fx(() -> session().model().hasUnsavedWork()));

    a.unsaved = SessionDialogs.Choice.SAVE;
    a.save = dir.resolve("before-closing.json");
    assertThat(fx(this::requestClose)).as("kept open until saved").isFalse();
    waitFor(20, () -> !fx(stage::isShowing));
    assertThat(a.asked)
        .containsExactly(
            "unsaved this run", "unsaved this run", "unsaved this run", "save session.json");
    assertThat(SessionJson.read(a.save).epoch()).isEqualTo(1);
  }

  /** A close request as the window system makes it; false when it was consumed. */
  private boolean requestClose() {
    WindowEvent e = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
    return com.sun.javafx.event.EventUtil.fireEvent(stage, e) != null;
  }

  @Test
  void badFilesAreNamedInTheBannerAndTheWorkStays() throws Exception {
    launch("--batch", "16");
    Snapshot before = train(2, 1);
    List<BadSessions.Case> cases = BadSessions.all(BadSessions.good());
    assertThat(cases).hasSizeGreaterThanOrEqualTo(20);
    for (BadSessions.Case bad : cases) {
      Path f = bad.write(dir);
      fxRun(() -> session().model().open(f));
      waitFor(
          20,
          () -> {
            String text = fx(() -> app.view().viewModel().bannerProperty().get());
            return text.contains(f.getFileName().toString()) && text.contains(bad.expected());
          });
      String banner = fx(() -> app.view().viewModel().bannerProperty().get());
      assertThat(banner).as(bad.name()).startsWith("Could not open " + f.getFileName());
      assertThat(banner).as(bad.name()).endsWith("(the current work is unchanged)");
    }
    Snapshot after = app.trainer().sendAndAwait(new Command.Pause(), WAIT);
    assertThat(after.epoch()).isEqualTo(before.epoch());
    assertThat(after.steps()).isEqualTo(before.steps());
    assertThat(after.settings()).isEqualTo(before.settings());
    assertSameWeights(after.network(), before.network());
    assertThat(fx(stage::getTitle)).isEqualTo("*Backprop Lab");
  }

  @Test
  void openOptionStartsFromTheSession() throws Exception {
    Path f = dir.resolve("start.json");
    Files.writeString(f, BadSessions.text(BadSessions.good()));
    launch("--open", f.toString());
    waitFor(20, () -> latest().epoch() == 1 && latest().examplesSeen() == 64);
    assertThat(fx(stage::getTitle)).isEqualTo("start.json — Backprop Lab");
    assertThat(latest().settings().run().optimizer().name()).isEqualTo("adam");
  }

  static void assertSameWeights(FrozenNetwork actual, FrozenNetwork expected) {
    assertThat(actual.layerSizes()).isEqualTo(expected.layerSizes());
    double[][][] wa = actual.copyW();
    double[][][] we = expected.copyW();
    for (int l = 0; l < we.length; l++) {
      for (int j = 0; j < we[l].length; j++) {
        for (int i = 0; i < we[l][j].length; i++) {
          assertThat(wa[l][j][i] == we[l][j][i]).as("W[%d][%d][%d]", l, j, i).isTrue();
        }
        assertThat(actual.b(l, j) == expected.b(l, j)).as("b[%d][%d]", l, j).isTrue();
      }
    }
  }
}
