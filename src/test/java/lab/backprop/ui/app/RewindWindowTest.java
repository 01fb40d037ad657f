package lab.backprop.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import lab.backprop.nn.FrozenNetwork;
import lab.backprop.nn.Network;
import lab.backprop.run.RunOptions;
import lab.backprop.run.RunSetup;
import lab.backprop.run.RunSpec;
import lab.backprop.train.FixedRun;
import lab.backprop.train.History;
import lab.backprop.train.Snapshot;
import lab.backprop.ui.diagram.NetworkPicture;
import lab.backprop.ui.export.GifExports;
import lab.backprop.ui.rewind.RewindModel;
import org.junit.jupiter.api.Test;

/**
 * The scrubber in the whole window over a real trainer, headless: train, pause, go back with the
 * keyboard, see the kept epoch's weights in the boundary and the diagram (checked against a second
 * run of the same spec), resume from there and find the history cut at that epoch.
 */
class RewindWindowTest extends AppWindowTest {
  private static final String[] RUN = {
    "--n",
    "120",
    "--hidden",
    "5",
    "--optimizer",
    "adam",
    "--lr",
    "0.02",
    "--batch",
    "16",
    "--seed",
    "3"
  };

  private RewindModel rewind() {
    return app.view().rewind();
  }

  @Test
  void scrubBackWithTheKeyboardShowsTheKeptWeightsAndResumeCutsTheHistory() throws Exception {
    launch(RUN);
    MainViewModel vm = app.view().viewModel();
    // twelve epochs, one at a time (the trainer records the end of each)
    fxRun(() -> app.view().focusPlot());
    for (int k = 0; k < 12; k++) {
      robot.push(KeyCode.SHIFT, KeyCode.RIGHT);
    }
    waitFor(30, () -> latest().epoch() == 12 && latest().commandsApplied() >= fx(vm::lastSent));
    waitFor(20, () -> fx(() -> rewind().keptProperty().get()) == 13);
    assertThat(fx(() -> rewind().scrubbedProperty().get())).isFalse();

    // Alt+K to the scrubber, Home to epoch 0, then → five times: epoch 5
    robot.push(KeyCode.ALT, KeyCode.K);
    waitFor(10, () -> fx(() -> app.view().rewindBar().slider().isFocused()));
    robot.push(KeyCode.HOME);
    for (int k = 0; k < 5; k++) {
      robot.push(KeyCode.RIGHT);
    }
    waitFor(10, () -> fx(() -> rewind().shownEpochProperty().get()) == 5);
    waitFor(
        10,
        () ->
            fx(
                () ->
                    app.view().rewindBar().lookup("#rewindEpoch")
                            instanceof javafx.scene.control.Label l
                        && l.getText().startsWith("Epoch 5 of 12")));

    // the same spec trained here for five epochs, outside the window
    RunSpec spec = RunOptions.parse(RUN);
    Network atFive = FixedRun.fresh(RunSetup.of(spec)).train(5, null).network();
    waitFor(
        20,
        () -> {
          FrozenNetwork shown = fx(() -> app.frameLoop().renderedNetwork());
          return shown != null && java.util.Arrays.deepEquals(shown.copyW(), atFive.copyW());
        });
    waitFor(
        20,
        () ->
            fx(
                () -> {
                  NetworkPicture p = app.view().networkDiagram().picture();
                  return p != null && sameWeights(p, atFive);
                }));
    assertThat(fx(() -> app.view().chartsView().markedEpoch())).isEqualTo(5.0);
    // the live run is untouched meanwhile
    assertThat(latest().epoch()).isEqualTo(12);

    String screenshot = System.getProperty("rewind.screenshot");
    if (screenshot != null) {
      Path out = Path.of(screenshot);
      fxRun(
          () -> {
            try {
              Screenshots.write(stage.getScene(), out);
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
      assertThat(Files.size(out)).isPositive();
    }

    // Enter resumes from epoch 5: the history is cut there, and training goes on from there
    robot.push(KeyCode.ENTER);
    waitFor(
        20,
        () -> {
          Snapshot s = latest();
          return s.epoch() == 5 && s.commandsApplied() >= fx(vm::lastSent) && s.notice() != null;
        });
    Snapshot back = latest();
    assertThat(back.notice()).contains("Resumed from epoch 5");
    assertThat(back.network().copyW()).isDeepEqualTo(atFive.copyW());
    History h = back.history();
    assertThat(h.epoch(h.size() - 1)).isEqualTo(5.0);
    for (int r = 0; r < h.size(); r++) {
      assertThat(h.epoch(r)).isLessThanOrEqualTo(5.0);
    }
    waitFor(10, () -> fx(() -> !rewind().scrubbedProperty().get()));
    waitFor(10, () -> fx(() -> Double.isNaN(app.view().chartsView().markedEpoch())));
    waitFor(10, () -> fx(() -> vm.bannerProperty().get()).contains("Resumed from epoch 5"));

    // three more epochs: the same weights as the run trained for eight in one go
    fxRun(() -> app.view().focusPlot());
    for (int k = 0; k < 3; k++) {
      robot.push(KeyCode.SHIFT, KeyCode.RIGHT);
    }
    waitFor(30, () -> latest().epoch() == 8 && latest().commandsApplied() >= fx(vm::lastSent));
    Network atEight = FixedRun.fresh(RunSetup.of(spec)).train(8, null).network();
    assertThat(latest().network().copyW()).isDeepEqualTo(atEight.copyW());

    // Ctrl+Z brings back the twelve epochs
    robot.push(KeyCode.CONTROL, KeyCode.Z);
    waitFor(20, () -> latest().epoch() == 12 && latest().commandsApplied() >= fx(vm::lastSent));
    waitFor(10, () -> fx(() -> rewind().keptProperty().get()) == 13);
  }

  @Test
  void theRewoundSpanIsSavedAsAGifOfOneFramePerKeptEpoch(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    launch(RUN);
    MainViewModel vm = app.view().viewModel();
    fxRun(
        () -> {
          for (int k = 0; k < 8; k++) {
            vm.sendCommand(new lab.backprop.train.Command.StepEpoch());
          }
        });
    waitFor(30, () -> latest().epoch() == 8 && latest().commandsApplied() >= fx(vm::lastSent));
    waitFor(20, () -> fx(() -> rewind().keptProperty().get()) == 9);
    // the scrubber at epoch 6: the span is epochs 0 … 6, seven frames
    fxRun(() -> rewind().positionProperty().set(6));
    assertThat(fx(() -> rewind().shownEpochProperty().get())).isEqualTo(6);
    Path gif = dir.resolve("span.gif");
    fxRun(() -> app.exporter().gifs().rewindGif(gif));
    waitFor(60, () -> Files.exists(gif) && fx(() -> app.exporter().gifs().running() == null));
    lab.backprop.io.GifFile read = lab.backprop.io.GifFile.read(gif);
    assertThat(read.frames()).isEqualTo(7);
    assertThat(read.loopCount()).isZero();
    assertThat(read.width()).isEqualTo((int) GifExports.DEFAULTS.width());
    // the menu item is there too
    assertThat(
            fx(
                () ->
                    app.sessionWindow().fileMenu().getItems().stream()
                        .filter(i -> i instanceof javafx.scene.control.Menu)
                        .flatMap(m -> ((javafx.scene.control.Menu) m).getItems().stream())
                        .anyMatch(i -> "exportRewindGif".equals(i.getId()))))
        .isTrue();
  }

  private static boolean sameWeights(NetworkPicture p, Network n) {
    int[] sizes = n.layerSizes();
    if (!java.util.Arrays.equals(p.layerSizes(), sizes)) {
      return false;
    }
    for (int l = 0; l < sizes.length - 1; l++) {
      for (int j = 0; j < sizes[l + 1]; j++) {
        if (Double.doubleToRawLongBits(p.b(l, j)) != Double.doubleToRawLongBits(n.b(l, j))) {
          return false;
        }
        for (int i = 0; i < sizes[l]; i++) {
          if (Double.doubleToRawLongBits(p.w(l, j, i))
              != Double.doubleToRawLongBits(n.w(l, j, i))) {
            return false;
          }
        }
      }
    }
    return true;
  }
}
