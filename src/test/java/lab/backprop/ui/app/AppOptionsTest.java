package lab.backprop.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AppOptionsTest {

  @Test
  void defaultsAreTheTwoMoonsStartingPoint() {
    AppOptions o = AppOptions.parse();
    assertThat(o.dataset()).isEqualTo("moons");
    assertThat(o.n()).isEqualTo(200);
    assertThat(o.noise()).isEqualTo(0.2);
    assertThat(o.hidden()).containsExactly(8);
    assertThat(o.activation()).isEqualTo("tanh");
    assertThat(o.output()).isEqualTo("softmax_ce");
    assertThat(o.batch()).isEqualTo(AppOptions.FULL_BATCH);
    assertThat(o.autoplay()).isFalse();
    assertThat(o.quits()).isFalse();
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
    assertThat(o.dataset()).isEqualTo("spiral");
    assertThat(o.n()).isEqualTo(1000);
    assertThat(o.seed()).isEqualTo(7);
    assertThat(o.hidden()).containsExactly(8, 4, 2);
    assertThat(o.activation()).isEqualTo("relu");
    assertThat(o.output()).isEqualTo("sigmoid_bce");
    assertThat(o.optimizer()).isEqualTo("adam");
    assertThat(o.lr()).isEqualTo(0.003);
    assertThat(o.batch()).isEqualTo(32);
    assertThat(o.l2()).isEqualTo(0.001);
    assertThat(o.autoplay()).isTrue();
    assertThat(o.quitAfterSeconds()).isEqualTo(8.0);
    assertThat(o.screenshot()).isEqualTo(Path.of("/tmp/x.png"));
    assertThat(o.perfReport()).isEqualTo(Path.of("/tmp/p.json"));
  }

  @Test
  void regressionDefaultsToMse() {
    assertThat(AppOptions.parse("--dataset", "regression").output()).isEqualTo("mse");
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
        .hasMessageContaining("1 to 64");
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
  void helpIsNotAnError() {
    assertThatThrownBy(() -> AppOptions.parse("--help"))
        .isInstanceOfSatisfying(
            AppOptions.BadOptionsException.class, e -> assertThat(e.helpRequested()).isTrue());
    assertThat(AppOptions.usage()).contains("--perf-report").contains("--quit-after");
  }
}
