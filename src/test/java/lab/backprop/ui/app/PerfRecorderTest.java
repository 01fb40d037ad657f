package lab.backprop.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Frame-time statistics of the perf recorder. */
class PerfRecorderTest {
  @Test
  void perfQuantilesUseNearestRank() {
    PerfRecorder p = new PerfRecorder();
    long t = 0;
    p.frame(t, true, 0);
    for (int k = 1; k <= 100; k++) {
      t += k * 1_000_000L; // intervals 1 … 100 ms
      p.frame(t, true, k);
    }
    assertThat(p.frames()).isEqualTo(100);
    assertThat(p.quantileMs(0.5)).isEqualTo(50.0);
    assertThat(p.quantileMs(0.95)).isEqualTo(95.0);
    assertThat(p.maxMs()).isEqualTo(100.0);
    // 100 epochs over 5.05 s of frames
    assertThat(p.epochsPerSecond()).isCloseTo(100 / 5.05, within(1e-9));
  }

  @Test
  void perfTagsEachIntervalWithTheViewsUpdatedInTheFrameBefore() {
    PerfRecorder p = new PerfRecorder();
    p.frame(0, true, 0);
    p.updated(PerfRecorder.BOUNDARY);
    p.frame(30_000_000L, true, 1); // 30 ms, after a boundary update
    p.frame(46_000_000L, true, 2); // 16 ms, after nothing
    p.updated(PerfRecorder.CHARTS);
    p.updated(PerfRecorder.STATUS);
    p.frame(96_000_000L, true, 3); // 50 ms, after charts and status
    assertThat(p.framesAfter(PerfRecorder.BOUNDARY)).isEqualTo(1);
    assertThat(p.quantileMsAfter(PerfRecorder.BOUNDARY, 0.5)).isEqualTo(30.0);
    assertThat(p.quantileMsAfter(0, 0.5)).isEqualTo(16.0);
    assertThat(p.quantileMsAfter(PerfRecorder.CHARTS | PerfRecorder.STATUS, 1)).isEqualTo(50.0);
    assertThat(PerfRecorder.viewNames(PerfRecorder.CHARTS | PerfRecorder.STATUS))
        .isEqualTo("charts+status");
    assertThat(p.toJson()).contains("\"charts+status\"").contains("\"boundary\"");
  }
}
