package lab.backprop.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import lab.backprop.nn.Activation;
import lab.backprop.nn.OutputKind;
import lab.backprop.run.RunOptions;
import lab.backprop.train.Command;
import lab.backprop.train.History;
import lab.backprop.train.Snapshot;
import lab.backprop.train.TrainerSettings;
import org.junit.jupiter.api.Test;

/** The view-model without any toolkit: commands out, snapshots in. */
class MainViewModelTest {
  private final List<Command> sent = new ArrayList<>();
  private final MainViewModel vm =
      new MainViewModel(
          TrainerSettings.defaults(),
          c -> {
            sent.add(c);
            return sent.size();
          });

  private static Snapshot snapshot(
      long version,
      long applied,
      TrainerSettings settings,
      boolean running,
      String diverged,
      String error,
      String notice) {
    return new Snapshot(
        version,
        applied,
        null,
        settings,
        null,
        null,
        12,
        12.5,
        2400,
        30,
        480.0,
        0.25,
        0.3,
        0.9,
        0.875,
        12.5,
        running,
        History.EMPTY,
        null,
        notice,
        diverged,
        error,
        null,
        null,
        lab.backprop.train.Rewind.EMPTY);
  }

  @Test
  void startsWithTheTrainersSettingsAndSendsNothing() {
    assertThat(vm.datasetProperty().get()).isEqualTo("moons");
    assertThat(vm.hiddenSizes()).containsExactly(8);
    assertThat(vm.activationProperty().get()).isEqualTo(Activation.TANH);
    assertThat(vm.learningRateProperty().get()).isEqualTo(0.1);
    assertThat(vm.outputChoices()).containsExactly(OutputKind.SOFTMAX_CE, OutputKind.SIGMOID_BCE);
    assertThat(sent).isEmpty();
  }

  @Test
  void userChangesBecomeCommands() {
    vm.activationProperty().set(Activation.RELU);
    vm.hiddenLayersProperty().set(2);
    vm.unitsProperty(1).set(5);
    vm.learningRateProperty().set(0.03);
    vm.batchSizeProperty().set(16);
    vm.speedProperty().set(10);
    vm.stepExample();
    assertThat(sent)
        .containsExactly(
            new Command.SetActivation(Activation.RELU),
            new Command.SetHiddenSizes(new int[] {8, 8}),
            new Command.SetHiddenSizes(new int[] {8, 5}),
            new Command.SetLearningRate(0.03),
            new Command.SetBatchSize(16),
            new Command.SetSpeed(10),
            new Command.StepExample());
  }

  @Test
  void regressionDataOffersOnlyMse() {
    vm.datasetProperty().set("regression");
    assertThat(sent.get(0)).isInstanceOf(Command.SetData.class);
    assertThat(((Command.SetData) sent.get(0)).data().dataset()).isEqualTo("regression");
    assertThat(vm.outputChoices()).containsExactly(OutputKind.MSE);
    assertThat(vm.outputProperty().get()).isEqualTo(OutputKind.MSE);
  }

  @Test
  void snapshotsUpdateTheReadOnlyPropertiesOncePerVersion() {
    TrainerSettings s = TrainerSettings.defaults();
    assertThat(vm.update(snapshot(1, 0, s, true, null, null, null))).isTrue();
    assertThat(vm.update(snapshot(1, 0, s, true, null, null, null))).isFalse();
    assertThat(vm.epochProperty().get()).isEqualTo(12);
    assertThat(vm.examplesSeenProperty().get()).isEqualTo(2400);
    assertThat(vm.trainAccuracyProperty().get()).isEqualTo(0.9);
    assertThat(vm.runningProperty().get()).isTrue();
    assertThat(vm.statusProperty().get())
        .contains("Epoch 12")
        .contains("2,400")
        .contains("0.2500")
        .contains("90.0%")
        .contains("87.5%");
  }

  @Test
  void trainerSideChangesFlowBackWithoutBeingSentAgain() {
    TrainerSettings changed =
        TrainerSettings.of(RunOptions.parse("--init-seed", "99", "--lr", "0.5"));
    vm.update(snapshot(1, 0, changed, false, null, null, null));
    assertThat(vm.initSeedProperty().get()).isEqualTo(99);
    assertThat(vm.learningRateProperty().get()).isEqualTo(0.5);
    assertThat(sent).isEmpty();
  }

  @Test
  void settingsAreNotRevertedWhileACommandIsInFlight() {
    vm.learningRateProperty().set(0.7); // command 1, not yet applied
    vm.update(snapshot(1, 0, TrainerSettings.defaults(), true, null, null, null));
    assertThat(vm.learningRateProperty().get()).isEqualTo(0.7);
  }

  @Test
  void bannerShowsDivergenceFirstAndCanBeDismissed() {
    TrainerSettings s = TrainerSettings.defaults();
    String div = "diverged at epoch 3 — lower the learning rate or reset";
    vm.update(snapshot(1, 0, s, false, div, "boom", "note"));
    assertThat(vm.bannerProperty().get()).isEqualTo(div);
    assertThat(vm.bannerKindProperty().get()).isEqualTo(MainViewModel.BANNER_DIVERGED);
    vm.dismissBanner();
    assertThat(vm.bannerProperty().get()).isEmpty();
    vm.update(snapshot(2, 0, s, false, div, null, null));
    assertThat(vm.bannerProperty().get()).as("dismissed text stays hidden").isEmpty();
    vm.update(snapshot(3, 0, s, false, null, "a failure", null));
    assertThat(vm.bannerProperty().get()).isEqualTo("a failure");
    assertThat(vm.bannerKindProperty().get()).isEqualTo(MainViewModel.BANNER_ERROR);
  }

