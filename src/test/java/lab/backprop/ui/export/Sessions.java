package lab.backprop.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import lab.backprop.cli.BackpropCli;
import lab.backprop.io.AtomicFiles;
import lab.backprop.io.Json;

/** Session files for the tests, made by the command line as a user would. */
final class Sessions {
  private Sessions() {}

  /** A session of a tanh network with these hidden sizes trained for {@code epochs} on the data. */
  static Path trained(Path dir, String dataset, String hidden, int epochs) throws IOException {
    Path run = dir.resolve("run.json");
    Path net = dir.resolve("net.json");
    cli(
        "spec",
        "--dataset",
        dataset,
        "--n",
        "120",
        "--hidden",
        hidden,
        "--lr",
        "0.5",
        "--out",
        run.toString());
    cli(
        "train",
        "--spec",
        run.toString(),
        "--epochs",
        Integer.toString(epochs),
        "--out",
        net.toString());
    ObjectNode session = Json.mapper().createObjectNode();
    session.set("run", Json.readObject(run));
    session.set("network", Json.readObject(net));
    Path file = dir.resolve("session.json");
    AtomicFiles.writeString(file, session.toString());
    return file;
  }

  private static void cli(String... args) {
    StringWriter err = new StringWriter();
    int code = BackpropCli.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
  }
}
