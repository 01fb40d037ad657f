package lab.backprop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import lab.backprop.cli.BackpropCli;
import lab.backprop.run.RunField;
import lab.backprop.ui.app.AppOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The window takes the same run options as the commands, checked before the toolkit starts. */
class WindowOptionsTest {
  @TempDir Path dir;

  @Test
  void theWindowAndTrainListTheSameRunOptionsWithTheSameLimits() {
    CommandSpec train =
        BackpropCli.commandLine(
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
            .getSubcommands()
            .get("train")
            .getCommandSpec();

    Map<String, String> window = runOptions(AppOptions.commandSpec());
    assertThat(window).isEqualTo(runOptions(train));
    assertThat(window.keySet())
        .contains("--spec", "--dataset", "--n", "--noise", "--seed", "--classes", "--no-shuffle")
        .contains("--data", "--ratio", "--hidden", "--activation", "--output", "--l2")
        .contains("--optimizer", "--lr", "--momentum", "--beta1", "--beta2", "--eps", "--batch");
    assertThat(window.get("--hidden")).contains("1 to 6 layers of 1 to 512 units");
  }

  /** Every option a run field or --spec defines: name → label and help text. */
  private static Map<String, String> runOptions(CommandSpec command) {
    List<String> names = new ArrayList<>(List.of("--spec"));
    for (RunField f : RunField.values()) {
      if (f.option() != null) {
        names.add(f.option());
      }
    }
    Map<String, String> found = new TreeMap<>();
    for (OptionSpec o : command.options()) {
      if (names.contains(o.longestName())) {
        found.put(o.longestName(), o.paramLabel() + " " + String.join(" ", o.description()));
      }
    }
    return found;
  }

  @Test
  void aMalformedSpecStopsTheWindowBeforeTheToolkitWithOneLine() throws Exception {
    Path spec = dir.resolve("lesson.json");
    Files.writeString(
        spec, "{\"format\": \"backprop-lab-run\", \"version\": 1, \"optimizer\": {\"lr\": -2}}");

    Result r = launcher("--spec", spec.toString(), "--autoplay");

    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err.strip()).doesNotContain("\n").contains("lesson.json: optimizer.lr");
    assertThat(r.out).isEmpty();
  }

  @Test
  void aBadRunOptionStopsTheWindowBeforeTheToolkitWithOneLine() throws Exception {
    Result r = launcher("--hidden", "8,600");

    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err.strip())
        .doesNotContain("\n")
        .contains("--hidden 8,600: each layer has 1 to 512 units, got 600");
  }

  @Test
  void dataThatCannotBeMadeStopsTheWindowBeforeTheToolkitWithOneLine() throws Exception {
    Result r = launcher("--noise", "1e308");

    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err.strip()).doesNotContain("\n").contains("--noise").contains("not finite");
  }

  @Test
  void aBadSessionToOpenStopsTheWindowBeforeTheToolkitWithOneLine() throws Exception {
    Path session = dir.resolve("lesson.session.json");
    Files.writeString(session, "{\"format\": \"backprop-lab-session\", \"version\": 7}");

    Result r = launcher("--open", session.toString(), "--autoplay");

    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err.strip())
        .doesNotContain("\n")
        .contains("lesson.session.json: version 7 is newer than this Backprop Lab reads");
    assertThat(r.out).isEmpty();
  }

  private record Result(int exitCode, String out, String err) {}

  /** Runs the launcher in a JVM of its own without a display. */
  private Result launcher(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("lab.backprop.Launcher");
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove("DISPLAY");
    pb.environment().remove("WAYLAND_DISPLAY");
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the launcher did not exit");
    }
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
