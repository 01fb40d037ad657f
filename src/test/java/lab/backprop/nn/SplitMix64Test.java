package lab.backprop.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link SplitMix64} draws what the JDK's {@link SplittableRandom} draws, from any state. */
class SplitMix64Test {

  @Test
  void drawsWhatSplittableRandomDraws() {
    for (long seed : new long[] {0, 1, -7, 0x9E3779B97F4A7C15L, Long.MAX_VALUE}) {
      SplittableRandom jdk = new SplittableRandom(seed);
      SplitMix64 ours = new SplitMix64(seed);
      for (int k = 0; k < 2_000; k++) {
        switch (k % 5) {
          case 0 -> assertThat(ours.nextLong()).isEqualTo(jdk.nextLong());
          case 1 -> assertThat(ours.nextInt()).isEqualTo(jdk.nextInt());
          case 2 -> assertThat(ours.nextInt(k + 1)).isEqualTo(jdk.nextInt(k + 1));
          case 3 -> assertThat(ours.nextInt(1 << 20)).isEqualTo(jdk.nextInt(1 << 20));
          default -> assertThat(ours.nextDouble()).isEqualTo(jdk.nextDouble());
        }
      }
    }
  }

  @Test
  void aGeneratorMadeFromTheStateGoesOnTheSame() {
    SplitMix64 a = new SplitMix64(42);
    for (int k = 0; k < 17; k++) {
      a.nextInt(100);
    }
    SplitMix64 b = new SplitMix64(a.state());
    for (int k = 0; k < 100; k++) {
      assertThat(b.nextInt(1_000_003)).isEqualTo(a.nextInt(1_000_003));
    }
  }

  @Test
  void aLargeBoundRejectsTheOverRepresentedDraws() {
    // 3·2^29 does not divide 2^31: about a third of the raw draws are rejected
    int bound = 3 << 29;
    SplittableRandom jdk = new SplittableRandom(5);
    SplitMix64 ours = new SplitMix64(5);
    for (int k = 0; k < 1_000; k++) {
      assertThat(ours.nextInt(bound)).isEqualTo(jdk.nextInt(bound));
    }
  }

  @Test
  void aBoundOfZeroOrLessIsRefused() {
    SplitMix64 random = new SplitMix64(1);
    assertThatThrownBy(() -> random.nextInt(0)).hasMessage("bound must be positive, got 0");
    assertThatThrownBy(() -> random.nextInt(-4)).hasMessage("bound must be positive, got -4");
    assertThat(random.nextInt(1)).isZero();
  }
}
