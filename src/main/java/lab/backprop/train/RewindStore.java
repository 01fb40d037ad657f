package lab.backprop.train;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@link RewindPoint}s of a run, dense recently and thinned further back, within {@link
 * #MAX_BYTES}. With C the capacity ({@link #capacity}: at most {@link #MAX_POINTS}, and as many
 * points of the newest one's size as fit in {@link #MAX_BYTES}), D = ⌈C/2⌉ the dense window and M =
 * C − D − 1, the points kept at epoch E are:
 *
 * <ul>
 *   <li>the first point of the run (its start, or where an opened session stood);
 *   <li>every point of the last D epochs (epochs E − D + 1 … E);
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
   * replaces them) and thins the older ones.
   */
  void add(RewindPoint p) {
    dropFrom(p.epoch());
    points.add(p);
    bytes += p.bytes();
    thin(capacity(p.bytes()));
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
  }

  private void thin(int capacity) {
    int dense = (capacity + 1) / 2;
    int older = capacity - dense - 1;
    long newest = points.get(points.size() - 1).epoch();
    while (true) {
      int count = 0;
      for (int k = 1; k < points.size(); k++) {
        long e = points.get(k).epoch();
        if (newest - e >= dense && e % stride == 0) {
          count++;
        }
      }
      if (count <= older) {
        break;
      }
      stride *= 2;
    }
    List<RewindPoint> kept = new ArrayList<>(points.size());
    long keptBytes = 0;
    for (int k = 0; k < points.size(); k++) {
      RewindPoint p = points.get(k);
      long e = p.epoch();
      if (k == 0 || newest - e < dense || e % stride == 0) {
        kept.add(p);
        keptBytes += p.bytes();
      }
    }
    while (keptBytes > MAX_BYTES && kept.size() > 2) {
      keptBytes -= kept.remove(1).bytes();
    }
    points.clear();
    points.addAll(kept);
    bytes = keptBytes;
  }

  void clear() {
    points.clear();
    bytes = 0;
    stride = 1;
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

  /** The newest point, or null. */
  RewindPoint newest() {
    return points.isEmpty() ? null : points.get(points.size() - 1);
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
