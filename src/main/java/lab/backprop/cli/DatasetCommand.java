package lab.backprop.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import lab.backprop.data.CsvData;
import lab.backprop.data.Dataset;
import lab.backprop.data.Task;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Generates a data set and writes it as CSV. */
@Command(
    name = "dataset",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Generates a data set and writes it as CSV (x1,x2,label or x1,x2,target)."
          + " moons is identical to scikit-learn's make_moons(n_samples=N, noise=S,"
          + " random_state=K, shuffle)."
    },
    footer = {
      "%nExample:",
      "  backprop-lab dataset --name moons --n 200 --noise 0.2 --seed 0 --out moons.csv"
    })
final class DatasetCommand implements Callable<Integer> {
  @Mixin DatasetOptions data;

  @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "CSV to write.")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Checks.outputFile("--out", out);
    Dataset dataset = data.spec().generate();
    CsvData.write(dataset, out);
    String kind =
        dataset.task() == Task.CLASSIFICATION ? dataset.classes() + " classes" : "regression";
    spec.commandLine()
        .getOut()
        .println(
            dataset.size() + " points (" + dataset.name() + ", " + kind + ") written to " + out);
    return 0;
  }
}
