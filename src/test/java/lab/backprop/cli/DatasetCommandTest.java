package lab.backprop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lab.backprop.OracleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code dataset} against scikit-learn's make_moons CSVs of the oracle folder. */
class DatasetCommandTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "moons_200_noise0.2_seed0.csv, --n 200 --noise 0.2 --seed 0",
    "moons_7_noise0.1_seed3.csv, --n 7 --noise 0.1 --seed 3",
    "moons_100_noise0.3_seed42_noshuffle.csv, --n 100 --noise 0.3 --seed 42 --no-shuffle"
  })
  void writesScikitLearnsMoons(String oracle, String options) throws IOException {
    Path out = dir.resolve("out.csv");
    String[] args = ("dataset --name moons " + options + " --out " + out).split(" ");

    CliRun run = CliRun.of(args);

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains(out.toString());
    assertSameRows(oracle, out);
  }

  @Test
  void defaultsAreTheClassicHomeworkData() throws IOException {
    Path out = dir.resolve("default.csv");
    CliRun run = CliRun.of("dataset", "--out", out.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    // n 200, noise 0.2, seed 0: the coordinates tell the noise, not only the labels
    assertSameRows("moons_200_noise0.2_seed0.csv", out);
  }

  /**
   * The built-in sets as written: the features then the label, checked against scikit-learn's
   * arrays by their SHA-256 (computed as BuiltInDataTest says: float64 little-endian, row by row).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "iris, 150, 4, 012f498fe9c8b3b34212c3c5d98e1f03f2f79931cd49349beb1bad64dcf164a7",
    "digits, 1797, 64, 20def7f70a702f0af9732fbba4375e147a7d54fe70d8c45569b8e7c1c7010c10"
  })
  void writesScikitLearnsIrisAndDigits(String name, int rows, int features, String sha256)
      throws Exception {
    Path out = dir.resolve(name + ".csv");
    CliRun run = CliRun.of("dataset", "--dataset", name, "--out", out.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains(rows + " points (" + name);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(rows + 1);
    assertThat(lines.get(0)).startsWith("x1,x2,").endsWith(",x" + features + ",label");
    java.nio.ByteBuffer bytes =
        java.nio.ByteBuffer.allocate(rows * features * 8).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      assertThat(cells).hasSize(features + 1);
      for (int k = 0; k < features; k++) {
        bytes.putDouble(Double.parseDouble(cells[k]));
      }
    }
    String hash =
        java.util.HexFormat.of()
            .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes.array()));
    assertThat(hash).isEqualTo(sha256);
    if (name.equals("iris")) {
      assertThat(lines.get(1)).isEqualTo("5.1,3.5,1.4,0.2,0");
      assertThat(lines.get(150)).isEqualTo("5.9,3.0,5.1,1.8,2");
    }
  }

  /** The written CSV against scikit-learn's: header, labels, coordinates within 2e-15. */
  private static void assertSameRows(String oracle, Path out) throws IOException {
    List<String> expected = Files.readAllLines(OracleFiles.oracle("moons").resolve(oracle));
    List<String> got = Files.readAllLines(out);
    assertThat(got.get(0)).isEqualTo("x1,x2,label");
    assertThat(got).hasSameSizeAs(expected);
    for (int line = 1; line < expected.size(); line++) {
      String[] e = expected.get(line).split(",");
      String[] g = got.get(line).split(",");
      assertThat(g).as("line %d", line + 1).hasSize(3);
      assertThat(Double.parseDouble(g[0]))
          .as("x1, line %d", line + 1)
          .isCloseTo(Double.parseDouble(e[0]), within(2e-15));
      assertThat(Double.parseDouble(g[1]))
          .as("x2, line %d", line + 1)
          .isCloseTo(Double.parseDouble(e[1]), within(2e-15));
      assertThat(Integer.parseInt(g[2]))
          .as("label, line %d", line + 1)
          .isEqualTo(Integer.parseInt(e[2]));
    }
  }
}
