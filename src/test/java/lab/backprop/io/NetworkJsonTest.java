package lab.backprop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import lab.backprop.OracleFiles;
import lab.backprop.nn.Activation;
import lab.backprop.nn.Network;
import lab.backprop.nn.OutputKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkJsonTest {
  private static final String TWO_LAYERS =
      "\"layer_sizes\": [2, 3, 2, 1], \"activation\": [\"gelu_erf\", \"leaky_relu\"],"
          + " \"output\": \"mse\", \"l2_lambda\": 0.30000000000000004,"
          + " \"W\": [[[0.1, -0.2], [1e-300, 3.141592653589793], [-0.0, 5]],"
          + "  [[1, 2, 3], [4.000000000000001, 5, 6]], [[7, 8]]],"
          + " \"b\": [[0.5, 0.25, 0.125], [1, -1], [2.5]]";

  @TempDir Path dir;

  private static JsonNode tree(String json) throws InputFormatException {
    return Json.readObject(json, "test");
  }

  @Test
  void readsEveryFieldAndWritesItBackExactly() throws IOException {
    NetworkJson.Parsed parsed =
        NetworkJson.fromTree(tree("{" + TWO_LAYERS + ", \"X\": [[0.1, 0.7]], \"t\": [1.5]}"));
    Network net = parsed.network();
    assertThat(net.layerSizes()).containsExactly(2, 3, 2, 1);
    assertThat(net.activations()).containsExactly(Activation.GELU_ERF, Activation.LEAKY_RELU);
    assertThat(net.output()).isEqualTo(OutputKind.MSE);
    assertThat(net.l2Lambda()).isEqualTo(0.1 + 0.2);
    assertThat(net.w(0, 1, 1)).isEqualTo(Math.PI);
    assertThat(net.w(1, 1, 0)).isEqualTo(4.000000000000001);
    assertThat(net.b(2, 0)).isEqualTo(2.5);
    assertThat(parsed.samples().t()).containsExactly(1.5);
    assertThat(parsed.samples().y()).isNull();

    Path file = dir.resolve("net.json");
    NetworkJson.write(file, net, parsed.samples());
    NetworkJson.Parsed again = NetworkJson.read(file);

    assertThat(again.network().copyW()).isDeepEqualTo(net.copyW());
    assertThat(again.network().copyB()).isDeepEqualTo(net.copyB());
    assertThat(Double.doubleToRawLongBits(again.network().w(0, 2, 0)))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(again.network().activations()).containsExactly(net.activations());
    assertThat(again.network().l2Lambda()).isEqualTo(net.l2Lambda());
    assertThat(again.samples().X()).isDeepEqualTo(parsed.samples().X());
    assertThat(again.samples().t()).containsExactly(1.5);
  }

  @Test
  void oneActivationForAllLayersIsWrittenAsOneName() throws IOException {
    Network net =
        NetworkJson.fromTree(
                tree("{" + TWO_LAYERS.replace("[\"gelu_erf\", \"leaky_relu\"]", "\"relu\"") + "}"))
            .network();
    assertThat(net.activations()).containsOnly(Activation.RELU);
    JsonNode written = new ObjectMapper().readTree(NetworkJson.toJson(net, null));
    assertThat(written.get("activation").asText()).isEqualTo("relu");
    assertThat(written.has("X")).isFalse();
  }

  @Test
  void readsOracleCasesIgnoringTheirExtraKeys() throws IOException {
    JsonNode cases =
        new ObjectMapper().readTree(OracleFiles.oracle("grad_samples.json").toFile()).get("cases");
    for (JsonNode c : cases) {
      NetworkJson.Parsed parsed = NetworkJson.fromTree(c);
      assertThat(parsed.network().layerSizes())
          .as("case %s", c.get("id"))
          .hasSize(c.get("layer_sizes").size());
      assertThat(parsed.samples().size()).isEqualTo(c.get("batch_size").asInt());
      assertThat(parsed.network().w(0, 0, 0))
          .isEqualTo(c.get("W").get(0).get(0).get(0).doubleValue());
    }
    JsonNode mixed = cases.get(14);
    assertThat(NetworkJson.fromTree(mixed).network().activations())
        .containsExactly(Activation.TANH, Activation.RELU);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"layer_sizes\": [2, 3, 2, 1] => \"layer_sizes\": [2, 1] | layer_sizes has 2 entries, expected input, 1 to 6 hidden layers and output (3 to 8 entries)",
        "\"layer_sizes\": [2, 3, 2, 1] => \"layer_sizes\": [2, 600, 2, 1] | layer_sizes[1] = 600, expected 1 to 512 units",
        "\"layer_sizes\": [2, 3, 2, 1] => \"layer_sizes\": [785, 3, 2, 1] | layer_sizes[0] = 785, expected 1 to 784 inputs",
        "\"layer_sizes\": [2, 3, 2, 1] => \"layer_sizes\": [2, 3, 2.5, 1] | layer_sizes[2] = 2.5, expected an integer",
        "\"output\": \"mse\" => \"output\": \"softmax_ce\" | output \"softmax_ce\" needs at least 2 output units, layer_sizes ends with 1",
        "\"layer_sizes\": [2, 3, 2, 1] => \"layer_sizes\": [2, 3, 2, 2] | output \"mse\" needs 1 output unit, layer_sizes ends with 2",
        "\"output\": \"mse\" => \"output\": \"hinge\" | output \"hinge\" is not one of softmax_ce, sigmoid_bce, mse",
        "[\"gelu_erf\", \"leaky_relu\"] => [\"tanh\"] | activation has 1 names, layer_sizes has 2 hidden layers",
        "[\"gelu_erf\", \"leaky_relu\"] => [\"tanh\", 3] | activation[1] is 3, expected a string",
        "0.30000000000000004 => -0.1 | l2_lambda = -0.1, expected a number >= 0",
        "[[7, 8]]] => [[7, 8]], [[1]]] | W has 4 layers, layer_sizes says 3",
        "[[7, 8]]] => [7]] | W[2][0] is 7, expected a list [...]",
        "[2.5]] => [2.5, 3]] | b[2] has 2 entries, layer_sizes says 1",
        "\"output\": \"mse\", => '' | missing field \"output\"",
      })
  void namesTheFieldAndWhatWasExpected(String edit, String message) {
    String[] parts = edit.split(" => ");
    String json = "{" + TWO_LAYERS.replace(parts[0], parts[1].equals("''") ? "" : parts[1]) + "}";
    assertThatThrownBy(() -> NetworkJson.fromTree(tree(json)))
        .isInstanceOf(InputFormatException.class)
        .hasMessage(message);
  }

  @Test
  void layerSizesAreReadUpToTheirLimits() throws IOException {
    // 6 hidden layers (8 entries), a hidden layer of 512, 784 inputs (an MNIST image), 512 outputs
    Network widest =
        Network.initialized(
            new int[] {784, 512, 1, 1, 1, 1, 1, 512},
            new Activation[] {
              Activation.TANH, Activation.RELU, Activation.TANH,
              Activation.TANH, Activation.TANH, Activation.TANH
            },
            OutputKind.SOFTMAX_CE,
            0,
            7);
    Network back = NetworkJson.fromTree(NetworkJson.toTree(widest, null)).network();
    assertThat(back.layerSizes()).containsExactly(784, 512, 1, 1, 1, 1, 1, 512);
    assertThat(back.activations()).containsExactly(widest.activations());
    assertThat(back.copyW()).isDeepEqualTo(widest.copyW());
    // the smallest: one hidden layer of one unit
    Network smallest =
        Network.initialized(
            new int[] {1, 1, 1}, new Activation[] {Activation.TANH}, OutputKind.MSE, 0, 7);
    assertThat(NetworkJson.fromTree(NetworkJson.toTree(smallest, null)).network().layerSizes())
        .containsExactly(1, 1, 1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "[2, 3, 3, 3, 3, 3, 3, 3, 1] | layer_sizes has 9 entries, expected input, 1 to 6 hidden layers and output (3 to 8 entries)",
        "[2, 513, 2, 1] | layer_sizes[1] = 513, expected 1 to 512 units",
        "[2, 3, 0, 1] | layer_sizes[2] = 0, expected 1 to 512 units",
        "[0, 3, 2, 1] | layer_sizes[0] = 0, expected 1 to 784 inputs",
        "[785, 3, 2, 1] | layer_sizes[0] = 785, expected 1 to 784 inputs",
        "[2, 3, 2, 0] | layer_sizes[3] = 0, expected at least 1 unit",
      })
  void layerSizesBeyondTheirLimitsAreNamed(String sizes, String message) {
    String json = "{" + TWO_LAYERS.replace("[2, 3, 2, 1]", sizes) + "}";
    assertThatThrownBy(() -> NetworkJson.fromTree(tree(json)))
        .isInstanceOf(InputFormatException.class)
        .hasMessage(message);
  }

  @Test
  void batchMistakesNameTheField() {
    String classifier = TWO_LAYERS.replace("\"mse\"", "\"sigmoid_bce\"");
    assertThatThrownBy(
            () -> NetworkJson.fromTree(tree("{" + TWO_LAYERS + ", \"X\": [[1, 2]], \"y\": [1]}")))
        .hasMessage("missing field \"t\"");
    assertThatThrownBy(
            () -> NetworkJson.fromTree(tree("{" + classifier + ", \"X\": [[1, 2]], \"y\": [2]}")))
        .hasMessage("y[0] = 2 but the output has 2 classes (labels 0 to 1)");
    assertThatThrownBy(
            () -> NetworkJson.fromTree(tree("{" + classifier + ", \"X\": [[1, 2]], \"y\": [0.5]}")))
        .hasMessage("y[0] = 0.5, expected an integer");
    assertThatThrownBy(() -> NetworkJson.fromTree(tree("{" + classifier + ", \"y\": [1]}")))
        .hasMessage("\"y\" is given but \"X\" is missing");
    assertThatThrownBy(() -> NetworkJson.fromTree(tree("{" + classifier + ", \"X\": []}")))
        .hasMessage("X has no rows, expected at least 1");
  }

  @Test
  void malformedJsonNamesLineAndColumn() {
    assertThatThrownBy(() -> Json.readObject("{\n \"a\": [1, 2,,]}", "net.json"))
        .isInstanceOf(InputFormatException.class)
        .hasMessageStartingWith("net.json: malformed JSON at line 2, column");
    assertThatThrownBy(() -> Json.readObject("{\"a\": 1, \"a\": 2}", "dup.json"))
        .hasMessageContaining("Duplicate field 'a'");
    assertThatThrownBy(() -> Json.readObject("{\"a\": [1,\n 2", "cut.json"))
        .hasMessageStartingWith("cut.json: malformed JSON at line 2, column")
        .hasMessageEndingWith("(opened at line 1, column 7)")
        .hasMessageNotContaining("Source");
  }
}
