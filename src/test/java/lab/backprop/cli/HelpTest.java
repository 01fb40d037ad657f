package lab.backprop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** --help on every command shows its options and an example. */
class HelpTest {
  @ParameterizedTest
  @ValueSource(strings = {"grad", "steps", "dataset", "spec", "train", "gradcheck", "bench"})
  void everyCommandHasHelpWithAnExample(String command) {
    CliRun run = CliRun.of(command, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("Usage: backprop-lab " + command)
        .contains("Example:")
        .contains("backprop-lab " + command + " ");
    assertThat(BackpropCli.COMMANDS).contains(command);
  }

  @Test
  void topLevelHelpListsTheCommands() {
    CliRun run = CliRun.of("--help");
    assertThat(run.exitCode()).isZero();
    for (String command : BackpropCli.COMMANDS) {
      assertThat(run.out()).contains("  " + command + " ");
    }
  }

  @Test
  void versionNamesTheApp() {
    CliRun run = CliRun.of("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Backprop Lab ");
  }
}
