package lab.backprop.nn;

/**
 * Steps of training on one data set: one example, one mini-batch, or one epoch of shuffled
 * mini-batches. Deterministic: the same network, data, settings and seed give the same run bit for
 * bit. The steady-state loop allocates nothing. Not thread-safe.
 *
 * <p>Order of examples: each epoch draws a fresh permutation (from the seed); {@link
 * #stepExample()} and {@link #stepBatch()} continue through the current epoch's permutation. The
 * permutation of an epoch is drawn as soon as the previous epoch ends, so {@link #nextBatchRows()}
 * is exactly what the next step uses. Full-batch training uses the rows in their order (the order
 * of a single batch does not change the gradient) and draws no permutation.
 */
public final class TrainingLoop {
  private Network net;
  private Samples data;
  private Optimizer optimizer;
  private int batchSize;
  private final SplitMix64 random;
  private Backprop backprop = new Backprop();
  private int[] order;
  private int position;
  private long epoch;
  private long examplesSeen;

  /**
   * @param batchSize 1 … N; a value ≥ N (or ≤ 0) means full batch
   */
  public TrainingLoop(
      Network net, Samples data, OptimizerSettings optimizer, int batchSize, long seed) {
    this.net = net;
    this.optimizer = Optimizer.create(optimizer);
    this.random = new SplitMix64(seed);
    this.batchSize = batchSize;
    this.data = checkData(data);
    startOrder();
  }

  private TrainingLoop(
      Network net, Samples data, Optimizer optimizer, int batchSize, long seed, long examplesSeen) {
    this.net = net;
    this.optimizer = optimizer;
    this.random = new SplitMix64(seed);
    this.batchSize = batchSize;
    this.data = checkData(data);
    this.examplesSeen = examplesSeen;
    startOrder();
  }

  /**
   * Where a loop stands between two steps, beyond its network, data and settings: the optimizer's
   * state, the order of the current epoch and the position in it, the counters and the state of the
   * generator of the orders of the next epochs. Immutable ({@code order} is copied in and out).
   *
   * @param order the rows of the current epoch in the order they are used
   * @param position how many of them were used
   * @param epoch completed epochs of this loop
   * @param examplesSeen examples trained on
   * @param random the order generator's state ({@link SplitMix64#state()})
   */
  public record State(
      OptimizerState optimizer,
      int[] order,
      int position,
      long epoch,
      long examplesSeen,
      long random) {
    public State {
      order = order.clone();
    }

    @Override
    public int[] order() {
      return order.clone();
    }

    /**
     * @throws IllegalArgumentException naming the first part that does not fit {@code n} rows
     */
    public void checkFits(int n) {
      if (order.length != n) {
        throw new IllegalArgumentException(
            "order has " + order.length + " entries, the training data has " + n + " rows");
      }
      boolean[] seen = new boolean[n];
      for (int k = 0; k < n; k++) {
        int r = order[k];
        if (r < 0 || r >= n || seen[r]) {
          throw new IllegalArgumentException(
              "order[" + k + "] = " + r + ": the order must hold each of 0 … " + (n - 1) + " once");
        }
        seen[r] = true;
      }
      if (position < 0 || position >= n) {
        throw new IllegalArgumentException("position is " + position + ", expected 0 … " + (n - 1));
      }
      if (epoch < 0 || examplesSeen < 0) {
        throw new IllegalArgumentException("epoch and examples_seen must be >= 0");
      }
    }
  }

  /** This loop's {@link State}: a loop restored from it goes on exactly as this one would. */
  public State state() {
    return state(true);
  }

  /**
   * This loop's {@link State}, without the optimizer's moments unless {@code withOptimizer} (the
   * state then holds none: no copy of them is made).
   */
  public State state(boolean withOptimizer) {
    OptimizerState o =
        withOptimizer ? optimizer.state(net) : new OptimizerState(0, java.util.List.of());
    return new State(o, order, position, epoch, examplesSeen, random.state());
  }

  /**
   * A loop over {@code net} and {@code data} with these settings that goes on from {@code state}
   * exactly as the loop it was taken from would have.
   *
   * @throws IllegalArgumentException when the state does not fit the network or the data
   */
  public static TrainingLoop restore(
      Network net, Samples data, OptimizerSettings optimizer, int batchSize, State state) {
    state.checkFits(checkData(data).size());
    TrainingLoop loop =
        new TrainingLoop(net, data, Optimizer.create(optimizer), batchSize, state.random(), 0);
    loop.optimizer.setState(net, state.optimizer());
    loop.order = state.order();
    loop.position = state.position();
    loop.epoch = state.epoch();
    loop.examplesSeen = state.examplesSeen();
    loop.random.setState(state.random());
    return loop;
  }

  /**
   * A loop over {@code netCopy} (a copy of this loop's network) and {@code data}, with a copy of
   * this loop's optimizer state and settings, its batch size and its count of examples, and a fresh
   * order of examples drawn from {@code seed}. This loop is left exactly as it was, so it can be
   * kept (e.g. to undo the change of data) and used again later.
   */
  public TrainingLoop fork(Network netCopy, Samples data, long seed) {
    return new TrainingLoop(
        netCopy, data, optimizer.copyFor(net, netCopy), batchSize, seed, examplesSeen);
  }

  /**
   * Lets go of the forward/backward buffers (they grow with the batch), e.g. while the loop is kept
   * aside; the next step allocates them again. Changes no result.
   */
  public void releaseBuffers() {
    backprop = new Backprop();
  }

  private static Samples checkData(Samples data) {
    if (data == null || data.size() < 1) {
      throw new IllegalArgumentException("data: at least one row is needed");
    }
    return data;
  }

  public Network network() {
    return net;
  }

