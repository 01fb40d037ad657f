package lab.backprop.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import lab.backprop.io.AtomicFiles;
import lab.backprop.io.Json;
import lab.backprop.io.MetricPlots;
import lab.backprop.io.NetworkJson;
import lab.backprop.nn.Activation;
import lab.backprop.nn.Network;
import lab.backprop.nn.TrainingLoop;
import lab.backprop.run.RunSetup;
import lab.backprop.run.RunSpec;
import lab.backprop.train.Evaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Trains a network on a generated data set and reports the final train/test loss and accuracy. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Generates (or reads) a data set, splits it into train and test rows, trains a network and"
          + " prints the final train/test loss and accuracy. Optionally writes the network JSON"
          + " and the learning curve (one CSV row per epoch).",
      "Exit status 0 when training went well; 1 when it diverged: the loss or a weight is no"
          + " longer finite, or the mean loss of the last 20 epochs is above 10 times chance level"
          + " (ln K for K classes, the targets' variance for regression). Then one line on stderr"
          + " says at which epoch and with which loss, and neither --out nor --log is written."
          + " 2 for bad input (one line naming the option, field or file: input files must be"
          + " regular files of at most 64 MiB; outputs are checked before training starts)."
    },
    footer = {
      "%nExample:",
      "  backprop-lab train --hidden 8 --activation tanh --lr 0.5 --epochs 5000 \\",
      "      --out net.json --log curve.csv",
      "  backprop-lab spec --hidden 16 --optimizer adam --lr 0.01 --out run.json",
      "  backprop-lab train --spec run.json --seed 3 --json"
    })
final class TrainCommand extends RunCommand {

  @Mixin InitOption init;

  @Option(names = "--out", paramLabel = "net.json", description = "Write the trained network here.")
  Path out;

  @Option(
      names = "--log",
      paramLabel = "curve.csv",
      description =
          "Write the learning curve here: epoch,train_loss,test_loss,train_accuracy,test_accuracy;"
              + " streamed while training and put in place atomically at the end.")
  Path log;

  @Option(
      names = "--plot",
      paramLabel = "FILE.png",
      description =
          "Write the metric plots here as PNG: the loss and the accuracy per epoch, train and test"
              + " (at most "
              + PlotRecorder.MAX_POINTS
              + " epochs evenly spread, the last one included); drawn without a display.")
  Path plot;

  @Option(
      names = "--json",
      description =
          "Print the final summary as one JSON object: train_loss, test_loss, train_accuracy,"
              + " test_accuracy (null where there is no test set or no classes), epochs,"
              + " diverged; numbers in full precision. On divergence the losses are null,"
              + " epochs is the epoch it diverged at, and the exit status is 1.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Checks.outputFile("--out", out);
    Checks.outputFile("--log", log);
    Checks.outputFile("--plot", plot);
    RunSetup setup = setup();
    Network net = init.network(setup);
    TrainingLoop loop = setup.loop(net);
    Evaluator trainEval = new Evaluator(setup.train());
    Evaluator testEval = setup.test() == null ? null : new Evaluator(setup.test());
    DivergenceWatch watch = new DivergenceWatch(setup, net);
    int epochs = setup.spec().training().epochs();
    try (AtomicFiles.Output curve = log == null ? null : AtomicFiles.open(log)) {
      Writer rows = curve == null ? Writer.nullWriter() : curve.writer();
      rows.write("epoch,train_loss,test_loss,train_accuracy,test_accuracy\n");
      PlotRecorder plotted = plot == null ? null : new PlotRecorder(epochs, testEval != null);
      record(rows, plotted, 0, net, trainEval, testEval);
      for (int epoch = 1; epoch <= epochs; epoch++) {
        if (watch.diverged(epoch, loop.stepEpoch())) {
          return diverged(watch, epoch);
        }
        if (curve != null || (plotted != null && plotted.wants(epoch))) {
          record(rows, plotted, epoch, net, trainEval, testEval);
        }
      }
      Metrics train = Metrics.of(trainEval, net);
      Metrics test = testEval == null ? null : Metrics.of(testEval, net);
      if (watch.divergedAtEnd(epochs, train.loss(), test == null ? 0 : test.loss())) {
        return diverged(watch, epochs);
      }
      if (out != null) {
        NetworkJson.write(out, net, null);
      }
      if (curve != null) {
        curve.commit();
      }
      if (plotted != null) {
        MetricPlots.write(plot, plotTitle(setup, net), plotted.curves());
      }
      if (json) {
        printJson(train, test, epochs, false);
      } else {
        report(setup, net, train, test);
      }
      return 0;
    }
  }

