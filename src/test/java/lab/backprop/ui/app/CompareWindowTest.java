package lab.backprop.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import lab.backprop.io.SessionJson;
import lab.backprop.nn.Activation;
import lab.backprop.nn.Network;
import lab.backprop.run.RunOptions;
import lab.backprop.run.RunSetup;
import lab.backprop.run.RunSpec;
import lab.backprop.train.FixedRun;
import lab.backprop.train.Lockstep;
import lab.backprop.train.NetworkBits;
import lab.backprop.train.RunState;
import lab.backprop.train.Snapshot;
import lab.backprop.ui.compare.CompareView;
import lab.backprop.ui.compare.CompareViewModel;
import lab.backprop.ui.session.SessionDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compare view in the whole window over real trainers, headless (Monocle). */
class CompareWindowTest extends AppWindowTest {
  private static final String[] RUN = {"--n", "100", "--noise", "0.2"};

  private CompareView pane() {
    return app.view().comparePane();
  }

  private CompareViewModel compare() {
    return pane().viewModel();
  }

  private Lockstep.Frame frame() throws Exception {
    return fx(() -> compare().frame());
  }

  private String text(String id) throws Exception {
    return fx(() -> ((Label) robot.lookup(id).query()).getText());
  }

  @Test
  void tanhAgainstReluShareDataAndWeightsStayAtOneEpochAndOpenInTheMainView() throws Exception {
    launch(RUN);
    robot.type(KeyCode.C);
    waitFor(10, () -> fx(() -> app.view().isCompareShown()));
    assertThat(fx(() -> compare().requestProperty().get())).isEqualTo("activation=relu");
    robot.clickOn("#compareStart");
    waitFor(20, () -> fx(() -> compare().cardsProperty().get().size()) == 2);

    // the legend and the cards name what differs
    waitFor(10, () -> text("#compareLegend-0").equals("activation tanh (base)"));
    assertThat(text("#compareLegend-1")).isEqualTo("activation relu");
    assertThat(text("#compareLabel-1")).isEqualTo("activation relu");
    assertThat(text("#compareWeights-1")).contains("base run's initial weights, copied");
    assertThat(text("#compareSummary")).contains("same data", "same initial weights");

    // the same points and the base run's initial weights, drawn here from the same spec
    RunSpec base = RunOptions.parse(RUN);
    RunSetup setup = RunSetup.of(base);
    Network initial = setup.freshNetwork();
    Network reluStart = initial.copy(); // the same weights, relu units
    reluStart.setActivation(Activation.RELU);
    Lockstep.Frame start = frame();
    assertThat(start.epoch()).isZero();
    for (Lockstep.Run r : start.runs()) {
      Snapshot s = r.snapshot();
      assertThat(s.train().features()).isDeepEqualTo(setup.trainSet().features());
      assertThat(s.train().labels()).containsExactly(setup.trainSet().labels());
      assertThat(s.test().features()).isDeepEqualTo(setup.testSet().features());
      NetworkBits.assertSameBits(s.network(), (r.id() == 0 ? initial : reluStart).freeze());
    }

    // Space plays both, Space pauses them at one epoch
    robot.clickOn("#compareSummary"); // the keys go to the view, not the request's field
    robot.type(KeyCode.SPACE);
    waitFor(60, () -> frame().epoch() >= 150);
    robot.type(KeyCode.SPACE);
    waitFor(20, () -> !frame().running() && !fx(() -> compare().runningProperty().get()));
    long before = frame().epoch();
    robot.push(KeyCode.SHIFT, KeyCode.RIGHT); // one more epoch, for both
    waitFor(20, () -> frame().epoch() == before + 1);
    Lockstep.Frame f;
    f = frame();
    long epoch = f.epoch();
    for (Lockstep.Run r : f.runs()) {
      assertThat(r.snapshot().epoch()).isEqualTo(epoch);
      assertThat(r.snapshot().epochProgress()).isEqualTo((double) epoch);
    }
    waitFor(
        10,
        () ->
            fx(() -> compare().statusProperty().get())
                .startsWith(String.format(java.util.Locale.ROOT, "Epoch %,d ", epoch)));
    RunSpec relu = RunOptions.parse("--n", "100", "--noise", "0.2", "--activation", "relu");
    FixedRun.Result alone = new FixedRun(RunSetup.of(relu), reluStart).train(epoch, null);
    Snapshot shown = f.run(1).snapshot();
    NetworkBits.assertSameBits(shown.network(), alone.network().freeze());

    // opening the ReLU run puts it, as it is, in the main view
    robot.clickOn("#compareOpen-1");
    waitFor(10, () -> fx(() -> !app.view().isCompareShown()));
    MainViewModel vm = app.view().viewModel();
    waitFor(
        30,
        () -> {
          Snapshot s = latest();
          return s.commandsApplied() >= fx(vm::lastSent) && s.epoch() == epoch;
        });
    Snapshot opened = latest();
    NetworkBits.assertSameBits(opened.network(), shown.network());
    assertThat(opened.settings().run()).isEqualTo(relu);
    assertThat(Double.doubleToRawLongBits(opened.trainLoss()))
        .isEqualTo(Double.doubleToRawLongBits(shown.trainLoss()));
    waitFor(10, () -> fx(() -> vm.activationProperty().get()) == Activation.RELU);
    waitFor(10, () -> fx(() -> vm.trainLossProperty().get()) == shown.trainLoss());
    assertThat(fx(() -> vm.bannerProperty().get())).contains("activation relu");
    assertThat(opened.running()).isFalse();
  }

