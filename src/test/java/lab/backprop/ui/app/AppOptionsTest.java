package lab.backprop.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import lab.backprop.nn.Activation;
import lab.backprop.nn.OptimizerKind;
import lab.backprop.nn.OutputKind;
import lab.backprop.run.RunSpec;
import lab.backprop.run.Seeds;
import org.junit.jupiter.api.Test;

class AppOptionsTest {

  @Test
  void defaultsAreTheTwoMoonsStartingPoint() {
    AppOptions o = AppOptions.parse();
    assertThat(o.run()).isEqualTo(RunSpec.DEFAULT);
    assertThat(o.autoplay()).isFalse();
    assertThat(o.quits()).isFalse();
    assertThat(o.speed()).as("the watchable pace").isEqualTo(750);
  }

  @Test
  void speedIsAPaceOrMax() {
    assertThat(AppOptions.parse("--speed", "max").speed()).isInfinite();
    assertThat(AppOptions.parse("--speed", "12").speed()).isEqualTo(12);
    assertThat(AppOptions.parse().present()).isFalse();
    assertThat(AppOptions.parse("--present").present()).isTrue();
    for (String bad : new String[] {"0", "10001", "fast", "NaN"}) {
      assertThatThrownBy(() -> AppOptions.parse("--speed", bad))
          .hasMessage("--speed takes steps per second from 1 to 10000 or max, got '" + bad + "'");
    }
  }

  @Test
  void everyOptionIsRead() {
    AppOptions o =
        AppOptions.parse(
            "--dataset",
            "spiral",
            "--n",
            "1000",
            "--noise",
            "0.1",
            "--seed",
            "7",
            "--hidden",
            "8,4,2",
            "--activation",
            "RELU",
            "--output",
            "sigmoid_bce",
            "--optimizer",
            "adam",
            "--lr",
            "0.003",
            "--batch",
            "32",
            "--l2",
            "0.001",
            "--autoplay",
            "--quit-after",
            "8",
            "--screenshot",
            "/tmp/x.png",
            "--perf-report",
            "/tmp/p.json");
    RunSpec run = o.run();
    assertThat(run.data().dataset()).isEqualTo("spiral");
    assertThat(run.data().n()).isEqualTo(1000);
    assertThat(run.seeds()).isEqualTo(Seeds.all(7));
    assertThat(run.network().hidden()).containsExactly(8, 4, 2);
    assertThat(run.network().activations()).containsOnly(Activation.RELU);
    assertThat(run.network().output()).isEqualTo(OutputKind.SIGMOID_BCE);
    assertThat(run.optimizer().kind()).isEqualTo(OptimizerKind.ADAM);
    assertThat(run.optimizer().lr()).isEqualTo(0.003);
    assertThat(run.training().batch()).isEqualTo(32);
    assertThat(run.network().l2()).isEqualTo(0.001);
    assertThat(o.autoplay()).isTrue();
    assertThat(o.quitAfterSeconds()).isEqualTo(8.0);
    assertThat(o.screenshot()).isEqualTo(Path.of("/tmp/x.png"));
    assertThat(o.perfReport()).isEqualTo(Path.of("/tmp/p.json"));
  }

  @Test
  void regressionDefaultsToMse() {
    assertThat(AppOptions.parse("--dataset", "regression").run().network().output())
        .isEqualTo(OutputKind.MSE);
  }

  @Test
  void badOptionsNameTheOptionAndTheExpectation() {
    assertThatThrownBy(() -> AppOptions.parse("--bogus"))
        .isInstanceOf(AppOptions.BadOptionsException.class)
        .hasMessageContaining("--bogus");
    assertThatThrownBy(() -> AppOptions.parse("--dataset", "moon"))
        .hasMessageContaining("--dataset")
        .hasMessageContaining("moons, circles");
    assertThatThrownBy(() -> AppOptions.parse("--hidden", "8,0"))
        .hasMessageContaining("--hidden")
        .hasMessageContaining("1 to 512");
    assertThat(AppOptions.parse("--hidden", "512").run().network().hidden()).containsExactly(512);
    assertThatThrownBy(() -> AppOptions.parse("--hidden", "1,1,1,1,1,1,1"))
        .hasMessageContaining("1 to 6");
    assertThatThrownBy(() -> AppOptions.parse("--lr", "-1")).hasMessageContaining("--lr");
    assertThatThrownBy(() -> AppOptions.parse("--lr", "abc")).hasMessageContaining("--lr");
    assertThatThrownBy(() -> AppOptions.parse("--batch", "0")).hasMessageContaining("--batch");
    assertThatThrownBy(() -> AppOptions.parse("--output", "mse"))
        .hasMessageContaining("does not fit");
    assertThatThrownBy(() -> AppOptions.parse("--screenshot", "a.jpg"))
        .hasMessageContaining(".png");
    assertThatThrownBy(() -> AppOptions.parse("--quit-after", "-2"))
        .hasMessageContaining("--quit-after");
  }

  @Test
  void compareTakesTheRunsItAddsAndNamesAWrongOne() {
    assertThat(AppOptions.parse("--compare", "activation=relu; lr=1").compare())
        .isEqualTo("activation=relu; lr=1");
    assertThat(AppOptions.parse().compare()).isNull();
    assertThatThrownBy(() -> AppOptions.parse("--compare", "lr=1; noise=0.5"))
        .isInstanceOf(AppOptions.BadOptionsException.class)
        .hasMessageContaining("--compare")
        .hasMessageContaining("run 3: noise would change the data");
    // judged against the run of the other options: relu is that run itself
    assertThatThrownBy(
            () -> AppOptions.parse("--activation", "relu", "--compare", "activation=relu"))
        .hasMessageContaining("the same as the base run");
  }

  @Test
  void helpIsNotAnError() {
    assertThatThrownBy(() -> AppOptions.parse("--help"))
        .isInstanceOfSatisfying(
            AppOptions.BadOptionsException.class, e -> assertThat(e.helpRequested()).isTrue());
    assertThat(AppOptions.usage()).contains("--perf-report").contains("--quit-after");
  }
}
