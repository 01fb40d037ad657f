package lab.backprop.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the window keeps between runs, in a node of the test's own (removed after). */
class SessionPrefsTest {
  @TempDir Path dir;

  private final Preferences node =
      Preferences.userRoot().node("/lab/backprop-test-" + System.nanoTime());

  @AfterEach
  void remove() throws Exception {
    node.removeNode();
  }

  @Test
  void sizeFolderAndRecentFilesAreKeptNewestFirstAndBounded() {
    SessionPrefs prefs = new SessionPrefs(node);
    assertThat(prefs.windowSize()).isNull();
    assertThat(prefs.recentFiles()).isEmpty();
    prefs.setWindowSize(1280, 720);
    for (int k = 0; k < SessionPrefs.MAX_RECENT + 2; k++) {
      prefs.addRecent(dir.resolve("s" + k + ".json"));
    }
    prefs.addRecent(dir.resolve("s3.json")); // opened again: first, not twice

    SessionPrefs again = new SessionPrefs(node); // as the next run of the app reads them
    assertThat(again.windowSize()).containsExactly(1280, 720);
    assertThat(again.lastFolder()).isEqualTo(dir.toAbsolutePath());
    assertThat(again.recentFiles())
        .hasSize(SessionPrefs.MAX_RECENT)
        .startsWith(dir.resolve("s3.json"), dir.resolve("s9.json"), dir.resolve("s8.json"))
        .doesNotContain(dir.resolve("s0.json"), dir.resolve("s1.json"))
        .doesNotHaveDuplicates();
  }

  @Test
  void theTestsKeepThemInMemory() {
    assertThat(System.getProperty(SessionPrefs.NODE_PROPERTY)).isEqualTo(SessionPrefs.MEMORY);
    SessionPrefs memory = SessionPrefs.fromSystem();
    memory.setWindowSize(800, 600);
    assertThat(memory.windowSize()).containsExactly(800, 600);
    assertThat(SessionPrefs.fromSystem().windowSize()).isNull();
  }
}
