package lab.backprop.train;

import java.util.Arrays;
import java.util.Objects;
import lab.backprop.data.DatasetSpec;
import lab.backprop.data.Task;
import lab.backprop.nn.Activation;
import lab.backprop.nn.Network;
import lab.backprop.nn.OptimizerSettings;
import lab.backprop.nn.OutputKind;

/**
 * Everything that defines a training run: the data, the architecture, the optimizer and the pace.
 * Immutable; the arrays are copied in and out.
 *
 * @param data how to generate the data set
 * @param trainRatio share of the rows used for training, in (0, 1]
 * @param splitSeed seed of the train/test split
 * @param hidden units per hidden layer (1 … {@link Network#MAX_HIDDEN_LAYERS} layers of 1 … {@link
 *     Network#MAX_UNITS})
 * @param activations one activation per hidden layer
 * @param output output function and loss; must fit the data's task (see {@link #fits})
 * @param l2 L2 strength λ ≥ 0
 * @param initSeed seed of the weight initialiser and of the example order
 * @param optimizer optimizer and learning rate
 * @param batchSize examples per step; {@link #FULL_BATCH} (0) means all training rows
 * @param stepsPerSecond pace of play: {@link #FULL_SPEED} runs whole epochs back to back as fast as
 *     the core allows; a finite value from {@link #MIN_SPEED} to {@link #MAX_SPEED} runs that many
 *     steps of one mini-batch per second
 */
