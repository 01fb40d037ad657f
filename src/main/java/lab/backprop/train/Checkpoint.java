package lab.backprop.train;

import lab.backprop.data.Dataset;
import lab.backprop.nn.Network;
import lab.backprop.nn.SplitMix64;
import lab.backprop.nn.TrainingLoop;
import lab.backprop.run.RunSpec;

/**
 * The whole state of a {@link TrainingSession} just before a command that discards work (a reset, a
 * new data set, a new initialiser seed or output, a loaded network), kept so {@link Command.Undo}
 * can bring it back exactly. It owns its network, training loop (optimizer state, order of
 * examples, random stream) and random stream of added units: the session hands these over and goes
 * on with new ones, so nothing changes them while they are kept. History and last good parameters
 * are copies. Confined to the trainer thread.
 *
 * @param label what the command did, for the banner ("reset", "new data set", …)
 */
record Checkpoint(
    String label,
    RunSpec run,
    Dataset train,
    Dataset test,
    Network net,
    TrainingLoop loop,
    SplitMix64 growRandom,
    Divergence divergence,
    ParameterBackup best,
    double bestLoss,
    double bestEpoch,
    HistoryBuffer history,
    long epoch,
    long examplesIntoEpoch,
    long examplesSeen,
    long steps,
    double trainLoss,
    double testLoss,
    double trainAccuracy,
    double testAccuracy,
    double metricsEpoch,
    boolean metricsStale,
    boolean trainedSinceEval,
    Predictions predictions,
    RewindStore rewind) {

  /**
   * Rough bytes held: parameters (network, best, optimizer state), rows, history and the epochs
   * kept to go back to (counted whole, though the session may share them).
   */
  long bytes() {
    long parameters = best.size();
    long rows = (long) (train.size() + test.size()) * (train.dimension() + 2);
    return 8 * (4 * parameters + rows)
        + 4L * train.size()
        + 8L * 6 * history.capacity()
        + rewind.bytes();
  }
}
