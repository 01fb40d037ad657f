package lab.backprop.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import lab.backprop.io.RunSpecJson;
import lab.backprop.run.RunOptions;
import lab.backprop.run.RunSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that takes run options; {@link BackpropCli} adds them to it before parsing. A bad run
 * spec is bad input (exit 2, one line).
 */
abstract class RunCommand implements Callable<Integer> {
  private final RunOptions run;

  @Spec CommandSpec spec;

  /** A command taking every run option and --spec. */
  RunCommand() {
    this(RunOptions.wholeRun(RunSpecJson::read));
  }

  RunCommand(RunOptions run) {
    this.run = run;
  }

  RunOptions runOptions() {
    return run;
  }

  /** The run the options describe. */
  RunSpec runSpec() throws IOException {
    try {
      return run.spec();
    } catch (RunOptions.Problem e) {
      throw new BadInputException(e.getMessage());
    }
  }
}
