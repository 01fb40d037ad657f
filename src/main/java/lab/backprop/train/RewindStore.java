package lab.backprop.train;

import java.util.ArrayList;

/**
 * The {@link RewindPoint}s of a run, dense recently and thinned further back, within {@link
 * #MAX_BYTES}. With C the capacity ({@link #capacity}: at most {@link #MAX_POINTS}, and as many
 * points of the newest one's size as fit in {@link #MAX_BYTES}), D = ⌈C/2⌉ the dense window and M =
 * C − D − 1, the points kept are:
 *
 * <ul>
 *   <li>the first point of the run (its start, or where an opened session stood);
 *   <li>the newest D points (when a point is added at every epoch, those of the last D epochs; at
 *       full speed the trainer adds one only every few epochs: see {@link
 *       TrainingSession#rewindPace});
 *   <li>older points at the multiples of a stride S, a power of two that doubles whenever more than
 *       M of them would be kept (it never shrinks, so a point once dropped is never wanted again).
 * </ul>
 *
 * If the points still hold more than {@link #MAX_BYTES} (the network grew since the older ones were
 * kept), the oldest after the first are dropped until they do not. Whether a new point keeps the
 * optimizer's state is decided by its size: only when at least {@link #MIN_EXACT_POINTS} such
 * points fit in the bound ({@link #keepsOptimizer}). Confined to the trainer thread; the points are
 * immutable, so a {@link #copy()} shares them.
 */
final class RewindStore {
  /** The most bytes the kept points hold, as {@link RewindPoint#bytes} counts them: 64 MiB. */
  static final long MAX_BYTES = 64L << 20;

  /** The most points kept, however small they are. */
  static final int MAX_POINTS = 256;

  /** A point keeps the optimizer's state only when this many such points fit in the bound. */
  static final int MIN_EXACT_POINTS = 32;

  private final ArrayList<RewindPoint> points = new ArrayList<>();
  private long bytes;
  private long stride = 1;

  /** The points before this index are the first and the older ones; the rest are dense. */
  private int oldEnd;

  private Rewind view = Rewind.EMPTY;

  /**
   * The capacity C for points of {@code pointBytes} each: at least 2 (the first and the newest).
   */
  static int capacity(long pointBytes) {
    return (int) Math.max(2, Math.min(MAX_POINTS, MAX_BYTES / Math.max(1, pointBytes)));
  }

  /** Whether points of a network of these sizes keep an optimizer state of {@code moments}. */
  static boolean keepsOptimizer(int[] layerSizes, int moments, int trainingRows) {
    return MAX_BYTES / RewindPoint.bytes(layerSizes, moments, trainingRows) >= MIN_EXACT_POINTS;
  }

  /**
   * Keeps {@code p} as the newest point (points at its epoch or later are dropped first: it
   * replaces them) and thins the older ones. Amortised O(1): only the points that leave the dense
   * window are looked at, and the older ones again only when the stride doubles.
   */
  void add(RewindPoint p) {
    dropFrom(p.epoch());
    points.add(p);
    bytes += p.bytes();
    int capacity = capacity(p.bytes());
    int dense = (capacity + 1) / 2;
    int older = capacity - dense - 1;
    // the points that left the dense window stay only at multiples of the stride
    // (capacity >= 2 makes dense >= 1, so the point just added is never looked at here)
    while (points.size() - oldEnd > dense) {
      if (oldEnd == 0 || points.get(oldEnd).epoch() % stride == 0) {
        oldEnd++;
      } else {
        bytes -= points.remove(oldEnd).bytes();
      }
    }
    while (oldEnd - 1 > older) {
      stride *= 2;
      for (int k = oldEnd - 1; k >= 1; k--) {
        if (points.get(k).epoch() % stride != 0) {
          bytes -= points.remove(k).bytes();
          oldEnd--;
        }
      }
    }
    while (bytes > MAX_BYTES && points.size() > 2) {
      bytes -= points.remove(1).bytes();
      oldEnd = Math.max(1, oldEnd - 1);
    }
    view = null;
  }

  /** Drops the points after {@code epoch}. */
  void dropAfter(long epoch) {
    dropFrom(epoch + 1);
    view = null;
  }

  private void dropFrom(long epoch) {
    while (!points.isEmpty() && points.get(points.size() - 1).epoch() >= epoch) {
      bytes -= points.remove(points.size() - 1).bytes();
    }
    oldEnd = Math.min(oldEnd, points.size());
  }

  void clear() {
    points.clear();
    bytes = 0;
    stride = 1;
    oldEnd = 0;
    view = Rewind.EMPTY;
  }

  /** The point kept at {@code epoch}, or null. */
  RewindPoint at(long epoch) {
    for (RewindPoint p : points) {
      if (p.epoch() == epoch) {
        return p;
      }
    }
    return null;
  }

  int size() {
    return points.size();
  }

  /** The bytes the kept points hold. */
  long bytes() {
    return bytes;
  }

  /** The stride S of the older points. */
  long stride() {
    return stride;
  }

  /** The kept epochs, oldest first. */
  long[] epochs() {
    return points.stream().mapToLong(RewindPoint::epoch).toArray();
  }

  /** An independent store holding the same (shared, immutable) points. */
  RewindStore copy() {
    RewindStore c = new RewindStore();
    c.points.addAll(points);
    c.bytes = bytes;
    c.stride = stride;
    c.oldEnd = oldEnd;
    c.view = view;
    return c;
  }

  /** What other threads see; the same object until the next change. */
  Rewind view() {
    if (view == null) {
      view = Rewind.of(points);
    }
    return view;
  }
}