public record TrainerSettings(
    DatasetSpec data,
    double trainRatio,
    long splitSeed,
    int[] hidden,
    Activation[] activations,
    OutputKind output,
    double l2,
    long initSeed,
    OptimizerSettings optimizer,
    int batchSize,
    double stepsPerSecond) {

  /** Batch size meaning "all training rows". */
  public static final int FULL_BATCH = 0;

  /** Speed meaning "whole epochs back to back, no pacing". */
  public static final double FULL_SPEED = Double.POSITIVE_INFINITY;

  public static final double MIN_SPEED = 1;
  public static final double MAX_SPEED = 10_000;

  /**
   * @throws IllegalArgumentException naming the first field that is out of range
   * @throws NullPointerException naming a missing field
   */
  public TrainerSettings {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(hidden, "hidden");
    Objects.requireNonNull(activations, "activations");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(optimizer, "optimizer");
    if (!(trainRatio > 0 && trainRatio <= 1)) {
      throw new IllegalArgumentException("trainRatio must be in (0, 1], got " + trainRatio);
    }
    hidden = hidden.clone();
    activations = activations.clone();
    checkHidden(hidden);
    if (activations.length != hidden.length) {
      throw new IllegalArgumentException(
          "activations has "
              + activations.length
              + " entries, hidden has "
              + hidden.length
              + " layers: give one activation per hidden layer");
    }
    for (int k = 0; k < activations.length; k++) {
      Objects.requireNonNull(activations[k], "activations[" + k + "]");
    }
    checkL2(l2);
    checkBatchSize(batchSize);
    checkSpeed(stepsPerSecond);
  }

  /**
   * Moons (n 200, noise 0.2, seed 0), 80 % for training, 2-8-2 tanh with softmax cross-entropy, no
   * L2, SGD with lr 0.1, full batch, full speed.
   */
  public static TrainerSettings defaults() {
    return new TrainerSettings(
        DatasetSpec.DEFAULT,
        0.8,
        0,
        new int[] {8},
        new Activation[] {Activation.TANH},
        OutputKind.SOFTMAX_CE,
        0.0,
        0,
        OptimizerSettings.of("sgd", 0.1),
        FULL_BATCH,
        FULL_SPEED);
  }

  @Override
  public int[] hidden() {
    return hidden.clone();
  }

  @Override
  public Activation[] activations() {
    return activations.clone();
  }

  /** Layer sizes of the network: input, hidden…, output, for data of the given shape. */
  public int[] layerSizes(int inputSize, int classes) {
    int[] sizes = new int[hidden.length + 2];
    sizes[0] = inputSize;
    System.arraycopy(hidden, 0, sizes, 1, hidden.length);
    sizes[sizes.length - 1] = outputSize(output, classes);
    return sizes;
  }

  public TrainerSettings withData(DatasetSpec newData, double newTrainRatio, long newSplitSeed) {
    return new TrainerSettings(
        newData,
        newTrainRatio,
        newSplitSeed,
        hidden,
        activations,
        output,
        l2,
        initSeed,
        optimizer,
        batchSize,
        stepsPerSecond);
  }

  /** New hidden sizes; added layers take the activation of the last existing one. */
  public TrainerSettings withHidden(int[] newHidden) {
    Activation[] newActivations = Arrays.copyOf(activations, newHidden.length);
    for (int k = activations.length; k < newHidden.length; k++) {
      newActivations[k] = activations[activations.length - 1];
    }
    return withArchitecture(newHidden, newActivations);
  }

  public TrainerSettings withArchitecture(int[] newHidden, Activation[] newActivations) {
    return new TrainerSettings(
        data,
        trainRatio,
        splitSeed,
        newHidden,
        newActivations,
        output,
        l2,
        initSeed,
        optimizer,
        batchSize,
        stepsPerSecond);
  }

  /** The same activation in every hidden layer. */
  public TrainerSettings withActivation(Activation activation) {
    Activation[] all = new Activation[hidden.length];
    Arrays.fill(all, activation);
    return withArchitecture(hidden, all);
  }

  public TrainerSettings withOutput(OutputKind newOutput) {
    return new TrainerSettings(
        data,
        trainRatio,
        splitSeed,
        hidden,
        activations,
        newOutput,
        l2,
        initSeed,
        optimizer,
        batchSize,
        stepsPerSecond);
  }

  public TrainerSettings withL2(double newL2) {
    return new TrainerSettings(
        data,
        trainRatio,
        splitSeed,
        hidden,
        activations,
        output,
        newL2,
        initSeed,
        optimizer,
        batchSize,
        stepsPerSecond);
  }

  public TrainerSettings withInitSeed(long newInitSeed) {
    return new TrainerSettings(
        data,
        trainRatio,
        splitSeed,
        hidden,
        activations,
        output,
        l2,
        newInitSeed,
        optimizer,
        batchSize,
        stepsPerSecond);
  }

  public TrainerSettings withOptimizer(OptimizerSettings newOptimizer) {
    return new TrainerSettings(
        data,
        trainRatio,
        splitSeed,
        hidden,
        activations,
        output,
        l2,
        initSeed,
        newOptimizer,
        batchSize,
        stepsPerSecond);
  }

  public TrainerSettings withLearningRate(double lr) {
    return withOptimizer(optimizer.withLr(lr));
  }

  public TrainerSettings withBatchSize(int newBatchSize) {
    return new TrainerSettings(
        data,
        trainRatio,
        splitSeed,
        hidden,
        activations,
        output,
        l2,
        initSeed,
        optimizer,
        newBatchSize,
        stepsPerSecond);
  }

  public TrainerSettings withSpeed(double newStepsPerSecond) {
    return new TrainerSettings(
        data,
        trainRatio,
        splitSeed,
        hidden,
        activations,
        output,
        l2,
        initSeed,
        optimizer,
        batchSize,
        newStepsPerSecond);
  }

  public boolean isFullSpeed() {
    return stepsPerSecond == FULL_SPEED;
  }

  /** The output a data set gets by default: softmax_ce for classes, mse for regression. */
  public static OutputKind defaultOutput(Task task) {
    return task == Task.REGRESSION ? OutputKind.MSE : OutputKind.SOFTMAX_CE;
  }

  /**
   * Whether {@code output} can learn a data set of this task: mse for regression; softmax_ce for 2+
   * classes; sigmoid_bce for exactly 2 classes.
   */
  public static boolean fits(OutputKind output, Task task, int classes) {
    return switch (output) {
      case MSE -> task == Task.REGRESSION;
      case SOFTMAX_CE -> task == Task.CLASSIFICATION && classes >= 2;
      case SIGMOID_BCE -> task == Task.CLASSIFICATION && classes == 2;
    };
  }

  /** Output units: one per class for softmax_ce, one otherwise. */
  public static int outputSize(OutputKind output, int classes) {
    return output == OutputKind.SOFTMAX_CE ? classes : 1;
  }

  static void checkHidden(int[] hidden) {
    if (hidden.length < 1 || hidden.length > Network.MAX_HIDDEN_LAYERS) {
      throw new IllegalArgumentException(
          "hidden must have 1 to " + Network.MAX_HIDDEN_LAYERS + " layers, got " + hidden.length);
    }
    for (int k = 0; k < hidden.length; k++) {
      if (hidden[k] < 1 || hidden[k] > Network.MAX_UNITS) {
        throw new IllegalArgumentException(
            "hidden[" + k + "] must be 1 to " + Network.MAX_UNITS + " units, got " + hidden[k]);
      }
    }
  }

  static void checkL2(double l2) {
    if (!(l2 >= 0 && Double.isFinite(l2))) {
      throw new IllegalArgumentException("l2 must be finite and >= 0, got " + l2);
    }
  }

  static void checkBatchSize(int batchSize) {
    if (batchSize < 0) {
      throw new IllegalArgumentException(
          "batchSize must be >= 1, or 0 for the full batch, got " + batchSize);
    }
  }

  static void checkSpeed(double stepsPerSecond) {
    if (!(stepsPerSecond == FULL_SPEED
        || (stepsPerSecond >= MIN_SPEED && stepsPerSecond <= MAX_SPEED))) {
      throw new IllegalArgumentException(
          "stepsPerSecond must be "
              + MIN_SPEED
              + " to "
              + MAX_SPEED
              + " or FULL_SPEED (infinity), got "
              + stepsPerSecond);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TrainerSettings s
        && data.equals(s.data)
        && Double.compare(trainRatio, s.trainRatio) == 0
        && splitSeed == s.splitSeed
        && Arrays.equals(hidden, s.hidden)
        && Arrays.equals(activations, s.activations)
        && output == s.output
        && Double.compare(l2, s.l2) == 0
        && initSeed == s.initSeed
        && optimizer.equals(s.optimizer)
        && batchSize == s.batchSize
        && Double.compare(stepsPerSecond, s.stepsPerSecond) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        data,
        trainRatio,
        splitSeed,
        Arrays.hashCode(hidden),
        Arrays.hashCode(activations),
        output,
        l2,
        initSeed,
        optimizer,
        batchSize,
        stepsPerSecond);
  }

  @Override
  public String toString() {
    return "TrainerSettings[data="
        + data
        + ", trainRatio="
        + trainRatio
        + ", splitSeed="
        + splitSeed
        + ", hidden="
        + Arrays.toString(hidden)
        + ", activations="
        + Arrays.toString(activations)
        + ", output="
        + output
        + ", l2="
        + l2
        + ", initSeed="
        + initSeed
        + ", optimizer="
        + optimizer
        + ", batchSize="
        + batchSize
        + ", stepsPerSecond="
        + stepsPerSecond
        + "]";
  }
}
