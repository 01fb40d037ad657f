package lab.backprop.nn;

import java.util.random.RandomGenerator;

/**
 * The generator of {@link java.util.SplittableRandom} (SplitMix64 with the golden gamma, never
 * split), giving the same numbers for the same seed, with its state readable ({@link #state()}) so
 * a saved run can go on with exactly the draws it would have made. Not thread-safe.
 */
public final class SplitMix64 implements RandomGenerator {
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private long state;

  /** The generator {@code new SplittableRandom(seed)} is. */
  public SplitMix64(long seed) {
    this.state = seed;
  }

  /** The whole state: a generator made from it draws what this one draws next. */
  public long state() {
    return state;
  }

  /** Goes on from {@code newState} (a value of {@link #state()}). */
  void setState(long newState) {
    state = newState;
  }

  @Override
  public long nextLong() {
    state += GOLDEN_GAMMA;
    long z = state;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  @Override
  public int nextInt() {
    state += GOLDEN_GAMMA;
    long z = state;
    z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
    return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
  }

  /** Uniform in 0 … bound−1, by the rejection method of the JDK's bounded draw. */
  @Override
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive, got " + bound);
    }
    int r = nextInt();
    int m = bound - 1;
    if ((bound & m) == 0) {
      return r & m;
    }
    for (int u = r >>> 1; u + m - (r = u % bound) < 0; u = nextInt() >>> 1) {
      // rejects the over-represented values
    }
    return r;
  }

  @Override
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }
}
