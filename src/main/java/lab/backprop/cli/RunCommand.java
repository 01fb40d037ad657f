package lab.backprop.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import lab.backprop.data.Dataset;
import lab.backprop.io.RunSpecJson;
import lab.backprop.run.RunOptions;
import lab.backprop.run.RunSetup;
import lab.backprop.run.RunSpec;
import lab.backprop.run.SpecException;
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

  /** What the run sets up: its data (generated or read), split and training loop. */
  RunSetup setup() throws IOException {
    RunSpec runSpec = runSpec();
    return RunSetup.of(runSpec, dataset(runSpec));
  }

  /** The run's data set alone (generated, or read from its file). */
  Dataset dataset() throws IOException {
    return dataset(runSpec());
  }

  private static Dataset dataset(RunSpec runSpec) throws IOException {
    try {
      return RunSetup.load(runSpec);
    } catch (SpecException e) { // a generator making non-finite points names its option
      throw new BadInputException(e.optionMessage());
    }
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
