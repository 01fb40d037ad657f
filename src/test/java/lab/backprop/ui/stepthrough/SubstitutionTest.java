package lab.backprop.ui.stepthrough;

import static lab.backprop.ui.stepthrough.NumberFormatting.display;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import lab.backprop.nn.Activation;
import lab.backprop.nn.Network;
import lab.backprop.nn.OptimizerSettings;
import lab.backprop.nn.OracleCases;
import lab.backprop.nn.OutputKind;
import lab.backprop.nn.Samples;
import lab.backprop.ui.stepthrough.Phase.Kind;
import org.junit.jupiter.api.Test;

/**
 * Substituted equations of the worked example (seed 001), whose numbers are known by hand: x = (1,
 * 2), hidden rows (b, w1, w2) = (0.01, 0.02, 0.03), …, V = (0.01, 0.02, 0.03, 0.04), t = 8.
 */
class SubstitutionTest {
  private final StepRecording rec = Presets.workedExample().record();

  private Substitution at(Kind kind, int layer, Selection selection) {
    return rec.substitute(rec.phases().get(rec.indexOf(kind, layer)), selection, 0);
  }

  @Test
  void forwardPassOfTheWorkedExample() {
    assertThat(at(Kind.INPUT, 0, null).text()).isEqualTo("x = (1, 2), t = 8");
    assertThat(at(Kind.PRE_ACTIVATION, 1, new Selection.Unit(1, 0)).text())
        .isEqualTo("z₁,₁ = 0.02·1 + 0.03·2 + 0.01 = " + display(0.09));
    assertThat(display(0.09)).isIn("0.09", "0.0900");
    assertThat(at(Kind.ACTIVATION, 1, new Selection.Unit(1, 2)).text())
        .isEqualTo("a₁,₃ = σ(" + display(0.07) + ") = 0.5175"); // 0.02 + 0.03·1 + 0.01·2
    assertThat(at(Kind.PRE_ACTIVATION, 2, new Selection.Unit(2, 0)).text())
        .isEqualTo("z₂,₁ = 0.02·0.5225 + 0.03·0.5200 + 0.04·0.5175 + 0.01 = 0.0567");
    assertThat(at(Kind.OUTPUT_AND_LOSS, 2, null).text())
        .isEqualTo("ŷ = z₂,₁ = 0.0567; L = (0.0567 − 8)² = 63.10");
  }

  @Test
  void backwardPassOfTheWorkedExample() {
    assertThat(at(Kind.OUTPUT_DELTA, 2, null).text()).isEqualTo("δ₂,₁ = 2·(0.0567 − 8) = −15.89");
    assertThat(at(Kind.HIDDEN_DELTA, 1, new Selection.Unit(1, 0)).text())
        .startsWith("δ₁,₁ = σ′(" + display(0.09) + ")·[0.02·(−15.89)] = −0.0793, σ′(")
        .endsWith(") = 0.2495");
    assertThat(at(Kind.GRADIENTS, 2, new Selection.Edge(2, 0, 0)).text())
        .isEqualTo("∂L/∂w₂,₁₁ = (−15.89)·0.5225 = −8.300");
    assertThat(at(Kind.GRADIENTS, 2, new Selection.Unit(2, 0)).text())
        .isEqualTo("∂L/∂b₂,₁ = (−15.89) = −15.89");
    assertThat(at(Kind.GRADIENTS, 1, new Selection.Edge(1, 2, 1)).text())
        .isEqualTo("∂L/∂w₁,₃₂ = (−0.1587)·2 = −0.3173");
    // SGD with lr 0.01: 0.02 + 0.01 · 8.300456 = 0.10300456
    assertThat(at(Kind.UPDATE, -1, new Selection.Edge(2, 0, 0)).text())
        .isEqualTo("w₂,₁₁ ← 0.02 − 0.01·(−8.300) = 0.1030");
    assertThat(at(Kind.BOUNDARY_BEFORE_AFTER, -1, null).text())
        .startsWith("L: 63.10 → ")
        .endsWith(" (same examples)");
  }

  @Test
  void aSelectionOutsideThePhaseFallsBackToItsFirstUnitOrEdge() {
    Phase preActivation = rec.phases().get(rec.indexOf(Kind.PRE_ACTIVATION, 1));
    assertThat(rec.selectionFor(preActivation, new Selection.Unit(2, 0)))
        .isEqualTo(new Selection.Unit(1, 0));
    assertThat(rec.selectionFor(preActivation, new Selection.Edge(1, 2, 1)))
        .isEqualTo(new Selection.Unit(1, 2));
    Phase gradients = rec.phases().get(rec.indexOf(Kind.GRADIENTS, 1));
    assertThat(rec.selectionFor(gradients, new Selection.Unit(0, 0)))
        .isEqualTo(new Selection.Edge(1, 0, 0));
    assertThat(rec.selectionFor(gradients, new Selection.Unit(1, 7)))
        .isEqualTo(new Selection.Edge(1, 0, 0));
  }

