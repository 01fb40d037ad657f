package lab.backprop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code spec} and {@code train --spec}: a run written down and run again is the same run. */
class SpecCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  private static final String[] RUN = {
    "--dataset",
    "spiral",
    "--classes",
    "3",
    "--n",
    "90",
    "--noise",
    "0.1",
    "--hidden",
    "6,5",
    "--activation",
    "relu,tanh",
    "--optimizer",
    "adam",
    "--lr",
    "0.02",
    "--batch",
    "16",
    "--epochs",
    "40",
    "--seed",
    "5",
    "--l2",
    "0.001"
  };

  private static String[] args(String command, String[] run, String... extra) {
    List<String> all = new ArrayList<>(List.of(command));
    all.addAll(List.of(run));
    all.addAll(List.of(extra));
    return all.toArray(String[]::new);
  }

  @Test
  void trainWithTheWrittenSpecTrainsTheSameNetworkBitForBit() throws IOException {
    Path spec = dir.resolve("run.json");
    assertThat(CliRun.of(args("spec", RUN, "--out", spec.toString())).exitCode()).isZero();

    Path direct = dir.resolve("direct.json");
    Path viaSpec = dir.resolve("via-spec.json");
    CliRun a = CliRun.of(args("train", RUN, "--json", "--out", direct.toString()));
    CliRun b = CliRun.of("train", "--spec", spec.toString(), "--json", "--out", viaSpec.toString());

    assertThat(a.err()).isEmpty();
    assertThat(b.err()).isEmpty();
    assertThat(b.out()).isEqualTo(a.out());
    assertThat(Files.readString(viaSpec)).isEqualTo(Files.readString(direct));
    JsonNode summary = MAPPER.readTree(a.out());
    assertThat(summary.get("epochs").asInt()).isEqualTo(40);
    assertThat(summary.get("diverged").asBoolean()).isFalse();
    assertThat(summary.get("train_loss").isDouble()).isTrue();
  }

  @Test
  void anOptionAfterSpecOverridesItAndOneBeforeIsOverridden() throws IOException {
    Path spec = dir.resolve("run.json");
    CliRun.of(args("spec", RUN, "--out", spec.toString()));

    CliRun after = CliRun.of("train", "--spec", spec.toString(), "--lr", "0.05", "--json");
    CliRun direct = CliRun.of(args("train", RUN, "--lr", "0.05", "--json"));
    CliRun before = CliRun.of("train", "--lr", "0.05", "--spec", spec.toString(), "--json");
    CliRun original = CliRun.of(args("train", RUN, "--json"));

    assertThat(after.out()).isEqualTo(direct.out());
    assertThat(before.out()).isEqualTo(original.out());
    assertThat(after.out()).isNotEqualTo(original.out());
  }

  @Test
  void theSpecHoldsEveryFieldWithTheDocumentedDefaults() throws IOException {
    CliRun run = CliRun.of("spec");

    assertThat(run.exitCode()).isZero();
    JsonNode s = MAPPER.readTree(run.out());
    assertThat(s.get("format").asText()).isEqualTo("backprop-lab-run");
    assertThat(s.get("version").asInt()).isEqualTo(1);
    assertThat(s.at("/data/dataset").asText()).isEqualTo("moons");
    assertThat(s.at("/data/n").asInt()).isEqualTo(200);
    assertThat(s.at("/data/noise").asDouble()).isEqualTo(0.2);
    assertThat(s.at("/data/ratio").asDouble()).isEqualTo(0.8);
    assertThat(s.at("/data/shuffle").asBoolean()).isTrue();
    assertThat(s.at("/network/hidden").toString()).isEqualTo("[8]");
    assertThat(s.at("/network/activation").asText()).isEqualTo("tanh");
    assertThat(s.at("/network/output").asText()).isEqualTo("softmax_ce");
    assertThat(s.at("/optimizer/name").asText()).isEqualTo("sgd");
    assertThat(s.at("/optimizer/lr").asDouble()).isEqualTo(0.1);
    assertThat(s.at("/optimizer/eps").asDouble()).isEqualTo(1e-8);
    assertThat(s.at("/training/batch").asText()).isEqualTo("full");
    assertThat(s.at("/training/epochs").asInt()).isEqualTo(1000);
    for (String seed : List.of("data", "split", "init", "order")) {
      assertThat(s.at("/seeds/" + seed).asLong()).isZero();
    }
  }

  @Test
  void oneSeedOptionIsTheSameAsFourEqualSeedsInAHandWrittenSpec() throws IOException {
    Path spec = dir.resolve("hand.json");
    Files.writeString(
        spec,
        "{\"format\": \"backprop-lab-run\", \"version\": 1,"
            + " \"data\": {\"n\": 60}, \"training\": {\"epochs\": 25},"
            + " \"seeds\": {\"data\": 9, \"split\": 9, \"init\": 9, \"order\": 9}}");
    Path other = dir.resolve("other.json");
    Files.writeString(
        other,
        "{\"format\": \"backprop-lab-run\", \"version\": 1,"
            + " \"data\": {\"n\": 60}, \"training\": {\"epochs\": 25},"
            + " \"seeds\": {\"data\": 9, \"split\": 9, \"init\": 4, \"order\": 9}}");

    CliRun hand = CliRun.of("train", "--spec", spec.toString(), "--json");
    CliRun options = CliRun.of("train", "--n", "60", "--epochs", "25", "--seed", "9", "--json");
    CliRun otherInit = CliRun.of("train", "--spec", other.toString(), "--json");

    assertThat(hand.err()).isEmpty();
    assertThat(hand.out()).isEqualTo(options.out());
    assertThat(otherInit.out()).isNotEqualTo(hand.out());
  }

  @Test
  void aMalformedSpecIsOneLineNamingTheFieldAndExitTwo() throws IOException {
    Path spec = dir.resolve("bad.json");
    Files.writeString(
        spec, "{\"format\": \"backprop-lab-run\", \"version\": 1, \"network\": {\"hiden\": [8]}}");

    CliRun run = CliRun.of("train", "--spec", spec.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip())
        .doesNotContain("\n")
        .startsWith("error: ")
        .contains("bad.json")
        .contains("unknown field \"network.hiden\"");
  }

  @Test
  void aDataFileNextToTheSpecIsFoundFromAnyFolder() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("lesson"));
    Path csv = sub.resolve("points.csv");
    assertThat(CliRun.of("dataset", "--n", "40", "--out", csv.toString()).exitCode()).isZero();
    Path spec = sub.resolve("run.json");
    CliRun written = CliRun.of("spec", "--data", csv.toString(), "--out", spec.toString());
    assertThat(written.err()).isEmpty();

    assertThat(MAPPER.readTree(spec.toFile()).at("/data/file").asText()).isEqualTo("points.csv");
    CliRun run = CliRun.of("train", "--spec", spec.toString(), "--epochs", "5");
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines()[0]).contains("on 32 of 40 rows of points");
  }
}
