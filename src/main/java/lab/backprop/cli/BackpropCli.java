package lab.backprop.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command of the headless tools: {@code java -jar backprop-lab-<version>-all.jar CMD}. */
@Command(
    name = "backprop-lab",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Backprop Lab without a window: gradients, optimizer steps, data, training, benchmarks,"
            + " sweeps.",
    subcommands = {
      GradCommand.class,
      StepsCommand.class,
      DatasetCommand.class,
      SpecCommand.class,
      TrainCommand.class,
      GradcheckCommand.class,
      BenchCommand.class,
      SweepCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "%nExit status: 0 done; 1 failed (training diverged, a result is not finite, gradcheck above"
          + " its tolerance); 2 bad input (one line naming the option, field or file).",
      "Input files are regular files of UTF-8 text of at most 64 MiB (JSON and CSV); output"
          + " files are checked before any work and written atomically.",
      "%nWithout a command the jar opens the app window.",
      "%nExample:",
      "  java -jar backprop-lab-0.1.0-all.jar train --epochs 2000 --out net.json"
    })
public final class BackpropCli implements Runnable {
  /** The command names; the launcher runs the command line when the first argument is one. */
  public static final Set<String> COMMANDS =
      Set.of("grad", "steps", "dataset", "spec", "train", "gradcheck", "bench", "sweep");

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "missing command, expected one of " + String.join(", ", sorted()));
  }

  private static java.util.List<String> sorted() {
    return java.util.List.of(
        "grad", "steps", "dataset", "spec", "train", "gradcheck", "bench", "sweep");
  }

  /**
   * The configured command line, writing to {@code out} and {@code err}, with {@code more} commands
   * from the packages above this one (the window's pictures: render).
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, Object... more) {
    CommandLine cli = new CommandLine(new BackpropCli());
    for (Object command : more) {
      cli.addSubcommand(command);
    }
    for (CommandLine sub : cli.getSubcommands().values()) {
      if (sub.getCommand() instanceof RunCommand command) {
        command.runOptions().addTo(sub.getCommandSpec());
      }
    }
    cli.setOverwrittenOptionsAllowed(true); // the last value counts, as after --spec
    cli.setOut(out);
    cli.setErr(err);
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    cli.setParameterExceptionHandler(ErrorReporter::parameterError);
    cli.setExecutionExceptionHandler(ErrorReporter::executionError);
    return cli;
  }

  /**
   * Runs one command; returns the exit code (0 ok, 1 check failed, diverged, out of memory or
   * internal error, 2 bad input).
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err, Object... more) {
    try {
      return commandLine(out, err, more).execute(args);
    } catch (OutOfMemoryError e) { // the work is unwound: its memory can be collected again
      err.println(
          "error: out of memory ("
              + Runtime.getRuntime().maxMemory() / (1024 * 1024)
              + " MiB of heap): the data or the network is too large for it; try a smaller"
              + " --batch or more heap (java -Xmx4g -jar ...)");
      return ErrorReporter.FAILURE;
    } finally {
      out.flush();
      err.flush();
    }
  }

  public static int execute(String[] args, Object... more) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    return execute(args, out, err, more);
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }
}
