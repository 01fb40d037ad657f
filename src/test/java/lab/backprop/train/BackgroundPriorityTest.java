package lab.backprop.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BackgroundPriorityTest {
  @Test
  void lowersOnlyTheCallingThread() throws Exception {
    assumeTrue(Files.exists(Path.of("/proc/thread-self")), "Linux /proc only");
    Integer mine = BackgroundPriority.currentNice();
    assertThat(mine).isNotNull();
    AtomicReference<Integer> before = new AtomicReference<>();
    AtomicReference<Boolean> lowered = new AtomicReference<>();
    AtomicReference<Integer> after = new AtomicReference<>();
    Thread t =
        new Thread(
            () -> {
              before.set(BackgroundPriority.currentNice());
              lowered.set(BackgroundPriority.lowerCurrentThread());
              after.set(BackgroundPriority.currentNice());
            });
    t.start();
    t.join();
    assumeTrue(lowered.get(), "renice is available");
    assertThat(before.get()).isEqualTo(mine);
    assertThat(after.get()).isEqualTo(Math.max(mine, BackgroundPriority.NICE));
    assertThat(BackgroundPriority.currentNice()).as("the caller's own thread").isEqualTo(mine);
  }
}
