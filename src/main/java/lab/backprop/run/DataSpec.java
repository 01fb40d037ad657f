package lab.backprop.run;

import java.nio.file.Path;
import lab.backprop.data.BuiltInData;
import lab.backprop.data.DatasetSpec;
import lab.backprop.data.Task;

/**
 * Where the points come from and how they are split: a generator ({@code dataset}, {@code n},
 * {@code noise}, {@code classes}, {@code shuffle}), a built-in real data set ({@code dataset} iris,
 * digits or mnist; its classes are its own) or, when {@code file} is not null, a data file (CSV or
 * idx; the generator fields are then unused); {@code ratio} is the share of rows used for training.
 * {@code standardize}: the inputs of real data (a built-in set or a file) are standardised on the
 * training split; generated points never are.
 */
public record DataSpec(
    String dataset,
    int n,
    double noise,
    int classes,
    boolean shuffle,
    Path file,
    double ratio,
    boolean standardize) {

  public static final int MIN_N = 1;
  public static final int MAX_N = DatasetSpec.MAX_N;
  public static final double DEFAULT_RATIO = 0.8;

  public static final DataSpec DEFAULT = of(DatasetSpec.DEFAULT).withRatio(DEFAULT_RATIO);

  /** A spec that standardises real data (the default). */
  public DataSpec(
      String dataset, int n, double noise, int classes, boolean shuffle, Path file, double ratio) {
    this(dataset, n, noise, classes, shuffle, file, ratio, true);
  }

  public DataSpec {
    if (file == null && BuiltInData.isBuiltIn(dataset)) {
      classes = BuiltInData.classes(dataset);
    }
    if (file == null) {
      if (dataset == null || !DatasetSpec.NAMES.contains(dataset)) {
        throw new SpecException(
            RunField.DATASET,
            "expected one of " + String.join(", ", DatasetSpec.NAMES) + ", got " + dataset);
      }
      int min = DatasetSpec.minClasses(dataset);
      int max = DatasetSpec.maxClasses(dataset);
      if (DatasetSpec.taskOf(dataset) == Task.CLASSIFICATION
          && !DatasetSpec.isFixed(dataset)
          && (classes < min || classes > max)) {
        throw new SpecException(
            RunField.CLASSES,
            (min == max ? dataset + " has " + min : dataset + " takes " + min + " to " + max)
                + " classes, got "
                + classes);
      }
    }
    if (n < MIN_N || n > MAX_N) {
      throw new SpecException(RunField.N, "expected " + MIN_N + " to " + MAX_N + ", got " + n);
    }
    if (!(noise >= 0) || !Double.isFinite(noise)) {
      throw new SpecException(RunField.NOISE, "expected a finite number >= 0, got " + noise);
    }
    if (!(ratio > 0 && ratio <= 1)) {
      throw new SpecException(RunField.RATIO, "expected 0 < ratio <= 1, got " + ratio);
    }
  }

  /** A generated data set's spec, with the default ratio. */
  public static DataSpec of(DatasetSpec generator) {
    return new DataSpec(
        generator.name(),
        generator.n(),
        generator.noise(),
        generator.classes(),
        generator.shuffle(),
        null,
        DEFAULT_RATIO);
  }

  /** The generator with the given data seed (unused when {@link #file} is set). */
  public DatasetSpec generator(long seed) {
    return new DatasetSpec(dataset, n, noise, seed, shuffle, classes);
  }

  /** Classes or targets; null for a file, whose task is known once it is read. */
  public Task task() {
    return file == null ? DatasetSpec.taskOf(dataset) : null;
  }

  public DataSpec withRatio(double newRatio) {
    return new DataSpec(dataset, n, noise, classes, shuffle, file, newRatio, standardize);
  }

  /** Whether the inputs are standardised: real data (a built-in set or a file) when asked. */
  public boolean standardizes() {
    return standardize && (file != null || BuiltInData.isBuiltIn(dataset));
  }
}
