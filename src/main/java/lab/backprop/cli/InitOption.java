package lab.backprop.cli;

import java.io.IOException;
import java.nio.file.Path;
import lab.backprop.io.NetworkJson;
import lab.backprop.nn.Network;
import lab.backprop.run.RunSetup;
import picocli.CommandLine.Option;

/** Start from a saved network instead of fresh weights (train and bench). */
final class InitOption {
  @Option(
      names = "--init",
      paramLabel = "net.json",
      description =
          "Start from this network JSON instead of fresh weights; its layer sizes, activation,"
              + " output and l2_lambda replace --hidden, --activation, --output and --l2.")
  Path file;

  /** The network to train: the loaded one, checked against the data, or a fresh one. */
  Network network(RunSetup setup) throws IOException {
    if (file == null) {
      return setup.freshNetwork();
    }
    Network net = NetworkJson.read(file).network();
    try {
      RunSetup.checkFits(net, setup.all());
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--init " + file + ": " + e.getMessage());
    }
    return net;
  }
}
