package lab.backprop.train;

import static org.assertj.core.api.Assertions.assertThat;

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
}
