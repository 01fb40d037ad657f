package lab.backprop.train;

import lab.backprop.data.Dataset;
import lab.backprop.nn.FrozenNetwork;
import lab.backprop.nn.Trace;

/**
 * The trainer's state at one moment, published for other threads. Every field is immutable: {@code
 * network} is a {@link FrozenNetwork} copy of the trainer's network (forward passes with your own
 * {@link lab.backprop.nn.Predictor}; {@link FrozenNetwork#toNetwork()} for a copy to change).
 *
 * @param version increases by at least one with every published snapshot
 * @param commandsApplied sequence number (as returned by {@link Trainer#send}) of the last command
 *     the trainer has applied; 0 before any
 * @param network copy of the network at this moment
 * @param settings the settings in force (after every applied command)
 * @param train training rows
 * @param test test rows (may be empty)
 * @param epoch completed epochs
 * @param epochProgress epochs as a real number: {@code epoch} plus the fraction of the current
 *     epoch's examples already seen (the x of the history)
 * @param examplesSeen examples trained on
 * @param steps parameter updates (one per example or mini-batch)
 * @param epochsPerSecond measured over the last second or so; 0 when paused
 * @param trainLoss data loss (without the L2 term, like the test loss) on all training rows, as of
 *     {@code metricsEpoch}
 * @param testLoss data loss on the test rows (NaN without test rows)
 * @param trainAccuracy share of training rows classified right (NaN for regression)
 * @param testAccuracy share of test rows classified right (NaN for regression or no test rows)
 * @param metricsEpoch the {@code epochProgress} at which the four metrics were measured (they are
 *     refreshed every ~50 ms while playing, and after every manual step or change)
 * @param running true while playing
 * @param history the metrics so far (bounded)
 * @param lastStep the forward/backward pass of the last step taken with {@link Command.StepExample}
 *     or {@link Command.StepBatch} (or of the last step at a speed of at most 10 steps per second),
 *     with the parameters before its update; null if none since the last change of shape
 * @param notice something the user should know happened, e.g. "Output changed to sigmoid_bce: the
 *     network was reset"; null if none. Cleared by Play and Reset.
 * @param diverged e.g. "diverged at epoch 12 — lower the learning rate or reset" while the trainer
 *     is paused after a non-finite loss or parameter; null otherwise. Cleared by Play, steps, Reset
 *     and Load.
 * @param error the last failure (a rejected command or an exception in the trainer); null if none.
 *     Cleared by Play and Reset.
 * @param undo what {@link Command.Undo} would take back ("reset", "new data set", …); null if
 *     nothing
 * @param predictions the class predicted for every train and test row, measured with the metrics
 *     (at {@code metricsEpoch}); null for regression
 * @param rewind the epochs kept to go back to ({@link Command.Rewind})
 */
public record Snapshot(
    long version,
    long commandsApplied,
    FrozenNetwork network,
    TrainerSettings settings,
    Dataset train,
    Dataset test,
    long epoch,
    double epochProgress,
    long examplesSeen,
    long steps,
    double epochsPerSecond,
    double trainLoss,
    double testLoss,
    double trainAccuracy,
    double testAccuracy,
    double metricsEpoch,
    boolean running,
    History history,
    Trace lastStep,
    String notice,
    String diverged,
    String error,
    String undo,
    Predictions predictions,
    Rewind rewind) {}
