package lab.backprop.train;

import java.util.Objects;
import lab.backprop.run.RunSpec;

/**
 * What the trainer runs: a run spec and the pace of play. {@link #FULL_SPEED} runs whole epochs
 * back to back as fast as the core allows; a finite pace from {@link #MIN_SPEED} to {@link
 * #MAX_SPEED} runs that many steps of one mini-batch per second.
 */
public record TrainerSettings(RunSpec run, double stepsPerSecond) {

  /** Speed meaning "whole epochs back to back, no pacing". */
  public static final double FULL_SPEED = Double.POSITIVE_INFINITY;

  public static final double MIN_SPEED = 1;
  public static final double MAX_SPEED = 10_000;

  /**
   * The window's starting pace, so that a new user pressing Space watches the moons being separated
   * over about ten seconds: the default run (moons, 2-8-2 tanh, SGD 0.1, full batch: one step is
   * one epoch) first reaches the 97 % train accuracy of its final curved boundary at epoch 7,253
   * ({@code train --epochs 20000 --log curve.csv}; 95 % at epoch 1,482), so 750 steps a second
   * takes about 9.7 s.
   */
  public static final double WATCHABLE_SPEED = 750;

  /**
   * @throws IllegalArgumentException for a pace out of range
   */
  public TrainerSettings {
    Objects.requireNonNull(run, "run");
    checkSpeed(stepsPerSecond);
  }

  /** The default run at full speed. */
  public static TrainerSettings defaults() {
    return of(RunSpec.DEFAULT);
  }

  /** {@code run} at full speed. */
  public static TrainerSettings of(RunSpec run) {
    return new TrainerSettings(run, FULL_SPEED);
  }

  public TrainerSettings withRun(RunSpec newRun) {
    return new TrainerSettings(newRun, stepsPerSecond);
  }

  public TrainerSettings withSpeed(double newStepsPerSecond) {
    return new TrainerSettings(run, newStepsPerSecond);
  }

  public boolean isFullSpeed() {
    return stepsPerSecond == FULL_SPEED;
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
}
