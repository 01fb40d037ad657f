package lab.backprop.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import lab.backprop.run.RunOptions;
import lab.backprop.run.RunSpec;
import org.junit.jupiter.api.Test;

/** The labels of what differs between compared runs, and the text that asks for the runs. */
class DifferencesTest {
  /** The default run: moons, 2-8-2 tanh, SGD lr 0.1, full batch, seed 0. */
  private static final RunSpec BASE = RunSpec.DEFAULT;

  private static RunSpec spec(String... options) {
    return RunOptions.parse(options);
  }

  @Test
  void aVariantIsLabelledWithWhatItChangesAndTheBaseWithItsOwnValues() {
    RunSpec relu = spec("--activation", "relu");
    RunSpec lr = spec("--lr", "1");
    RunSpec wide = spec("--hidden", "16", "--optimizer", "adam", "--batch", "32");
    assertThat(Differences.of(BASE, relu)).isEqualTo("activation relu");
    assertThat(Differences.of(BASE, lr)).isEqualTo("lr 1");
    assertThat(Differences.of(BASE, wide)).isEqualTo("hidden 16, optimizer adam, batch 32");
    assertThat(Differences.of(BASE, spec("--lr", "0.003", "--l2", "1e-5")))
        .isEqualTo("L2 1e-5, lr 0.003");
    assertThat(Differences.of(BASE, BASE.withSeeds(BASE.seeds().withInitAndOrder(3))))
        .isEqualTo("seed 3");
    assertThat(Differences.of(BASE, spec("--eps", "1e-9"))).isEqualTo("eps 1e-9");
    assertThat(Differences.of(BASE, spec("--hidden", "4,4"))).isEqualTo("hidden 4,4");
    assertThat(Differences.ofBase(BASE, List.of(relu))).isEqualTo("activation tanh (base)");
    assertThat(Differences.ofBase(BASE, List.of(relu, lr, wide)))
        .isEqualTo("hidden 8, activation tanh, optimizer sgd, lr 0.1, batch full (base)");
  }

  @Test
  void theTextAsksForOneRunPerPartWithOneOrMoreChanges() {
    List<RunSpec> runs =
        CompareRequest.parse("activation=relu; lr=1 ;hidden=16 optimizer=adam", BASE);
    assertThat(runs)
        .containsExactly(
            spec("--activation", "relu"),
            spec("--lr", "1"),
            spec("--hidden", "16", "--optimizer", "adam"));
    assertThat(CompareRequest.parse("seed=5", BASE).get(0).seeds())
        .isEqualTo(BASE.seeds().withInitAndOrder(5));
    // more layers keep the base run's activation
    RunSpec relu = spec("--activation", "relu");
    assertThat(CompareRequest.parse("hidden=4,4", relu).get(0).network().activations())
        .hasSize(2)
        .allMatch(a -> a == relu.network().activations().get(0));
    assertThat(CompareRequest.defaultFor(BASE)).isEqualTo("activation=relu");
    assertThat(CompareRequest.defaultFor(relu)).isEqualTo("activation=tanh");
  }

  @Test
  void aWrongRequestSaysWhichRunAndWhy() {
    assertThatThrownBy(() -> CompareRequest.parse("", BASE)).hasMessageContaining("e.g.");
    assertThatThrownBy(() -> CompareRequest.parse("lr=1; lr=2; lr=3; lr=4", BASE))
        .hasMessageContaining("at most 3");
    assertThatThrownBy(() -> CompareRequest.parse("lr=1; noise=0.3", BASE))
        .hasMessageContaining("run 3: noise would change the data");
    assertThatThrownBy(() -> CompareRequest.parse("speed=3", BASE))
        .hasMessageContaining("run 2: unknown setting \"speed\"")
        .hasMessageContaining("activation, hidden");
    assertThatThrownBy(() -> CompareRequest.parse("lr=-1", BASE)).hasMessageContaining("run 2: ");
    assertThatThrownBy(() -> CompareRequest.parse("activation=tanh", BASE))
        .hasMessageContaining("run 2 is the same as the base run");
    assertThatThrownBy(() -> CompareRequest.parse("lr", BASE))
        .hasMessageContaining("not NAME=VALUE");
  }
}
