package lab.backprop.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The clock arithmetic of a paced run, with made-up times worked out by hand. */
class PaceTest {
  private static final long MS = 1_000_000L;

  @Test
  void thePeriodIsASecondOverTheSpeed() {
    assertThat(Pace.period(1)).isEqualTo(1_000_000_000L);
    assertThat(Pace.period(750)).isEqualTo(1_333_333L); // 1e9 / 750 = 1,333,333.3
    assertThat(Pace.period(10_000)).isEqualTo(100_000L);
  }

  @Test
  void theStepsDueAreTheTicksPassedAtLeastOneAndAt25MsWorthAtMost() {
    // ticks every 100 ns from 1,000: at 1,000 one is due, at 1,250 those of 1,000, 1,100 and 1,200
    assertThat(Pace.due(1_000, 1_000, 100)).isEqualTo(1);
    assertThat(Pace.due(1_099, 1_000, 100)).isEqualTo(1);
    assertThat(Pace.due(1_100, 1_000, 100)).isEqualTo(2);
    assertThat(Pace.due(1_250, 1_000, 100)).isEqualTo(3);
    // 1 ms a step, 100 ms late: 101 ticks passed, but only 25 ms of them are made up for
    assertThat(Pace.due(100 * MS, 0, MS)).isEqualTo(25);
    assertThat(Pace.due(24 * MS, 0, MS)).isEqualTo(25);
    assertThat(Pace.due(23 * MS, 0, MS)).isEqualTo(24);
    // a period longer than the catch-up (one step a second): still one step
    assertThat(Pace.due(5_000 * MS, 0, 1_000 * MS)).isEqualTo(1);
  }

  @Test
  void theNextTickIsAPeriodOnButNeverMoreThanTheCatchUpBehind() {
    assertThat(Pace.next(1_000, 3, 100, 1_250)).isEqualTo(1_300);
    assertThat(Pace.next(1_000, 1, 100, 1_000)).isEqualTo(1_100);
    // 25 steps of 1 ms from tick 0 taken at 100 ms: the next tick is 75 ms (100 − 25), not 25 ms
    assertThat(Pace.next(0, 25, MS, 100 * MS)).isEqualTo(75 * MS);
    // one step a second, 5 s late: the next tick is a second before now
    assertThat(Pace.next(0, 1, 1_000 * MS, 5_000 * MS)).isEqualTo(4_000 * MS);
  }

  @Test
  void aRoundDoublesWhenShortHalvesWhenLongAndStaysWithin1AndAMillion() {
    long wanted = 20 * MS;
    assertThat(Pace.adaptRound(8, 5 * MS, wanted)).isEqualTo(16);
    assertThat(Pace.adaptRound(8, 10 * MS - 1, wanted)).isEqualTo(16);
    assertThat(Pace.adaptRound(8, 10 * MS, wanted)).isEqualTo(8);
    assertThat(Pace.adaptRound(8, 20 * MS, wanted)).isEqualTo(8);
    assertThat(Pace.adaptRound(8, 40 * MS, wanted)).isEqualTo(8);
    assertThat(Pace.adaptRound(8, 40 * MS + 1, wanted)).isEqualTo(4);
    assertThat(Pace.adaptRound(1, 500 * MS, wanted)).isEqualTo(1);
    assertThat(Pace.adaptRound(2, 500 * MS, wanted)).isEqualTo(1);
    assertThat(Pace.adaptRound(600_000, MS, wanted)).isEqualTo(1_000_000);
    assertThat(Pace.adaptRound(1_000_000, MS, wanted)).isEqualTo(1_000_000);
  }
}
