package lab.backprop.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Epochs per second from (time, epoch) samples, worked out by hand. */
class RateMeterTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void noRateBeforeTwoSamples() {
    RateMeter meter = new RateMeter(2 * SECOND);
    assertThat(meter.perSecond()).isZero();
    meter.record(5 * SECOND, 10);
    assertThat(meter.perSecond()).isZero();
  }

  @Test
  void rateBetweenTheOldestSampleInTheWindowAndTheNewest() {
    RateMeter meter = new RateMeter(2 * SECOND);
    meter.record(0, 0);
    meter.record(SECOND, 10);
    // (10 − 0) epochs / 1 s
    assertThat(meter.perSecond()).isCloseTo(10, within(1e-12));
    meter.record(2 * SECOND, 30);
    // window 2 s: from t = 0 (epoch 0) to t = 2 s (epoch 30)
    assertThat(meter.perSecond()).isCloseTo(15, within(1e-12));
    meter.record(3 * SECOND, 60);
    // t = 1 s is exactly 2 s before the newest: it ends the window; (60 − 10) / 2 s
    assertThat(meter.perSecond()).isCloseTo(25, within(1e-12));
    meter.record(3 * SECOND + SECOND / 2, 61);
    // the first sample at least 2 s old is t = 1 s (2.5 s): (61 − 10) / 2.5 s
    assertThat(meter.perSecond()).isCloseTo(20.4, within(1e-12));
  }

  @Test
  void aSmallerEpochIsANewRunAndClearTakesEverything() {
    RateMeter meter = new RateMeter(10 * SECOND);
    meter.record(0, 100);
    meter.record(SECOND, 110);
    meter.record(2 * SECOND, 3); // reset: only this sample is left
    assertThat(meter.perSecond()).isZero();
    meter.record(4 * SECOND, 7);
    // (7 − 3) / 2 s
    assertThat(meter.perSecond()).isCloseTo(2, within(1e-12));
    meter.clear();
    assertThat(meter.perSecond()).isZero();
    meter.record(5 * SECOND, 7);
    assertThat(meter.perSecond()).isZero();
  }

  @Test
  void noTimePassedIsNoRate() {
    RateMeter meter = new RateMeter(SECOND);
    meter.record(SECOND, 1);
    meter.record(SECOND, 2);
    assertThat(meter.perSecond()).isZero();
  }

  @Test
  void moreSamplesThanSlotsKeepsTheNewest() {
    RateMeter meter = new RateMeter(1000 * SECOND);
    for (int k = 0; k < 300; k++) {
      meter.record(k * SECOND, 2.0 * k);
    }
    // 256 slots: the oldest kept is k = 44; (2·299 − 2·44) / (299 − 44) s = 2
    assertThat(meter.perSecond()).isCloseTo(2, within(1e-12));
  }

  @Test
  void theSameEpochAgainIsNoReset() {
    RateMeter meter = new RateMeter(10 * SECOND);
    meter.record(0, 0);
    meter.record(SECOND, 10);
    meter.record(2 * SECOND, 10); // paused: the epoch stays, the run is the same
    // (10 − 0) / 2 s
    assertThat(meter.perSecond()).isCloseTo(5, within(1e-12));
  }
}
