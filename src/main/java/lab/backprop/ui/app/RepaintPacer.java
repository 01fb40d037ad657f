package lab.backprop.ui.app;

/**
 * Spaces out a costly repaint while training, so that it takes about 1 / {@code share} of the time
 * at most and makes at most one frame in {@link #FRAMES_PER_HITCH} long: the gap after a repaint
 * grows with what the repaint cost, read off the two frame intervals after it (the render thread
 * draws frame k while the FX thread prepares frame k + 1, so a slow drawing shows up in either
 * interval), and is never longer than {@code maxGap}. Times in nanoseconds, FX thread only.
 */
final class RepaintPacer {
  /** The time of one frame at 60 frames a second. */
  static final long FRAME_NANOS = 16_666_667L;

  /** A repaint that makes a frame this much longer shows as a hitch ... */
  static final long HITCH_NANOS = 3_000_000L;

  /** ... and may come once in this many frames at most. */
  static final int FRAMES_PER_HITCH = 40;

  private final long minGap;
  private final long maxGap;
  private final int share;
  private long gap;
  private long last = Long.MIN_VALUE / 2;
  private long previousFrame = -1;
  private int framesSince = Integer.MAX_VALUE;
  private long cost;

  RepaintPacer(long minGap, long maxGap, int share) {
    this.minGap = minGap;
    this.maxGap = maxGap;
    this.share = share;
    this.gap = minGap;
  }

  /** Called at the start of every frame. */
  void frame(long now) {
    if (framesSince <= 2 && previousFrame >= 0) {
      cost = Math.max(cost, now - previousFrame - FRAME_NANOS);
      if (framesSince == 2) {
        long wanted = share * cost;
        if (cost >= HITCH_NANOS) {
          wanted = Math.max(wanted, FRAMES_PER_HITCH * FRAME_NANOS);
        }
        gap = Math.max(minGap, Math.min(maxGap, wanted));
      }
    }
    if (framesSince < Integer.MAX_VALUE) {
      framesSince++;
    }
    previousFrame = now;
  }

  /** Whether a repaint is due at {@code now} (never before the last one's cost is known). */
  boolean due(long now) {
    return framesSince > 2 && now - last >= gap;
  }

  /** A repaint happened in the frame at {@code now}. */
  void repainted(long now) {
    last = now;
    framesSince = 0;
    cost = 0;
  }

  /** The current least gap between repaints. */
  long gap() {
    return gap;
  }
}
