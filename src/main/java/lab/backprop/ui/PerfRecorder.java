package lab.backprop.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * Frame intervals (from AnimationTimer timestamps, counted only while training runs) and the
 * trainer's epochs per second averaged over the time it ran, for {@code --perf-report}.
 */
public final class PerfRecorder {
  private double[] intervalsMs = new double[1024];
  private int count;
  private long lastFrameNanos = -1;
  private double runSeconds;
  private double epochsWhileRunning;
  private double lastEpoch = Double.NaN;

  /**
   * One frame at {@code nanos}; {@code running} and {@code epochProgress} from the newest snapshot.
   */
  public void frame(long nanos, boolean running, double epochProgress) {
    if (lastFrameNanos >= 0 && running) {
      double ms = (nanos - lastFrameNanos) / 1e6;
      if (count == intervalsMs.length) {
        intervalsMs = Arrays.copyOf(intervalsMs, count * 2);
      }
      intervalsMs[count++] = ms;
      runSeconds += ms / 1000;
      if (!Double.isNaN(lastEpoch) && epochProgress >= lastEpoch) {
        epochsWhileRunning += epochProgress - lastEpoch;
      }
    }
    lastFrameNanos = nanos;
    lastEpoch = running ? epochProgress : Double.NaN;
  }

  public int frames() {
    return count;
  }

  /** The q-quantile (nearest rank) of the recorded frame intervals, NaN if none. */
  public double quantileMs(double q) {
    if (count == 0) {
      return Double.NaN;
    }
    double[] sorted = Arrays.copyOf(intervalsMs, count);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(q * count);
    return sorted[Math.max(0, Math.min(count - 1, rank - 1))];
  }

  public double maxMs() {
    return quantileMs(1);
  }

  public double epochsPerSecond() {
    return runSeconds > 0 ? epochsWhileRunning / runSeconds : 0;
  }

  /** Peak heap use over the process's life, summed over heap pools, in MiB. */
  public static double peakHeapMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / (1024.0 * 1024.0);
  }

  /** The report as JSON text. */
  public String toJson() {
    ObjectMapper m = new ObjectMapper();
    ObjectNode root = m.createObjectNode();
    ObjectNode frame = root.putObject("frame_ms");
    frame.put("median", round(quantileMs(0.5)));
    frame.put("p95", round(quantileMs(0.95)));
    frame.put("p99", round(quantileMs(0.99)));
    frame.put("max", round(maxMs()));
    root.put("epochs_per_s", round(epochsPerSecond()));
    root.put("peak_heap_mb", round(peakHeapMb()));
    root.put("frames", count);
    try {
      return m.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public void write(Path file) throws IOException {
    AtomicFiles.write(file, toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static double round(double v) {
    return Double.isFinite(v) ? Math.round(v * 1000) / 1000.0 : -1;
  }

  /** Atomic writes: a temporary file in the same folder, then an atomic move. */
  static final class AtomicFiles {
    private AtomicFiles() {}

    static void write(Path file, byte[] bytes) throws IOException {
      Path target = file.toAbsolutePath();
      Path dir = target.getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      try {
        Files.write(tmp, bytes);
        try {
          Files.setPosixFilePermissions(
              tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
          // not a POSIX file system: keep the default permissions
        }
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
  }
}
