package lab.backprop.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepaintPacerTest {
  static final long MS = 1_000_000L;
  static final long FRAME = RepaintPacer.FRAME_NANOS;

  private final RepaintPacer p = new RepaintPacer(100 * MS, 2000 * MS, 10);
  private long t;

  /** Frames after each of the given intervals; returns the time of the last. */
  private long frames(long... intervals) {
    for (long dt : intervals) {
      t += dt;
      p.frame(t);
    }
    return t;
  }

  /** A repaint in a frame at the current time. */
  private void repaintNow() {
    p.frame(t);
    p.repainted(t);
  }

  @Test
  void aCheapRepaintKeepsTheLeastGap() {
    p.frame(t);
    assertThat(p.due(t)).isTrue();
    p.repainted(t);
    frames(FRAME, FRAME, FRAME);
    assertThat(p.gap()).isEqualTo(100 * MS);
    assertThat(p.due(t)).as("50 ms after").isFalse();
    assertThat(p.due(frames(50 * MS))).isTrue();
  }

  @Test
  void aRepaintThatMakesAFrameLongComesOnceInFortyFramesAtMost() {
    repaintNow();
    frames(FRAME + 5 * MS, FRAME, FRAME); // a hitch of 5 ms: by cost alone the gap stays 100 ms
    assertThat(p.gap()).isEqualTo(RepaintPacer.FRAMES_PER_HITCH * FRAME);
  }

  @Test
  void theGapGrowsWithTheCostSeenInEitherOfTheNextTwoIntervalsAndIsCapped() {
    repaintNow();
    // the FX thread prepares the next frame while the render thread draws, and waits for it in
    // the interval after: 80 ms more than a frame
    frames(FRAME, FRAME + 80 * MS);
    assertThat(p.due(t + 10_000 * MS)).as("cost not known yet").isFalse();
    frames(FRAME);
    assertThat(p.gap()).isEqualTo(800 * MS);
    assertThat(p.due(t)).isFalse();
    assertThat(p.due(800 * MS)).isTrue();

    repaintNow();
    frames(FRAME + 500 * MS, FRAME, FRAME);
    assertThat(p.gap()).as("capped").isEqualTo(2000 * MS);
  }
}
