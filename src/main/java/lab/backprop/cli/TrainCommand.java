package lab.backprop.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import lab.backprop.data.Dataset;
import lab.backprop.io.AtomicFiles;
import lab.backprop.io.Json;
import lab.backprop.io.MetricPlots;
import lab.backprop.io.NetworkJson;
import lab.backprop.io.SessionJson;
import lab.backprop.nn.Activation;
import lab.backprop.nn.Network;
import lab.backprop.nn.TrainingLoop;
import lab.backprop.run.RunField;
import lab.backprop.run.RunSetup;
import lab.backprop.run.RunSpec;
import lab.backprop.train.DivergenceWatch;
import lab.backprop.train.Evaluator;
import lab.backprop.train.FixedRun;
import lab.backprop.train.FixedRun.Metrics;
import lab.backprop.train.HistoryBuffer;
import lab.backprop.train.RunState;
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

  @Option(
      names = "--save-session",
      paramLabel = "FILE.json",
      description =
          "Write the session at the end: the run spec and the exact state of the run (weights,"
              + " optimizer state, order of examples, counters, history), which train --resume"
              + " and the window's --open continue exactly.")
  Path saveSession;

  @Option(
      names = "--resume",
      paramLabel = "FILE.json",
      description =
          "Continue the run of this session file for --epochs more epochs (default: the"
              + " session's training.epochs), exactly as if it had never stopped. The session"
              + " holds the run: no other run option (nor --init) can be given with it.")
  Path resume;

  /** Where training starts: a fresh run of the options, or a saved session. */
  private record Start(
      RunSpec run,
      Dataset train,
      Dataset test,
      Network net,
      TrainingLoop loop,
      HistoryBuffer history,
      long epoch,
      long examplesIntoEpoch,
      long examplesSeen,
      long steps,
      double[] recentLosses,
      long growRandom) {

    double epochProgress() {
      return epoch + (double) examplesIntoEpoch / train.size();
    }
  }

  @Override
  public Integer call() throws Exception {
    Checks.outputFile("--out", out);
    Checks.outputFile("--log", log);
    Checks.outputFile("--save-session", saveSession);
    Checks.outputFile("--plot", plot);
    Start start = resume == null ? fresh() : resumed();
    Network net = start.net();
    TrainingLoop loop = start.loop();
    int n = start.train().size();
    Evaluator trainEval = new Evaluator(RunSetup.samples(start.train()));
    Evaluator testEval =
        start.test().size() == 0 ? null : new Evaluator(RunSetup.samples(start.test()));
    DivergenceWatch watch =
        new DivergenceWatch(RunSetup.samples(start.train()), net, start.recentLosses());
    FixedRun run = new FixedRun(net, loop, trainEval, testEval, watch, start.epoch());
    HistoryBuffer history = saveSession == null ? null : start.history();
    int epochs = resume == null ? start.run().training().epochs() : resumeEpochs(start.run());
    int batch = start.run().training().batch();
    long[] steps = {start.steps()};
    long[] into = {start.examplesIntoEpoch()};
    long seenBefore = loop.examplesSeen();
    PlotRecorder plotted =
        plot == null
            ? null
            : new PlotRecorder(Math.toIntExact(start.epoch() + epochs), testEval != null);
    try (AtomicFiles.Output curve = log == null ? null : AtomicFiles.open(log)) {
      Writer rows = curve == null ? Writer.nullWriter() : curve.writer();
      rows.write("epoch,train_loss,test_loss,train_accuracy,test_accuracy\n");
      record(rows, plotted, start.epoch(), net, trainEval, testEval);
      measure(history, start.epochProgress(), net, trainEval, testEval);
      FixedRun.Result result =
          run.train(
              epochs,
              (epoch, trained) -> {
                steps[0] += RunState.stepsToEndOfEpoch(n, batch, into[0]);
                into[0] = 0;
                if (curve != null || (plotted != null && plotted.wants(epoch))) {
                  record(rows, plotted, epoch, trained, trainEval, testEval);
                }
                measure(history, epoch, trained, trainEval, testEval);
              });
      if (result.diverged()) {
        return diverged(watch, result.epochs());
      }
      long lastEpoch = result.epochs();
      if (out != null) {
        NetworkJson.write(out, net, null);
      }
      if (saveSession != null) {
        SessionJson.write(
            saveSession,
            new RunState(
                start.run(),
                start.train(),
                start.test(),
                net.freeze(),
                loop.state(),
                lastEpoch,
                0,
                start.examplesSeen() + loop.examplesSeen() - seenBefore,
                steps[0],
                history.saved(),
                watch.recent(),
                start.growRandom()));
      }
      if (curve != null) {
        curve.commit();
      }
      if (plotted != null) {
        MetricPlots.write(plot, plotTitle(start, net), plotted.curves());
      }
      if (json) {
        printJson(result.train(), result.test(), lastEpoch, false);
      } else {
        report(start, epochs, net, result.train(), result.test());
      }
      return 0;
    }
  }

  /** A fresh run of the run options (and --init). */
  private Start fresh() throws IOException {
    RunSetup setup = setup();
    Network net = init.network(setup);
    int[] sizes = net.layerSizes();
    RunSpec run =
        setup
            .spec()
            .withNetwork(
                setup
                    .spec()
                    .network()
                    .withArchitecture(
                        Arrays.copyOfRange(sizes, 1, sizes.length - 1), net.activations())
                    .withOutput(net.output())
                    .withL2(net.l2Lambda()));
    return new Start(
        run,
        setup.trainSet(),
        setup.testSet(),
        net,
        setup.loop(net),
        new HistoryBuffer(),
        0,
        0,
        0,
        0,
        new double[0],
        RunState.initialGrowRandom(run));
  }

  /** The run of the --resume session, exactly where it stopped. */
  private Start resumed() throws IOException {
    List<String> others =
        runOptions().givenOptions().stream()
            .filter(o -> !o.equals(RunField.EPOCHS.option()))
            .distinct()
            .toList();
    if (!others.isEmpty() || init.file != null) {
      throw new BadInputException(
          "--resume continues the session's own run: "
              + String.join(", ", init.file != null ? List.of("--init") : others)
              + " cannot be given with it (only --epochs)");
    }
    RunState state = SessionJson.read(resume);
    Network net = state.network().toNetwork();
    return new Start(
        state.run(),
        state.train(),
        state.test(),
        net,
        state.loop(net),
        state.historyBuffer(),
        state.epoch(),
        state.examplesIntoEpoch(),
        state.examplesSeen(),
        state.steps(),
        state.recentLosses(),
        state.growRandom());
  }

  /** --epochs when given, else the session's. */
  private int resumeEpochs(RunSpec sessionRun) throws IOException {
    return runOptions().givenOptions().contains(RunField.EPOCHS.option())
        ? runSpec().training().epochs()
        : sessionRun.training().epochs();
  }

  /** Adds the metrics now to the session's history (as the window measures them). */
  private static void measure(
      HistoryBuffer history, double epoch, Network net, Evaluator trainEval, Evaluator testEval) {
    if (history == null) {
      return;
    }
    history.append(
        epoch,
        trainEval.loss(net),
        testEval == null ? Double.NaN : testEval.loss(net),
        trainEval.accuracy(net),
        testEval == null ? Double.NaN : testEval.accuracy(net));
  }

  /** One line on stderr (and the JSON summary with --json); nothing is written. */
  private int diverged(DivergenceWatch watch, long epoch) {
    if (json) {
      printJson(null, null, epoch, true);
    }
    return ErrorReporter.diverged(spec.commandLine().getErr(), watch);
  }

  private void printJson(Metrics train, Metrics test, long epochs, boolean diverged) {
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
      long epoch,
      Network net,
      Evaluator trainEval,
      Evaluator testEval)
      throws IOException {
    Metrics train = Metrics.of(trainEval, net);
    Metrics test = testEval == null ? null : Metrics.of(testEval, net);
    if (plotted != null && plotted.wants(epoch)) {
      plotted.add(
          Math.toIntExact(epoch),
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
  private static String describe(Start start, Network net) {
    RunSpec run = start.run();
    return String.format(
        Locale.ROOT,
        "%s: %s %s, %s, %s lr %s, %s",
        start.train().name(),
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

  private static String plotTitle(Start start, Network net) {
    return describe(start, net)
        + String.format(
            Locale.ROOT,
            ", %d of %d rows for training%s",
            start.train().size(),
            start.train().size() + start.test().size(),
            start.run().data().standardizes() ? ", standardised" : "");
  }

  private void report(Start start, int epochs, Network net, Metrics train, Metrics test) {
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "%s%d epochs on %d of %d rows of %s%n",
        resume == null ? "" : "from epoch " + start.epoch() + ", ",
        epochs,
        start.train().size(),
        start.train().size() + start.test().size(),
        describe(start, net));
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
