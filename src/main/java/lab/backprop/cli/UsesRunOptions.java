package lab.backprop.cli;

import lab.backprop.run.RunOptions;

/** A command that takes run options; {@link BackpropCli} adds them before parsing. */
interface UsesRunOptions {
  RunOptions runOptions();
}
