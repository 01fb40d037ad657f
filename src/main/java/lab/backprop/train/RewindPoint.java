package lab.backprop.train;

import java.util.List;
import java.util.Objects;
import lab.backprop.nn.FrozenNetwork;
import lab.backprop.nn.OptimizerState;
import lab.backprop.nn.TrainingLoop;
import lab.backprop.run.RunSpec;

/**
 * The run at the end of one epoch, kept so that it can be shown again and trained on from there
 * ({@link Command.Rewind}): the weights, the run spec in force, the order of the examples and its
 * generator, the counters and the divergence watch's recent losses, and, when {@link #exact}, the
 * optimizer's state. Immutable.
 *
 * @param loop the training loop's state; without the optimizer's moments when not {@link #exact}
 * @param bytes what the point holds, as {@link #bytes(int[], int, int)} counts it
 * @param exact whether the optimizer's state is kept, so that training from here goes on bit for
 *     bit as the run did (an optimizer without state, plain SGD, is always exact)
 */
record RewindPoint(
    long epoch,
    RunSpec run,
    FrozenNetwork network,
    TrainingLoop.State loop,
    boolean exact,
    long examplesSeen,
    long steps,
    double[] recentLosses,
    long growRandom,
    long bytes) {

  /** Bytes of a point besides its arrays (objects, counters, the 20 recent losses). */
  static final long OVERHEAD_BYTES = 512;

  RewindPoint {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(loop, "loop");
  }

  /** The point of a loop's state, with its optimizer's moments dropped unless {@code keep}. */
  static RewindPoint of(
      long epoch,
      RunSpec run,
      FrozenNetwork network,
      TrainingLoop.State loop,
      boolean keep,
      long examplesSeen,
      long steps,
      double[] recentLosses,
      long growRandom) {
    int moments = OptimizerState.momentNames(run.optimizer().kind()).size();
    boolean exact = keep || moments == 0;
    TrainingLoop.State kept =
        exact
            ? loop
            : new TrainingLoop.State(
                new OptimizerState(0, List.of()),
                loop.order(),
                loop.position(),
                loop.epoch(),
                loop.examplesSeen(),
                loop.random());
    long bytes = bytes(network.layerSizes(), exact ? moments : 0, loop.order().length);
    return new RewindPoint(
        epoch, run, network, kept, exact, examplesSeen, steps, recentLosses, growRandom, bytes);
  }

  /** W and b of every layer. */
  static long parameters(int[] layerSizes) {
    long p = 0;
    for (int l = 1; l < layerSizes.length; l++) {
      p += (long) (layerSizes[l - 1] + 1) * layerSizes[l];
    }
    return p;
  }

  /**
   * The bytes a point holds: 8 per weight and bias, 8 per value of each optimizer moment kept (one
   * per parameter and moment), 4 per training row (the order of the examples), and {@link
   * #OVERHEAD_BYTES}.
   */
  static long bytes(int[] layerSizes, int moments, int trainingRows) {
    return 8 * parameters(layerSizes) * (1 + moments) + 4L * trainingRows + OVERHEAD_BYTES;
  }
}
