package lab.backprop.nn;

/**
 * Every number of one forward/backward pass, copied out of the engine: the single source of what
 * the app shows. Lists are indexed by weight layer, 0 = first hidden layer (the seeds' layer 1).
 * {@code Z[l]}, {@code A[l]}, {@code deltas[l]} are [N][out]; {@code A[L−1]} holds the output's
 * probabilities (softmax/sigmoid) or z itself (mse). {@code dW[l]} is [out][in] (λW included),
 * {@code db[l]} is [out]. {@code W}, {@code b} are the parameters the pass used.
 */
public record Trace(
    Samples samples,
    double[][][] W,
    double[][] b,
    double[][][] Z,
    double[][][] A,
    double[][][] deltas,
    double[][][] dW,
    double[][] db,
    double loss,
    double dataLoss,
    double l2Term) {}
