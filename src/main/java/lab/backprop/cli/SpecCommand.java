package lab.backprop.cli;

import java.nio.file.Path;
import lab.backprop.io.RunSpecJson;
import lab.backprop.run.RunSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes the run spec JSON of the given run options. */
@Command(
    name = "spec",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Writes the run spec of the given run options as JSON: every field, defaults included."
          + " train --spec FILE (and the window's --spec FILE) run exactly that run; options"
          + " given after --spec override it."
    },
    footer = {
      "%nExample:",
      "  backprop-lab spec --dataset spiral --classes 3 --hidden 16,16 --activation relu \\",
      "      --optimizer adam --lr 0.01 --out spiral.json"
    })
final class SpecCommand extends RunCommand {

  @Option(
      names = "--out",
      paramLabel = "FILE.json",
      description = "Write the spec here (default: standard output).")
  Path out;

  @Override
  public Integer call() throws Exception {
    Checks.outputFile("--out", out);
    RunSpec runSpec = runSpec();
    if (out == null) {
      spec.commandLine().getOut().println(RunSpecJson.toJson(runSpec, null));
    } else {
      RunSpecJson.write(out, runSpec);
      spec.commandLine().getOut().println("run spec written to " + out);
    }
    return 0;
  }
}
