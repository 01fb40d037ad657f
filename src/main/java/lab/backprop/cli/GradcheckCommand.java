package lab.backprop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import lab.backprop.io.InputFormatException;
import lab.backprop.io.NetworkJson;
import lab.backprop.nn.GradientCheck;
import lab.backprop.nn.Network;
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
    sortOptions = false,
    description = {
      "Compares the analytic gradient of the network JSON on its batch with central finite"
          + " differences and prints the worst relative error and the worst absolute error."
          + " The relative error of a parameter is |a - n| / max(|a|, |n|, 1e-3) (a analytic,"
          + " n numeric): a gradient below the floor 1e-3 is judged by its absolute error, as"
          + " rounding makes the difference quotient uncertain by about 1e-11.",
      "A network of more parameters than the sample is checked on a seeded sample (a share of"
          + " every W and b, at least 10 of each); --all checks every parameter. Progress goes to"
          + " stderr when the check takes more than a few seconds.",
      "Exit code 1 when the worst relative error is above the tolerance; 2 for bad input."
    },
    footer = {"%nExample:", "  backprop-lab gradcheck --h 1e-6 case.json"})
final class GradcheckCommand implements Callable<Integer> {
  private static final int DEFAULT_SAMPLE = 2000;

  /** Multiply-adds a check with the default sample may take (7e9 a second were measured). */
  private static final double DEFAULT_BUDGET = 2e11;

  /** Progress is reported after this long, and then as often. */
  private static final long PROGRESS_NANOS = 5_000_000_000L;

  @Parameters(paramLabel = "FILE", description = "Network JSON with X and y/t.")
  Path file;

  @Option(
      names = "--h",
      defaultValue = "1e-5",
      description = "Finite-difference step, 0 < h < 1 (default: ${DEFAULT-VALUE}).")
  double h;

  @Option(
      names = "--tolerance",
      defaultValue = "1e-6",
      description = "Largest acceptable relative error (default: ${DEFAULT-VALUE}).")
  double tolerance;

  @Option(
      names = "--sample",
      paramLabel = "N",
      description =
          "Parameters to check on a larger network, 1 to 100000000 (default: "
              + DEFAULT_SAMPLE
              + ", fewer when the batch makes each one costly: the check then takes at most"
              + " about 2e11 multiply-adds, half a minute on a 2-core development machine).")
  Integer sample;

  @Option(
      names = "--seed",
      defaultValue = "0",
      paramLabel = "S",
      description = "Seed of the sample (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--all", description = "Check every parameter, however many.")
  boolean all;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!(h > 0 && h < 1)) {
      throw new BadInputException("--h " + h + " is out of range, expected 0 < h < 1");
    }
    Checks.positive("--tolerance", tolerance);
    if (sample != null) {
      Checks.range("--sample", sample, 1, 100_000_000);
    }
    NetworkJson.Parsed parsed = NetworkJson.read(file);
    if (parsed.samples() == null) {
      throw new InputFormatException("missing field \"X\" (the batch to check on)").in(file);
    }
    GradientCheck.Result r =
        GradientCheck.check(
            parsed.network(),
            parsed.samples(),
            h,
            all ? Integer.MAX_VALUE : sampleSize(parsed),
            seed,
            progress(spec.commandLine().getErr()));
    boolean ok = r.worstRelativeError() <= tolerance;
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "worst relative error %.3e at %s, worst absolute error %.3e at %s, %s, h %s: %s%n",
            r.worstRelativeError(),
            r.worstParameter(),
            r.worstAbsoluteError(),
            r.worstAbsoluteParameter(),
            r.parametersChecked() == r.parametersTotal()
                ? r.parametersChecked() + " parameters"
                : r.parametersChecked()
                    + " of "
                    + r.parametersTotal()
                    + " parameters (a sample, seed "
                    + seed
                    + "; --all checks every one)",
            h,
            ok ? "ok" : "ABOVE the tolerance " + tolerance);
    return ok ? 0 : ErrorReporter.FAILURE;
  }

  /** --sample, or the default: as many as the budget allows, at most {@link #DEFAULT_SAMPLE}. */
  private int sampleSize(NetworkJson.Parsed parsed) {
    if (sample != null) {
      return sample;
    }
    Network net = parsed.network();
    double multiplyAdds = 0; // of one loss evaluation on the batch
    for (int l = 0; l < net.numLayers(); l++) {
      multiplyAdds += (double) net.layerSize(l) * net.layerSize(l + 1) * parsed.samples().size();
    }
    return (int) Math.max(1, Math.min(DEFAULT_SAMPLE, DEFAULT_BUDGET / (2 * multiplyAdds)));
  }

  /** Prints how far the check is every few seconds, once it has run for a few seconds. */
  private static GradientCheck.Progress progress(PrintWriter err) {
    long start = System.nanoTime();
    long[] next = {start + PROGRESS_NANOS};
    return (done, total) -> {
      long now = System.nanoTime();
      if (now >= next[0] && done < total) {
        next[0] = now + PROGRESS_NANOS;
        double seconds = (now - start) * 1e-9;
        err.printf(
            Locale.ROOT,
            "gradcheck: %d of %d parameters checked, about %.0f s left%n",
            done,
            total,
            seconds * (total - done) / done);
        err.flush();
      }
    };
  }
}
