package lab.backprop.train;

import java.util.Arrays;

/**
 * The growing side of {@link History}: bounded in memory however long training runs. Points are
 * kept at every {@code stride}-th append; when {@code capacity} points are kept, every other one is
 * dropped and the stride doubles, so the kept points stay evenly spread over the whole run. The
 * newest append is always visible (as a "pending" last point until its turn to be kept comes). Not
 * thread-safe: owned by the trainer thread; {@link #view()} gives immutable copies.
 */
public final class HistoryBuffer {
  public static final int DEFAULT_CAPACITY = 2048;

  /**
   * Epoch, the four metrics, and the break: 0, or 1 + the ordinal of the row's {@link CurveBreak}.
   */
  private static final int COLUMNS = 6;

  private static final int BREAK = 5;

  private static final CurveBreak[] BREAKS = CurveBreak.values();

  private final int capacity;
  private final double[][] kept;
  private final double[] pending = new double[COLUMNS];
  private final double[] incoming = new double[COLUMNS];
  private boolean hasPending;
  private int size;
  private long appends;
  private long stride = 1;
  private History view = History.EMPTY;
  private boolean viewStale;
  private CurveBreak lastBreak;
  private double lastBreakEpoch;

  public HistoryBuffer() {
    this(DEFAULT_CAPACITY);
  }

  /**
   * @param capacity most points a view holds; even, at least 4
   */
  public HistoryBuffer(int capacity) {
    if (capacity < 4 || capacity % 2 != 0) {
      throw new IllegalArgumentException("capacity must be even and >= 4, got " + capacity);
    }
    this.capacity = capacity;
    this.kept = new double[COLUMNS][capacity];
  }

  public int capacity() {
    return capacity;
  }

  /**
   * Adds a point. A point at an epoch not after the last one replaces the last one's values (e.g. a
   * metric measured again after a change while paused), unless the last one is a gap.
   */
  public void append(
      double epoch, double trainLoss, double testLoss, double trainAccuracy, double testAccuracy) {
    viewStale = true;
    if (lastEpoch() >= epoch && !lastIsGap()) {
      if (hasPending) {
        set(pending, epoch, trainLoss, testLoss, trainAccuracy, testAccuracy);
      } else {
        size--;
        set(incoming, epoch, trainLoss, testLoss, trainAccuracy, testAccuracy);
        keep(incoming);
      }
      return;
    }
    if (appends % stride == 0) {
      hasPending = false;
      set(incoming, epoch, trainLoss, testLoss, trainAccuracy, testAccuracy);
      keep(incoming);
    } else {
      set(pending, epoch, trainLoss, testLoss, trainAccuracy, testAccuracy);
      hasPending = true;
    }
    appends++;
  }

  /**
   * Marks a divergence at {@code epoch}, after which earlier weights were restored: {@link
   * #appendGap(double, CurveBreak)} with {@link CurveBreak#DIVERGED}.
   */
  public void appendGap(double epoch) {
    appendGap(epoch, CurveBreak.DIVERGED);
  }

  /**
   * Marks a break in the curves at {@code epoch}: a row of NaN metrics, labelled with why, that is
   * always kept, so that no line is drawn across it. A break of the same kind at the same epoch as
   * the last one adds nothing.
   */
  public void appendGap(double epoch, CurveBreak why) {
    if (why == lastBreak && epoch <= lastBreakEpoch) {
      return; // nothing trained since the same break (a data slider being dragged)
    }
    lastBreak = why;
    lastBreakEpoch = epoch;
    viewStale = true;
    if (hasPending) {
      keep(pending);
      hasPending = false;
    }
    double[] gap = {epoch, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 1 + why.ordinal()};
    keep(gap);
    appends++;
  }

  private void keep(double[] row) {
    int k = size++;
    for (int c = 0; c < COLUMNS; c++) {
      kept[c][k] = row[c];
    }
    if (size == capacity) {
      decimate();
    }
  }

  private boolean lastIsGap() {
    return !hasPending && size > 0 && kept[BREAK][size - 1] != 0;
  }

  private static void set(double[] p, double e, double trl, double tel, double tra, double tea) {
    p[0] = e;
    p[1] = trl;
    p[2] = tel;
    p[3] = tra;
    p[4] = tea;
    p[BREAK] = 0;
  }

  /**
   * Keeps the even-indexed points, or the odd one of a pair when it is a gap; the dropped newest
   * one stays visible as pending.
   */
  private void decimate() {
    for (int c = 0; c < COLUMNS; c++) {
      pending[c] = kept[c][size - 1];
    }
    for (int k = 0; 2 * k < size; k++) {
      int from = 2 * k + 1 < size && kept[BREAK][2 * k + 1] != 0 ? 2 * k + 1 : 2 * k;
      for (int c = 0; c < COLUMNS; c++) {
        kept[c][k] = kept[c][from];
      }
    }
    hasPending = true;
    size /= 2;
    stride *= 2;
  }

  private double lastEpoch() {
    if (hasPending) {
      return pending[0];
    }
    return size == 0 ? Double.NEGATIVE_INFINITY : kept[0][size - 1];
  }

