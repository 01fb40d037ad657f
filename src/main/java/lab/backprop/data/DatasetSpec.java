package lab.backprop.data;

import java.util.List;

/**
 * How to generate a data set: {@code name} is one of {@code moons}, {@code circles}, {@code xor},
 * {@code spiral}, {@code blobs}, {@code regression}, {@code worked-example}. {@code classes} is
 * used by spiral (2 or 3 arms) and blobs (2 to 5); it must be 2 for moons, circles and xor, and the
 * regression sets ignore it. {@code worked-example} is the one example of the worked example of the
 * course notes (Assignment 2): x = (1, 2), t = 8; it ignores n, noise and seed. Default: moons, n
 * 200, noise 0.2, seed 0, shuffled.
 */
public record DatasetSpec(
    String name, int n, double noise, long seed, boolean shuffle, int classes) {

  /** The generator names, in menu order (declared before DEFAULT, which needs it). */
  public static final List<String> NAMES =
      List.of("moons", "circles", "xor", "spiral", "blobs", "regression", "worked-example");

  public static final DatasetSpec DEFAULT = new DatasetSpec("moons", 200, 0.2, 0, true, 2);

  /** The worked example's one row; n, noise and seed are the defaults, for the other controls. */
  public static final DatasetSpec WORKED_EXAMPLE =
      new DatasetSpec("worked-example", 200, 0.2, 0, true, 2);

  /**
   * @throws IllegalArgumentException naming the field, for an unknown name, n outside 1 … 100000, a
   *     negative or non-finite noise, a seed outside 0 … 4294967295, or classes out of range
   */
  public DatasetSpec {
    if (name == null || !NAMES.contains(name)) {
      throw new IllegalArgumentException(
          "name must be one of " + String.join(", ", NAMES) + ", got " + name);
    }
    if (n < 1 || n > MAX_N) {
      throw new IllegalArgumentException("n must be in 1 … " + MAX_N + ", got " + n);
    }
    if (!Double.isFinite(noise) || noise < 0) {
      throw new IllegalArgumentException("noise must be a finite number ≥ 0, got " + noise);
    }
    if (seed < 0 || seed > NumpyRandomState.MAX_SEED) {
      throw new IllegalArgumentException("seed must be in 0 … 4294967295, got " + seed);
    }
    int min = minClasses(name);
    int max = maxClasses(name);
    if (taskOf(name) == Task.CLASSIFICATION && (classes < min || classes > max)) {
      throw new IllegalArgumentException(
          "classes for "
              + name
              + (min == max ? " must be " + min : " must be in " + min + " … " + max)
              + ", got "
              + classes);
    }
  }

  /** The largest n a spec accepts. */
  public static final int MAX_N = 100_000;

  /** Whether the set named {@code name} (one of {@link #NAMES}) has classes or targets. */
  public static Task taskOf(String name) {
    return name.equals("regression") || name.equals("worked-example")
        ? Task.REGRESSION
        : Task.CLASSIFICATION;
  }

  /** Whether n, noise and seed leave this set as it is (a fixed set of rows). */
  public boolean isFixed() {
    return name.equals("worked-example");
  }

  /** The fewest classes of a classification set. */
  public static final int MIN_CLASSES = 2;

  /** The fewest classes {@code name} allows (2; regression ignores classes). */
  public static int minClasses(String name) {
    return MIN_CLASSES;
  }

  /** The most classes {@code name} allows: 3 for spiral, 5 for blobs, otherwise 2. */
  public static int maxClasses(String name) {
    return switch (name) {
      case "spiral" -> 3;
      case "blobs" -> 5;
      default -> 2;
    };
  }

  /** The same spec with another seed. */
  public DatasetSpec withSeed(long newSeed) {
    return new DatasetSpec(name, n, noise, newSeed, shuffle, classes);
  }

  public Dataset generate() {
    return switch (name) {
      case "moons" -> Generators.moons(n, noise, seed, shuffle);
      case "circles" -> Generators.circles(n, noise, seed, shuffle);
      case "xor" -> Generators.xor(n, noise, seed, shuffle);
      case "spiral" -> Generators.spiral(n, classes, noise, seed, shuffle);
      case "blobs" -> Generators.blobs(n, classes, noise, seed, shuffle);
      case "regression" -> Generators.regression(n, noise, seed, shuffle);
      case "worked-example" -> Generators.workedExample();
      default -> throw new IllegalStateException("unknown data set " + name);
    };
  }
}
