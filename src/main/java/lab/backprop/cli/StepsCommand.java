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
          + " one entry per step."
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
    }
    spec.commandLine().getOut().println(StepsJson.resultLine(lossBefore, wAfter, bAfter));
    return 0;
  }
}
