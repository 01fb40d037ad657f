package lab.backprop.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import lab.backprop.nn.Activation;
import lab.backprop.nn.Network;
import lab.backprop.nn.OptimizerSettings;
import lab.backprop.nn.OutputKind;
import picocli.CommandLine.Option;

/** The network and training options shared by train and bench. */
final class ModelOptions {
  static final int MAX_EPOCHS = 10_000_000;

  @Option(
      names = "--hidden",
      split = ",",
      defaultValue = "8",
      paramLabel = "UNITS",
      description =
          "Hidden layer sizes, e.g. 8,8: 1 to "
              + Network.MAX_HIDDEN_LAYERS
              + " layers of 1 to "
              + Network.MAX_UNITS
              + " units (default: ${DEFAULT-VALUE}).")
  List<Integer> hidden;

  @Option(
      names = "--activation",
      split = ",",
      defaultValue = "tanh",
      paramLabel = "NAME",
      description =
          "Hidden activation, one for all layers or one per layer: sigmoid, tanh, relu,"
              + " leaky_relu, gelu_erf, gelu_tanh, identity (default: ${DEFAULT-VALUE}).")
  List<String> activation;

  @Option(
      names = "--output",
      defaultValue = "softmax_ce",
      description = "Output and loss: softmax_ce, sigmoid_bce, mse (default: ${DEFAULT-VALUE}).")
  String output;

  @Option(
      names = "--optimizer",
      defaultValue = "sgd",
      description = "sgd, momentum, nesterov, adam (default: ${DEFAULT-VALUE}).")
  String optimizer;

  @Option(
      names = "--lr",
      defaultValue = "0.1",
      description = "Learning rate (default: ${DEFAULT-VALUE}).")
  double lr;

  @Option(
      names = "--momentum",
      defaultValue = "0.9",
      description = "Momentum of momentum and nesterov (default: ${DEFAULT-VALUE}).")
  double momentum;

  @Option(
      names = "--beta1",
      defaultValue = "0.9",
      description = "Adam beta1 (default: ${DEFAULT-VALUE}).")
  double beta1;

  @Option(
      names = "--beta2",
      defaultValue = "0.999",
      description = "Adam beta2 (default: ${DEFAULT-VALUE}).")
  double beta2;

  @Option(
      names = "--eps",
      defaultValue = "1e-8",
      description = "Adam eps (default: ${DEFAULT-VALUE}).")
  double eps;

  @Option(
      names = "--batch",
      defaultValue = "full",
      paramLabel = "SIZE|full",
      description = "Mini-batch size, or full for full-batch (default: ${DEFAULT-VALUE}).")
  String batch;

  @Option(
      names = "--epochs",
      defaultValue = "1000",
      description = "Epochs to train, 1 to " + MAX_EPOCHS + " (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(
      names = "--l2",
      defaultValue = "0",
      description =
          "L2 strength lambda: L = L_data + (lambda/2) sum W^2 (default: ${DEFAULT-VALUE}).")
  double l2;

  @Option(
      names = "--init",
      paramLabel = "net.json",
      description =
          "Start from this network JSON instead of fresh weights; its layer sizes, activation,"
              + " output and l2_lambda replace --hidden, --activation, --output and --l2.")
  Path init;

  int[] hiddenSizes() {
    Checks.range("--hidden (number of layers)", hidden.size(), 1, Network.MAX_HIDDEN_LAYERS);
    int[] sizes = new int[hidden.size()];
    for (int i = 0; i < sizes.length; i++) {
      Checks.range("--hidden", hidden.get(i), 1, Network.MAX_UNITS);
      sizes[i] = hidden.get(i);
    }
    return sizes;
  }

  Activation[] activations(int hiddenLayers) {
    if (activation.size() != 1 && activation.size() != hiddenLayers) {
      throw new BadInputException(
          "--activation has "
              + activation.size()
              + " names, expected 1 or one per hidden layer ("
              + hiddenLayers
              + ")");
    }
    Activation[] result = new Activation[hiddenLayers];
    for (int i = 0; i < hiddenLayers; i++) {
      result[i] = activation(activation.get(activation.size() == 1 ? 0 : i));
    }
    return result;
  }

  private static Activation activation(String name) {
    for (Activation a : Activation.values()) {
      if (a.jsonName().equals(name)) {
        return a;
      }
    }
    throw new BadInputException(
        "--activation \""
            + name
            + "\" is not one of "
            + Arrays.stream(Activation.values())
                .map(Activation::jsonName)
                .collect(Collectors.joining(", ")));
  }

  OutputKind outputKind() {
    for (OutputKind kind : OutputKind.values()) {
      if (kind.jsonName().equals(output)) {
        return kind;
      }
    }
    throw new BadInputException(
        "--output \""
            + output
            + "\" is not one of "
            + Arrays.stream(OutputKind.values())
                .map(OutputKind::jsonName)
                .collect(Collectors.joining(", ")));
  }

  OptimizerSettings optimizerSettings() {
    Checks.positive("--lr", lr);
    Checks.atLeast("--l2", l2, 0);
    try {
      return new OptimizerSettings(optimizer, lr, momentum, beta1, beta2, eps);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--optimizer: " + e.getMessage());
    }
  }

  /** The batch size, 0 meaning full batch. */
  int batchSize() {
    if (batch.equalsIgnoreCase("full")) {
      return 0;
    }
    try {
      int size = Integer.parseInt(batch.trim());
      Checks.range("--batch", size, 1, Integer.MAX_VALUE);
      return size;
    } catch (NumberFormatException e) {
      throw new BadInputException(
          "--batch \"" + batch + "\" is not a size, expected 1, 2, ... or full");
    }
  }

  int epochs() {
    Checks.range("--epochs", epochs, 1, MAX_EPOCHS);
    return epochs;
  }
}