  /** The forward/backward buffers of the last step (its gradients, for a trace). */
  public Backprop backprop() {
    return backprop;
  }

  /** Trains on the next single example; returns its loss before the update. */
  public double stepExample() {
    return step(1);
  }

  /** Trains on the next mini-batch; returns its loss before the update. */
  public double stepBatch() {
    return step(effectiveBatch());
  }

  /** Finishes the current epoch (or runs a whole one); returns the mean batch loss. */
  public double stepEpoch() {
    long target = epoch + 1;
    double sum = 0;
    int batches = 0;
    while (epoch < target) {
      sum += stepBatch();
      batches++;
    }
    return sum / batches;
  }

  private double step(int wanted) {
    int n = data.size();
    int count = Math.min(wanted, n - position);
    double loss = backprop.run(net, data, fullBatch() ? null : order, position, position + count);
    optimizer.step(net, backprop.dW(), backprop.db());
    position += count;
    examplesSeen += count;
    if (position == n) {
      epoch++;
      position = 0;
      if (!fullBatch()) {
        shuffle();
      }
    }
    return loss;
  }

  private boolean fullBatch() {
    return batchSize <= 0 || batchSize >= data.size();
  }

  private int effectiveBatch() {
    return fullBatch() ? data.size() : batchSize;
  }

  /** (Re)starts the epoch order: the identity, shuffled unless training is full batch. */
  private void startOrder() {
    int n = data.size();
    if (order == null || order.length != n) {
      order = new int[n];
    }
    position = 0;
    if (!fullBatch()) {
      shuffle();
    } else {
      for (int k = 0; k < n; k++) {
        order[k] = k;
      }
    }
  }

  /** A fresh Fisher–Yates permutation of 0 … N−1. */
  private void shuffle() {
    int n = order.length;
    for (int k = 0; k < n; k++) {
      order[k] = k;
    }
    for (int k = n - 1; k > 0; k--) {
      int j = random.nextInt(k + 1);
      int tmp = order[k];
      order[k] = order[j];
      order[j] = tmp;
    }
  }

  /**
   * What a step on {@code rows} (indices into the data) would do, without doing it: the network
   * before (a copy), the engine's trace of the forward/backward pass on those rows, and the network
   * after the optimizer's update, computed on copies of the network and of the optimizer's state.
   * Changes nothing here: network, optimizer state, order, position and random stream stay as they
   * were.
   *
   * @param before copy of the network before the step
   * @param trace the forward/backward pass on the rows
   * @param optimizer the settings of the update
   * @param after copy of the network after the update
   * @param rows the rows of the step, in the order the step uses them
   */
  public record StepPreview(
      Network before, Trace trace, OptimizerSettings optimizer, Network after, int[] rows) {
    public StepPreview {
      rows = rows.clone();
    }

    @Override
    public int[] rows() {
      return rows.clone();
    }
  }

  /** {@link StepPreview} of a step on the given rows (see there); {@code rows} is not kept. */
  public StepPreview preview(int[] rows) {
    if (rows == null || rows.length == 0) {
      throw new IllegalArgumentException("rows: at least one row is needed");
    }
    for (int r : rows) {
      if (r < 0 || r >= data.size()) {
        throw new IllegalArgumentException(
            "rows: " + r + " is outside the data's " + data.size() + " rows");
      }
    }
    Network before = net.copy();
    Backprop pass = new Backprop();
    pass.run(before, data, rows, 0, rows.length);
    Trace trace = pass.toTrace(before, data, rows, 0, rows.length);
    Network after = before.copy();
    optimizer.copyFor(net, after).step(after, pass.dW(), pass.db());
    return new StepPreview(before, trace, optimizer.settings(), after, rows);
  }

  /** {@link #preview} of the next single example. */
  public StepPreview previewExample() {
    return preview(new int[] {nextExampleRow()});
  }

  /** {@link #preview} of the next mini-batch. */
  public StepPreview previewBatch() {
    return preview(nextBatchRows());
  }

  /** Completed epochs. */
  public long epoch() {
    return epoch;
  }

  /** Examples trained on so far. */
  public long examplesSeen() {
    return examplesSeen;
  }

  /** Row indices of the next mini-batch (a copy), for recording a step-through trace. */
  public int[] nextBatchRows() {
    int count = Math.min(effectiveBatch(), data.size() - position);
    int[] rows = new int[count];
    System.arraycopy(order, position, rows, 0, count);
    return rows;
  }

  /** Index of the next example, for recording a step-through trace. */
  public int nextExampleRow() {
    return order[position];
  }

  public void setOptimizer(OptimizerSettings settings) {
    if (settings.kind() == optimizer.settings().kind()) {
      optimizer.updateSettings(settings);
    } else {
      optimizer = Optimizer.create(settings);
    }
  }

  public OptimizerSettings optimizerSettings() {
    return optimizer.settings();
  }

  /**
   * Changes the batch size from the next step on. Switching between full batch and mini-batches
   * starts a new epoch order (a fresh permutation, or the identity) at the current position.
   */
  public void setBatchSize(int batchSize) {
    boolean wasFull = fullBatch();
    this.batchSize = batchSize;
    if (wasFull != fullBatch()) {
      int keep = position;
      startOrder();
      position = keep;
    }
  }

  public int batchSize() {
    return batchSize;
  }

  /** Replaces the data (keeps the network); the epoch's order starts afresh. */
  public void setData(Samples data) {
    this.data = checkData(data);
    startOrder();
  }

  /** Replaces the network (e.g. after reset or load); optimizer state is cleared. */
  public void setNetwork(Network net) {
    this.net = net;
    optimizer.reset();
  }

  /** Tell the loop the network changed shape in place (resize): optimizer state is cleared. */
  public void networkShapeChanged() {
    optimizer.reset();
  }
}
