package lab.backprop.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What the OS says about the thread's nice value, read here from {@code /proc} (the test's own
 * parse, not {@link BackgroundPriority#currentNice}), against what {@link BackgroundPriority} did
 * and returned. Skipped only where there is no {@code /proc/thread-self}.
 */
class BackgroundPriorityTest {
  @Test
  void lowersOnlyTheCallingThreadAndSaysWhetherItDid() throws Exception {
    assumeTrue(Files.exists(Path.of("/proc/thread-self")), "Linux /proc only");
    int mine = osNice();
    assertThat(BackgroundPriority.currentNice()).isEqualTo(mine);

    AtomicInteger before = new AtomicInteger();
    AtomicBoolean lowered = new AtomicBoolean();
    AtomicInteger after = new AtomicInteger();
    AtomicInteger reported = new AtomicInteger();
    Thread t =
        new Thread(
            () -> {
              before.set(osNice());
              lowered.set(BackgroundPriority.lowerCurrentThread());
              after.set(osNice());
              reported.set(BackgroundPriority.currentNice());
            });
    t.start();
    t.join();

    assertThat(before.get()).as("a new thread starts with its creator's nice").isEqualTo(mine);
    assertThat(reported.get()).as("currentNice() is what /proc says").isEqualTo(after.get());
    if (!onPath("renice")) {
      assertThat(lowered.get()).as("no renice: nothing done, nothing claimed").isFalse();
      assertThat(after.get()).isEqualTo(before.get());
    } else if (before.get() <= BackgroundPriority.NICE) {
      // raising one's own nice value needs no privilege
      assertThat(lowered.get()).as("renice is on the PATH").isTrue();
      assertThat(after.get()).isEqualTo(BackgroundPriority.NICE);
    } else {
      // lowering it back to NICE needs privilege: either way, the result says what happened
      assertThat(after.get()).isEqualTo(lowered.get() ? BackgroundPriority.NICE : before.get());
    }
    assertThat(osNice()).as("the caller's own thread").isEqualTo(mine);
  }

  @Test
  void aReniceThatFailsIsReportedAsNotDone() {
    // no process has the largest id (Linux ids stop at pid_max, at most 2^22): renice says "no such
    // process" and exits 1; where there is no renice at all, nothing is done either
    assertThat(Path.of("/proc/" + Integer.MAX_VALUE)).doesNotExist();
    assertThat(BackgroundPriority.renice(Integer.toString(Integer.MAX_VALUE))).isFalse();
  }

  /** Field 19 (nice) of /proc/thread-self/stat, after the command name in parentheses. */
  private static int osNice() {
    try {
      String stat = Files.readString(Path.of("/proc/thread-self/stat")).strip();
      String[] afterName = stat.substring(stat.lastIndexOf(')') + 1).strip().split("\\s+");
      return Integer.parseInt(afterName[19 - 3]); // afterName[0] is field 3 (state)
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }
}
