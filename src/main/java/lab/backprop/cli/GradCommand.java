package lab.backprop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import lab.backprop.io.InputFormatException;
import lab.backprop.io.NetworkJson;
import lab.backprop.io.TraceJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Forward and backward pass of each network JSON on its batch: one JSON line per file. */
@Command(
    name = "grad",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Evaluates each network JSON on its batch (X with y or t) and prints one JSON object per"
          + " line, in input order: loss, data_loss, l2_term, Z, A, deltas, dW, db."
    },
    footer = {"%nExample:", "  backprop-lab grad case0.json case1.json > traces.jsonl"})
final class GradCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Network JSON files with X and y/t.")
  List<Path> files;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<NetworkJson.Parsed> cases = new ArrayList<>();
    for (Path file : files) {
      NetworkJson.Parsed parsed = NetworkJson.read(file);
      if (parsed.samples() == null) {
        throw new InputFormatException("missing field \"X\" (the batch to evaluate)").in(file);
      }
      cases.add(parsed);
    }
    PrintWriter out = spec.commandLine().getOut();
    for (NetworkJson.Parsed parsed : cases) {
      out.println(TraceJson.toLine(parsed.network().trace(parsed.samples())));
    }
    return 0;
  }
}