  /**
   * Case 10 of the oracle's grad_samples.json: 2 → 5 leaky_relu → 2 softmax-CE on 3 rows with
   * labels (0, 1, 0). Every number expected here is torch's, not the recording's.
   */
  @Test
  void batchSumsShowEveryRowAndTheOraclesTotal() throws IOException {
    JsonNode c = OracleCases.cases("grad_samples.json").get(10);
    assertThat(c.get("id").asInt()).isEqualTo(10);
    assertThat(OracleCases.ints(c.get("y"))).containsExactly(0, 1, 0);
    double[][] outputDeltas = OracleCases.matrices(c.get("deltas"))[1]; // [row][unit]
    double[][] probabilities = OracleCases.matrices(c.get("A"))[1];
    double[] outputDb = OracleCases.matrix(c.get("db"))[1];
    StepRecording batch =
        StepRecording.record(
            OracleCases.network(c), OracleCases.samples(c), OptimizerSettings.of("sgd", 0.1));

    Substitution db =
        batch.substitute(
            batch.phases().get(batch.indexOf(Kind.GRADIENTS, 2)), new Selection.Unit(2, 1), 0);
    assertThat(db.text())
        .isEqualTo(
            "∂L/∂b₂,₂ = "
                + NumberFormatting.term(outputDeltas[0][1])
                + " + "
                + NumberFormatting.term(outputDeltas[1][1])
                + " + "
                + NumberFormatting.term(outputDeltas[2][1])
                + " = "
                + display(outputDb[1]));
    Substitution delta =
        batch.substitute(
            batch.phases().get(batch.indexOf(Kind.OUTPUT_DELTA, 2)), new Selection.Unit(2, 1), 1);
    assertThat(delta.text())
        .isEqualTo(
            "δ₂,₂ = (1/3)·("
                + display(probabilities[1][1])
                + " − 1) = "
                + display(outputDeltas[1][1]));
    Substitution loss =
        batch.substitute(batch.phases().get(batch.indexOf(Kind.OUTPUT_AND_LOSS, 2)), null, 0);
    assertThat(loss.text())
        .contains("L = (1/3)·[−log " + display(probabilities[0][0]))
        .endsWith(" = " + display(c.get("loss").asDouble()));
  }

  @Test
  void wideLayersElideTheMiddleTerms() {
    int[] sizes = {9, 3, 2};
    Network net =
        Network.initialized(sizes, new Activation[] {Activation.RELU}, OutputKind.SOFTMAX_CE, 0, 2);
    double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    StepRecording wide =
        StepRecording.record(
            net,
            new Samples(new double[][] {x}, new int[] {1}, null),
            OptimizerSettings.of("sgd", 0.1));
    String text =
        wide.substitute(
                wide.phases().get(wide.indexOf(Kind.PRE_ACTIVATION, 1)),
                new Selection.Unit(1, 0),
                0)
            .text();
    assertThat(text).contains("⋯").contains("·1 + ").contains("·3 + ⋯ + ").contains("·9 + ");
    assertThat(text).doesNotContain("·4 ").doesNotContain("·7 ");
    assertThat(text.chars().filter(c -> c == '·').count()).isEqualTo(5);
    double z = net.b(0, 0); // the sum written out, not the engine's kernel
    for (int i = 0; i < x.length; i++) {
      z += net.w(0, 0, i) * x[i];
    }
    assertThat(text).endsWith(" = " + display(z));
  }

  /**
   * Classes count from 1 everywhere in the window, like the output units: the oracle's row 1 of
   * case 10 has label 1 in the file, which is class 2, the output ŷ₂, and its loss is −log ŷ₂.
   */
  @Test
  void classesCountFromOneLikeTheOutputUnits() throws IOException {
    JsonNode c = OracleCases.cases("grad_samples.json").get(10);
    Samples all = OracleCases.samples(c);
    assertThat(all.y()[1]).isEqualTo(1);
    double p2 = OracleCases.matrices(c.get("A"))[1][1][1]; // torch's softmax of row 1, unit 2
    StepRecording one =
        StepRecording.record(
            OracleCases.network(c),
            new Samples(new double[][] {all.X()[1]}, new int[] {1}, null),
            OptimizerSettings.of("sgd", 0.1));

    assertThat(one.substitute(one.phases().get(0), null, 0).text()).endsWith(", y = 2");
    Substitution loss =
        one.substitute(
            one.phases().get(one.indexOf(Kind.OUTPUT_AND_LOSS, 2)), new Selection.Unit(2, 1), 0);
    assertThat(loss.text())
        .startsWith("ŷ₂ = ")
        .endsWith(
            "; L = −log ŷ₂ = −log " + NumberFormatting.term(p2) + " = " + display(-Math.log(p2)));
    assertThat(one.phases().get(one.indexOf(Kind.OUTPUT_AND_LOSS, 2)).equationLatex())
        .contains("\\log \\hat{y}_{n,y_n}")
        .contains("y_n \\in \\{1, \\dots, K\\}");
  }

  @Test
  void aSigmoidOutputNamesTheClassAndItsTarget() {
    Network net =
        Network.initialized(
            new int[] {2, 3, 1}, new Activation[] {Activation.TANH}, OutputKind.SIGMOID_BCE, 0, 4);
    for (int label = 0; label <= 1; label++) {
      StepRecording r =
          StepRecording.record(
              net,
              new Samples(new double[][] {{0.5, -1}}, new int[] {label}, null),
              OptimizerSettings.of("sgd", 0.1));
      assertThat(r.substitute(r.phases().get(0), null, 0).text())
          .isEqualTo(label == 0 ? "x = (0.5, −1), y = 1 (t = 0)" : "x = (0.5, −1), y = 2 (t = 1)");
      assertThat(r.phases().get(r.indexOf(Kind.OUTPUT_AND_LOSS, 2)).equationLatex())
          .contains("t_n = [y_n = 2]");
    }
  }
}
