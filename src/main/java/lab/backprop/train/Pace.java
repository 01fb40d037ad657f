package lab.backprop.train;

/**
 * The clock arithmetic of playing at a chosen speed (the trainer's ticks, the runs side by side),
 * kept apart from the threads so that it can be checked with made-up times.
 */
final class Pace {
  /** A late wake-up (a busy machine) is made up for by at most this much time's steps at once. */
  static final long CATCH_UP_NANOS = 25_000_000L;

  private Pace() {}

  /** The nanoseconds between two steps at {@code stepsPerSecond}. */
  static long period(double stepsPerSecond) {
    return (long) (1e9 / stepsPerSecond);
  }

  /**
   * The steps due at {@code now} (at or after {@code nextTick}): one per tick passed, at least 1,
   * and no more than {@link #CATCH_UP_NANOS} worth of them.
   */
  static long due(long now, long nextTick, long period) {
    return Math.max(
        1, Math.min((now - nextTick) / period + 1, Math.max(1, CATCH_UP_NANOS / period)));
  }

  /**
   * The tick after {@code steps} steps taken at {@code now}: a period on from the last one, but not
   * further back than {@link #CATCH_UP_NANOS} (or a period) before now, so that a long stall is not
   * made up for all at once.
   */
  static long next(long nextTick, long steps, long period, long now) {
    return Math.max(nextTick + steps * period, now - Math.max(period, CATCH_UP_NANOS));
  }

  /**
   * The epochs per round at full speed, after a round of {@code epochs} took {@code nanos}: doubled
   * (up to a million) when it took less than half of {@code wantedNanos}, halved (down to 1) when
   * more than twice.
   */
  static long adaptRound(long epochs, long nanos, long wantedNanos) {
    if (nanos < wantedNanos / 2) {
      return Math.min(epochs * 2, 1_000_000);
    }
    if (nanos > wantedNanos * 2 && epochs > 1) {
      return epochs / 2;
    }
    return epochs;
  }
}
