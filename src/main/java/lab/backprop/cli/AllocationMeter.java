package lab.backprop.cli;

import java.lang.management.ManagementFactory;

/** Bytes allocated so far by the current thread, where the JVM can tell (HotSpot can). */
final class AllocationMeter {
  private static final com.sun.management.ThreadMXBean THREADS = threads();

  private AllocationMeter() {}

  private static com.sun.management.ThreadMXBean threads() {
    try {
      if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
          && t.isThreadAllocatedMemorySupported()) {
        t.setThreadAllocatedMemoryEnabled(true);
        return t;
      }
    } catch (UnsupportedOperationException | LinkageError e) {
      // no measurement on this JVM
    }
    return null;
  }

  static boolean available() {
    return THREADS != null;
  }

  /** Bytes the current thread has allocated, or 0 when unavailable. */
  static long bytes() {
    return THREADS == null ? 0 : THREADS.getCurrentThreadAllocatedBytes();
  }
}
