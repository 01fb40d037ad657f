package lab.backprop.train;

import java.util.List;
import lab.backprop.nn.FrozenNetwork;

/**
 * The epochs of the run the trainer keeps to go back to (see {@link Command.Rewind}), oldest first,
 * as published in {@link Snapshot#rewind()}. Immutable.
 */
public final class Rewind {
  public static final Rewind EMPTY = new Rewind(List.of());

  /**
   * One kept epoch.
   *
   * @param epoch completed epochs
   * @param network the weights then
   * @param exact whether resuming from here goes on bit for bit as the run did (the optimizer's
   *     state is kept); otherwise the optimizer restarts
   */
  public record Point(long epoch, FrozenNetwork network, boolean exact) {}

  private final List<Point> points;

  private Rewind(List<Point> points) {
    this.points = points;
  }

  static Rewind of(List<RewindPoint> kept) {
    return new Rewind(
        kept.stream().map(p -> new Point(p.epoch(), p.network(), p.exact())).toList());
  }

  public List<Point> points() {
    return points;
  }

  public int size() {
    return points.size();
  }

  public boolean isEmpty() {
    return points.isEmpty();
  }

  public Point get(int k) {
    return points.get(k);
  }

  /** The kept epochs, oldest first. */
  public long[] epochs() {
    return points.stream().mapToLong(Point::epoch).toArray();
  }

  /** The index of the point at {@code epoch}, or −1. */
  public int indexOf(long epoch) {
    for (int k = 0; k < points.size(); k++) {
      if (points.get(k).epoch() == epoch) {
        return k;
      }
    }
    return -1;
  }

  /** The most bytes the trainer keeps for these points (64 MiB), for the README and tooltips. */
  public static long maxBytes() {
    return RewindStore.MAX_BYTES;
  }
}
