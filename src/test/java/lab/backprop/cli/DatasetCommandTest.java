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
