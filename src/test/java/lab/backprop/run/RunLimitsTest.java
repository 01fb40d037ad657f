package lab.backprop.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import lab.backprop.nn.Activation;
import lab.backprop.nn.OutputKind;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Each limit of the run spec at its edge: the last value in is accepted, the first value out is
 * refused naming its field. The limits are written out as the README and {@code --help} state them
 * (6 hidden layers of 1 to 512 units, 1 to 100,000 points, seeds 0 to 2^32 − 1, batches 1 to
 * 1,000,000 or full, 1 to 10,000,000 epochs), not read from the constants under test.
 */
class RunLimitsTest {

  @Test
  void hiddenLayersAreOneToSixOfOneTo512Units() {
    assertAccepted(() -> NetworkSpec.checkHidden(new int[] {1}));
    assertAccepted(() -> NetworkSpec.checkHidden(new int[] {512, 512, 512, 512, 512, 512}));
    assertRefused(() -> NetworkSpec.checkHidden(new int[0]), "hidden", "got 0");
    assertRefused(
        () -> NetworkSpec.checkHidden(new int[] {8, 8, 8, 8, 8, 8, 8}), "hidden", "got 7");
    assertRefused(() -> NetworkSpec.checkHidden(new int[] {8, 513}), "hidden", "got 513");
    assertRefused(() -> NetworkSpec.checkHidden(new int[] {0}), "hidden", "got 0");
  }

  @Test
  void pointsAreOneTo100000AndTheShareOfTrainingRowsIsAboveZeroUpToOne() {
    assertAccepted(() -> RunOptions.parse("--n", "1"));
    assertAccepted(() -> RunOptions.parse("--n", "100000"));
    assertRefused(() -> RunOptions.parse("--n", "0"), "--n 0", "got 0");
    assertRefused(() -> RunOptions.parse("--n", "100001"), "--n 100001", "got 100001");
    assertAccepted(() -> RunOptions.parse("--ratio", "1"));
    assertAccepted(() -> RunOptions.parse("--noise", "0"));
    assertRefused(() -> RunOptions.parse("--ratio", "0"), "--ratio 0", "got 0.0");
    assertRefused(() -> RunOptions.parse("--ratio", "1.0000001"), "--ratio", "got 1.0000001");
    assertThat(DataSpec.DEFAULT.withRatio(0.5).ratio()).isEqualTo(0.5);
    assertThat(DataSpec.DEFAULT.withRatio(0.5).n()).isEqualTo(200);
  }

  @Test
  void everySeedIsZeroTo2To32Minus1() {
    long max = 4_294_967_295L;
    assertAccepted(() -> new Seeds(max, max, max, max));
    assertAccepted(() -> new Seeds(0, 0, 0, 0));
    assertRefused(() -> new Seeds(max + 1, 0, 0, 0), "seeds.data", "got 4294967296");
    assertRefused(() -> new Seeds(0, max + 1, 0, 0), "seeds.split", "got 4294967296");
    assertRefused(() -> new Seeds(0, 0, max + 1, 0), "seeds.init", "got 4294967296");
    assertRefused(() -> new Seeds(0, 0, 0, max + 1), "seeds.order", "got 4294967296");
    assertRefused(() -> new Seeds(0, 0, -1, 0), "seeds.init", "got -1");
    assertRefused(() -> RunOptions.parse("--seed", "-1"), "--seed -1", "got -1");
  }

  @Test
  void aBatchIsOneToAMillionOrFullAndEpochsOneToTenMillion() {
    assertAccepted(() -> new TrainingSpec(1_000_000, 10_000_000));
    assertAccepted(() -> new TrainingSpec(0, 1));
    assertRefused(() -> new TrainingSpec(1_000_001, 5), "batch", "got 1000001");
    assertRefused(() -> new TrainingSpec(-1, 5), "batch", "got -1");
    assertRefused(() -> new TrainingSpec(8, 10_000_001), "epochs", "got 10000001");
    assertRefused(() -> new TrainingSpec(8, 0), "epochs", "got 0");
    assertRefused(() -> TrainingSpec.checkBatch(1_000_001), "batch", "got 1000001");
    assertThat(RunOptions.parse("--batch", "1").training().batch()).isEqualTo(1);
    assertThat(RunOptions.parse("--batch", "full").training().fullBatch()).isTrue();
    // 0 stands for the full batch inside the spec, but typed as a size it is out of range.
    assertRefused(() -> RunOptions.parse("--batch", "0"), "--batch 0", "got 0");
  }

