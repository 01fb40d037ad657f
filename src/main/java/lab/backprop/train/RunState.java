package lab.backprop.train;

import java.util.Arrays;
import java.util.Objects;
import lab.backprop.data.Dataset;
import lab.backprop.nn.FrozenNetwork;
import lab.backprop.nn.Network;
import lab.backprop.nn.TrainingLoop;
import lab.backprop.run.NetworkSpec;
import lab.backprop.run.RunSetup;
import lab.backprop.run.RunSpec;

/**
 * The exact state of a run between two steps: what a session file holds. A trainer restored from it
 * (or a training loop built with {@link #loop}) goes on with the same numbers, bit for bit, as the
 * run it was captured from would have. Immutable and checked: every part fits the others.
 *
 * @param run the run spec in force (its network and optimizer are those of the run now)
 * @param train the training rows
 * @param test the test rows (may be empty)
 * @param network the weights and biases
 * @param loop the optimizer's state, the order of examples and its generator
 * @param epoch completed epochs
 * @param examplesIntoEpoch examples of the current epoch already trained on
 * @param examplesSeen examples trained on
 * @param steps parameter updates
 * @param history the metrics so far, as the bounded history holds them
 * @param recentLosses the losses the divergence watch has recorded, oldest first
 * @param growRandom the state of the generator of weights for units added while training
 * @param best the weights a divergence goes back to, or null: then those of {@link #network}
 */
public record RunState(
    RunSpec run,
    Dataset train,
    Dataset test,
    FrozenNetwork network,
    TrainingLoop.State loop,
    long epoch,
    long examplesIntoEpoch,
    long examplesSeen,
    long steps,
    HistoryBuffer.Saved history,
    double[] recentLosses,
    long growRandom,
    Best best) {

  /**
   * The weights with the lowest training loss measured since the last change, which a divergence
   * goes back to (the window's recovery; {@code train} stops instead).
   *
   * @param network the weights and biases (the shape of the run's network)
   * @param loss their training loss, {@code +∞} when not measured yet
   * @param epoch the epoch (with its fraction) they were measured at
   */
  public record Best(FrozenNetwork network, double loss, double epoch) {
    public Best {
      Objects.requireNonNull(network, "network");
      if (!network.isFinite()) {
        throw new IllegalArgumentException("divergence.best holds a weight that is not finite");
      }
      if (Double.isNaN(loss) || loss == Double.NEGATIVE_INFINITY) {
        throw new IllegalArgumentException("divergence.best.loss is " + loss);
      }
      if (!(epoch >= 0) || Double.isInfinite(epoch)) {
        throw new IllegalArgumentException(
            "divergence.best.epoch is " + epoch + ", expected a finite epoch >= 0");
      }
    }
  }

  /** A state without saved best weights (a divergence would go back to {@link #network}). */
  public RunState(
      RunSpec run,
      Dataset train,
      Dataset test,
      FrozenNetwork network,
      TrainingLoop.State loop,
      long epoch,
      long examplesIntoEpoch,
      long examplesSeen,
      long steps,
      HistoryBuffer.Saved history,
      double[] recentLosses,
      long growRandom) {
    this(
        run,
        train,
        test,
        network,
        loop,
        epoch,
        examplesIntoEpoch,
        examplesSeen,
        steps,
        history,
        recentLosses,
        growRandom,
        null);
  }

  /**
   * @throws IllegalArgumentException naming the first part that does not fit the others
   */
  public RunState {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(train, "train");
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(loop, "loop");
    Objects.requireNonNull(history, "history");
    recentLosses = recentLosses.clone();
    new Divergence(run.network().output(), network.outputSize(), RunSetup.samples(train))
        .restoreRecent(recentLosses);
    Network net = network.toNetwork();
    RunSetup.checkFits(net, train);
    if (test.size() > 0) {
      RunSetup.checkFits(net, test);
    }
    checkNetworkMatchesRun(net, run.network());
    if (best != null && !Arrays.equals(best.network().layerSizes(), network.layerSizes())) {
      throw new IllegalArgumentException(
          "divergence.best has layer sizes "
              + Arrays.toString(best.network().layerSizes())
              + ", network.layer_sizes says "
              + Arrays.toString(network.layerSizes()));
    }
    loop.checkFits(train.size());
    loop.optimizer().checkFits(run.optimizer().kind(), net);
    if (epoch < 0 || examplesSeen < 0 || steps < 0) {
      throw new IllegalArgumentException("epoch, examples_seen and steps must be >= 0");
    }
    if (examplesIntoEpoch < 0 || examplesIntoEpoch >= train.size()) {
      throw new IllegalArgumentException(
          "examples_into_epoch is "
              + examplesIntoEpoch
              + ", expected 0 … "
              + (train.size() - 1)
              + " (the training rows)");
    }
  }

  private static void checkNetworkMatchesRun(Network net, NetworkSpec spec) {
    int[] sizes = net.layerSizes();
    int[] hidden = Arrays.copyOfRange(sizes, 1, sizes.length - 1);
    if (!Arrays.equals(hidden, spec.hidden().stream().mapToInt(Integer::intValue).toArray())) {
      throw new IllegalArgumentException(
          "network.layer_sizes "
              + Arrays.toString(sizes)
              + " does not match the run's network.hidden "
              + spec.hidden());
    }
    if (!Arrays.asList(net.activations()).equals(spec.activations())) {
      throw new IllegalArgumentException(
          "network.activation differs from the run's network.activation");
    }
    if (net.output() != spec.output()) {
      throw new IllegalArgumentException(
          "network.output is "
              + net.output().jsonName()
              + ", the run's network.output is "
              + spec.output().jsonName());
    }
    if (net.l2Lambda() != spec.l2()) {
      throw new IllegalArgumentException(
          "network.l2_lambda is " + net.l2Lambda() + ", the run's network.l2 is " + spec.l2());
    }
  }

  @Override
  public double[] recentLosses() {
    return recentLosses.clone();
  }

  /**
   * The state of a run of {@code run} that starts from {@code net} (not trained yet) on these rows:
   * what a trainer started from it does is what a fresh run from that network does.
   */
  public static RunState start(RunSpec run, Dataset train, Dataset test, Network net) {
    TrainingLoop loop = RunSetup.loop(run, net, RunSetup.samples(train));
    return new RunState(
        run,
        train,
        test,
        net.freeze(),
        loop.state(),
        0,
        0,
        0,
        0,
        new HistoryBuffer().saved(),
        new double[0],
        initialGrowRandom(run));
  }

  /** A training loop over {@code net} (a copy of {@link #network}) that goes on from here. */
  public TrainingLoop loop(Network net) {
    return TrainingLoop.restore(
        net, RunSetup.samples(train), run.optimizer(), run.training().batch(), loop);
  }

  /** A history buffer holding {@link #history}. */
  public HistoryBuffer historyBuffer() {
    return HistoryBuffer.restore(history);
  }

  /**
   * The state of the generator of weights for units added while training, at the start of a run of
   * {@code run} (drawn from its init seed).
   */
  public static long initialGrowRandom(RunSpec run) {
    return run.seeds().init() ^ 0x9E3779B97F4A7C15L;
  }

  /**
   * The parameter updates of finishing an epoch from {@code examplesIntoEpoch} with mini-batches of
   * {@code batch} (0 or ≥ n: the whole set) over {@code n} rows.
   */
  public static long stepsToEndOfEpoch(int n, int batch, long examplesIntoEpoch) {
    int b = batch <= 0 ? n : Math.min(n, batch);
    long remaining = n - examplesIntoEpoch;
    return (remaining + b - 1) / b;
  }
}