  /** One line on stderr (and the JSON summary with --json); nothing is written. */
  private int diverged(DivergenceWatch watch, int epoch) {
    if (json) {
      printJson(null, null, epoch, true);
    }
    return watch.report(spec.commandLine().getErr());
  }

  /** Total loss (data + L2) and the fraction classified right (NaN for regression). */
  private record Metrics(double loss, double accuracy) {
    static Metrics of(Evaluator eval, Network net) {
      return new Metrics(eval.totalLoss(net), eval.accuracy(net));
    }
  }

  private void printJson(Metrics train, Metrics test, int epochs, boolean diverged) {
    ObjectNode root = Json.mapper().createObjectNode();
    putNumber(root, "train_loss", train == null ? Double.NaN : train.loss());
    putNumber(root, "test_loss", test == null ? Double.NaN : test.loss());
    putNumber(root, "train_accuracy", train == null ? Double.NaN : train.accuracy());
    putNumber(root, "test_accuracy", test == null ? Double.NaN : test.accuracy());
    root.put("epochs", epochs);
    root.put("diverged", diverged);
    spec.commandLine().getOut().println(root.toString());
  }

  /** A number, or null for what does not exist (NaN: no test set, no classes, diverged). */
  private static void putNumber(ObjectNode node, String name, double value) {
    if (Double.isNaN(value)) {
      node.putNull(name);
    } else {
      node.put(name, value);
    }
  }

  /** The metrics after {@code epoch}: a row of the log, a point of the plot when it wants one. */
  private static void record(
      Writer curve,
      PlotRecorder plotted,
      int epoch,
      Network net,
      Evaluator trainEval,
      Evaluator testEval)
      throws IOException {
    Metrics train = Metrics.of(trainEval, net);
    Metrics test = testEval == null ? null : Metrics.of(testEval, net);
    if (plotted != null && plotted.wants(epoch)) {
      plotted.add(
          epoch,
          train.loss(),
          test == null ? Double.NaN : test.loss(),
          train.accuracy(),
          test == null ? Double.NaN : test.accuracy());
    }
    curve.write(
        epoch
            + ","
            + train.loss()
            + ","
            + (test == null ? "" : Double.toString(test.loss()))
            + ","
            + (Double.isNaN(train.accuracy()) ? "" : Double.toString(train.accuracy()))
            + ","
            + (test == null || Double.isNaN(test.accuracy())
                ? ""
                : Double.toString(test.accuracy()))
            + "\n");
  }

  /** E.g. "mnist: 784-256-64-10 relu, softmax_ce, adam lr 0.001, batch 32". */
  private static String describe(RunSetup setup, Network net) {
    RunSpec run = setup.spec();
    return String.format(
        Locale.ROOT,
        "%s: %s %s, %s, %s lr %s, %s",
        setup.all().name(),
        Arrays.stream(net.layerSizes())
            .mapToObj(Integer::toString)
            .collect(Collectors.joining("-")),
        Arrays.stream(net.activations())
            .map(Activation::jsonName)
            .distinct()
            .collect(Collectors.joining(",")),
        net.output().jsonName(),
        run.optimizer().name(),
        run.optimizer().lr(),
        run.training().fullBatch() ? "full batch" : "batch " + run.training().batch());
  }

  private String plotTitle(RunSetup setup, Network net) {
    return describe(setup, net)
        + String.format(
            Locale.ROOT,
            ", %d of %d rows for training%s",
            setup.train().size(),
            setup.all().size(),
            setup.spec().data().standardizes() ? ", standardised" : "");
  }

  private void report(RunSetup setup, Network net, Metrics train, Metrics test) {
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "%d epochs on %d of %d rows of %s%n",
        setup.spec().training().epochs(),
        setup.train().size(),
        setup.all().size(),
        describe(setup, net));
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
