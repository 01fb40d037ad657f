package lab.backprop.data;

/** The built-in data sets. Every generator is deterministic for a seed. */
public final class Generators {
  private Generators() {}

  /** Identical to scikit-learn's {@code make_moons(n, noise=noise, random_state=seed, shuffle)}. */
  public static Dataset moons(int n, double noise, long seed, boolean shuffle) {
    throw new UnsupportedOperationException("TODO");
  }
}
