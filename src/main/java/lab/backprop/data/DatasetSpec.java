package lab.backprop.data;

/**
 * How to generate a data set: {@code name} is one of {@code moons}, {@code circles}, {@code xor},
 * {@code spiral}, {@code blobs}, {@code regression}. {@code classes} is used by spiral (2 or 3
 * arms) and blobs (2 to 5). Default: moons, n 200, noise 0.2, seed 0, shuffled.
 */
public record DatasetSpec(
    String name, int n, double noise, long seed, boolean shuffle, int classes) {

  public static final DatasetSpec DEFAULT = new DatasetSpec("moons", 200, 0.2, 0, true, 2);

  /**
   * @throws IllegalArgumentException naming the field, for an unknown name, n outside 1 … 100000, a
   *     negative or non-finite noise, a seed outside 0 … 4294967295, or classes out of range
   */
  public DatasetSpec {
    throw new UnsupportedOperationException("TODO");
  }

  public Dataset generate() {
    throw new UnsupportedOperationException("TODO");
  }
}
