package lab.backprop.nn;

import static lab.backprop.nn.OracleCases.assertClose;
import static lab.backprop.nn.OracleCases.ints;
import static lab.backprop.nn.OracleCases.matrices;
import static lab.backprop.nn.OracleCases.matrix;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every optimizer trace of steps_samples.json (torch.optim, float64): Backprop + Optimizer. */
class OracleStepsTest {

  static List<JsonNode> cases() throws IOException {
    return OracleCases.cases("steps_samples.json");
  }

  static OptimizerSettings settings(JsonNode o) {
    OptimizerSettings d = OptimizerSettings.of(o.get("name").asText(), o.get("lr").asDouble());
    return new OptimizerSettings(
        d.kind(),
        d.lr(),
        o.has("momentum") ? o.get("momentum").asDouble() : d.momentum(),
        o.has("beta1") ? o.get("beta1").asDouble() : d.beta1(),
        o.has("beta2") ? o.get("beta2").asDouble() : d.beta2(),
        o.has("eps") ? o.get("eps").asDouble() : d.eps());
  }

  @ParameterizedTest(name = "case {index}")
  @MethodSource("cases")
  void everyStepMatches(JsonNode c) {
    Network net = OracleCases.network(c);
    Samples samples = OracleCases.samples(c);
    Optimizer optimizer = Optimizer.create(settings(c.get("optimizer")));
    Backprop backprop = new Backprop();
    JsonNode batches = c.get("batches");
    assertThat(batches.size()).isEqualTo(c.get("loss_before").size());
    for (int k = 0; k < batches.size(); k++) {
      int[] rows = ints(batches.get(k));
      String id = "case " + c.get("id").asInt() + " step " + k;
      double loss = backprop.run(net, samples, rows, 0, rows.length);
      assertClose(id + " loss_before", loss, c.get("loss_before").get(k).asDouble());
      optimizer.step(net, backprop.dW(), backprop.db());
      assertClose(id + " W_after", net.copyW(), matrices(c.get("W_after").get(k)));
      assertClose(id + " b_after", net.copyB(), matrix(c.get("b_after").get(k)));
    }
  }
}
