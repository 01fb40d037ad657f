package lab.backprop.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import lab.backprop.io.InputFormatException;
import lab.backprop.io.NetworkJson;
import lab.backprop.nn.GradientCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Central finite differences against the analytic gradient; exit code 1 above the tolerance. */
@Command(
    name = "gradcheck",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Compares the analytic gradient of the network JSON on its batch with central finite"
          + " differences over every W and b, and prints the worst relative error. Exit code 1 when"
          + " it is above the tolerance."
    },
    footer = {"%nExample:", "  backprop-lab gradcheck --h 1e-6 case.json"})
final class GradcheckCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "Network JSON with X and y/t.")
  Path file;

  @Option(
      names = "--h",
      defaultValue = "1e-5",
      description = "Finite-difference step (default: ${DEFAULT-VALUE}).")
  double h;

  @Option(
      names = "--tolerance",
      defaultValue = "1e-6",
      description = "Largest acceptable relative error (default: ${DEFAULT-VALUE}).")
  double tolerance;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!(h > 0 && h < 1)) {
      throw new BadInputException("--h " + h + " is out of range, expected 0 < h < 1");
    }
    Checks.positive("--tolerance", tolerance);
    NetworkJson.Parsed parsed = NetworkJson.read(file);
    if (parsed.samples() == null) {
      throw new InputFormatException("missing field \"X\" (the batch to check on)").in(file);
    }
    GradientCheck.Result r = GradientCheck.check(parsed.network(), parsed.samples(), h);
    boolean ok = r.worstRelativeError() <= tolerance;
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "worst relative error %.3e at %s (absolute %.3e), %d parameters, h %s: %s%n",
            r.worstRelativeError(),
            r.worstParameter(),
            r.worstAbsoluteError(),
            r.parametersChecked(),
            h,
            ok ? "ok" : "ABOVE the tolerance " + tolerance);
    return ok ? 0 : ErrorReporter.FAILURE;
  }
}
