package lab.backprop.data;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * An immutable set of points (2-D for the generators, any number of features for real data) with
 * integer labels 0 … classes−1 (classification) or real targets (regression). Accessors return
 * copies.
 */
public final class Dataset {
  private final String name;
  private final Task task;
  private final int classes;
  private final int dimension;
  private final double[][] X;
  private final int[] labels;
  private final double[] targets;
  private final ClassNames classNames;

  private Dataset(
      String name,
      Task task,
      int classes,
      int dimension,
      double[][] X,
      int[] labels,
      double[] targets,
      ClassNames classNames) {
    this.classNames = classNames;
    this.name = name;
    this.task = task;
    this.classes = classes;
    this.dimension = dimension;
    this.X = X;
    this.labels = labels;
    this.targets = targets;
  }

  /**
   * @throws IllegalArgumentException if there are no rows, rows of different lengths, a non-finite
   *     value, lengths that differ, fewer than 2 classes, or a label outside 0 … classes−1
   */
  public static Dataset classification(String name, double[][] X, int[] labels, int classes) {
    Objects.requireNonNull(labels, "labels");
    double[][] features = checkedFeatures(X);
    if (labels.length != features.length) {
      throw new IllegalArgumentException(
          "labels has " + labels.length + " entries, X has " + features.length + " rows");
    }
    if (classes < 2) {
      throw new IllegalArgumentException("classes must be at least 2, got " + classes);
    }
    for (int n = 0; n < labels.length; n++) {
      if (labels[n] < 0 || labels[n] >= classes) {
        throw new IllegalArgumentException(
            "labels["
                + n
                + "] is "
                + labels[n]
                + ", expected 0 … "
                + (classes - 1)
                + " (classes = "
                + classes
                + ")");
      }
    }
    return new Dataset(
        checkedName(name),
        Task.CLASSIFICATION,
        classes,
        features[0].length,
        features,
        labels.clone(),
        null,
        ClassNames.numbered(classes));
  }

  /**
   * @throws IllegalArgumentException if there are no rows, rows of different lengths, a non-finite
   *     value, or lengths that differ
   */
  public static Dataset regression(String name, double[][] X, double[] targets) {
    Objects.requireNonNull(targets, "targets");
    double[][] features = checkedFeatures(X);
    if (targets.length != features.length) {
      throw new IllegalArgumentException(
          "targets has " + targets.length + " entries, X has " + features.length + " rows");
    }
    for (int n = 0; n < targets.length; n++) {
      if (!Double.isFinite(targets[n])) {
        throw new IllegalArgumentException(
            "targets[" + n + "] is " + targets[n] + ", expected a finite number");
      }
    }
    return new Dataset(
        checkedName(name),
        Task.REGRESSION,
        0,
        features[0].length,
        features,
        null,
        targets.clone(),
        ClassNames.numbered(0));
  }

  private static String checkedName(String name) {
    return Objects.requireNonNull(name, "name");
  }

  private static double[][] checkedFeatures(double[][] X) {
    Objects.requireNonNull(X, "X");
    if (X.length == 0) {
      throw new IllegalArgumentException("X has no rows, expected at least 1");
    }
    double[][] copy = new double[X.length][];
    for (int n = 0; n < X.length; n++) {
      if (X[n] == null) {
        throw new IllegalArgumentException("X[" + n + "] is null");
      }
      if (X[n].length == 0 || X[n].length != X[0].length) {
        throw new IllegalArgumentException(
            "X[" + n + "] has " + X[n].length + " values, X[0] has " + X[0].length);
      }
      for (int d = 0; d < X[n].length; d++) {
        if (!Double.isFinite(X[n][d])) {
          throw new IllegalArgumentException(
              "X[" + n + "][" + d + "] is " + X[n][d] + ", expected a finite number");
        }
      }
      copy[n] = X[n].clone();
    }
    return copy;
  }

  public String name() {
    return name;
  }

  public Task task() {
    return task;
  }

  public int size() {
    return X.length;
  }

  /** Number of input features (2 for every generator, 4 for iris, 784 for MNIST). */
  public int dimension() {
    return dimension;
  }

  /** Number of classes (0 for regression). */
  public int classes() {
    return classes;
  }

  /**
   * What the window calls each class ("class 1", … unless the data set names them; none for
   * regression).
   */
  public ClassNames classNames() {
    return classNames;
  }

