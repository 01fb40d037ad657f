package lab.backprop.cli;

import java.io.IOException;
import lab.backprop.data.Dataset;
import lab.backprop.data.Task;
import lab.backprop.io.NetworkJson;
import lab.backprop.nn.Network;
import lab.backprop.nn.OptimizerSettings;
import lab.backprop.nn.OutputKind;
import lab.backprop.nn.Samples;

/**
 * What train and bench set up from their options: the data split, a fresh (or loaded) network that
 * fits the data, and the training settings. {@code test} is null when the split leaves no rows.
 */
record Experiment(
    Dataset all,
    Samples train,
    Samples test,
    Network network,
    OptimizerSettings optimizer,
    int batchSize,
    int epochs,
    long seed) {

  static Experiment build(
      DatasetOptions data, DataFileOption dataFile, ModelOptions model, double trainRatio)
      throws IOException {
    if (!(trainRatio > 0 && trainRatio <= 1)) {
      throw new BadInputException(
          "--ratio " + trainRatio + " is out of range, expected 0 < ratio <= 1");
    }
    OptimizerSettings optimizer = model.optimizerSettings();
    int batchSize = model.batchSize();
    int epochs = model.epochs();
    Dataset loaded = dataFile.load();
    Dataset all = loaded != null ? loaded : data.spec().generate();
    Network network = model.init != null ? loaded(model, all) : fresh(model, all, data.seed);
    Dataset.Split split = all.split(trainRatio, data.seed);
    Samples test = split.test().size() > 0 ? samples(split.test()) : null;
    return new Experiment(
        all, samples(split.train()), test, network, optimizer, batchSize, epochs, data.seed);
  }

  static Samples samples(Dataset data) {
    return new Samples(data.features(), data.labels(), data.targets());
  }

  private static Network fresh(ModelOptions model, Dataset data, long seed) {
    int[] hidden = model.hiddenSizes();
    OutputKind output = model.outputKind();
    checkFits(output, data, "--output " + output.jsonName());
    int[] sizes = new int[hidden.length + 2];
    sizes[0] = data.dimension();
    System.arraycopy(hidden, 0, sizes, 1, hidden.length);
    sizes[sizes.length - 1] = output == OutputKind.SOFTMAX_CE ? data.classes() : 1;
    return Network.initialized(sizes, model.activations(hidden.length), output, model.l2, seed);
  }

  private static Network loaded(ModelOptions model, Dataset data) throws IOException {
    Network net = NetworkJson.read(model.init).network();
    String what = "--init " + model.init;
    if (net.inputSize() != data.dimension()) {
      throw new BadInputException(
          what
              + ": the network takes "
              + net.inputSize()
              + " inputs, the data has "
              + data.dimension()
              + " features");
    }
    checkFits(net.output(), data, what + " (output " + net.output().jsonName() + ")");
    if (net.output() == OutputKind.SOFTMAX_CE && net.outputSize() != data.classes()) {
      throw new BadInputException(
          what
              + ": the network has "
              + net.outputSize()
              + " output classes, the data has "
              + data.classes());
    }
    return net;
  }

  private static void checkFits(OutputKind output, Dataset data, String what) {
    if (output == OutputKind.MSE && data.task() != Task.REGRESSION) {
      throw new BadInputException(
          what + " needs a regression data set, \"" + data.name() + "\" has class labels");
    }
    if (output != OutputKind.MSE && data.task() != Task.CLASSIFICATION) {
      throw new BadInputException(
          what
              + " needs class labels, \""
              + data.name()
              + "\" has real targets (use --output mse)");
    }
    if (output == OutputKind.SIGMOID_BCE && data.classes() != 2) {
      throw new BadInputException(
          what + " needs 2 classes, \"" + data.name() + "\" has " + data.classes());
    }
  }
}