  /**
   * Drops the points after {@code epoch} (the run went back there); the stride stays, so the points
   * kept before stay evenly spread.
   */
  public void truncateAfter(double epoch) {
    if (hasPending && pending[0] > epoch) {
      hasPending = false;
      viewStale = true;
    }
    while (size > 0 && kept[0][size - 1] > epoch) {
      size--;
      viewStale = true;
    }
    lastBreak = null;
    for (int k = size - 1; k >= 0; k--) {
      if (kept[BREAK][k] != 0) {
        lastBreak = BREAKS[(int) kept[BREAK][k] - 1];
        lastBreakEpoch = kept[0][k];
        break;
      }
    }
  }

  /** An independent copy: the same points, stride and pending point. */
  public HistoryBuffer copy() {
    HistoryBuffer c = new HistoryBuffer(capacity);
    for (int col = 0; col < COLUMNS; col++) {
      System.arraycopy(kept[col], 0, c.kept[col], 0, size);
    }
    System.arraycopy(pending, 0, c.pending, 0, COLUMNS);
    c.hasPending = hasPending;
    c.size = size;
    c.appends = appends;
    c.stride = stride;
    c.view = view;
    c.viewStale = viewStale;
    c.lastBreak = lastBreak;
    c.lastBreakEpoch = lastBreakEpoch;
    return c;
  }

  /**
   * Everything a buffer holds, to save and {@link #restore} it: the points a view shows, whether
   * the last of them is the pending one, the count of appends and the stride of kept points.
   */
  public record Saved(History points, boolean lastPending, long appends, long stride) {
    /**
     * @throws IllegalArgumentException naming the first value a buffer cannot hold
     */
    public Saved {
      java.util.Objects.requireNonNull(points, "points");
      if (stride < 1 || Long.bitCount(stride) != 1) {
        throw new IllegalArgumentException("stride is " + stride + ", expected a power of 2");
      }
      if (lastPending && points.isEmpty()) {
        throw new IllegalArgumentException("last_pending is true, but there are no points");
      }
      int kept = points.size() - (lastPending ? 1 : 0);
      if (kept >= DEFAULT_CAPACITY) {
        throw new IllegalArgumentException(
            "history holds "
                + points.size()
                + " points, at most "
                + DEFAULT_CAPACITY
                + " are kept");
      }
      if (appends < kept) {
        throw new IllegalArgumentException(
            "appends is " + appends + ", fewer than the " + kept + " points kept");
      }
      for (int k = 0; k < points.size(); k++) {
        if (!Double.isFinite(points.epoch(k)) || points.epoch(k) < 0) {
          throw new IllegalArgumentException(
              "epoch[" + k + "] is " + points.epoch(k) + ", expected a finite number >= 0");
        }
      }
    }
  }

  /** What this buffer holds (see {@link Saved}). */
  public Saved saved() {
    return new Saved(view(), hasPending, appends, stride);
  }

  /** A buffer of the default capacity holding exactly what {@code saved} describes. */
  public static HistoryBuffer restore(Saved saved) {
    HistoryBuffer h = new HistoryBuffer();
    History p = saved.points();
    int kept = p.size() - (saved.lastPending() ? 1 : 0);
    for (int k = 0; k < p.size(); k++) {
      double[] row = k < kept ? null : h.pending;
      CurveBreak why = p.curveBreak(k);
      double[] values = {
        p.epoch(k),
        p.trainLoss(k),
        p.testLoss(k),
        p.trainAccuracy(k),
        p.testAccuracy(k),
        why == null ? 0 : 1 + why.ordinal()
      };
      if (why != null) {
        h.lastBreak = why;
        h.lastBreakEpoch = p.epoch(k);
      }
      for (int c = 0; c < COLUMNS; c++) {
        if (row == null) {
          h.kept[c][k] = values[c];
        } else {
          row[c] = values[c];
        }
      }
    }
    h.size = kept;
    h.hasPending = saved.lastPending();
    h.appends = saved.appends();
    h.stride = saved.stride();
    h.viewStale = true;
    return h;
  }

  /** Number of points a view holds now (at most {@link #capacity()}). */
  public int size() {
    return size + (hasPending ? 1 : 0);
  }

  public void clear() {
    size = 0;
    hasPending = false;
    appends = 0;
    stride = 1;
    view = History.EMPTY;
    viewStale = false;
    lastBreak = null;
  }

  /** An immutable copy; the same object until the next change. */
  public History view() {
    if (viewStale) {
      int n = size();
      double[][] cols = new double[BREAK][];
      for (int c = 0; c < BREAK; c++) {
        cols[c] = Arrays.copyOf(kept[c], n);
        if (hasPending) {
          cols[c][n - 1] = pending[c];
        }
      }
      byte[] breaks = new byte[n];
      for (int k = 0; k < n; k++) {
        breaks[k] = (byte) (hasPending && k == n - 1 ? pending[BREAK] : kept[BREAK][k]);
      }
      view = new History(cols[0], cols[1], cols[2], cols[3], cols[4], breaks);
      viewStale = false;
    }
    return view;
  }
}
