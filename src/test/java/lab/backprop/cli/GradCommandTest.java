package lab.backprop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lab.backprop.OracleFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grad} on every oracle case of grad_samples.json, all files in one call. */
class GradCommandTest {
  private static final String[] RESULTS = {
    "loss", "data_loss", "l2_term", "Z", "A", "deltas", "dW", "db"
  };
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static JsonNode cases;

  @TempDir Path dir;

  @BeforeAll
  static void readOracle() throws IOException {
    cases = MAPPER.readTree(OracleFiles.oracle("grad_samples.json").toFile()).get("cases");
    assertThat(cases.size()).isEqualTo(17);
  }

  @Test
  void everyOracleCaseMatchesInInputOrder() throws IOException {
    List<String> args = new ArrayList<>(List.of("grad"));
    // in reverse, to see that the output follows the argument order and not the case ids
    for (int i = cases.size() - 1; i >= 0; i--) {
      Path file = dir.resolve("case" + i + ".json");
      MAPPER.writeValue(
          file.toFile(), cases.get(i)); // the oracle case as it is, extra keys included
      args.add(file.toString());
    }
    CliRun run = CliRun.of(args.toArray(String[]::new));

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    String[] lines = run.outLines();
    assertThat(lines).hasSize(cases.size());
    for (int line = 0; line < lines.length; line++) {
      JsonNode expected = cases.get(cases.size() - 1 - line);
      JsonNode got = MAPPER.readTree(lines[line]);
      assertThat(iterable(got.fieldNames())).containsExactly(RESULTS);
      for (String field : RESULTS) {
        OracleCompare.assertClose(
            got.get(field), expected.get(field), "case " + expected.get("id") + " " + field);
      }
    }
  }

  @Test
  void aFileWithoutABatchIsRejectedBeforeAnyOutput() throws IOException {
    Path good = dir.resolve("good.json");
    MAPPER.writeValue(good.toFile(), cases.get(0));
    ObjectNode noBatch = cases.get(0).deepCopy();
    noBatch.remove(List.of("X", "y"));
    Path bad = dir.resolve("nobatch.json");
    MAPPER.writeValue(bad.toFile(), noBatch);

    CliRun run = CliRun.of("grad", good.toString(), bad.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip())
        .contains("nobatch.json")
        .contains("missing field \"X\"")
        .doesNotContain("\n");
  }

  private static List<String> iterable(java.util.Iterator<String> names) {
    List<String> list = new ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }

  static Path write(Path dir, String name, String json) throws IOException {
    return Files.writeString(dir.resolve(name), json);
  }
}
