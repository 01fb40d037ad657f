package lab.backprop.run;

import lab.backprop.data.NumpyRandomState;

/**
 * The four seeds of a run, each 0 … {@value #MAX}: {@code data} drives the data generator (as
 * scikit-learn's random_state), {@code split} the train/test split, {@code init} the initial
 * weights (and the weights of units added while training), {@code order} the order of the examples
 * in each epoch. {@code --seed S} sets all four to S.
 */
public record Seeds(long data, long split, long init, long order) {
  public static final long MAX = NumpyRandomState.MAX_SEED;

  public static final Seeds DEFAULT = all(0);

  public Seeds {
    check(RunField.SEED_DATA, data);
    check(RunField.SEED_SPLIT, split);
    check(RunField.SEED_INIT, init);
    check(RunField.SEED_ORDER, order);
  }

  /** The same seed for everything. */
  public static Seeds all(long seed) {
    return new Seeds(seed, seed, seed, seed);
  }

  /** New seeds of the initial weights and the example order (a reset with a new seed). */
  public Seeds withInitAndOrder(long seed) {
    return new Seeds(data, split, seed, seed);
  }

  public Seeds withData(long newData, long newSplit) {
    return new Seeds(newData, newSplit, init, order);
  }

  private static void check(RunField field, long seed) {
    if (seed < 0 || seed > MAX) {
      throw new SpecException(field, "expected 0 to " + MAX + ", got " + seed);
    }
  }
}
