package lab.backprop.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lab.backprop.nn.Network;
import lab.backprop.run.RunSetup;
import lab.backprop.run.RunSpec;

/**
 * Where the runs of a comparison start: the base run and its variants on the same data (loaded
 * once, the same rows and split for all) and, unless a variant changes the init seed or the layer
 * sizes, from the same initial weights. The initialiser depends on the activation (He for the ReLU
 * family, Glorot otherwise), so a variant that changes only the activation gets a copy of the base
 * run's initial weights rather than its own draw.
 */
public final class ComparisonStart {
  private ComparisonStart() {}

  /** Which initial weights a run starts from. */
  public enum Weights {
    /** The base run's own. */
    BASE,
    /** Its own draw, which is the same as the base run's. */
    SAME,
    /** A copy of the base run's (its own draw would differ: another initialiser). */
    COPIED,
    /** Its own draw, from another init seed. */
    OWN_SEED,
    /** Its own draw: its layers differ from the base run's. */
    OWN_SIZE
  }

  /**
   * One run of the comparison.
   *
   * @param spec its run spec
   * @param start its state before the first step
   * @param weights where its initial weights come from
   */
  public record Run(RunSpec spec, RunState start, Weights weights) {}

  /**
   * The base run and each variant, in that order.
   *
   * @throws IllegalArgumentException when a variant changes the data (the data set, its seed or its
   *     split)
   * @throws IOException when the data file cannot be read
   */
  public static List<Run> of(RunSpec base, List<RunSpec> variants) throws IOException {
    for (int i = 0; i < variants.size(); i++) {
      RunSpec v = variants.get(i);
      if (!v.data().equals(base.data())
          || v.seeds().data() != base.seeds().data()
          || v.seeds().split() != base.seeds().split()) {
        throw new IllegalArgumentException(
            "run " + (i + 2) + " changes the data: the runs of a comparison share the base's data");
      }
    }
    RunSetup setup = RunSetup.of(base);
    Network baseNet = setup.freshNetwork();
    List<Run> runs = new ArrayList<>();
    runs.add(new Run(base, start(base, setup, baseNet), Weights.BASE));
    for (RunSpec v : variants) {
      Network own = RunSetup.freshNetwork(v, setup.all());
      Network net = own;
      Weights weights;
      if (v.seeds().init() != base.seeds().init()) {
        weights = Weights.OWN_SEED;
      } else if (!Arrays.equals(own.layerSizes(), baseNet.layerSizes())) {
        weights = Weights.OWN_SIZE;
      } else {
        net =
            new Network(
                baseNet.layerSizes(),
                own.activations(),
                own.output(),
                own.l2Lambda(),
                baseNet.copyW(),
                baseNet.copyB());
        weights = Arrays.deepEquals(own.copyW(), baseNet.copyW()) ? Weights.SAME : Weights.COPIED;
      }
      runs.add(new Run(v, start(v, setup, net), weights));
    }
    return runs;
  }

  private static RunState start(RunSpec spec, RunSetup setup, Network net) {
    return RunState.start(spec, setup.trainSet(), setup.testSet(), net);
  }
}
