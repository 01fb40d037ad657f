package lab.backprop.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import lab.backprop.nn.Samples;
import lab.backprop.nn.Trace;
import org.junit.jupiter.api.Test;

class TraceJsonTest {
  /** Doubles whose shortest decimal forms are long or extreme. */
  private static final double[] AWKWARD = {
    0.1 + 0.2,
    Math.PI / 3,
    -1.0 / 3,
    Double.MIN_VALUE,
    Double.MAX_VALUE,
    1e-300 * 1e-10,
    2.2250738585072014E-308,
    123456789.12345678,
    -0.0,
    5e-324,
    1.0000000000000002
  };

  private static Trace trace() {
    double[][] x = {{AWKWARD[0], AWKWARD[1]}};
    double[][][] z = {{{AWKWARD[2], AWKWARD[3], AWKWARD[4]}}, {{AWKWARD[5]}}};
    double[][][] a = {{{AWKWARD[6], AWKWARD[7], AWKWARD[8]}}, {{AWKWARD[9]}}};
    double[][][] d = {{{AWKWARD[10], AWKWARD[0], AWKWARD[1]}}, {{AWKWARD[2]}}};
    double[][][] dW = {{{1, 2}, {3, 4}, {AWKWARD[3], AWKWARD[4]}}, {{AWKWARD[5], 6, 7}}};
    double[][] db = {{AWKWARD[6], AWKWARD[7], AWKWARD[8]}, {AWKWARD[9]}};
    return new Trace(
        new Samples(x, null, new double[] {1}),
        null,
        null,
        z,
        a,
        d,
        dW,
        db,
        AWKWARD[0],
        AWKWARD[1],
        AWKWARD[2]);
  }

  @Test
  void everyDoubleReadsBackBitForBit() throws IOException {
    Trace trace = trace();
    JsonNode json = new ObjectMapper().readTree(TraceJson.toLine(trace));

    assertThat(json.get("loss").doubleValue()).isEqualTo(trace.loss());
    assertThat(json.get("data_loss").doubleValue()).isEqualTo(trace.dataLoss());
    assertThat(json.get("l2_term").doubleValue()).isEqualTo(trace.l2Term());
    assertSame(json.get("Z"), trace.Z());
    assertSame(json.get("A"), trace.A());
    assertSame(json.get("deltas"), trace.deltas());
    assertSame(json.get("dW"), trace.dW());
    for (int l = 0; l < trace.db().length; l++) {
      for (int j = 0; j < trace.db()[l].length; j++) {
        assertBits(json.get("db").get(l).get(j), trace.db()[l][j]);
      }
    }
  }

  @Test
  void fieldsInTheDocumentedOrderOnOneLine() {
    String line = TraceJson.toLine(trace());
    assertThat(line).doesNotContain("\n");
    assertThat(line)
        .containsSubsequence(
            "\"loss\"",
            "\"data_loss\"",
            "\"l2_term\"",
            "\"Z\"",
            "\"A\"",
            "\"deltas\"",
            "\"dW\"",
            "\"db\"");
  }

  private static void assertSame(JsonNode node, double[][][] expected) {
    assertThat(node.size()).isEqualTo(expected.length);
    for (int l = 0; l < expected.length; l++) {
      assertThat(node.get(l).size()).isEqualTo(expected[l].length);
      for (int r = 0; r < expected[l].length; r++) {
        assertThat(node.get(l).get(r).size()).isEqualTo(expected[l][r].length);
        for (int c = 0; c < expected[l][r].length; c++) {
          assertBits(node.get(l).get(r).get(c), expected[l][r][c]);
        }
      }
    }
  }

  private static void assertBits(JsonNode node, double expected) {
    assertThat(Double.doubleToRawLongBits(Double.parseDouble(node.asText())))
        .as("%s", expected)
        .isEqualTo(Double.doubleToRawLongBits(expected));
  }
}
