package lab.backprop.train;

import java.util.Locale;
import lab.backprop.nn.Network;
import lab.backprop.nn.Samples;
import lab.backprop.run.RunSetup;

/**
 * Watches a training run of a fixed length ({@code train}, {@code bench}, a sweep's runs) for
 * divergence as {@link Divergence} defines it (a non-finite loss, or the mean of the last {@value
 * Divergence#WINDOW} epoch losses above {@value Divergence#FACTOR} times chance level), and for
 * parameters that are no longer finite; {@link #message()} says what diverged and when.
 */
public final class DivergenceWatch {
  private final Divergence divergence;
  private final Network net;
  private String message;

  public DivergenceWatch(RunSetup setup, Network net) {
    this(setup.train(), net, new double[0]);
  }

  /** A watch that goes on from the losses {@code recent} (oldest first) of a saved run. */
  public DivergenceWatch(Samples train, Network net, double[] recent) {
    this.divergence = new Divergence(net.output(), net.outputSize(), train);
    this.divergence.restoreRecent(recent);
    this.net = net;
  }

  /** The losses recorded, oldest first, for a saved session. */
  public double[] recent() {
    return divergence.recent();
  }

  /** Records the mean loss of {@code epoch}; true once the run has diverged. */
  public boolean diverged(long epoch, double meanLoss) {
    if (message != null) {
      return true;
    }
    if (!Double.isFinite(meanLoss)) {
      message = at(epoch) + "the loss is " + meanLoss;
    } else if (!net.isFinite()) {
      message = at(epoch) + "the weights are no longer finite (the loss was " + fmt(meanLoss) + ")";
    } else if (divergence.record(meanLoss)) {
      message =
          at(epoch)
              + "the loss is "
              + fmt(meanLoss)
              + " and the mean of the last "
              + Divergence.WINDOW
              + " epochs is above "
              + fmt(divergence.bound())
              + " ("
              + (int) Divergence.FACTOR
              + " times chance level)";
    }
    return message != null;
  }

  /** After the last epoch: a final loss (train or test) that is not finite also counts. */
  public boolean divergedAtEnd(long epoch, double... finalLosses) {
    for (double loss : finalLosses) {
      if (message == null && !Double.isFinite(loss)) {
        message = at(epoch) + "the final loss is " + loss;
      }
    }
    return message != null;
  }

  /** What diverged and when, with a hint; null while the run is fine. */
  public String message() {
    return message == null ? null : message + "; try a smaller --lr";
  }

  private static String at(long epoch) {
    return "training diverged at epoch " + epoch + ": ";
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.4g", v);
  }
}
