package lab.backprop.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import lab.backprop.io.StepsJson;
import lab.backprop.nn.Backprop;
import lab.backprop.nn.Network;
import lab.backprop.nn.Optimizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Optimizer steps on listed batches, printing the loss before and the parameters after each. */
@Command(
    name = "steps",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Runs optimizer steps: FILE is a network JSON with X and y/t, plus"
          + " \"optimizer\": {\"name\": sgd|momentum|nesterov|adam, \"lr\", \"momentum\", \"beta1\","
          + " \"beta2\", \"eps\"} and \"batches\": [[row indices], ...]. Step k trains on the rows of"
          + " batches[k]. Prints {\"loss_before\": [...], \"W_after\": [...], \"b_after\": [...]},"
          + " one entry per step.",
      "Exit status 1 (nothing printed on stdout, one line on stderr naming the step and the"
          + " layers) when a loss or a parameter stops being finite, e.g. Adam with eps 0 on a"
          + " zero gradient; 2 for bad input."
    },
    footer = {"%nExample:", "  backprop-lab steps adam_case.json"})
final class StepsCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "Network JSON with optimizer and batches.")
  Path file;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    StepsJson.Input input = StepsJson.read(file);
    Network net = input.network();
    Backprop backprop = new Backprop();
    Optimizer optimizer = Optimizer.create(input.optimizer());
    int steps = input.batches().length;
    double[] lossBefore = new double[steps];
    double[][][][] wAfter = new double[steps][][][];
    double[][][] bAfter = new double[steps][][];
    for (int k = 0; k < steps; k++) {
      int[] rows = input.batches()[k];
      lossBefore[k] = backprop.run(net, input.samples(), rows, 0, rows.length);
      optimizer.step(net, backprop.dW(), backprop.db());
      wAfter[k] = net.copyW();
      bAfter[k] = net.copyB();
      String nonFinite = NonFinite.inParameters(wAfter[k], bAfter[k]);
      if (!Double.isFinite(lossBefore[k]) || !nonFinite.isEmpty()) {
        spec.commandLine()
            .getErr()
            .println(
                "error: "
                    + file
                    + ": step "
                    + k
                    + ": "
                    + (Double.isFinite(lossBefore[k])
                        ? "not finite after the update: " + nonFinite
                        : "the loss before it is " + lossBefore[k]));
        return ErrorReporter.FAILURE;
      }
    }
    spec.commandLine().getOut().println(StepsJson.resultLine(lossBefore, wAfter, bAfter));
    return 0;
  }
}
