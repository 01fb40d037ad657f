package lab.backprop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lab.backprop.io.BadSessions;
import lab.backprop.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code train --save-session} and {@code train --resume}: a run of E1 + E2 epochs in one go and a
 * run of E1 epochs saved, then resumed for E2, end with the same network and the same session.
 */
class ResumeCommandTest {
  @TempDir Path dir;

  private static final String[] RUN = {
    "--n", "120", "--hidden", "5,4", "--batch", "8", "--lr", "0.02", "--seed", "11"
  };

  private static String[] args(String optimizer, String... more) {
    String[] all = new String[RUN.length + 2 + more.length];
    System.arraycopy(RUN, 0, all, 0, RUN.length);
    all[RUN.length] = "--optimizer";
    all[RUN.length + 1] = optimizer;
    System.arraycopy(more, 0, all, RUN.length + 2, more.length);
    return all;
  }

  private static String[] train(String[] args) {
    String[] all = new String[args.length + 1];
    all[0] = "train";
    System.arraycopy(args, 0, all, 1, args.length);
    return all;
  }

  @ParameterizedTest
  @ValueSource(strings = {"sgd", "momentum", "adam"})
  void resumingGivesTheSameNetworkAndSessionAsNeverStopping(String optimizer) throws Exception {
    Path whole = dir.resolve("whole.json");
    Path wholeNet = dir.resolve("whole-net.json");
    Path first = dir.resolve("first.json");
    Path resumed = dir.resolve("resumed.json");
    Path resumedNet = dir.resolve("resumed-net.json");
    assertThat(
            CliRun.of(
                    train(
                        args(
                            optimizer,
                            "--epochs",
                            "25",
                            "--save-session",
                            whole.toString(),
                            "--out",
                            wholeNet.toString())))
                .exitCode())
        .isZero();
    assertThat(
            CliRun.of(train(args(optimizer, "--epochs", "15", "--save-session", first.toString())))
                .exitCode())
        .isZero();
    CliRun r =
        CliRun.of(
            "train",
            "--resume",
            first.toString(),
            "--epochs",
            "10",
            "--save-session",
            resumed.toString(),
            "--out",
            resumedNet.toString(),
            "--json");
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    assertThat(Json.mapper().readTree(r.out()).get("epochs").asInt()).isEqualTo(25);

    JsonNode a = Json.mapper().readTree(wholeNet.toFile());
    JsonNode b = Json.mapper().readTree(resumedNet.toFile());
    assertSameNumbers(a.get("W"), b.get("W"));
    assertSameNumbers(a.get("b"), b.get("b"));
    JsonNode sa = Json.mapper().readTree(whole.toFile());
    JsonNode sb = Json.mapper().readTree(resumed.toFile());
    for (String part :
        List.of("network", "optimizer_state", "order", "counters", "history", "divergence")) {
      assertThat(sb.get(part)).as(part).isEqualTo(sa.get(part));
    }
    // 25 epochs of ceil(96 / 8) = 12 steps, and one history point per epoch and one at the start
    assertThat(sb.get("counters").get("steps").asLong()).isEqualTo(25 * 12);
    assertThat(sb.get("counters").get("examples_seen").asLong()).isEqualTo(25 * 96);
    assertThat(sb.get("history").get("epoch").size()).isEqualTo(26);
  }

  /** Every number of two equally shaped JSON trees, compared with ==. */
  private static void assertSameNumbers(JsonNode a, JsonNode b) {
    assertThat(b.size()).isEqualTo(a.size());
    if (a.isNumber()) {
      assertThat(b.doubleValue() == a.doubleValue()).as(a + " vs " + b).isTrue();
      return;
    }
    for (int k = 0; k < a.size(); k++) {
      assertSameNumbers(a.get(k), b.get(k));
    }
  }

  /**
   * The window stopped in the middle of an epoch: train --resume finishes it as the window would.
   */
  @Test
  void resumingTheWindowsSessionGoesOnAsTheTrainerWould() throws Exception {
    com.fasterxml.jackson.databind.node.ObjectNode good = BadSessions.good();
    assertThat(good.get("counters").get("examples_into_epoch").asInt()).isEqualTo(16);
    Path start = dir.resolve("window.json");
    Files.writeString(start, BadSessions.text(good));
    Path resumed = dir.resolve("resumed.json");
    CliRun r =
        CliRun.of(
            "train",
            "--resume",
            start.toString(),
            "--epochs",
            "3",
            "--save-session",
            resumed.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();

    JsonNode expected;
    try (var trainer =
        new lab.backprop.train.Trainer(
            lab.backprop.train.TrainerSettings.of(lab.backprop.run.RunSpec.DEFAULT))) {
      var wait = java.time.Duration.ofSeconds(30);
      trainer.sendAndAwait(
          new lab.backprop.train.Command.Restore(
              lab.backprop.io.SessionJson.read(start), "window.json"),
          wait);
      for (int k = 0; k < 3; k++) {
        trainer.sendAndAwait(new lab.backprop.train.Command.StepEpoch(), wait);
      }
      // as read from a file, so that numbers compare by value, not by Jackson's node type
      expected =
          Json.mapper().readTree(lab.backprop.io.SessionJson.toJson(trainer.capture().get(), null));
    }
    JsonNode actual = Json.mapper().readTree(resumed.toFile());
    for (String part : List.of("network", "optimizer_state", "order", "counters")) {
      assertThat(actual.get(part)).as(part).isEqualTo(expected.get(part));
    }
    assertThat(actual.get("counters").get("epoch").asInt()).isEqualTo(4);
  }

  @Test
  void aRunOptionBesideResumeIsBadInput() throws Exception {
    Path s = dir.resolve("s.json");
    CliRun.of(train(args("sgd", "--epochs", "2", "--save-session", s.toString())));
    CliRun r = CliRun.of("train", "--resume", s.toString(), "--epochs", "3", "--hidden", "4");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).contains("--hidden").doesNotContain("\n");
  }

  static List<BadSessions.Case> badSessions() throws Exception {
    return BadSessions.all(BadSessions.good());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSessions")
  void aBadSessionIsOneLineAndExit2(BadSessions.Case bad) throws Exception {
    Path f = bad.write(dir);
    Path out = dir.resolve("out.json");
    CliRun r =
        CliRun.of("train", "--resume", f.toString(), "--epochs", "3", "--out", out.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).contains(bad.expected()).doesNotContain("\n");
    assertThat(r.out()).isEmpty();
    assertThat(Files.exists(out)).isFalse();
  }
}
