package lab.backprop.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Lowers the CPU priority of the calling thread (Linux: its nice value), so that a thread which
 * trains as fast as a core allows gives way to the window's threads when all cores are busy, and
 * still has every cycle they leave. Java's own thread priorities are ignored on Linux. Best effort:
 * where there is no {@code /proc/thread-self} or no {@code renice}, nothing changes.
 */
final class BackgroundPriority {
  /** The nice value asked for: CFS then weighs the thread about a third of a normal one. */
  static final int NICE = 5;

  private BackgroundPriority() {}

  /** Returns whether the priority was lowered. */
  static boolean lowerCurrentThread() {
    Path self = Path.of("/proc/thread-self");
    if (!Files.exists(self)) {
      return false;
    }
    try {
      // "/proc/thread-self" links to "<pid>/task/<tid>"
      return renice(Files.readSymbolicLink(self).getFileName().toString());
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /** Gives thread (or process) {@code tid} the nice value {@link #NICE}; returns whether it did. */
  static boolean renice(String tid) {
    try {
      Process p =
          new ProcessBuilder("renice", "-n", Integer.toString(NICE), "-p", tid)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The nice value of the calling thread, or null where it cannot be read. */
  static Integer currentNice() {
    try {
      // field 19 of /proc/thread-self/stat; the command name (field 2) may hold spaces
      String stat = Files.readString(Path.of("/proc/thread-self/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Integer.parseInt(f[16]);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Daemon threads named {@code prefix-1}, {@code prefix-2}, … that lower their own priority before
   * running their task (the workers of sweeps and of runs side by side).
   */
  public static java.util.concurrent.ThreadFactory threads(String prefix) {
    java.util.concurrent.atomic.AtomicInteger count =
        new java.util.concurrent.atomic.AtomicInteger();
    return task -> {
      Thread t =
          new Thread(
              () -> {
                lowerCurrentThread();
                task.run();
              },
              prefix + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
