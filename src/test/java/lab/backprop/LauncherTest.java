package lab.backprop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LauncherTest {
  @Test
  void commandNamesAndHelpGoToTheCommandLine() {
    assertThat(Launcher.isCommandLine(new String[] {"grad", "x.json"})).isTrue();
    assertThat(Launcher.isCommandLine(new String[] {"bench"})).isTrue();
    assertThat(Launcher.isCommandLine(new String[] {"--help"})).isTrue();
    assertThat(Launcher.isCommandLine(new String[] {"--version"})).isTrue();
  }

  @Test
  void appOptionsAndNoArgumentsOpenTheWindow() {
    assertThat(Launcher.isCommandLine(new String[] {})).isFalse();
    assertThat(Launcher.isCommandLine(new String[] {"--autoplay", "--lr", "0.3"})).isFalse();
    assertThat(Launcher.isCommandLine(new String[] {"--dataset", "spiral"})).isFalse();
  }
}
