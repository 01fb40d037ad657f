package lab.backprop.cli;

import java.util.Arrays;
import lab.backprop.io.MetricPlots;

/**
 * The metrics {@code train --plot} draws: epoch 0, then at most {@link #MAX_POINTS} epochs evenly
 * spread, the last one always included.
 */
final class PlotRecorder {
  static final int MAX_POINTS = 2000;

  private final int stride;
  private final int last;
  private final boolean withTest;
  private int[] epoch = new int[16];
  private double[] trainLoss = new double[16];
  private double[] testLoss = new double[16];
  private double[] trainAcc = new double[16];
  private double[] testAcc = new double[16];
  private int size;

  PlotRecorder(int epochs, boolean withTest) {
    this.stride = Math.max(1, (epochs + MAX_POINTS - 1) / MAX_POINTS);
    this.last = epochs;
    this.withTest = withTest;
  }

  boolean wants(long e) {
    return e % stride == 0 || e == last;
  }

  void add(int e, double trainL, double testL, double trainA, double testA) {
    if (size == epoch.length) {
      int capacity = size * 2;
      epoch = Arrays.copyOf(epoch, capacity);
      trainLoss = Arrays.copyOf(trainLoss, capacity);
      testLoss = Arrays.copyOf(testLoss, capacity);
      trainAcc = Arrays.copyOf(trainAcc, capacity);
      testAcc = Arrays.copyOf(testAcc, capacity);
    }
    epoch[size] = e;
    trainLoss[size] = trainL;
    testLoss[size] = testL;
    trainAcc[size] = trainA;
    testAcc[size] = testA;
    size++;
  }

  /** What was recorded; no accuracy for regression (NaN), no test curves without test rows. */
  MetricPlots.Curves curves() {
    boolean accuracy = size > 0 && !Double.isNaN(trainAcc[0]);
    return new MetricPlots.Curves(
        Arrays.copyOf(epoch, size),
        Arrays.copyOf(trainLoss, size),
        withTest ? Arrays.copyOf(testLoss, size) : null,
        accuracy ? Arrays.copyOf(trainAcc, size) : null,
        accuracy && withTest ? Arrays.copyOf(testAcc, size) : null);
  }
}
