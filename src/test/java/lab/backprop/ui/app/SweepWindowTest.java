package lab.backprop.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import lab.backprop.run.RunOptions;
import lab.backprop.run.RunSetup;
import lab.backprop.run.RunSpec;
import lab.backprop.train.FixedRun;
import lab.backprop.train.Snapshot;
import lab.backprop.ui.sweep.SweepMap;
import lab.backprop.ui.sweep.SweepPane;
import lab.backprop.ui.sweep.SweepViewModel;
import org.junit.jupiter.api.Test;

/** The sweep map in the whole window over a real trainer, headless (Monocle). */
class SweepWindowTest extends AppWindowTest {
  private SweepPane pane() {
    return app.view().sweepPane();
  }

  private SweepViewModel sweep() {
    return pane().viewModel();
  }

  @Test
  void aThreeByThreeSweepThenAClickedCellShowsTheSameFinalLossInTheMainView() throws Exception {
    launch("--n", "100", "--noise", "0.2");
    robot.type(KeyCode.M);
    waitFor(10, () -> fx(() -> app.view().isSweepShown()));
    fxRun(
        () -> {
          sweep().setAxes("lr=0.05,0.5,5;units=2,4,8");
          sweep().epochsProperty().set(120);
        });
    robot.clickOn("#sweepRun");
    waitFor(
        180,
        () ->
            fx(
                () ->
                    !sweep().runningProperty().get()
                        && java.util.Arrays.stream(pane().shownMap().cells())
                            .allMatch(SweepMap.Cell::finished)));
    SweepMap map = fx(() -> pane().shownMap());
    assertThat(map.columns()).containsExactly("0.05", "0.5", "5");
    assertThat(map.rows()).containsExactly("2", "4", "8");
    assertThat(fx(() -> sweep().progressProperty().get())).isEqualTo(1.0);

    // the cell of lr 0.5 and 4 units, checked against a run of the same spec made here
    double shown = map.cell(1, 1).summary().mean();
    RunSpec cell =
        RunOptions.parse(
            "--n",
            "100",
            "--noise",
            "0.2",
            "--lr",
            "0.5",
            "--hidden",
            "4",
            "--epochs",
            "120",
            "--seed",
            "0");
    FixedRun.Result reference = FixedRun.fresh(RunSetup.of(cell)).train(120, null);
    assertThat(Double.doubleToRawLongBits(shown))
        .isEqualTo(Double.doubleToRawLongBits(reference.test().dataLoss()));

    robot.clickOn("#sweepCell-1-1");
    waitFor(10, () -> fx(() -> !app.view().isSweepShown()));
    MainViewModel vm = app.view().viewModel();
    waitFor(
        30,
        () -> {
          Snapshot s = latest();
          return s.commandsApplied() >= fx(vm::lastSent)
              && s.epoch() == 0
              && Double.doubleToRawLongBits(s.testLoss()) == Double.doubleToRawLongBits(shown);
        });
    waitFor(10, () -> fx(() -> vm.testLossProperty().get()) == shown);
    assertThat(Double.doubleToRawLongBits(fx(() -> vm.testLossProperty().get())))
        .isEqualTo(Double.doubleToRawLongBits(shown));
    assertThat(Double.doubleToRawLongBits(fx(() -> vm.trainLossProperty().get())))
        .isEqualTo(Double.doubleToRawLongBits(reference.train().dataLoss()));
    assertThat(fx(() -> vm.learningRateProperty().get())).isEqualTo(0.5);
    assertThat(fx(vm::hiddenSizes)).containsExactly(4);
    assertThat(fx(() -> vm.bannerProperty().get())).contains("learning rate 0.5", "units 4");
    assertThat(latest().running()).isFalse();

    // Ctrl+Z takes the opened run back; M shows the map again, as it was
    robot.push(KeyCode.CONTROL, KeyCode.Z);
    waitFor(20, () -> latest().settings().run().optimizer().lr() == 0.1);
    robot.type(KeyCode.M);
    waitFor(10, () -> fx(() -> app.view().isSweepShown()));
    assertThat(fx(() -> pane().shownMap().cell(1, 1).summary().mean())).isEqualTo(shown);
    robot.type(KeyCode.ESCAPE);
    waitFor(10, () -> fx(() -> !app.view().isSweepShown()));
  }

  @Test
  void aDivergingCellIsMarkedAndDoesNotOpen() throws Exception {
    launch("--n", "60");
    fxRun(
        () -> {
          app.view().showSweep();
          sweep().setAxes("lr=0.5,1e6");
          sweep().epochsProperty().set(60);
          sweep().start();
        });
    waitFor(120, () -> fx(() -> !sweep().runningProperty().get()));
    SweepMap map = fx(() -> pane().shownMap());
    assertThat(map.cell(0, 1).summary().diverged()).isEqualTo(1);
    assertThat(Double.isNaN(map.cell(0, 1).summary().mean())).isTrue();
    assertThat(fx(() -> robot.lookup("#sweepCell-0-1").queryButton().getText()))
        .contains("diverged");
    assertThat(map.cell(0, 1).tooltip()).contains("diverged");
    robot.clickOn("#sweepCell-0-1");
    assertThat(fx(() -> app.view().isSweepShown())).as("a diverged run is not opened").isTrue();
  }
}
