package lab.backprop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input for every command: exit code 2, one line on stderr naming the field, line or option,
 * and no stack trace. In the arguments, {dir} stands for a folder holding the files below.
 */
class BadInputTest {
  private static final String NET =
      "\"layer_sizes\": [2, 3, 2], \"activation\": \"tanh\", \"output\": \"softmax_ce\","
          + " \"l2_lambda\": 0.0,"
          + " \"W\": [[[1, 2], [3, 4], [5, 6]], [[1, 2, 3], [4, 5, 6]]], \"b\": [[0, 0, 0], [0, 0]]";
  private static final String BATCH = "\"X\": [[0.5, 1], [1, -1]], \"y\": [0, 1]";

  @TempDir Path dir;

  @BeforeEach
  void writeFiles() throws IOException {
    file("malformed.json", "{\"layer_sizes\": [2, 3, 2],\n  \"activation\": tanh}");
    file("array.json", "[1, 2]");
    file("nosizes.json", "{" + NET.replace("\"layer_sizes\": [2, 3, 2],", "") + "}");
    file(
        "rows.json",
        "{"
            + NET.replace("[[1, 2, 3], [4, 5, 6]]", "[[1, 2, 3], [4, 5, 6], [7, 8, 9]]")
            + ", "
            + BATCH
            + "}");
    file("cols.json", "{" + NET.replace("[3, 4]", "[3, 4, 9]") + ", " + BATCH + "}");
    file("label.json", "{" + NET + ", \"X\": [[0.5, 1], [1, -1]], \"y\": [0, 3]}");
    file("relux.json", "{" + NET.replace("\"tanh\"", "\"relux\"") + ", " + BATCH + "}");
    file("text.json", "{" + NET.replace("[5, 6]", "[5, \"six\"]") + ", " + BATCH + "}");
    file("xwidth.json", "{" + NET + ", \"X\": [[0.5, 1], [1, -1, 2]], \"y\": [0, 1]}");
    file("ylength.json", "{" + NET + ", \"X\": [[0.5, 1], [1, -1]], \"y\": [0]}");
    file("nobatch.json", "{" + NET + "}");
    file("good.json", "{" + NET + ", " + BATCH + "}");
    String optimizer = ", \"optimizer\": {\"name\": \"sgd\", \"lr\": 0.1}";
    file(
        "steps_row.json",
        "{" + NET + ", " + BATCH + optimizer + ", \"batches\": [[0, 1], [1, 5]]}");
    file("steps_nobatches.json", "{" + NET + ", " + BATCH + optimizer + "}");
    file(
        "steps_lr.json",
        "{"
            + NET
            + ", "
            + BATCH
            + ", \"optimizer\": {\"name\": \"sgd\", \"lr\": \"fast\"}, \"batches\": [[0]]}");
    file("bad.csv", "x1,x2,label\n0.5,1.0,0\n0.25,oops,1\n");
  }

  private void file(String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "grad {dir}/missing.json | missing.json: no such file",
        "grad {dir}/malformed.json | malformed.json: malformed JSON at line 2, column",
        "grad {dir}/array.json | array.json: expected a JSON object",
        "grad {dir}/nosizes.json | nosizes.json: missing field \"layer_sizes\"",
        "grad {dir}/rows.json | rows.json: W[1] has 3 rows, layer_sizes says 2",
        "grad {dir}/cols.json | cols.json: W[0][1] has 3 entries, layer_sizes says 2",
        "grad {dir}/label.json | label.json: y[1] = 3 but the output has 2 classes",
        "grad {dir}/relux.json | activation \"relux\" is not one of sigmoid, tanh, relu, leaky_relu, gelu_erf, gelu_tanh, identity",
        "grad {dir}/text.json | W[0][2][1] is \"six\", expected a number",
        "grad {dir}/xwidth.json | X[1] has 3 entries, layer_sizes says 2",
        "grad {dir}/ylength.json | y has 1 entries, X has 2 rows",
        "grad {dir}/nobatch.json | nobatch.json: missing field \"X\"",
        "grad | Missing required parameter: 'FILE'",
        "steps {dir}/steps_row.json | batches[1][1] = 5 but X has 2 rows",
        "steps {dir}/steps_nobatches.json | missing field \"batches\"",
        "steps {dir}/steps_lr.json | optimizer.lr is \"fast\", expected a number",
        "steps {dir}/missing.json | missing.json: no such file",
        "dataset --n -5 --out {dir}/d.csv | --n -5: expected 1 to 100000, got -5",
        "dataset --noise abc --out {dir}/d.csv | --noise abc: \"abc\" is not a number",
        "dataset --seed 4294967296 --out {dir}/d.csv | --seed 4294967296: expected 0 to 4294967295",
        "dataset --name moonz --out {dir}/d.csv | --name moonz: expected one of moons, circles",
        "dataset --n 10 | Missing required option: '--out",
        "dataset --n 10 --out {dir}/nofolder/d.csv | does not exist",
        "train --hidden 0 --epochs 1 | --hidden 0: each layer has 1 to 512 units, got 0",
        "train --hidden 8,8,8,8,8,8,8 --epochs 1 | --hidden 8,8,8,8,8,8,8: expected 1 to 6 layers, got 7",
        "train --hidden 100000 --epochs 1 | --hidden 100000: each layer has 1 to 512 units",
        "train --lr -1 | --lr -1: expected a finite number > 0, got -1.0",
        "train --epochs 0 | --epochs 0: expected 1 to 10000000, got 0",
        "train --ratio 1.5 | --ratio 1.5: expected 0 < ratio <= 1, got 1.5",
        "train --batch lots | --batch lots: \"lots\" is not a batch size (1, 2, ...) or full",
        "train --batch 0 | --batch 0: expected 1 to 1000000 or full, got 0",
        "train --activation relux | --activation relux: unknown activation 'relux', expected one of sigmoid, tanh",
        "train --hidden 8,8 --activation tanh,relu,relu | --activation tanh,relu,relu: expected one name, or one per hidden layer (2), got 3",
        "train --output mse | --output mse: mse does not fit data set moons (2 classes need softmax_ce or sigmoid_bce)",
        "train --output nope | --output nope: unknown output 'nope', expected one of softmax_ce, sigmoid_bce, mse",
        "train --optimizer rmsprop | --optimizer",
        "train --init {dir}/missing.json | missing.json: no such file",
        "train --init {dir}/rows.json | rows.json: W[1] has 3 rows, layer_sizes says 2",
        "train --data {dir}/bad.csv | bad.csv: line 3, column 2",
        "train --frobnicate | Unknown option: '--frobnicate'",
        "gradcheck {dir}/nobatch.json | missing field \"X\"",
        "gradcheck --h 0 {dir}/good.json | --h 0.0 is out of range",
        "bench --grid 0 | --grid 0 is out of range, expected 2 to 2000",
        "bench --repeat 0 | --repeat 0 is out of range, expected 1 to 1000",
        "bench --warmup 1000 | --warmup 1000.0 is out of range",
        "frobnicate | Unmatched argument",
      })
  void exitsWithCodeTwoAndOneClearLine(String command, String expectedMessage) {
    String[] args = command.replace("{dir}", dir.toString()).trim().split(" +");

    CliRun run = CliRun.of(args);

    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).endsWith("\n");
    String line = run.err().strip();
    assertThat(line).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(line).startsWith("error: ").contains(expectedMessage);
  }
}
