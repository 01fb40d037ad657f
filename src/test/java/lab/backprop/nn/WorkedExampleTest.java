package lab.backprop.nn;

import static lab.backprop.nn.OracleCases.assertClose;
import static lab.backprop.nn.OracleCases.matrix;
import static lab.backprop.nn.OracleCases.vector;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The hand-computed example of seed 001 ([2, 3, 1] sigmoid + mse, one sample): the rows of its W
 * are (bias, w1, w2), its V is (bias, v1, v2, v3), the target is 8.
 */
class WorkedExampleTest {

  @Test
  void reproducesTheExactValues() throws Exception {
    JsonNode example = OracleCases.read("worked_example.json");
    JsonNode inputs = example.get("inputs");
    double[][] wRows = matrix(inputs.get("W"));
    double[] v = vector(inputs.get("V"));
    double[] x = vector(inputs.get("x_with_bias"));
    double[][] hiddenW = new double[3][2];
    double[] hiddenB = new double[3];
    for (int j = 0; j < 3; j++) {
      hiddenB[j] = wRows[j][0];
      hiddenW[j][0] = wRows[j][1];
      hiddenW[j][1] = wRows[j][2];
    }
    Network net =
        new Network(
            new int[] {2, 3, 1},
            new Activation[] {Activation.SIGMOID},
            OutputKind.MSE,
            0.0,
            new double[][][] {hiddenW, {{v[1], v[2], v[3]}}},
            new double[][] {hiddenB, {v[0]}});
    Samples samples =
        new Samples(new double[][] {{x[1], x[2]}}, null, new double[] {inputs.get("y").asDouble()});

    Trace trace = net.trace(samples);

    JsonNode f64 = example.get("float64");
    assertClose("a", trace.A()[0][0], vector(f64.get("a")));
    assertClose("yhat", trace.A()[1][0][0], f64.get("yhat").asDouble());
    assertClose("loss", trace.loss(), f64.get("loss").asDouble());
    double[] dV = vector(f64.get("dL_dV"));
    assertClose("dL/dyhat", trace.deltas()[1][0][0], dV[0]);
    assertClose("dL/dv0", trace.db()[1][0], dV[0]);
    assertClose("dL/dv1..3", trace.dW()[1][0], new double[] {dV[1], dV[2], dV[3]});
    double[][] dW = matrix(f64.get("dL_dW"));
    for (int j = 0; j < 3; j++) {
      assertClose("dL/dw" + j + "0", trace.db()[0][j], dW[j][0]);
      assertClose("dL/dw" + j + "1..2", trace.dW()[0][j], new double[] {dW[j][1], dW[j][2]});
    }
  }
}
