package lab.backprop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lab.backprop.nn.Activation;
import lab.backprop.nn.OptimizerKind;
import lab.backprop.nn.OptimizerSettings;
import lab.backprop.nn.OutputKind;
import lab.backprop.run.DataSpec;
import lab.backprop.run.NetworkSpec;
import lab.backprop.run.RunSpec;
import lab.backprop.run.Seeds;
import lab.backprop.run.TrainingSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The run spec's JSON form: exact round trips, strict reading with messages naming the field. */
class RunSpecJsonTest {
  @TempDir Path dir;

  private static final RunSpec ODD =
      new RunSpec(
          new DataSpec("blobs", 123, 0.1 + 0.2, 4, false, null, 0.7, false),
          new NetworkSpec(
              List.of(3, 256, 1),
              List.of(Activation.GELU_ERF, Activation.LEAKY_RELU, Activation.SIGMOID),
              OutputKind.SOFTMAX_CE,
              1.0 / 3),
          new OptimizerSettings(OptimizerKind.NESTEROV, 1e-3 / 7, 0.95, 0.8, 0.99, 0),
          new TrainingSpec(32, 777),
          new Seeds(1, 2, 3, 4294967295L));

  @Test
  void everyFieldRoundTripsExactly() throws IOException {
    Path file = dir.resolve("odd.json");
    RunSpecJson.write(file, ODD);

    assertThat(RunSpecJson.read(file)).isEqualTo(ODD);
  }

  @Test
  void leftOutFieldsTakeTheirDefaults() throws IOException {
    Path file = dir.resolve("short.json");
    Files.writeString(
        file,
        "{\"format\": \"backprop-lab-run\", \"version\": 1, \"network\": {\"hidden\": [4, 4]}}");

    RunSpec spec = RunSpecJson.read(file);

    assertThat(spec.network().hidden()).containsExactly(4, 4);
    assertThat(spec.network().activations()).containsExactly(Activation.TANH, Activation.TANH);
    assertThat(spec.withNetwork(RunSpec.DEFAULT.network())).isEqualTo(RunSpec.DEFAULT);
  }

  @Test
  void aBuiltInSetHasItsOwnClassesAndStandardisesUnlessTurnedOff() throws IOException {
    Path file = dir.resolve("iris.json");
    Files.writeString(
        file,
        "{\"format\": \"backprop-lab-run\", \"version\": 1,"
            + " \"data\": {\"dataset\": \"iris\", \"classes\": 2}}");
    RunSpec iris = RunSpecJson.read(file);
    assertThat(iris.data().classes()).isEqualTo(3);
    assertThat(iris.data().standardizes()).isTrue();
    assertThat(RunSpecJson.toJson(iris, null)).contains("\"standardize\" : true");

    Files.writeString(
        file,
        "{\"format\": \"backprop-lab-run\", \"version\": 1,"
            + " \"data\": {\"dataset\": \"iris\", \"standardize\": false}}");
    assertThat(RunSpecJson.read(file).data().standardizes()).isFalse();
    // generated points never are
    assertThat(RunSpec.DEFAULT.data().standardize()).isTrue();
    assertThat(RunSpec.DEFAULT.data().standardizes()).isFalse();
  }

