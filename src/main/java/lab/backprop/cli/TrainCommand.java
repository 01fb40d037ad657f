package lab.backprop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import lab.backprop.io.AtomicFiles;
import lab.backprop.io.NetworkJson;
import lab.backprop.nn.Activation;
import lab.backprop.nn.Network;
import lab.backprop.nn.TrainingLoop;
import lab.backprop.train.Evaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Trains a network on a generated data set and reports the final train/test loss and accuracy. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Generates a data set, splits it into train and test rows, trains a network and prints the"
          + " final train/test loss and accuracy. Optionally writes the network JSON and the"
          + " learning curve (one CSV row per epoch)."
    },
    footer = {
      "%nExample:",
      "  backprop-lab train --hidden 8 --activation tanh --lr 0.5 --epochs 5000 \\",
      "      --out net.json --log curve.csv"
    })
final class TrainCommand implements Callable<Integer> {
  @Mixin DatasetOptions data;
  @Mixin DataFileOption dataFile;
  @Mixin ModelOptions model;

  @Option(
      names = "--ratio",
      defaultValue = "0.8",
      description = "Fraction of the rows used for training (default: ${DEFAULT-VALUE}).")
  double ratio;

  @Option(names = "--out", paramLabel = "net.json", description = "Write the trained network here.")
  Path out;

  @Option(
      names = "--log",
      paramLabel = "curve.csv",
      description =
          "Write the learning curve here: epoch,train_loss,test_loss,train_accuracy,test_accuracy.")
  Path log;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Checks.outputFile("--out", out);
    Checks.outputFile("--log", log);
    Experiment ex = Experiment.build(data, dataFile, model, ratio);
    Network net = ex.network();
    TrainingLoop loop =
        new TrainingLoop(net, ex.train(), ex.optimizer(), ex.batchSize(), ex.seed());
    Evaluator trainEval = new Evaluator(ex.train());
    Evaluator testEval = ex.test() == null ? null : new Evaluator(ex.test());
    StringBuilder curve =
        new StringBuilder("epoch,train_loss,test_loss,train_accuracy,test_accuracy\n");
    appendCurveRow(curve, 0, net, trainEval, testEval);
    for (int epoch = 1; epoch <= ex.epochs(); epoch++) {
      loop.stepEpoch();
      if (!net.isFinite()) {
        spec.commandLine()
            .getErr()
            .println(
                "error: training diverged at epoch "
                    + epoch
                    + " (weights are no longer finite); try a smaller --lr");
        return ErrorReporter.FAILURE;
      }
      if (log != null) {
        appendCurveRow(curve, epoch, net, trainEval, testEval);
      }
    }
    if (out != null) {
      NetworkJson.write(out, net, null);
    }
    if (log != null) {
      AtomicFiles.writeString(log, curve.toString());
    }
    report(ex, Metrics.of(trainEval, net), testEval == null ? null : Metrics.of(testEval, net));
    return 0;
  }

  /** Total loss (data + L2) and the fraction classified right (NaN for regression). */
  private record Metrics(double loss, double accuracy) {
    static Metrics of(Evaluator eval, Network net) {
      return new Metrics(eval.totalLoss(net), eval.accuracy(net));
    }
  }

  private static void appendCurveRow(
      StringBuilder curve, int epoch, Network net, Evaluator trainEval, Evaluator testEval) {
    Metrics train = Metrics.of(trainEval, net);
    Metrics test = testEval == null ? null : Metrics.of(testEval, net);
    curve
        .append(epoch)
        .append(',')
        .append(train.loss())
        .append(',')
        .append(test == null ? "" : Double.toString(test.loss()))
        .append(',')
        .append(Double.isNaN(train.accuracy()) ? "" : Double.toString(train.accuracy()))
        .append(',')
        .append(
            test == null || Double.isNaN(test.accuracy()) ? "" : Double.toString(test.accuracy()))
        .append('\n');
  }

  private void report(Experiment ex, Metrics train, Metrics test) {
    PrintWriter out = spec.commandLine().getOut();
    Network net = ex.network();
    out.printf(
        Locale.ROOT,
        "%d epochs on %d of %d rows of %s: %s %s, %s, %s lr %s, %s%n",
        ex.epochs(),
        ex.train().size(),
        ex.all().size(),
        ex.all().name(),
        Arrays.stream(net.layerSizes())
            .mapToObj(Integer::toString)
            .collect(Collectors.joining("-")),
        Arrays.stream(net.activations())
            .map(Activation::jsonName)
            .distinct()
            .collect(Collectors.joining(",")),
        net.output().jsonName(),
        ex.optimizer().name(),
        ex.optimizer().lr(),
        ex.batchSize() == 0 ? "full batch" : "batch " + ex.batchSize());
    out.println(line("train", train));
    out.println(test == null ? "test   (no rows left for a test set)" : line("test", test));
  }

  private static String line(String name, Metrics m) {
    String accuracy =
        Double.isNaN(m.accuracy())
            ? ""
            : String.format(Locale.ROOT, "  accuracy %.4f", m.accuracy());
    return String.format(Locale.ROOT, "%-6s loss %.6f%s", name, m.loss(), accuracy);
  }
}
