package lab.backprop.ui.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Arrays;
import lab.backprop.io.AtomicFiles;

/**
 * Frame intervals (from AnimationTimer timestamps, counted only while training runs) and the
 * trainer's epochs per second averaged over the time it ran, for {@code --perf-report}. Each
 * interval is also tagged with the views updated in the frame before it (whose repaint it
 * includes), so the report shows which view's repaint makes frames long.
 */
public final class PerfRecorder {
  /** View bits for {@link #updated(int)}. */
  public static final int BOUNDARY = 1;

  public static final int DIAGRAM = 2;
  public static final int CHARTS = 4;
  public static final int STATUS = 8;

  private static final String[] VIEW_NAMES = {"boundary", "diagram", "charts", "status"};

  private double[] intervalsMs = new double[1024];
  private byte[] updatedBefore = new byte[1024];
  private int updatedNow;
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
        updatedBefore = Arrays.copyOf(updatedBefore, count * 2);
      }
      updatedBefore[count] = (byte) updatedNow;
      intervalsMs[count++] = ms;
      runSeconds += ms / 1000;
      if (!Double.isNaN(lastEpoch) && epochProgress >= lastEpoch) {
        epochsWhileRunning += epochProgress - lastEpoch;
      }
    }
    lastFrameNanos = nanos;
    lastEpoch = running ? epochProgress : Double.NaN;
    updatedNow = 0;
  }

  /** Marks a view (a bit such as {@link #BOUNDARY}) as updated in the current frame. */
  public void updated(int view) {
    updatedNow |= view;
  }

  public int frames() {
    return count;
  }

  /** The q-quantile (nearest rank) of the recorded frame intervals, NaN if none. */
  public double quantileMs(double q) {
    return quantile(Arrays.copyOf(intervalsMs, count), q);
  }

  /**
   * The q-quantile of the intervals that followed a frame updating exactly the views in {@code
   * views} (0: none), NaN if none.
   */
  public double quantileMsAfter(int views, double q) {
    return quantile(intervalsAfter(views), q);
  }

  /** How many intervals followed a frame updating exactly the views in {@code views}. */
  public int framesAfter(int views) {
    return intervalsAfter(views).length;
  }

  private double[] intervalsAfter(int views) {
    double[] picked = new double[count];
    int n = 0;
    for (int i = 0; i < count; i++) {
      if (updatedBefore[i] == views) {
        picked[n++] = intervalsMs[i];
      }
    }
    return Arrays.copyOf(picked, n);
  }

  private static double quantile(double[] values, double q) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
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
    // intervals by what the frame before updated (one line per combination that occurred)
    ObjectNode after = root.putObject("frame_ms_after_update");
    for (int views = 0; views < 1 << VIEW_NAMES.length; views++) {
      int n = framesAfter(views);
      if (n > 0) {
        ObjectNode v = after.putObject(viewNames(views));
        v.put("frames", n);
        v.put("median", round(quantileMsAfter(views, 0.5)));
        v.put("p95", round(quantileMsAfter(views, 0.95)));
        v.put("max", round(quantileMsAfter(views, 1)));
      }
    }
    try {
      return m.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public void write(Path file) throws IOException {
    AtomicFiles.writeString(file, toJson());
  }

  static String viewNames(int views) {
    if (views == 0) {
      return "none";
    }
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < VIEW_NAMES.length; k++) {
      if ((views & (1 << k)) != 0) {
        b.append(b.length() > 0 ? "+" : "").append(VIEW_NAMES[k]);
      }
    }
    return b.toString();
  }

  private static double round(double v) {
    return Double.isFinite(v) ? Math.round(v * 1000) / 1000.0 : -1;
  }
}
