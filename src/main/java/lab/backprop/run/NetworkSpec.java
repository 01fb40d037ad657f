package lab.backprop.run;

import java.util.List;
import lab.backprop.data.Task;
import lab.backprop.nn.Activation;
import lab.backprop.nn.Network;
import lab.backprop.nn.OutputKind;

/**
 * The network without its weights: units per hidden layer, one activation per hidden layer, the
 * output (function and loss) and the L2 strength λ of {@code L = L_data + (λ/2) Σ W²}.
 */
public record NetworkSpec(
    List<Integer> hidden, List<Activation> activations, OutputKind output, double l2) {

  public static final int MAX_LAYERS = Network.MAX_HIDDEN_LAYERS;
  public static final int MAX_UNITS = Network.MAX_UNITS;
  public static final int MAX_INPUTS = Network.MAX_INPUTS;

  public static final NetworkSpec DEFAULT =
      new NetworkSpec(List.of(8), List.of(Activation.TANH), OutputKind.SOFTMAX_CE, 0);

  public NetworkSpec {
    if (hidden == null) {
      throw new SpecException(RunField.HIDDEN, "missing");
    }
    hidden = List.copyOf(hidden);
    checkHidden(hidden.stream().mapToInt(Integer::intValue).toArray());
    if (activations == null
        || (activations.size() != hidden.size())
        || activations.stream().anyMatch(java.util.Objects::isNull)) {
      throw new SpecException(
          RunField.ACTIVATION,
          "expected one name, or one per hidden layer ("
              + hidden.size()
              + "), got "
              + (activations == null ? "none" : activations.size()));
    }
    activations = List.copyOf(activations);
    if (output == null) {
      throw new SpecException(RunField.OUTPUT, "missing");
    }
    checkL2(l2);
  }

  /**
   * @throws SpecException unless there are 1 … {@link #MAX_LAYERS} layers of 1 … {@link #MAX_UNITS}
   *     units
   */
  public static void checkHidden(int[] hidden) {
    if (hidden.length < 1 || hidden.length > MAX_LAYERS) {
      throw new SpecException(
          RunField.HIDDEN, "expected 1 to " + MAX_LAYERS + " layers, got " + hidden.length);
    }
    for (int units : hidden) {
      if (units < 1 || units > MAX_UNITS) {
        throw new SpecException(
            RunField.HIDDEN, "each layer has 1 to " + MAX_UNITS + " units, got " + units);
      }
    }
  }

  /**
   * @throws SpecException unless {@code l2} is a finite number ≥ 0
   */
  public static void checkL2(double l2) {
    if (!(l2 >= 0) || !Double.isFinite(l2)) {
      throw new SpecException(RunField.L2, "expected a finite number >= 0, got " + l2);
    }
  }

  /** New hidden sizes; added layers take the activation of the last existing one. */
  public NetworkSpec withHidden(int[] sizes) {
    List<Activation> acts = new java.util.ArrayList<>();
    for (int k = 0; k < sizes.length; k++) {
      acts.add(activations.get(Math.min(k, activations.size() - 1)));
    }
    return withArchitecture(sizes, acts.toArray(Activation[]::new));
  }

  public NetworkSpec withArchitecture(int[] sizes, Activation[] acts) {
    return new NetworkSpec(
        java.util.Arrays.stream(sizes).boxed().toList(), List.of(acts), output, l2);
  }

  /** The same activation in every hidden layer. */
  public NetworkSpec withActivation(Activation activation) {
    return new NetworkSpec(
        hidden, java.util.Collections.nCopies(hidden.size(), activation), output, l2);
  }

  public NetworkSpec withOutput(OutputKind newOutput) {
    return new NetworkSpec(hidden, activations, newOutput, l2);
  }

  public NetworkSpec withL2(double newL2) {
    return new NetworkSpec(hidden, activations, output, newL2);
  }

  /** The output a data set gets when none is given: softmax_ce for classes, mse for targets. */
  public static OutputKind defaultOutput(Task task) {
    return task == Task.REGRESSION ? OutputKind.MSE : OutputKind.SOFTMAX_CE;
  }

  /**
   * Whether {@code output} can learn a data set of this task: mse for regression; softmax_ce for 2+
   * classes; sigmoid_bce for exactly 2 classes.
   */
  public static boolean fits(OutputKind output, Task task, int classes) {
    return switch (output) {
      case MSE -> task == Task.REGRESSION;
      case SOFTMAX_CE -> task == Task.CLASSIFICATION && classes >= 2;
      case SIGMOID_BCE -> task == Task.CLASSIFICATION && classes == 2;
    };
  }

  /** Output units: one per class for softmax_ce, one otherwise. */
  public static int outputSize(OutputKind output, int classes) {
    return output == OutputKind.SOFTMAX_CE ? classes : 1;
  }

  /** Layer sizes of the network: input, hidden…, output, for data of the given shape. */
  public int[] layerSizes(int inputSize, int classes) {
    int[] sizes = new int[hidden.size() + 2];
    sizes[0] = inputSize;
    for (int k = 0; k < hidden.size(); k++) {
      sizes[k + 1] = hidden.get(k);
    }
    sizes[sizes.length - 1] = outputSize(output, classes);
    return sizes;
  }

  public int[] hiddenArray() {
    return hidden.stream().mapToInt(Integer::intValue).toArray();
  }

  public Activation[] activationArray() {
    return activations.toArray(Activation[]::new);
  }
}
