package lab.backprop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.IntStream;
import lab.backprop.OracleFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code steps} on every optimizer trace of steps_samples.json (sgd, momentum, nesterov, adam). */
class StepsCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  static IntStream caseIndices() throws IOException {
    return IntStream.range(0, cases().size());
  }

  private static JsonNode cases() throws IOException {
    return MAPPER.readTree(OracleFiles.oracle("steps_samples.json").toFile()).get("cases");
  }

  @ParameterizedTest(name = "steps case {0}")
  @MethodSource("caseIndices")
  void matchesTheOracleTrace(int index) throws IOException {
    JsonNode expected = cases().get(index);
    Path file = dir.resolve("steps" + index + ".json");
    MAPPER.writeValue(file.toFile(), expected);

    CliRun run = CliRun.of("steps", file.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).hasSize(1);
    JsonNode got = MAPPER.readTree(run.out());
    assertThat(got.size()).isEqualTo(3);
    String rule = expected.get("optimizer").get("name").asText();
    for (String field : new String[] {"loss_before", "W_after", "b_after"}) {
      OracleCompare.assertClose(
          got.get(field), expected.get(field), rule + " case " + index + " " + field);
    }
  }
}
