package lab.backprop.cli;

import java.io.IOException;
import java.nio.file.Path;
import lab.backprop.data.Dataset;
import lab.backprop.io.NetworkJson;
import lab.backprop.nn.Network;
import lab.backprop.run.NetworkSpec;
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
    Dataset data = setup.all();
    String what = "--init " + file;
    if (net.inputSize() != data.dimension()) {
      throw new BadInputException(
          what
              + ": the network takes "
              + net.inputSize()
              + " inputs, the data has "
              + data.dimension()
              + " features");
    }
    if (!NetworkSpec.fits(net.output(), data.task(), data.classes())
        || NetworkSpec.outputSize(net.output(), data.classes()) != net.outputSize()) {
      throw new BadInputException(
          what
              + ": the network's output ("
              + net.output().jsonName()
              + ", "
              + net.outputSize()
              + " units) does not fit \""
              + data.name()
              + "\" ("
              + (data.classes() > 0 ? data.classes() + " classes" : "regression")
              + ")");
    }
    return net;
  }
}
