package lab.backprop.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HistoryBufferTest {

  @Test
  void aMillionPointsStayBoundedAndCoverTheWholeRun() {
    HistoryBuffer buffer = new HistoryBuffer(2048);
    for (int e = 0; e < 1_000_000; e++) {
      buffer.append(e, 1.0 / (e + 1), 2.0 / (e + 1), 0.5, 0.25);
      assertThat(buffer.size()).isLessThanOrEqualTo(2048);
    }
    History h = buffer.view();
    assertThat(h.size()).isBetween(1024, 2048);
    assertThat(h.epoch(0)).isEqualTo(0);
    assertThat(h.epoch(h.size() - 1)).isEqualTo(999_999);
    assertThat(h.trainLoss(h.size() - 1)).isEqualTo(1.0 / 1_000_000);
    assertThat(h.testLoss(0)).isEqualTo(2.0);
    // evenly spread: all kept points but the newest sit one stride apart
    double stride = h.epoch(1) - h.epoch(0);
    assertThat(stride).isEqualTo(512); // 2^9: 1e6 / 2^9 ≈ 1953 kept points ≤ 2047
    for (int k = 1; k < h.size() - 1; k++) {
      assertThat(h.epoch(k) - h.epoch(k - 1)).isEqualTo(stride);
    }
    // values stay attached to their epoch through the decimations
    for (int k = 0; k < h.size(); k++) {
      assertThat(h.trainLoss(k)).isEqualTo(1.0 / (h.epoch(k) + 1));
    }
  }

  @Test
  void truncatingDropsTheLaterPointsAndBreaksAndKeepsTheEarlierOnes() {
    HistoryBuffer buffer = new HistoryBuffer(8);
    for (int e = 0; e < 4; e++) {
      buffer.append(e, e, e, e, e);
    }
    buffer.appendGap(3.5); // diverged: a break before the run went back
    for (int e = 4; e < 10; e++) {
      buffer.append(e, e, e, e, e);
    }
    // 0 … 3, the break at 3.5, 4, 5, 6 fill the 8 rows: one of each pair is kept (the break of
    // its pair), 0, 2, 3.5, 5; then at a stride of 2: 7 and 9 (8 was pending until 9 came)
    assertThat(buffer.view().epochs()).containsExactly(0, 2, 3.5, 5, 7, 9);
    buffer.truncateAfter(6);
    History h = buffer.view();
    assertThat(h.epochs()).containsExactly(0, 2, 3.5, 5);
    assertThat(h.isGap(2)).isTrue();
    assertThat(h.curveBreak(2)).isEqualTo(CurveBreak.DIVERGED);
    buffer.truncateAfter(3);
    assertThat(buffer.view().epochs()).containsExactly(0, 2);
    // the break went with the epochs after 3: a break at the same epoch is drawn again
    buffer.appendGap(2.5);
    assertThat(buffer.view().isGap(2)).isTrue();
    buffer.append(3, 3, 3, 3, 3);
    assertThat(buffer.view().epochs()).containsExactly(0, 2, 2.5, 3);
  }

  @Test
  void smallRunsKeepEveryPoint() {
    HistoryBuffer buffer = new HistoryBuffer(8);
    for (int e = 0; e < 7; e++) {
      buffer.append(e, e, e, e, e);
    }
    assertThat(buffer.view().epochs()).containsExactly(0, 1, 2, 3, 4, 5, 6);
    buffer.append(7, 7, 7, 7, 7); // 8th point: decimated to 0,2,4,6 plus the newest
    assertThat(buffer.view().epochs()).containsExactly(0, 2, 4, 6, 7);
    buffer.append(8, 8, 8, 8, 8); // kept (stride 2)
    buffer.append(9, 9, 9, 9, 9); // pending
    assertThat(buffer.view().epochs()).containsExactly(0, 2, 4, 6, 8, 9);
  }

  @Test
  void aPointAtTheSameEpochReplacesTheLastOne() {
    HistoryBuffer buffer = new HistoryBuffer(8);
    buffer.append(0, 1, 1, 0.5, 0.5);
    buffer.append(1, 0.9, 0.95, 0.6, 0.55);
    buffer.append(1, 0.8, 0.85, 0.7, 0.65);
    History h = buffer.view();
    assertThat(h.epochs()).containsExactly(0, 1);
    assertThat(h.trainLoss(1)).isEqualTo(0.8);
    assertThat(h.testAccuracy(1)).isEqualTo(0.65);
  }

  @Test
  void viewsAreImmutableAndReusedUntilAChange() {
    HistoryBuffer buffer = new HistoryBuffer(8);
    buffer.append(0, 1, 1, 0, 0);
    History first = buffer.view();
    assertThat(buffer.view()).isSameAs(first);
    buffer.append(1, 2, 2, 0, 0);
    assertThat(first.size()).isEqualTo(1);
    assertThat(buffer.view().size()).isEqualTo(2);
    buffer.clear();
    assertThat(buffer.view().isEmpty()).isTrue();
  }

  @Test
  void aGapIsKeptThroughDecimationsAndNotReplacedByThePointAfterIt() {
    HistoryBuffer buffer = new HistoryBuffer(8);
    buffer.append(0, 1, 1, 0.5, 0.5);
    buffer.append(1, 0.9, 1, 0.5, 0.5);
    buffer.appendGap(1.5);
    buffer.append(1.5, 0.8, 0.9, 0.6, 0.6); // the restored weights, measured at the same epoch
    History h = buffer.view();
    assertThat(h.epochs()).containsExactly(0, 1, 1.5, 1.5);
    assertThat(h.isGap(2)).isTrue();
    assertThat(h.trainLoss(3)).isEqualTo(0.8);

    for (int e = 2; e < 200; e++) {
      buffer.append(e, 1.0 / e, 1, 0.5, 0.5);
    }
    History later = buffer.view();
    assertThat(later.size()).isLessThanOrEqualTo(8);
    long gaps =
        java.util.stream.IntStream.range(0, later.size()).filter(k -> later.isGap(k)).count();
    assertThat(gaps).as("the gap survives every decimation").isEqualTo(1);
  }

  @Test
  void aBreakSaysWhyAndTheSameBreakTwiceWithoutProgressIsOne() {
    HistoryBuffer buffer = new HistoryBuffer(8);
    buffer.append(0, 1, 1, 0.5, 0.5);
    buffer.appendGap(0.5, CurveBreak.NEW_DATA);
    buffer.append(0.5, 0.9, 1, 0.5, 0.5);
    buffer.appendGap(0.5, CurveBreak.NEW_DATA); // a second data change, nothing trained between
    buffer.append(0.5, 0.8, 1, 0.5, 0.5); // replaces the point measured after the break
    buffer.append(1, 0.7, 1, 0.5, 0.5);
    buffer.appendGap(1, CurveBreak.DIVERGED);
    History h = buffer.view();
    assertThat(h.epochs()).containsExactly(0, 0.5, 0.5, 1, 1);
    assertThat(h.curveBreak(0)).isNull();
    assertThat(h.curveBreak(1)).isEqualTo(CurveBreak.NEW_DATA);
    assertThat(h.trainLoss(2)).isEqualTo(0.8);
    assertThat(h.curveBreak(4)).isEqualTo(CurveBreak.DIVERGED);
    assertThat(h.isGap(4)).isTrue();
    assertThat(CurveBreak.NEW_DATA.label()).isEqualTo("new data");
    assertThat(buffer.copy().view().curveBreak(1)).isEqualTo(CurveBreak.NEW_DATA);
  }

  @Test
  void theCapacityIsEvenAndAtLeastFour() {
    assertThat(new HistoryBuffer(4).capacity()).isEqualTo(4);
    assertThat(new HistoryBuffer().capacity()).isEqualTo(2048);
    for (int bad : new int[] {2, 3, 5, 0, -4}) {
      assertThatThrownBy(() -> new HistoryBuffer(bad))
          .as("capacity %d", bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
    // the smallest buffer: 0, 1, 2, 3 fill it, 0 and 2 stay, 3 is pending
    HistoryBuffer smallest = new HistoryBuffer(4);
    for (int e = 0; e < 4; e++) {
      smallest.append(e, e, e, e, e);
    }
    assertThat(smallest.view().epochs()).containsExactly(0, 2, 3);
    assertThat(smallest.size()).isEqualTo(3);
  }

  @Test
  void sizeCountsThePendingPoint() {
    HistoryBuffer buffer = new HistoryBuffer(8);
    for (int e = 0; e < 9; e++) {
      buffer.append(e, e, e, e, e);
    }
    // kept 0, 2, 4, 6, 8 (stride 2 after the decimation at 8 points), nothing pending
    assertThat(buffer.size()).isEqualTo(5);
    buffer.append(9, 9, 9, 9, 9); // pending
    assertThat(buffer.size()).isEqualTo(6);
    assertThat(buffer.view().size()).isEqualTo(6);
  }

  @Test
  void aPointBeforeTheLastReplacesItAlsoWhenItIsKept() {
    HistoryBuffer buffer = new HistoryBuffer(8);
    buffer.append(0, 1, 1, 0.5, 0.5);
    buffer.append(1, 0.9, 1, 0.5, 0.5);
    // the last point is kept (stride 1), not pending: measured again at an epoch not after it
    buffer.append(0.5, 0.7, 0.8, 0.6, 0.6);
    History h = buffer.view();
    assertThat(h.epochs()).containsExactly(0, 0.5);
    assertThat(h.trainLoss(1)).isEqualTo(0.7);
    assertThat(h.testLoss(1)).isEqualTo(0.8);
    assertThat(h.trainAccuracy(1)).isEqualTo(0.6);
    // and a pending last point is replaced in place
    for (int e = 2; e < 10; e++) {
      buffer.append(e, e, e, e, e);
    }
    assertThat(buffer.view().epochs()).endsWith(9);
    buffer.append(9, 0.25, 0.25, 0.25, 0.25);
    History after = buffer.view();
    assertThat(after.epoch(after.size() - 1)).isEqualTo(9);
    assertThat(after.trainLoss(after.size() - 1)).isEqualTo(0.25);
    assertThat(after.size()).isEqualTo(6); // 0, 2, 4, 6, 8 kept at a stride of 2, 9 pending
    // a replaced point is not another append: ten epochs, 0, 1 (replaced by 0.5) and 2 to 9
    assertThat(buffer.saved().appends()).isEqualTo(10);
  }

  @Test
  void aGapAfterAPendingPointKeepsThePointFirst() {
    HistoryBuffer buffer = new HistoryBuffer(8);
    for (int e = 0; e < 10; e++) {
      buffer.append(e, e, e, e, e);
    }
    // kept 0, 2, 4, 6, 8; 9 pending
    buffer.appendGap(9.5);
    History h = buffer.view();
    assertThat(h.epochs()).containsExactly(0, 2, 4, 6, 8, 9, 9.5);
    assertThat(h.trainLoss(5)).isEqualTo(9);
    assertThat(h.isGap(5)).isFalse();
    assertThat(h.isGap(6)).isTrue();
  }

  /** Bit for bit equal views: every column and every break. */
  private static void assertSameHistory(History actual, History expected) {
    assertThat(actual.epochs()).containsExactly(expected.epochs());
    assertThat(actual.trainLosses()).containsExactly(expected.trainLosses());
    assertThat(actual.testLosses()).containsExactly(expected.testLosses());
    assertThat(actual.trainAccuracies()).containsExactly(expected.trainAccuracies());
    assertThat(actual.testAccuracies()).containsExactly(expected.testAccuracies());
    for (int k = 0; k < expected.size(); k++) {
      assertThat(actual.curveBreak(k)).as("break %d", k).isEqualTo(expected.curveBreak(k));
    }
  }

  private static void assertSameSaved(HistoryBuffer actual, HistoryBuffer expected) {
    HistoryBuffer.Saved a = actual.saved();
    HistoryBuffer.Saved b = expected.saved();
    assertSameHistory(a.points(), b.points());
    assertThat(a.lastPending()).isEqualTo(b.lastPending());
    assertThat(a.appends()).isEqualTo(b.appends());
    assertThat(a.stride()).isEqualTo(b.stride());
  }

  /** A run of {@code n} epochs from {@code first} with a break every 37 epochs (fixed values). */
  private static void train(HistoryBuffer buffer, int first, int n) {
    for (int e = first; e < first + n; e++) {
      buffer.append(e, 1.0 / (e + 1), 2.0 / (e + 1), e / (e + 3.0), e / (e + 5.0));
      if (e % 37 == 36) {
        buffer.appendGap(e + 0.5, e % 2 == 0 ? CurveBreak.DIVERGED : CurveBreak.NEW_DATA);
      }
    }
  }

  @Test
  void aCopyGoesOnLikeTheOriginalAndApartFromIt() {
    HistoryBuffer original = new HistoryBuffer(8);
    train(original, 0, 45); // decimated several times, with breaks, a point pending
    HistoryBuffer copy = original.copy();
    assertSameHistory(copy.view(), original.view());
    train(original, 45, 30);
    train(copy, 45, 30);
    assertSameHistory(copy.view(), original.view());
    assertSameSaved(copy, original);

    History before = original.view();
    train(copy, 75, 50);
    assertSameHistory(original.view(), before);
    assertThat(copy.view().epoch(copy.size() - 1)).isEqualTo(124);
    // the copy's own points are kept, not the original's: from a copy of an empty buffer
    HistoryBuffer fromEmpty = new HistoryBuffer(8).copy();
    train(fromEmpty, 0, 3);
    assertThat(fromEmpty.view().epochs()).containsExactly(0, 1, 2);
  }

  @Test
  void aRestoredBufferHoldsTheSameAndGoesOnBitForBit() {
    HistoryBuffer original = new HistoryBuffer();
    train(original, 0, 5001); // stride 4 after two decimations, the last point pending
    HistoryBuffer.Saved saved = original.saved();
    assertThat(saved.lastPending()).isTrue();
    assertThat(saved.stride()).isEqualTo(4);
    assertThat(saved.appends()).isEqualTo(5001 + 5001 / 37);
    HistoryBuffer restored = HistoryBuffer.restore(saved);
    assertSameHistory(restored.view(), original.view());
    assertThat(restored.size()).isEqualTo(original.size());

    train(original, 5001, 3000);
    train(restored, 5001, 3000);
    assertSameHistory(restored.view(), original.view());
    assertSameSaved(restored, original);
  }

  @Test
  void aRestoredBufferEndingInABreakDoesNotRepeatIt() {
    HistoryBuffer original = new HistoryBuffer();
    original.append(0, 1, 1, 0.5, 0.5);
    original.appendGap(0.5, CurveBreak.NEW_DATA);
    HistoryBuffer restored = HistoryBuffer.restore(original.saved());
    assertThat(restored.saved().lastPending()).isFalse();
    restored.appendGap(0.5, CurveBreak.NEW_DATA); // the slider still being dragged
    restored.append(0.5, 0.9, 0.9, 0.5, 0.5); // measured after the break: kept beside it
    assertThat(restored.view().epochs()).containsExactly(0, 0.5, 0.5);
    assertThat(restored.view().isGap(1)).isTrue();
    assertThat(restored.view().trainLoss(2)).isEqualTo(0.9);
  }

  private static History points(double... epochs) {
    int n = epochs.length;
    double[] zeros = new double[n];
    return History.of(epochs, zeros, zeros, zeros, zeros, new CurveBreak[n]);
  }

  @Test
  void savedNamesWhatABufferCannotHold() {
    History two = points(0, 1);
    assertThat(new HistoryBuffer.Saved(two, true, 2, 1).stride()).isEqualTo(1);
    assertThat(new HistoryBuffer.Saved(two, false, 2, 8).stride()).isEqualTo(8);
    // Long.MIN_VALUE has one bit set, but is no stride
    for (long stride : new long[] {0, -2, 3, 6, Long.MIN_VALUE}) {
      assertThatThrownBy(() -> new HistoryBuffer.Saved(two, false, 2, stride))
          .as("stride %d", stride)
          .hasMessageContaining("stride is " + stride);
    }
    assertThatThrownBy(() -> new HistoryBuffer.Saved(History.EMPTY, true, 0, 1))
        .hasMessageContaining("last_pending");
    assertThat(new HistoryBuffer.Saved(History.EMPTY, false, 0, 1).points().isEmpty()).isTrue();
    // appends count the kept points: the pending one need not have been kept
    assertThat(new HistoryBuffer.Saved(two, true, 1, 1).appends()).isEqualTo(1);
    assertThatThrownBy(() -> new HistoryBuffer.Saved(two, false, 1, 1))
        .hasMessageContaining("appends is 1, fewer than the 2 points kept");
    assertThatThrownBy(() -> new HistoryBuffer.Saved(points(0, -1), false, 2, 1))
        .hasMessageContaining("epoch[1] is -1.0");
    assertThatThrownBy(() -> new HistoryBuffer.Saved(points(Double.NaN), false, 1, 1))
        .hasMessageContaining("epoch[0] is NaN");
    assertThatThrownBy(
            () -> new HistoryBuffer.Saved(points(0, Double.POSITIVE_INFINITY), false, 2, 1))
        .hasMessageContaining("epoch[1] is Infinity");
  }

  @Test
  void savedHoldsAtMostOneFullBufferLessOne() {
    double[] full = new double[2048];
    for (int k = 0; k < full.length; k++) {
      full[k] = k;
    }
    History most = points(java.util.Arrays.copyOf(full, 2047));
    assertThat(new HistoryBuffer.Saved(most, false, 2047, 1).points().size()).isEqualTo(2047);
    // 2047 kept and one pending fit
    assertThat(new HistoryBuffer.Saved(points(full), true, 2047, 1).points().size())
        .isEqualTo(2048);
    assertThatThrownBy(() -> new HistoryBuffer.Saved(points(full), false, 2048, 1))
        .hasMessageContaining("history holds 2048 points, at most 2048 are kept");
  }

  @Test
  void thePendingPointIsNeverAGap() {
    HistoryBuffer buffer = new HistoryBuffer(8);
    for (int e = 0; e < 4; e++) {
      buffer.append(e, e, e, e, e);
    }
    buffer.appendGap(3.5); // the fifth row
    for (int e = 4; e < 7; e++) {
      buffer.append(e, e, e, e, e);
    }
    // 8 rows: of each pair the first is kept, or the gap: 0, 2, 3.5, 5; then 6 is pending,
    // shown where the gap was before the decimation
    History h = buffer.view();
    assertThat(h.epochs()).containsExactly(0, 2, 3.5, 5, 6);
    assertThat(h.isGap(2)).isTrue();
    assertThat(h.isGap(4)).as("the pending point").isFalse();
    assertThat(h.curveBreak(4)).isNull();
  }
}
