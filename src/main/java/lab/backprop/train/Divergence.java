package lab.backprop.train;

import lab.backprop.nn.OutputKind;
import lab.backprop.nn.Samples;

/**
 * The one definition of a diverged run, for the window and the commands: a non-finite loss or
 * non-finite parameters, or a loss that stays far above chance level: the mean of the last {@value
 * #WINDOW} checked losses above {@value #FACTOR} times the loss of a network that knows nothing (ln
 * K for K classes, ln 2 for one sigmoid output, the targets' variance for regression). A stable
 * loss rarely becomes infinite, but a too-high learning rate makes it bounce far above chance
 * level; a live change of activation or layer sizes can make it jump for an epoch or two, and
 * training recovers by itself. Not thread-safe.
 */
public final class Divergence {
  public static final double FACTOR = 10;
  public static final int WINDOW = 20;

  private final double bound;
  private final double[] recent = new double[WINDOW];
  private int count;
  private int next;

  /** A watch for training on {@code train} with a network of this output. */
  public Divergence(OutputKind output, int outputUnits, Samples train) {
    this.bound = FACTOR * chanceLoss(output, outputUnits, train);
  }

  /** The loss of a network that knows nothing about the data. */
  public static double chanceLoss(OutputKind output, int outputUnits, Samples train) {
    if (output != OutputKind.MSE) {
      return Math.log(Math.max(2, outputUnits));
    }
    double[] t = train.t();
    double mean = 0;
    for (double v : t) {
      mean += v / t.length;
    }
    double variance = 0;
    for (double v : t) {
      variance += (v - mean) * (v - mean) / t.length;
    }
    return variance > 0 ? variance : 1;
  }

  /** The loss above which the recent mean counts as diverged. */
  public double bound() {
    return bound;
  }

  /** Whether {@code loss} itself is within the bound (finite and not far above chance). */
  public boolean withinBound(double loss) {
    return loss <= bound;
  }

  /**
   * Records a checked loss (of a whole epoch, or an evaluation); true when the run has diverged:
   * the loss is not finite, or the mean of the last {@value #WINDOW} is above the bound.
   */
  public boolean record(double loss) {
    if (!Double.isFinite(loss)) {
      return true;
    }
    recent[next] = loss;
    next = (next + 1) % WINDOW;
    count = Math.min(count + 1, WINDOW);
    if (count < WINDOW) {
      return false;
    }
    double sum = 0;
    for (int k = 0; k < WINDOW; k++) { // oldest first, so a restored window sums the same
      sum += recent[(next + k) % WINDOW];
    }
    return !(sum / WINDOW <= bound);
  }

  /** The recorded losses that count towards the mean, oldest first (at most {@value #WINDOW}). */
  public double[] recent() {
    double[] r = new double[count];
    for (int k = 0; k < count; k++) {
      r[k] = recent[Math.floorMod(next - count + k, WINDOW)];
    }
    return r;
  }

  /**
   * Records {@code losses} (a value of {@link #recent()}) in place of what was recorded.
   *
   * @throws IllegalArgumentException for more than {@value #WINDOW} losses or one not finite
   */
  public void restoreRecent(double[] losses) {
    if (losses.length > WINDOW) {
      throw new IllegalArgumentException(
          "recent_losses has " + losses.length + " values, at most " + WINDOW + " are kept");
    }
    for (double l : losses) {
      if (!Double.isFinite(l)) {
        throw new IllegalArgumentException("recent_losses holds " + l + ", expected finite");
      }
    }
    clear();
    for (double l : losses) {
      record(l);
    }
  }

  /** Forgets the recorded losses (after a restore, or a change the run recovers from). */
  public void clear() {
    count = 0;
    next = 0;
  }
}
