package lab.backprop.train;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import lab.backprop.nn.Network;
import lab.backprop.nn.TrainingLoop;
import lab.backprop.run.RunSetup;

/**
 * One run of a fixed number of epochs, as the {@code train} command and every run of a sweep do it:
 * the run's training loop on its network, {@link DivergenceWatch} after every epoch, and the final
 * loss and accuracy on the train and test rows. Not thread-safe; a run on a pool owns its own
 * instance, network and data.
 */
public final class FixedRun {
  /**
   * Loss and accuracy on one set of rows.
   *
   * @param loss data loss plus the L2 term (what {@code train} reports)
   * @param dataLoss data loss alone (what the window's charts and status line show)
   * @param accuracy share classified right; NaN for regression
   */
  public record Metrics(double loss, double dataLoss, double accuracy) {
    public static Metrics of(Evaluator eval, Network net) {
      return new Metrics(eval.totalLoss(net), eval.loss(net), eval.accuracy(net));
    }
  }

  /**
   * How a run ended.
   *
   * @param train metrics on the training rows; null when diverged
   * @param test metrics on the test rows; null when diverged or without test rows
   * @param epochs the last epoch trained (counted from the start of the run, also when it went on
   *     from a saved one); the epoch it diverged at when diverged
   * @param divergence what diverged and when ({@link DivergenceWatch#message()}); null when not
   * @param epochsToTarget the first epoch after which the accuracy (on the test rows, on the train
   *     rows when there are none) reached the target; -1 when it did not or none was asked for
   * @param network the final network (nobody writes it after the run)
   */
  public record Result(
      Metrics train,
      Metrics test,
      long epochs,
      String divergence,
      long epochsToTarget,
      Network network) {
    public boolean diverged() {
      return divergence != null;
    }
  }

  /** Called after every epoch, e.g. to write a learning curve. */
  @FunctionalInterface
  public interface EpochListener {
    void afterEpoch(long epoch, Network net) throws IOException;
  }

  private final Network net;
  private final TrainingLoop loop;
  private final Evaluator trainEval;
  private final Evaluator testEval;
  private final DivergenceWatch watch;
  private final long firstEpoch;

  /** A run of {@code setup} from {@code net} (fresh or loaded; the run trains it in place). */
  public FixedRun(RunSetup setup, Network net) {
    this(
        net,
        setup.loop(net),
        new Evaluator(setup.train()),
        setup.test() == null ? null : new Evaluator(setup.test()),
        new DivergenceWatch(setup, net),
        0);
  }

  /**
   * A run that goes on from epoch {@code firstEpoch} of a saved one: its network, its training loop
   * (order and optimizer state restored) and its divergence watch.
   *
   * @param testEval null without test rows
   */
  public FixedRun(
      Network net,
      TrainingLoop loop,
      Evaluator trainEval,
      Evaluator testEval,
      DivergenceWatch watch,
      long firstEpoch) {
    this.net = net;
    this.loop = loop;
    this.trainEval = trainEval;
    this.testEval = testEval;
    this.watch = watch;
    this.firstEpoch = firstEpoch;
  }

  /** A run of {@code setup} from its fresh network ({@code seeds.init}). */
  public static FixedRun fresh(RunSetup setup) {
    return new FixedRun(setup, setup.freshNetwork());
  }

  public Evaluator trainEvaluator() {
    return trainEval;
  }

  /** Null without test rows. */
  public Evaluator testEvaluator() {
    return testEval;
  }

  public DivergenceWatch watch() {
    return watch;
  }

  /**
   * Trains {@code epochs} more epochs, stopping at a divergence.
   *
   * @throws CancellationException when the thread is interrupted (checked after every epoch)
   */
  public Result train(long epochs, EpochListener listener) throws IOException {
    return train(epochs, Double.NaN, listener);
  }

  /**
   * As {@link #train(long, EpochListener)}, also noting the first epoch at which the accuracy
   * reached {@code targetAccuracy} (NaN: not asked for; the accuracy is then not measured while
   * training, which would cost a forward pass over the rows every epoch).
   */
  public Result train(long epochs, double targetAccuracy, EpochListener listener)
      throws IOException {
    Evaluator targetEval = testEval != null ? testEval : trainEval;
    long reached = -1;
    long lastEpoch = firstEpoch + epochs;
    for (long epoch = firstEpoch + 1; epoch <= lastEpoch; epoch++) {
      if (watch.diverged(epoch, loop.stepEpoch())) {
        return new Result(null, null, epoch, watch.message(), -1, net);
      }
      if (reached < 0 && !Double.isNaN(targetAccuracy)) {
        if (targetEval.accuracy(net) >= targetAccuracy) {
          reached = epoch;
        }
      }
      if (listener != null) {
        listener.afterEpoch(epoch, net);
      }
      if (Thread.currentThread().isInterrupted()) {
        throw new CancellationException("cancelled at epoch " + epoch);
      }
    }
    Metrics train = Metrics.of(trainEval, net);
    Metrics test = testEval == null ? null : Metrics.of(testEval, net);
    if (watch.divergedAtEnd(lastEpoch, train.loss(), test == null ? 0 : test.loss())) {
      return new Result(null, null, lastEpoch, watch.message(), -1, net);
    }
    return new Result(train, test, lastEpoch, null, reached, net);
  }
}
