package lab.backprop.ui.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import lab.backprop.nn.Network;
import lab.backprop.run.RunOptions;
import lab.backprop.run.RunSpec;
import lab.backprop.train.FixedRun;
import lab.backprop.train.Sweep;
import lab.backprop.train.SweepSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The sweep map's view-model with plain JUnit: no toolkit, a one-thread stand-in for FX. */
class SweepViewModelTest {
  private final ExecutorService fx = Executors.newSingleThreadExecutor();
  private final List<String> opened = new ArrayList<>();
  private int pauses;
  private RunSpec base = RunOptions.parse("--n", "80", "--hidden", "5,5", "--seed", "3");

  private final SweepViewModel.MainLink main =
      new SweepViewModel.MainLink() {
        @Override
        public RunSpec currentRun() {
          return base;
        }

        @Override
        public void pause() {
          pauses++;
        }

        @Override
        public void open(RunSpec run, Network trained, String label, String notice) {
          opened.add(label);
        }
      };

  private final SweepViewModel vm = new SweepViewModel(main, (run, net) -> null, fx::execute, 2);

  @AfterEach
  void stop() {
    fx.submit(vm::close);
    fx.shutdown();
  }

  private <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
    return fx.submit(c).get(10, TimeUnit.SECONDS);
  }

  @Test
  void unitsAndLayersTogetherSetTheHiddenSizesAndEveryCellGetsTheSeedAndEpochs() {
    RunSpec spec =
        SweepViewModel.cellSpec(
            base, List.of(SweepAxis.UNITS, SweepAxis.LAYERS), List.of("7", "3"), 11, 42);
    assertThat(spec.network().hidden()).containsExactly(7, 7, 7);
    assertThat(spec.training().epochs()).isEqualTo(42);
    assertThat(List.of(spec.seeds().data(), spec.seeds().split(), spec.seeds().init()))
        .containsOnly(11L);
    assertThat(spec.seeds().order()).isEqualTo(11);
    // the one not varied comes from the main view's run: 2 layers of 5 units
    RunSpec units = SweepViewModel.cellSpec(base, List.of(SweepAxis.UNITS), List.of("9"), 0, 10);
    assertThat(units.network().hidden()).containsExactly(9, 9);
    RunSpec seeded = SweepViewModel.cellSpec(base, List.of(SweepAxis.SEED), List.of("8"), 0, 10);
    assertThat(seeded.seeds().init()).isEqualTo(8);
    assertThatThrownBy(
            () -> SweepViewModel.cellSpec(base, List.of(SweepAxis.LR), List.of("-1"), 0, 10))
        .hasMessageStartingWith("learning rate -1: ");
  }

  @Test
  void eachCellIsTheMeanOverItsSeedsOfRunsMadeIndependently() throws Exception {
    onFx(
        () -> {
          vm.setAxes("lr=0.2,2;activation=tanh,relu");
          vm.epochsProperty().set(40);
          vm.seedsProperty().set(3);
          vm.start();
          return null;
        });
    WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> onFx(() -> !vm.runningProperty().get()));
    SweepMap map = onFx(() -> vm.mapProperty().get());
    assertThat(pauses).isEqualTo(1);
    assertThat(map.columns()).containsExactly("0.2", "2");
    assertThat(map.rows()).containsExactly("tanh", "relu");
    // the cell of lr 2 and relu: the seeds are 3, 4, 5 (the main run's seed, then on)
    double sum = 0;
    double[] each = new double[3];
    for (int k = 0; k < 3; k++) {
      RunSpec spec =
          RunOptions.parse(
              "--n",
              "80",
              "--hidden",
              "5,5",
              "--lr",
              "2",
              "--activation",
              "relu",
              "--epochs",
              "40",
              "--seed",
              Integer.toString(3 + k));
      FixedRun.Result r = Sweep.run(spec, Double.NaN);
      each[k] = r.test().dataLoss();
      sum += each[k];
    }
    SweepSummary s = map.cell(1, 1).summary();
    assertThat(s.values()).containsExactly(each);
    assertThat(s.mean()).isEqualTo(sum / 3);
    assertThat(s.runs()).isEqualTo(3);
    assertThat(map.cell(1, 1).tooltip()).contains("mean of 3 seeds", "seed 3: ", "seed 5: ");
    assertThat(onFx(() -> vm.progressTextProperty().get())).startsWith("12 runs in ");

    onFx(
        () -> {
          vm.measureProperty().set(SweepSummary.Measure.TEST_ACCURACY);
          return null;
        });
    SweepMap accuracy = onFx(() -> vm.mapProperty().get());
    assertThat(accuracy.cell(1, 1).summary().mean())
        .isEqualTo(
            SweepSummary.of(
                    List.of(
                        Sweep.run(cell(2, "relu", 3), Double.NaN),
                        Sweep.run(cell(2, "relu", 4), Double.NaN),
                        Sweep.run(cell(2, "relu", 5), Double.NaN)),
                    SweepSummary.Measure.TEST_ACCURACY)
                .mean());

    assertThat(onFx(() -> vm.open(1 * 2 + 1))).isTrue();
    assertThat(opened).containsExactly("opening the sweep's run learning rate 2, activation relu");
  }

  private static RunSpec cell(double lr, String activation, int seed) {
    return RunOptions.parse(
        "--n",
        "80",
        "--hidden",
        "5,5",
        "--lr",
        Double.toString(lr),
        "--activation",
        activation,
        "--epochs",
        "40",
        "--seed",
        Integer.toString(seed));
  }

  @Test
  void cancelStopsTheSweepAndKeepsWhatFinished() throws Exception {
    onFx(
        () -> {
          vm.setAxes("lr=0.1,0.2,0.3,0.4;units=64,128");
          vm.epochsProperty().set(1_000_000);
          vm.start();
          return null;
        });
    assertThat(onFx(() -> vm.runningProperty().get())).isTrue();
    onFx(
        () -> {
          vm.cancel();
          return null;
        });
    assertThat(onFx(() -> vm.runningProperty().get())).isFalse();
    assertThat(onFx(() -> vm.progressTextProperty().get())).startsWith("Cancelled after 0 of 8");
  }

  @Test
  void badSettingsAreOneMessageAndNothingStarts() throws Exception {
    onFx(
        () -> {
          vm.setAxes("lr=0.1,abc");
          vm.start();
          return null;
        });
    assertThat(onFx(() -> vm.messageProperty().get())).contains("learning rate abc");
    assertThat(onFx(() -> vm.runningProperty().get())).isFalse();
    assertThat(pauses).isZero();
    assertThatThrownBy(() -> SweepViewModel.parseAxes("lr=1;lr=2"))
        .hasMessageContaining("two different");
    assertThatThrownBy(() -> SweepViewModel.parseAxes("speed=1"))
        .hasMessageContaining("expected one of lr, units, layers");
  }

  @Test
  void aLearningRateRangeIsEvenlySpacedOnALogScale() {
    assertThat(SweepAxis.LR.parse("0.001..10:5"))
        .containsExactly("0.001", "0.01", "0.1", "1", "10");
    assertThat(SweepAxis.LR.parse("0.01..100:5")).containsExactly("0.01", "0.1", "1", "10", "100");
    assertThat(SweepAxis.LR.parse("1e-5..2e-5:2")).containsExactly("0.00001", "0.00002");
    assertThat(SweepAxis.NOISE.parse("0..0.3:4")).containsExactly("0", "0.1", "0.2", "0.3");
    assertThat(SweepAxis.UNITS.parse(" 2, 4 ,8")).containsExactly("2", "4", "8");
    assertThatThrownBy(() -> SweepAxis.LR.parse("0..1:3")).hasMessageContaining("0 < from < to");
    assertThatThrownBy(() -> SweepAxis.UNITS.parse("2,,4")).hasMessageContaining("empty");
  }
}
