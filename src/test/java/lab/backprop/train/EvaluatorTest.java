package lab.backprop.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import lab.backprop.nn.OracleCases;
import lab.backprop.nn.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Loss and accuracy of the oracle's gradient cases (torch, float64), worked out from its A. */
class EvaluatorTest {

  /** Cases 0, 1, 9, 14: softmax (λ = 0 and λ > 0); 2: sigmoid_bce; 3: mse, λ = 0.1. */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 9, 14})
  void lossIsTheOraclesDataLossAndAccuracyItsArgmax(int id) throws IOException {
    JsonNode c = OracleCases.cases("grad_samples.json").get(id);
    Evaluator eval = new Evaluator(OracleCases.samples(c));
    double dataLoss = c.get("data_loss").asDouble();
    double loss = c.get("loss").asDouble();

    assertThat(eval.loss(OracleCases.network(c))).isCloseTo(dataLoss, within(1e-12));
    assertThat(eval.totalLoss(OracleCases.network(c))).isCloseTo(loss, within(1e-12));

    double[][][] A = OracleCases.matrices(c.get("A"));
    double[][] out = A[A.length - 1];
    if (!c.has("y")) {
      assertThat(eval.accuracy(OracleCases.network(c))).as("regression").isNaN();
      return;
    }
    int[] y = OracleCases.ints(c.get("y"));
    int right = 0;
    for (int n = 0; n < y.length; n++) {
      right += oracleClass(out[n]) == y[n] ? 1 : 0;
    }
    assertThat(eval.accuracy(OracleCases.network(c))).isEqualTo((double) right / y.length);
  }

  @Test
  void theOraclesCasesHaveRightAndWrongPredictions() throws IOException {
    // case 9: 8 rows; the argmax of torch's probabilities is right for some and wrong for others
    JsonNode c = OracleCases.cases("grad_samples.json").get(9);
    double accuracy = new Evaluator(OracleCases.samples(c)).accuracy(OracleCases.network(c));
    assertThat(accuracy).isStrictlyBetween(0.0, 1.0);
  }

  @Test
  void noRowsIsNaN() throws IOException {
    JsonNode c = OracleCases.cases("grad_samples.json").get(0);
    Evaluator empty = new Evaluator(new Samples(new double[0][], new int[0], null));
    assertThat(empty.loss(OracleCases.network(c))).isNaN();
    assertThat(empty.totalLoss(OracleCases.network(c))).isNaN();
    assertThat(empty.accuracy(OracleCases.network(c))).isNaN();
  }

  @Test
  void predictedClassIsTheFirstLargestProbabilityOrPAtLeastAHalf() {
    double[] three = {0.2, 0.4, 0.4, 0.7, 0.1, 0.2};
    assertThat(Evaluator.predictedClass(three, 0, 3)).isEqualTo(1);
    assertThat(Evaluator.predictedClass(three, 1, 3)).isEqualTo(0);
    double[] one = {0.5, 0.4999, 0.9};
    assertThat(Evaluator.predictedClass(one, 0, 1)).isEqualTo(1);
    assertThat(Evaluator.predictedClass(one, 1, 1)).isEqualTo(0);
    assertThat(Evaluator.predictedClass(one, 2, 1)).isEqualTo(1);
  }

  /** Case 2: one sigmoid output; case 9: softmax over several classes. */
  @ParameterizedTest
  @ValueSource(ints = {2, 9})
  void predictionsAreTheOraclesClassesWithTheProbabilityOfEach(int id) throws IOException {
    JsonNode c = OracleCases.cases("grad_samples.json").get(id);
    Evaluator eval = new Evaluator(OracleCases.samples(c));
    eval.accuracy(OracleCases.network(c)); // the predictions reuse its buffer
    Predictions.Rows rows = eval.predictions(OracleCases.network(c));
    double[][][] A = OracleCases.matrices(c.get("A"));
    double[][] out = A[A.length - 1];
    assertThat(rows.classes()).hasSize(out.length);
    for (int n = 0; n < out.length; n++) {
      int predicted = oracleClass(out[n]);
      double p = out[n].length > 1 ? out[n][predicted] : predicted == 1 ? out[n][0] : 1 - out[n][0];
      assertThat(rows.classes()[n]).as("row %d", n).isEqualTo(predicted);
      assertThat(rows.confidence()[n]).as("row %d", n).isCloseTo(p, within(1e-12));
    }
  }

  /** The class of the oracle's output row: the first argmax, or p ≥ ½ for one sigmoid output. */
  private static int oracleClass(double[] out) {
    if (out.length == 1) {
      return out[0] >= 0.5 ? 1 : 0;
    }
    int predicted = 0;
    for (int k = 1; k < out.length; k++) {
      predicted = out[k] > out[predicted] ? k : predicted;
    }
    return predicted;
  }
}