  /**
   * The same rows with classes named {@code names}.
   *
   * @throws IllegalArgumentException when there are not {@link #classes()} names
   */
  public Dataset withClassNames(ClassNames names) {
    if (names.size() != classes) {
      throw new IllegalArgumentException(names.size() + " class names for " + classes + " classes");
    }
    return new Dataset(name, task, classes, dimension, X, labels, targets, names);
  }

  public double x(int row, int feature) {
    return X[row][feature];
  }

  /**
   * @throws IllegalStateException for a regression data set
   */
  public int label(int row) {
    if (labels == null) {
      throw new IllegalStateException("a regression data set has targets, not labels");
    }
    return labels[row];
  }

  /**
   * @throws IllegalStateException for a classification data set
   */
  public double target(int row) {
    if (targets == null) {
      throw new IllegalStateException("a classification data set has labels, not targets");
    }
    return targets[row];
  }

  /** A copy of the features, [N][dimension]. */
  public double[][] features() {
    double[][] copy = new double[X.length][];
    for (int n = 0; n < X.length; n++) {
      copy[n] = X[n].clone();
    }
    return copy;
  }

  /** A copy of the labels, or null for regression. */
  public int[] labels() {
    return labels == null ? null : labels.clone();
  }

  /** A copy of the targets, or null for classification. */
  public double[] targets() {
    return targets == null ? null : targets.clone();
  }

  /** How many rows carry each label, [classes] (empty for regression). */
  public int[] classCounts() {
    int[] counts = new int[classes];
    if (labels != null) {
      for (int label : labels) {
        counts[label]++;
      }
    }
    return counts;
  }

  /**
   * The rows {@code rows}, in that order, as a new data set (empty when {@code rows} is empty).
   *
   * @throws IndexOutOfBoundsException for a row outside 0 … size−1
   */
  public Dataset subset(int[] rows) {
    double[][] subX = new double[rows.length][];
    int[] subLabels = labels == null ? null : new int[rows.length];
    double[] subTargets = targets == null ? null : new double[rows.length];
    for (int k = 0; k < rows.length; k++) {
      int row = Objects.checkIndex(rows[k], X.length);
      subX[k] = X[row].clone();
      if (subLabels != null) {
        subLabels[k] = labels[row];
      }
      if (subTargets != null) {
        subTargets[k] = targets[row];
      }
    }
    return new Dataset(name, task, classes, dimension, subX, subLabels, subTargets, classNames);
  }

  /**
   * The same rows with other features (one row each, all of one length, finite); name, labels and
   * targets are kept.
   *
   * @throws IllegalArgumentException for another number of rows, or a bad row
   */
  public Dataset withFeatures(double[][] newX) {
    if (newX.length != X.length) {
      throw new IllegalArgumentException(
          "newX has " + newX.length + " rows, the data set " + X.length);
    }
    if (newX.length == 0) {
      return this;
    }
    double[][] features = checkedFeatures(newX);
    return new Dataset(
        name, task, classes, features[0].length, features, labels, targets, classNames);
  }

  /**
   * A seeded split: a shuffled {@code round(trainRatio·N)} rows for training (at least 1), the rest
   * for testing (may be empty when the ratio is 1).
   *
   * @throws IllegalArgumentException if trainRatio is not in (0, 1]
   */
  public Split split(double trainRatio, long seed) {
    if (!(trainRatio > 0 && trainRatio <= 1)) {
      throw new IllegalArgumentException("trainRatio must be in (0, 1], got " + trainRatio);
    }
    int n = X.length;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = n - 1; i >= 1; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    int trainSize = (int) Math.max(1, Math.min(n, Math.round(trainRatio * n)));
    return new Split(
        subset(Arrays.copyOfRange(order, 0, trainSize)),
        subset(Arrays.copyOfRange(order, trainSize, n)));
  }

  public record Split(Dataset train, Dataset test) {}

  @Override
  public boolean equals(Object other) {
    return other instanceof Dataset that
        && name.equals(that.name)
        && task == that.task
        && classes == that.classes
        && classNames.equals(that.classNames)
        && dimension == that.dimension
        && Arrays.deepEquals(X, that.X)
        && Arrays.equals(labels, that.labels)
        && Arrays.equals(targets, that.targets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name,
        task,
        classes,
        Arrays.deepHashCode(X),
        Arrays.hashCode(labels),
        Arrays.hashCode(targets));
  }

  @Override
  public String toString() {
    return "Dataset[" + name + ", " + task + ", " + X.length + " rows, " + classes + " classes]";
  }
}
