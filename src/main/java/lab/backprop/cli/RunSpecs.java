package lab.backprop.cli;

import java.io.IOException;
import lab.backprop.run.RunOptions;
import lab.backprop.run.RunSpec;

/** The run spec of a command's options; a bad one is bad input (exit 2, one line). */
final class RunSpecs {
  private RunSpecs() {}

  static RunSpec of(RunOptions options) throws IOException {
    try {
      return options.spec();
    } catch (RunOptions.Problem e) {
      throw new BadInputException(e.getMessage());
    }
  }
}
