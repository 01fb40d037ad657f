package lab.backprop.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lab.backprop.io.BadSessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The window's --open: the session is read and checked before the toolkit starts. */
class OpenOptionTest {
  @TempDir Path dir;

  static List<BadSessions.Case> badSessions() throws Exception {
    return BadSessions.all(BadSessions.good());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSessions")
  void aBadSessionIsABadOptionNamingTheField(BadSessions.Case bad) throws Exception {
    Path f = bad.write(dir);
    assertThatThrownBy(() -> AppOptions.parse("--open", f.toString()))
        .isInstanceOf(AppOptions.BadOptionsException.class)
        .hasMessageContaining(f.getFileName().toString())
        .hasMessageContaining(bad.expected());
  }

  @Test
  void aGoodSessionIsReadBeforeTheWindowOpens() throws Exception {
    Path f = dir.resolve("good.json");
    Files.writeString(f, BadSessions.text(BadSessions.good()));
    AppOptions o = AppOptions.parse("--open", f.toString(), "--autoplay");
    assertThat(o.open()).isEqualTo(f);
    assertThat(o.session().epoch()).isEqualTo(1);
    assertThat(o.session().examplesIntoEpoch()).isEqualTo(16);
  }

  @Test
  void aRunOptionBesideOpenIsABadOption() throws Exception {
    Path f = dir.resolve("good.json");
    Files.writeString(f, BadSessions.text(BadSessions.good()));
    assertThatThrownBy(() -> AppOptions.parse("--open", f.toString(), "--lr", "0.5"))
        .isInstanceOf(AppOptions.BadOptionsException.class)
        .hasMessageContaining("--lr");
  }
}