  @Test
  void aNoticeCausedByTheUsersOwnCommandsIsDismissedOnceTheyAreApplied() {
    TrainerSettings s = TrainerSettings.defaults();
    long seq = vm.sendCommand(new Command.Reset(false));
    vm.dismissNoticeOf(seq);
    String notice = "Data set changed to regression: the network was reset";
    vm.update(snapshot(1, seq - 1, s, false, null, null, notice));
    assertThat(vm.bannerProperty().get()).as("not applied yet").isEqualTo(notice);
    vm.update(snapshot(2, seq, s, false, null, null, notice));
    assertThat(vm.bannerProperty().get()).isEmpty();
    vm.update(snapshot(3, seq, s, false, null, null, "Output changed: the network was reset"));
    assertThat(vm.bannerProperty().get()).as("a later notice shows").startsWith("Output changed");
  }

  @Test
  void aDrawingFailureShowsAsAnErrorUntilDismissedAndGivesWayToADivergence() {
    TrainerSettings t = TrainerSettings.defaults();
    vm.update(snapshot(1, 0, t, true, null, null, null));
    assertThat(vm.bannerProperty().get()).isEmpty();
    String failure = "Drawing the charts failed (java.lang.IllegalStateException: x).";
    vm.reportViewError(failure);
    assertThat(vm.bannerProperty().get()).isEqualTo(failure);
    assertThat(vm.bannerKindProperty().get()).isEqualTo(MainViewModel.BANNER_ERROR);
    vm.update(snapshot(2, 0, t, false, "diverged at epoch 12", null, null));
    assertThat(vm.bannerProperty().get()).isEqualTo("diverged at epoch 12");
    vm.update(snapshot(3, 0, t, true, null, null, null));
    assertThat(vm.bannerProperty().get()).as("still not dismissed").isEqualTo(failure);
    vm.dismissBanner();
    vm.update(snapshot(4, 0, t, true, null, null, null));
    assertThat(vm.bannerProperty().get()).isEmpty();
  }

  @Test
  void pointsFromAFileAreShownAsTheFileAndKeptUntilAGeneratorIsPicked() throws Exception {
    java.nio.file.Path csv = java.nio.file.Files.createTempFile("points", ".csv");
    try {
      lab.backprop.io.AtomicFiles.write(
          csv,
          w ->
              lab.backprop.data.CsvData.write(
                  lab.backprop.data.DatasetSpec.DEFAULT.withSeed(4).generate(), w));
      List<Command> out = new ArrayList<>();
      MainViewModel fromFile =
          new MainViewModel(
              TrainerSettings.of(RunOptions.parse("--data", csv.toString())),
              c -> {
                out.add(c);
                return out.size();
              });

      assertThat(fromFile.datasetProperty().get()).isEqualTo(csv.getFileName() + " (file)");
      assertThat(fromFile.fixedRowsProperty().get()).isTrue();
      assertThat(fromFile.maxClassesProperty().get()).isEqualTo(2);

      fromFile.trainRatioProperty().set(0.5);
      Command.SetData kept = (Command.SetData) out.get(0);
      assertThat(kept.data().file()).isEqualTo(csv);
      assertThat(kept.data().ratio()).isEqualTo(0.5);

      fromFile.datasetProperty().set("spiral");
      Command.SetData generated = (Command.SetData) out.get(1);
      assertThat(generated.data().file()).isNull();
      assertThat(generated.data().dataset()).isEqualTo("spiral");
      assertThat(fromFile.fixedRowsProperty().get()).isFalse();
      assertThat(fromFile.maxClassesProperty().get()).isEqualTo(3);
    } finally {
      java.nio.file.Files.deleteIfExists(csv);
    }
  }

  @Test
  void theSpeedShowsThreeDigitsAndBelowOneEpochASecondTheTimeOfAnEpoch() {
    assertThat(MainViewModel.rate(36088.4)).isEqualTo("36,088 epochs/s");
    assertThat(MainViewModel.rate(733.2)).isEqualTo("733 epochs/s");
    assertThat(MainViewModel.rate(12.46)).isEqualTo("12.5 epochs/s");
    assertThat(MainViewModel.rate(1.4149)).isEqualTo("1.41 epochs/s");
    assertThat(MainViewModel.rate(1)).isEqualTo("1.00 epochs/s");
    // MNIST: 0.31 epochs a second is 1 / 0.31 = 3.2258… seconds an epoch
    assertThat(MainViewModel.rate(0.31)).isEqualTo("3.23 s/epoch");
    assertThat(MainViewModel.rate(0.08)).isEqualTo("12.5 s/epoch");
    assertThat(MainViewModel.rate(0.004)).isEqualTo("250 s/epoch");
    assertThat(MainViewModel.rate(0)).as("paused").isEqualTo("0 epochs/s");
  }
}
