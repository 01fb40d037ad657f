package lab.backprop.ui.stepthrough;

import java.util.List;
import lab.backprop.data.Dataset;
import lab.backprop.data.DatasetSpec;
import lab.backprop.nn.Activation;
import lab.backprop.nn.Network;
import lab.backprop.nn.OptimizerKind;
import lab.backprop.nn.OptimizerSettings;
import lab.backprop.nn.OutputKind;
import lab.backprop.nn.Samples;

/** The one-click step-through presets. Each call builds fresh networks. */
public final class Presets {
  public static final String WORKED_EXAMPLE = "Worked example (Assignment 2)";
  public static final String TWO_MOONS = "Two moons, 3 hidden tanh units";

  /** The seed of the two-moons preset's initial weights. */
  public static final long TWO_MOONS_INIT_SEED = 1;

  /**
   * The write-up's learning rate is not given; 0.01 keeps the update visible but small. The seed
   * computes only the gradients.
   */
  public static final double WORKED_EXAMPLE_LR = 0.01;

  private Presets() {}

  public static List<Preset> all() {
    return List.of(workedExample(), twoMoons());
  }

  /**
   * The network of seed 001 (Assignment 2, CS577): input (1, 2), three sigmoid hidden units whose
   * weight rows (w_j0, w_j1, w_j2) are (0.01, 0.02, 0.03), (0.03, 0.01, 0.02), (0.02, 0.03, 0.01)
   * with w_j0 the bias, a linear output with V = (v0, v1, v2, v3) = (0.01, 0.02, 0.03, 0.04), v0
   * the bias, target 8 and loss (y − ŷ)² — layer_sizes [2, 3, 1], sigmoid, mse, N = 1. The note
   * compares the write-up's hand-rounded numbers with the engine's.
   */
  public static Preset workedExample() {
    double[][] rows = {{0.01, 0.02, 0.03}, {0.03, 0.01, 0.02}, {0.02, 0.03, 0.01}};
    double[] v = {0.01, 0.02, 0.03, 0.04};
    double[][] hiddenW = new double[3][];
    double[] hiddenB = new double[3];
    for (int j = 0; j < 3; j++) {
      hiddenB[j] = rows[j][0];
      hiddenW[j] = new double[] {rows[j][1], rows[j][2]};
    }
    Network net =
        new Network(
            new int[] {2, 3, 1},
            new Activation[] {Activation.SIGMOID},
            OutputKind.MSE,
            0.0,
            new double[][][] {hiddenW, {{v[1], v[2], v[3]}}},
            new double[][] {hiddenB, {v[0]}});
    Samples samples = new Samples(new double[][] {{1, 2}}, null, new double[] {8});
    OptimizerSettings sgd = OptimizerSettings.of(OptimizerKind.SGD, WORKED_EXAMPLE_LR);
    String note = workedExampleNote(StepRecording.record(net, samples, sgd));
    return new Preset(WORKED_EXAMPLE, net, samples, sgd, note, null);
  }

  /** Hand-rounded values of the write-up (seed 001), beside the engine's. */
  static String workedExampleNote(StepRecording rec) {
    String yHat = NumberFormatting.display(rec.a(2, 0, 0));
    String dYHat = NumberFormatting.display(rec.delta(2, 0, 0));
    String dv1 = NumberFormatting.display(rec.dW(2, 0, 0));
    String dv2 = NumberFormatting.display(rec.dW(2, 0, 1));
    String dv3 = NumberFormatting.display(rec.dW(2, 0, 2));
    return "The write-up's bias columns are b here: w_j0 = b₁,ⱼ and v₀ = b₂,₁; its v₁…v₃ are"
        + " w₂,₁₁…w₂,₁₃.\n"
        + "It rounds by hand: all three hidden activations as 0.52, so ŷ = 0.056 (exact "
        + yHat
        + "), ∂L/∂ŷ = −15.888 (exact "
        + dYHat
        + ") and three equal ∂L/∂v₁…v₃ = −8.262 (exact "
        + dv1
        + ", "
        + dv2
        + ", "
        + dv3
        + "). The numbers shown here are the engine's, in double precision.";
  }

  /**
   * A 2-3-2 tanh network with softmax cross-entropy, initialised with seed {@link
   * #TWO_MOONS_INIT_SEED}, on the default two moons ({@link DatasetSpec#DEFAULT}); the step is one
   * example, the first row, with SGD at learning rate 0.1.
   */
  public static Preset twoMoons() {
    Dataset moons = DatasetSpec.DEFAULT.generate();
    Network net =
        Network.initialized(
            new int[] {2, 3, 2},
            new Activation[] {Activation.TANH},
            OutputKind.SOFTMAX_CE,
            0.0,
            TWO_MOONS_INIT_SEED);
    Samples first =
        new Samples(
            new double[][] {{moons.x(0, 0), moons.x(0, 1)}}, new int[] {moons.label(0)}, null);
    return new Preset(
        TWO_MOONS, net, first, OptimizerSettings.of(OptimizerKind.SGD, 0.1), "", moons);
  }
}
