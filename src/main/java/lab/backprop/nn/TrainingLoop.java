package lab.backprop.nn;

/**
 * Steps of training on one data set: one example, one mini-batch, or one epoch of shuffled
 * mini-batches. Deterministic: the same network, data, settings and seed give the same run bit for
 * bit. The steady-state loop allocates nothing. Not thread-safe.
 *
 * <p>Order of examples: each epoch draws a fresh permutation (from the seed); {@link
 * #stepExample()} and {@link #stepBatch()} continue through the current epoch's permutation.
 */
public final class TrainingLoop {

  /**
   * @param batchSize 1 … N; a value ≥ N (or ≤ 0) means full batch
   */
  public TrainingLoop(
      Network net, Samples data, OptimizerSettings optimizer, int batchSize, long seed) {
    throw new UnsupportedOperationException("TODO");
  }

  public Network network() {
    throw new UnsupportedOperationException("TODO");
  }

  /** Trains on the next single example; returns its loss before the update. */
  public double stepExample() {
    throw new UnsupportedOperationException("TODO");
  }

  /** Trains on the next mini-batch; returns its loss before the update. */
  public double stepBatch() {
    throw new UnsupportedOperationException("TODO");
  }

  /** Finishes the current epoch (or runs a whole one); returns the mean batch loss. */
  public double stepEpoch() {
    throw new UnsupportedOperationException("TODO");
  }

  /** Completed epochs. */
  public long epoch() {
    throw new UnsupportedOperationException("TODO");
  }

  /** Examples trained on so far. */
  public long examplesSeen() {
    throw new UnsupportedOperationException("TODO");
  }

  /** Row indices of the next mini-batch (a copy), for recording a step-through trace. */
  public int[] nextBatchRows() {
    throw new UnsupportedOperationException("TODO");
  }

  /** Index of the next example, for recording a step-through trace. */
  public int nextExampleRow() {
    throw new UnsupportedOperationException("TODO");
  }

  public void setOptimizer(OptimizerSettings settings) {
    throw new UnsupportedOperationException("TODO");
  }

  public OptimizerSettings optimizerSettings() {
    throw new UnsupportedOperationException("TODO");
  }

  public void setBatchSize(int batchSize) {
    throw new UnsupportedOperationException("TODO");
  }

  public int batchSize() {
    throw new UnsupportedOperationException("TODO");
  }

  /** Replaces the data (keeps the network); the epoch's order starts afresh. */
  public void setData(Samples data) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Replaces the network (e.g. after reset or load); optimizer state is cleared. */
  public void setNetwork(Network net) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Tell the loop the network changed shape in place (resize): optimizer state is cleared. */
  public void networkShapeChanged() {
    throw new UnsupportedOperationException("TODO");
  }
}