  @Test
  void aRegressionSetGetsMseWhenNoOutputIsGiven() throws IOException {
    Path file = dir.resolve("regression.json");
    Files.writeString(
        file,
        "{\"format\": \"backprop-lab-run\", \"version\": 1,"
            + " \"data\": {\"dataset\": \"regression\"}}");

    assertThat(RunSpecJson.read(file).network().output()).isEqualTo(OutputKind.MSE);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"format\": \"backprop-lab-run\", \"version\": 1, \"optimizer\": {\"lr\": \"fast\"}}"
            + " | optimizer.lr is \"fast\", expected a number",
        "{\"format\": \"backprop-lab-run\", \"version\": 1, \"optimizer\": {\"lr\": 0}}"
            + " | optimizer.lr: expected a finite number > 0, got 0.0",
        "{\"format\": \"backprop-lab-run\", \"version\": 1, \"data\": {\"n\": 0}}"
            + " | data.n: expected 1 to 100000, got 0",
        "{\"format\": \"backprop-lab-run\", \"version\": 1, \"data\": {\"n\": 2.5}}"
            + " | data.n is 2.5, expected a whole number",
        "{\"format\": \"backprop-lab-run\", \"version\": 1, \"network\": {\"hidden\": [600]}}"
            + " | network.hidden: each layer has 1 to 512 units, got 600",
        "{\"format\": \"backprop-lab-run\", \"version\": 1, \"data\": {\"standardize\": 1}}"
            + " | data.standardize is 1, expected true or false",
        "{\"format\": \"backprop-lab-run\", \"version\": 1, \"network\": {\"activation\": \"relux\"}}"
            + " | network.activation: unknown activation 'relux'",
        "{\"format\": \"backprop-lab-run\", \"version\": 1, \"datas\": {}}"
            + " | unknown field \"datas\", expected one of format, version, data, network",
        "{\"format\": \"backprop-lab-run\", \"version\": 1, \"training\": {\"batch\": \"most\"}}"
            + " | training.batch is \"most\", expected a whole number or \"full\"",
        "{\"format\": \"backprop-lab-run\", \"version\": 1, \"seeds\": {\"init\": -1}}"
            + " | seeds.init: expected 0 to 4294967295, got -1",
        "{\"format\": \"backprop-lab-run\", \"version\": 2}"
            + " | version 2 is newer than this Backprop Lab reads (1)",
        "{\"layer_sizes\": [2, 2]} | format is missing, expected \"backprop-lab-run\"",
        "{\"format\": \"backprop-lab-run\", \"version\": 1, \"data\": {\"dataset\": \"regression\"},"
            + " \"network\": {\"output\": \"softmax_ce\"}}"
            + " | network.output: softmax_ce does not fit data set regression",
        "{\"format\": \"backprop-lab-run\", \"version\": 1,"
            + " \"data\": {\"file\": \"a.csv\", \"n\": 5}, \"network\": {\"output\": \"mse\"}}"
            + " | data.n and data.file exclude each other",
        "{\"format\": \"backprop-lab-run\", \"version\": 1, \"network\": {\"hidden\": \"8\"}}"
            + " | network.hidden is \"8\", expected a list of whole numbers like [8, 8]",
        "{\"format\": \"backprop-lab-run\", \"version\": 1, \"network\": {\"hidden\": []}}"
            + " | network.hidden is a list, expected a list of whole numbers like [8, 8]",
        "{\"format\": \"backprop-lab-run\", \"version\": 1, \"network\": {\"hidden\": [8, 2.5]}}"
            + " | network.hidden is a list, expected a list of whole numbers like [8, 8]",
        "{\"format\": \"backprop-lab-run\", \"version\": 1,"
            + " \"network\": {\"activation\": [\"tanh\", 1]}}"
            + " | network.activation is a list, expected a name or a list of names",
      })
  void aBadFieldIsNamed(String json, String message) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, json);

    assertThatThrownBy(() -> RunSpecJson.read(file))
        .isInstanceOf(InputFormatException.class)
        .hasMessageStartingWith(file.toString() + ": ")
        .hasMessageContaining(message);
  }

  private static RunSpec withDataFile(String file, Path folder) throws IOException {
    return RunSpecJson.fromTree(
        Json.MAPPER.readTree(
            "{\"format\": \"backprop-lab-run\", \"version\": 1, \"data\": {\"file\": \""
                + file
                + "\"}, \"network\": {\"output\": \"mse\"}}"),
        folder);
  }

  @Test
  void aDataFileIsWrittenRelativeOnlyWhenItLiesBelowTheFolder() throws IOException {
    Path below = dir.resolve("data").resolve("points.csv");
    RunSpec inside = withDataFile(below.toString(), null);
    assertThat(RunSpecJson.toTree(inside, dir).get("data").get("file").asText())
        .isEqualTo("data" + java.io.File.separator + "points.csv");

    Path elsewhere = dir.getRoot().resolve("elsewhere").resolve("points.csv");
    RunSpec outside = withDataFile(elsewhere.toString(), null);
    assertThat(RunSpecJson.toTree(outside, dir).get("data").get("file").asText())
        .isEqualTo(elsewhere.toString());

    // no folder to be relative to: the path as given, even a relative one
    RunSpec relative = withDataFile("sub/points.csv", null);
    assertThat(relative.data().file()).isEqualTo(Path.of("sub/points.csv"));
    assertThat(RunSpecJson.toTree(relative, null).get("data").get("file").asText())
        .isEqualTo("sub/points.csv");
  }
}
