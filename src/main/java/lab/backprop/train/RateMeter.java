package lab.backprop.train;

/** Epochs per second over a sliding window of recent (time, epoch) samples. */
final class RateMeter {
  private static final int SLOTS = 256;
  private final long windowNanos;
  private final long[] time = new long[SLOTS];
  private final double[] value = new double[SLOTS];
  private int head;
  private int count;

  RateMeter(long windowNanos) {
    this.windowNanos = windowNanos;
  }

  void clear() {
    count = 0;
  }

  /** Records that {@code epochs} had been reached at {@code nanos}. */
  void record(long nanos, double epochs) {
    if (epochs < value[head]) {
      count = 0; // a reset: the old samples measure another run
    }
    head = (head + 1) % SLOTS;
    time[head] = nanos;
    value[head] = epochs;
    if (count < SLOTS) {
      count++;
    }
  }

  /**
   * Rate between the oldest sample within the window (or the one just before it) and the newest.
   */
  double perSecond() {
    if (count < 2) {
      return 0;
    }
    long now = time[head];
    int oldest = head;
    for (int k = 1; k < count; k++) {
      int idx = Math.floorMod(head - k, SLOTS);
      oldest = idx;
      if (now - time[idx] >= windowNanos) {
        break;
      }
    }
    long dt = now - time[oldest];
    return dt <= 0 ? 0 : (value[head] - value[oldest]) * 1e9 / dt;
  }
}
