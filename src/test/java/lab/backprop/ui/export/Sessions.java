package lab.backprop.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import lab.backprop.cli.BackpropCli;

/** Session files for the tests, made by the command line as a user would. */
final class Sessions {
  private Sessions() {}

  /** A session of a tanh network with these hidden sizes trained for {@code epochs} on the data. */
  static Path trained(Path dir, String dataset, String hidden, int epochs) throws IOException {
    Path file = dir.resolve("session-" + hidden.replace(',', '-') + "-" + epochs + ".json");
    cli(
        "train",
        "--dataset",
        dataset,
        "--n",
        "120",
        "--hidden",
        hidden,
        "--lr",
        "0.5",
        "--batch",
        "16",
        "--optimizer",
        "momentum",
        "--epochs",
        Integer.toString(epochs),
        "--save-session",
        file.toString());
    return file;
  }

  static void cli(String... args) {
    StringWriter err = new StringWriter();
    int code = BackpropCli.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
  }
}
