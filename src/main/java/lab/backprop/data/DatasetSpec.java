package lab.backprop.data;

import java.util.List;

/**
 * How to generate a data set: {@code name} is one of {@code moons}, {@code circles}, {@code xor},
 * {@code spiral}, {@code blobs}, {@code regression}, {@code worked-example}, or a built-in real
 * data set ({@code iris}, {@code digits}, {@code mnist}: see {@link BuiltInData}), which has its
 * own rows and classes and ignores n, noise, seed, shuffle and classes. {@code classes} is used by
 * spiral (2 or 3 arms) and blobs (2 to 5); it must be 2 for moons, circles and xor, and the
 * regression sets ignore it. {@code worked-example} is the one example of the worked example of the
 * course notes (Assignment 2): x = (1, 2), t = 8; it ignores n, noise and seed. Default: moons, n
 * 200, noise 0.2, seed 0, shuffled.
 */
public record DatasetSpec(
    String name, int n, double noise, long seed, boolean shuffle, int classes) {

  /** The generator names, in menu order (declared before DEFAULT, which needs it). */
  public static final List<String> GENERATORS =
      List.of("moons", "circles", "xor", "spiral", "blobs", "regression", "worked-example");

  /** Every data set's name, in menu order: the generators, then {@link BuiltInData#NAMES}. */
  public static final List<String> NAMES =
      java.util.stream.Stream.concat(GENERATORS.stream(), BuiltInData.NAMES.stream()).toList();

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
    if (taskOf(name) == Task.CLASSIFICATION && !isFixed(name) && (classes < min || classes > max)) {
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
    return isFixed(name);
  }

  /** Whether the set named {@code name} is a fixed set of rows (the worked example, a real set). */
  public static boolean isFixed(String name) {
    return name.equals("worked-example") || BuiltInData.isBuiltIn(name);
  }

  /** The fewest classes of a classification set. */
  public static final int MIN_CLASSES = 2;

  /** The fewest classes {@code name} allows (2; a real set its own; regression ignores it). */
  public static int minClasses(String name) {
    return BuiltInData.isBuiltIn(name) ? BuiltInData.classes(name) : MIN_CLASSES;
  }

  /**
   * The most classes {@code name} allows: 3 for spiral, 5 for blobs, a real set its own, else 2.
   */
  public static int maxClasses(String name) {
    return switch (name) {
      case "spiral" -> 3;
      case "blobs" -> 5;
      default -> BuiltInData.isBuiltIn(name) ? BuiltInData.classes(name) : 2;
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
      case "iris", "digits", "mnist" -> BuiltInData.load(name);
      default -> throw new IllegalStateException("unknown data set " + name);
    };
  }
}
