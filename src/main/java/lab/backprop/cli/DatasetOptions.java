package lab.backprop.cli;

import lab.backprop.data.DatasetSpec;
import picocli.CommandLine.Option;

/** The options that generate a data set (shared by dataset, train and bench). */
final class DatasetOptions {
  static final long MAX_SEED = 4294967295L;
  static final int MAX_N = 100_000;

  @Option(
      names = "--name",
      defaultValue = "moons",
      description =
          "Data set: moons, circles, xor, spiral, blobs, regression, worked-example (default:"
              + " ${DEFAULT-VALUE}).")
  String name;

  @Option(
      names = "--n",
      defaultValue = "200",
      description = "Number of points, 1 to " + MAX_N + " (default: ${DEFAULT-VALUE}).")
  int n;

  @Option(
      names = "--noise",
      defaultValue = "0.2",
      description = "Standard deviation of the Gaussian noise (default: ${DEFAULT-VALUE}).")
  double noise;

  @Option(
      names = "--seed",
      defaultValue = "0",
      description =
          "Random seed, 0 to 4294967295: the data (as scikit-learn's random_state), and in train"
              + " and bench also the split, the initial weights and the batch order"
              + " (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--no-shuffle", description = "Keep the generator's row order (class by class).")
  boolean noShuffle;

  @Option(
      names = "--classes",
      defaultValue = "2",
      description =
          "Classes of spiral (2 or 3 arms) and blobs (2 to 5) (default: ${DEFAULT-VALUE}).")
  int classes;

  DatasetSpec spec() {
    Checks.range("--n", n, 1, MAX_N);
    Checks.atLeast("--noise", noise, 0);
    if (seed < 0 || seed > MAX_SEED) {
      throw new BadInputException("--seed " + seed + " is out of range, expected 0 to " + MAX_SEED);
    }
    try {
      return new DatasetSpec(name, n, noise, seed, !noShuffle, classes);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--" + e.getMessage());
    }
  }
}
