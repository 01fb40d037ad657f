package lab.backprop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import lab.backprop.OracleFiles;
import org.junit.jupiter.api.Test;

class StepsJsonTest {
  private static JsonNode cases() throws IOException {
    return new ObjectMapper()
        .readTree(OracleFiles.oracle("steps_samples.json").toFile())
        .get("cases");
  }

  @Test
  void readsOptimizerAndBatchesOfTheOracleCases() throws IOException {
    JsonNode adam = cases().get(4);
    StepsJson.Input input = StepsJson.fromTree(adam);
    assertThat(input.optimizer().name()).isEqualTo("adam");
    assertThat(input.optimizer().lr()).isEqualTo(0.02);
    assertThat(input.optimizer().beta1()).isEqualTo(0.8);
    assertThat(input.optimizer().beta2()).isEqualTo(0.99);
    assertThat(input.optimizer().eps()).isEqualTo(1e-6);
    assertThat(input.batches().length).isEqualTo(adam.get("batches").size());
    assertThat(input.batches()[0][0]).isEqualTo(adam.get("batches").get(0).get(0).asInt());
    assertThat(input.samples().size()).isEqualTo(8);

    StepsJson.Input momentum = StepsJson.fromTree(cases().get(2));
    assertThat(momentum.optimizer().momentum()).isEqualTo(0.8);
    StepsJson.Input sgd = StepsJson.fromTree(cases().get(0));
    assertThat(sgd.optimizer().momentum()).isEqualTo(0.9); // the default, unused by sgd
  }

  @Test
  void badBatchesAndOptimizersNameTheField() throws IOException {
    ObjectNode c = cases().get(0).deepCopy();
    c.putArray("batches").addArray().add(0).add(-1);
    assertThatThrownBy(() -> StepsJson.fromTree(c))
        .hasMessage("batches[0][1] = -1 but X has 8 rows (0 to 7)");
    c.putArray("batches").addArray().add(7).add(8);
    assertThatThrownBy(() -> StepsJson.fromTree(c))
        .hasMessage("batches[0][1] = 8 but X has 8 rows (0 to 7)");
    c.putArray("batches").addArray();
    assertThatThrownBy(() -> StepsJson.fromTree(c))
        .hasMessage("batches[0] is empty, expected at least one row index");
    c.putObject("optimizer").put("lr", 0.1);
    assertThatThrownBy(() -> StepsJson.fromTree(c)).hasMessage("missing field \"optimizer.name\"");
    c.put("optimizer", "sgd");
    assertThatThrownBy(() -> StepsJson.fromTree(c))
        .hasMessage("optimizer is \"sgd\", expected an object {...}");
    c.remove("optimizer");
    assertThatThrownBy(() -> StepsJson.fromTree(c)).hasMessage("missing field \"optimizer\"");
  }
}
