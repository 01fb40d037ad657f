package lab.backprop.data;

/**
 * numpy's legacy {@code RandomState(seed)} for an integer seed: MT19937 seeded by {@code
 * init_genrand}, 53-bit {@code random_sample} doubles, masked-rejection bounded integers and the
 * legacy polar Gaussian with its one cached value. Bit for bit the numbers numpy 1.x draws, so
 * scikit-learn's generators can be reproduced exactly. Not thread-safe.
 */
public final class NumpyRandomState {
  /** The largest seed numpy accepts for an integer seed, 2³² − 1. */
  public static final long MAX_SEED = 0xFFFFFFFFL;

  private static final int N = 624;
  private static final int M = 397;
  private static final int MATRIX_A = 0x9908B0DF;
  private static final int UPPER_MASK = 0x80000000;
  private static final int LOWER_MASK = 0x7FFFFFFF;

  private final int[] mt = new int[N];
  private int pos;
  private boolean hasGauss;
  private double cachedGauss;

  /**
   * @throws IllegalArgumentException if the seed is outside 0 … 4294967295
   */
  public NumpyRandomState(long seed) {
    if (seed < 0 || seed > MAX_SEED) {
      throw new IllegalArgumentException("seed must be in 0 … 4294967295, got " + seed);
    }
    mt[0] = (int) seed;
    for (int i = 1; i < N; i++) {
      mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
    }
    pos = N;
  }

  /** The next raw tempered 32-bit output, as an unsigned value in 0 … 2³² − 1. */
  public long nextUint32() {
    return Integer.toUnsignedLong(nextInt());
  }

  private int nextInt() {
    if (pos == N) {
      regenerate();
    }
    int y = mt[pos++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9D2C5680;
    y ^= (y << 15) & 0xEFC60000;
    y ^= y >>> 18;
    return y;
  }

  private void regenerate() {
    for (int i = 0; i < N; i++) {
      int y = (mt[i] & UPPER_MASK) | (mt[(i + 1) % N] & LOWER_MASK);
      int next = mt[(i + M) % N] ^ (y >>> 1);
      mt[i] = (y & 1) != 0 ? next ^ MATRIX_A : next;
    }
    pos = 0;
  }

  /** A double in [0, 1) from two outputs: (a·2²⁶ + b) / 2⁵³, a the high 27 bits. */
  public double randomSample() {
    int a = nextInt() >>> 5;
    int b = nextInt() >>> 6;
    return (a * 67108864.0 + b) / 9007199254740992.0;
  }

  /**
   * A uniform integer in [0, max] by masked rejection (numpy's legacy {@code random_interval});
   * draws nothing when max is 0.
   *
   * @throws IllegalArgumentException if max is outside 0 … 2³² − 1
   */
  public long boundedInt(long max) {
    if (max < 0 || max > MAX_SEED) {
      throw new IllegalArgumentException("max must be in 0 … 4294967295, got " + max);
    }
    if (max == 0) {
      return 0;
    }
    long mask = max;
    mask |= mask >>> 1;
    mask |= mask >>> 2;
    mask |= mask >>> 4;
    mask |= mask >>> 8;
    mask |= mask >>> 16;
    long value;
    do {
      value = nextUint32() & mask;
    } while (value > max);
    return value;
  }

  /** A standard normal value by the legacy polar method; each pair comes out f·x2, then f·x1. */
  public double gauss() {
    if (hasGauss) {
      hasGauss = false;
      return cachedGauss;
    }
    double x1;
    double x2;
    double r2;
    do {
      x1 = 2.0 * randomSample() - 1.0;
      x2 = 2.0 * randomSample() - 1.0;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 == 0.0);
    double f = StrictMath.sqrt(-2.0 * StrictMath.log(r2) / r2);
    cachedGauss = f * x1;
    hasGauss = true;
    return f * x2;
  }

  /** numpy's {@code normal(loc=0, scale)}: {@code 0.0 + scale·gauss()}. */
  public double normal(double scale) {
    return 0.0 + scale * gauss();
  }

  /** numpy's {@code uniform(low, high)}: {@code low + (high − low)·random_sample()}. */
  public double uniform(double low, double high) {
    return low + (high - low) * randomSample();
  }

  /** numpy's legacy {@code shuffle} of a 1-D array: Fisher–Yates from the end. */
  public void shuffle(int[] values) {
    for (int i = values.length - 1; i >= 1; i--) {
      int j = (int) boundedInt(i);
      int swap = values[i];
      values[i] = values[j];
      values[j] = swap;
    }
  }

  /** The permutation {@code shuffle(arange(n))}: new position k holds old index result[k]. */
  public int[] permutation(int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    shuffle(p);
    return p;
  }
}