  @Test
  void threeRunsOneDroppedOneSavedAndAWrongRequestNamed(@TempDir Path dir) throws Exception {
    launch(RUN);
    Path file = dir.resolve("run.json");
    fxRun(
        () -> {
          pane()
              .setDialogs(
                  new SessionDialogs() {
                    @Override
                    public Path chooseOpen(Window owner, Path folder) {
                      return null;
                    }

                    @Override
                    public Path chooseSave(Window owner, Path folder, String suggested) {
                      assertThat(suggested).isEqualTo("compare-lr-1.json");
                      return file;
                    }

                    @Override
                    public Choice askUnsaved(Window owner, String what) {
                      return Choice.CANCEL;
                    }
                  });
          app.view().showCompare();
          compare().requestProperty().set("lr=1; hidden=16");
        });
    robot.clickOn("#compareStart");
    waitFor(20, () -> fx(() -> compare().cardsProperty().get().size()) == 3);
    assertThat(text("#compareLegend-0")).isEqualTo("hidden 8, lr 0.1 (base)");
    assertThat(text("#compareWeights-2")).contains("its own initial weights");
    for (int k = 0; k < 4; k++) {
      robot.push(KeyCode.SHIFT, KeyCode.RIGHT);
    }
    waitFor(20, () -> frame().epoch() == 4);

    robot.clickOn("#compareDrop-2");
    waitFor(10, () -> fx(() -> compare().cardsProperty().get().size()) == 2);
    assertThat(robot.lookup("#compareLegend-2").tryQuery()).isEmpty();

    robot.clickOn("#compareSave-1");
    waitFor(20, () -> Files.exists(file));
    waitFor(10, () -> text("#compareNotice").equals("Saved lr 1 at epoch 4 to run.json"));
    RunState saved = SessionJson.read(file);
    assertThat(saved.epoch()).isEqualTo(4);
    assertThat(saved.run().optimizer().lr()).isEqualTo(1.0);
    NetworkBits.assertSameBits(saved.network(), frame().run(1).snapshot().network());

    fxRun(() -> compare().requestProperty().set("noise=0.3"));
    robot.clickOn("#compareStart");
    waitFor(
        10, () -> fx(() -> compare().messageProperty().get()).contains("would change the data"));
    assertThat(fx(() -> compare().cardsProperty().get().size())).isEqualTo(2);
    robot.type(KeyCode.ESCAPE);
    waitFor(10, () -> fx(() -> !app.view().isCompareShown()));
  }
}
