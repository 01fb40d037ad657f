package lab.backprop.nn;

/**
 * The forward and backward pass, with reusable buffers: after the first call for a given shape and
 * batch size, {@link #run} allocates nothing. Not thread-safe; one per training thread.
 *
 * <p>Gradients are of the total loss (data + L2): {@code dW_l = Δ_lᵀ A_{l−1} + λ W_l}, {@code db_l
 * = Σ_n Δ_l[n]}, deltas include the 1/N of the mean.
 */
public final class Backprop {

  public Backprop() {}

  /**
   * Forward and backward pass of {@code net} on rows {@code rows[from..to)} of {@code data} (rows
   * may be null: then rows from..to of X in order). Fills {@link #dW()} and {@link #db()}.
   *
   * @return the total loss (data + L2) with the parameters before any update
   */
  public double run(Network net, Samples data, int[] rows, int from, int to) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Forward pass only: total loss on the given rows. */
  public double loss(Network net, Samples data, int[] rows, int from, int to) {
    throw new UnsupportedOperationException("TODO");
  }

  /** ∂L/∂W_l of the last {@link #run}, flat row-major [out*in] per layer; valid until next run. */
  public double[][] dW() {
    throw new UnsupportedOperationException("TODO");
  }

  /** ∂L/∂b_l of the last {@link #run}; valid until next run. */
  public double[][] db() {
    throw new UnsupportedOperationException("TODO");
  }

  /** Data part of the loss of the last run or loss call. */
  public double dataLoss() {
    throw new UnsupportedOperationException("TODO");
  }

  /** L2 part, (λ/2)·Σ W², of the last run or loss call. */
  public double l2Term() {
    throw new UnsupportedOperationException("TODO");
  }

  /** Copies every value of the last {@link #run} (which must have had the given net) out. */
  public Trace toTrace(Network net, Samples data, int[] rows, int from, int to) {
    throw new UnsupportedOperationException("TODO");
  }
}
