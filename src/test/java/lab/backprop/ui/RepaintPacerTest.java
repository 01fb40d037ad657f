package lab.backprop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepaintPacerTest {
  static final long MS = 1_000_000L;
  static final long FRAME = RepaintPacer.FRAME_NANOS;

  @Test
  void aCheapRepaintKeepsTheLeastGap() {
    RepaintPacer p = new RepaintPacer(100 * MS, 2000 * MS, 10);
    long t = 0;
    p.frame(t);
    assertThat(p.due(t)).isTrue();
    p.repainted(t);
    for (int k = 0; k < 3; k++) {
      t += FRAME;
      p.frame(t);
    }
    assertThat(p.gap()).isEqualTo(100 * MS);
    assertThat(p.due(t)).as("50 ms after").isFalse();
    t += 50 * MS;
    p.frame(t);
    assertThat(p.due(t)).isTrue();
  }

  @Test
  void aRepaintThatMakesAFrameLongComesOnceInFortyFramesAtMost() {
    RepaintPacer p = new RepaintPacer(100 * MS, 2000 * MS, 10);
    long t = 0;
    p.frame(t);
    p.repainted(t);
    t += FRAME + 5 * MS; // a hitch of 5 ms: by cost alone the gap would stay 100 ms
    p.frame(t);
    t += FRAME;
    p.frame(t);
    t += FRAME;
    p.frame(t);
    assertThat(p.gap()).isEqualTo(RepaintPacer.FRAMES_PER_HITCH * FRAME);
  }

  @Test
  void theGapGrowsWithTheCostSeenInEitherOfTheNextTwoIntervalsAndIsCapped() {
    RepaintPacer p = new RepaintPacer(100 * MS, 2000 * MS, 10);
    long t = 0;
    p.frame(t);
    p.repainted(t);
    t += FRAME; // the FX thread prepares the next frame while the render thread draws
    p.frame(t);
    t += FRAME + 80 * MS; // ... and waits for it here: 80 ms more than a frame
    p.frame(t);
    assertThat(p.due(t + 10_000 * MS)).as("cost not known yet").isFalse();
    t += FRAME;
    p.frame(t);
    assertThat(p.gap()).isEqualTo(800 * MS);
    assertThat(p.due(t)).isFalse();
    assertThat(p.due(800 * MS)).isTrue();

    p.repainted(t);
    t += FRAME + 500 * MS;
    p.frame(t);
    t += FRAME;
    p.frame(t);
    t += FRAME;
    p.frame(t);
    assertThat(p.gap()).as("capped").isEqualTo(2000 * MS);
  }
}
