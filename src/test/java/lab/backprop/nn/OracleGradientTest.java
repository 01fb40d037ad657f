package lab.backprop.nn;

import static lab.backprop.nn.OracleCases.assertClose;
import static lab.backprop.nn.OracleCases.matrices;
import static lab.backprop.nn.OracleCases.matrix;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every case of grad_samples.json (torch autograd, float64) through the engine's Trace. */
class OracleGradientTest {

  static List<JsonNode> cases() throws IOException {
    return OracleCases.cases("grad_samples.json");
  }

  @Test
  void allSeventeenCasesAreRead() throws IOException {
    assertThat(cases()).hasSize(17);
  }

  @ParameterizedTest(name = "case {index}")
  @MethodSource("cases")
  void traceMatchesOracle(JsonNode c) {
    Network net = OracleCases.network(c);
    Samples samples = OracleCases.samples(c);
    Trace trace = net.trace(samples);
    String id = "case " + c.get("id").asInt();

    assertClose(id + " loss", trace.loss(), c.get("loss").asDouble());
    assertClose(id + " data_loss", trace.dataLoss(), c.get("data_loss").asDouble());
    assertClose(id + " l2_term", trace.l2Term(), c.get("l2_term").asDouble());
    assertClose(id + " Z", trace.Z(), matrices(c.get("Z")));
    assertClose(id + " A", trace.A(), matrices(c.get("A")));
    assertClose(id + " deltas", trace.deltas(), matrices(c.get("deltas")));
    assertClose(id + " dW", trace.dW(), matrices(c.get("dW")));
    assertClose(id + " db", trace.db(), matrix(c.get("db")));
    assertClose(id + " W used", trace.W(), matrices(c.get("W")));
    assertThat(trace.samples().size()).isEqualTo(c.get("batch_size").asInt());
  }

  @ParameterizedTest(name = "case {index}")
  @MethodSource("cases")
  void backpropRunGivesTheOraclesLossAndGradients(JsonNode c) {
    Network net = OracleCases.network(c);
    Samples samples = OracleCases.samples(c);
    Backprop backprop = new Backprop();
    double loss = backprop.run(net, samples, null, 0, samples.size());
    assertClose("loss", loss, c.get("loss").asDouble());
    double[][][] dW = matrices(c.get("dW"));
    for (int l = 0; l < dW.length; l++) {
      double[] flat = new double[dW[l].length * dW[l][0].length];
      for (int j = 0; j < dW[l].length; j++) {
        System.arraycopy(dW[l][j], 0, flat, j * dW[l][0].length, dW[l][0].length);
      }
      assertClose("dW flat " + l, backprop.dW()[l], flat);
    }
    assertClose("db", backprop.db(), matrix(c.get("db")));
    double forwardOnly = new Backprop().loss(net, samples, null, 0, samples.size());
    assertClose("forward-only loss", forwardOnly, c.get("loss").asDouble());
  }
}
