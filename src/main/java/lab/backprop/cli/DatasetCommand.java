package lab.backprop.cli;

import java.nio.file.Path;
import lab.backprop.data.CsvData;
import lab.backprop.data.Dataset;
import lab.backprop.data.Task;
import lab.backprop.io.AtomicFiles;
import lab.backprop.run.RunOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Generates a data set and writes it as CSV. */
@Command(
    name = "dataset",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Generates a data set and writes it as CSV (x1,x2,label or x1,x2,target)."
          + " moons is identical to scikit-learn's make_moons(n_samples=N, noise=S,"
          + " random_state=K, shuffle). The options mean what they mean in train."
    },
    footer = {
      "%nExample:",
      "  backprop-lab dataset --dataset moons --n 200 --noise 0.2 --seed 0 --out moons.csv"
    })
final class DatasetCommand extends RunCommand {
  DatasetCommand() {
    super(RunOptions.generatorOnly());
  }

  @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "CSV to write.")
  Path out;

  @Override
  public Integer call() throws Exception {
    Checks.outputFile("--out", out);
    Dataset dataset = dataset();
    AtomicFiles.write(out, writer -> CsvData.write(dataset, writer));
    String kind =
        dataset.task() == Task.CLASSIFICATION ? dataset.classes() + " classes" : "regression";
    spec.commandLine()
        .getOut()
        .println(
            dataset.size() + " points (" + dataset.name() + ", " + kind + ") written to " + out);
    return 0;
  }
}