  @Test
  void namesAreReadWhateverTheirCaseButAFileKeepsItsOwn() {
    assertThat(RunOptions.parse("--optimizer", " Adam ").optimizer().kind().name())
        .isEqualTo("ADAM");
    assertThat(RunOptions.parse("--dataset", "XOR").data().dataset()).isEqualTo("xor");
    RunSpecBuilder b = new RunSpecBuilder();
    RunField.FILE.apply(b, " Data/Points.CSV ");
    assertThat(b.file()).isEqualTo(Path.of("Data/Points.CSV"));
  }

  @Test
  void theBuilderChainsAndAGivenOutputLetsAFileBuild() {
    RunSpec s =
        new RunSpecBuilder()
            .dataset("circles")
            .hidden(List.of(3, 4))
            .activations(List.of(Activation.RELU, Activation.SIGMOID))
            .output(OutputKind.SIGMOID_BCE)
            .build();
    assertThat(s.data().dataset()).isEqualTo("circles");
    assertThat(s.network().hidden()).containsExactly(3, 4);
    assertThat(s.network().activations()).containsExactly(Activation.RELU, Activation.SIGMOID);
    assertThat(s.network().output()).isEqualTo(OutputKind.SIGMOID_BCE);

    RunSpecBuilder file = new RunSpecBuilder().file(Path.of("p.csv"));
    assertThat(file.outputGiven()).isFalse();
    assertRefused(file::build, "output", "give the output for a data file");
    assertThat(file.output(OutputKind.MSE).outputGiven()).isTrue();
    assertThat(file.build().data().file()).isEqualTo(Path.of("p.csv"));
    assertThat(file.build().network().output()).isEqualTo(OutputKind.MSE);
  }

  @Test
  void theGeneratorOnlyOptionsLeaveOutTheNetworkAndTheSpecFile() {
    CommandSpec data = CommandSpec.create();
    RunOptions.generatorOnly().addTo(data);
    assertThat(data.findOption("--noise")).isNotNull();
    assertThat(data.findOption("--seed")).isNotNull();
    assertThat(data.findOption("--lr")).isNull();
    assertThat(data.findOption("--hidden")).isNull();
    assertThat(data.findOption("--spec")).isNull();

    CommandSpec train = CommandSpec.create();
    RunOptions.wholeRun(file -> RunSpec.DEFAULT).addTo(train);
    assertThat(train.findOption("--lr")).isNotNull();
    assertThat(train.findOption("--spec")).isNotNull();
  }

  @Test
  void everyOptionHasAHelpTextWithItsLimitsAndEveryValueALabel() {
    for (RunField f : RunField.values()) {
      if (f.option() != null && f.kind() != RunField.Kind.BOOLEAN) {
        assertThat(f.paramLabel()).as(f.name()).isNotBlank();
      }
      if (f.option() != null) {
        assertThat(f.help()).as(f.name()).hasSizeGreaterThan(10);
      }
    }
    assertThat(RunField.N.paramLabel()).isEqualTo("N");
    assertThat(RunField.N.help()).isEqualTo("Number of points, 1 to 100000 (default: 200).");
    assertThat(RunField.LR.help()).isEqualTo("Learning rate, > 0 (default: 0.1).");
  }

  private static void assertAccepted(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    assertThatCode(call).doesNotThrowAnyException();
  }

  private static void assertRefused(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String detail) {
    assertThatThrownBy(call)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(field)
        .hasMessageContaining(detail);
  }
}
