package lab.backprop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import lab.backprop.io.InputFormatException;
import lab.backprop.io.NetworkJson;
import lab.backprop.io.TraceJson;
import lab.backprop.nn.Trace;
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
          + " line, in input order: loss, data_loss, l2_term, Z, A, deltas, dW, db.",
      "Exit status 1 (nothing printed on stdout, one line on stderr naming the file and the"
          + " parts) when a result is not finite; 2 for bad input (input files are regular"
          + " files of at most 64 MiB of UTF-8 JSON)."
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
    List<Trace> traces = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Trace trace = cases.get(i).network().trace(cases.get(i).samples());
      String nonFinite = NonFinite.inTrace(trace);
      if (!nonFinite.isEmpty()) {
        spec.commandLine()
            .getErr()
            .println(
                "error: "
                    + files.get(i)
                    + ": the result is not finite: "
                    + nonFinite
                    + " (weights or inputs too large for doubles?)");
        return ErrorReporter.FAILURE;
      }
      traces.add(trace);
    }
    PrintWriter out = spec.commandLine().getOut();
    for (Trace trace : traces) {
      out.println(TraceJson.toLine(trace));
    }
    return 0;
  }
}
