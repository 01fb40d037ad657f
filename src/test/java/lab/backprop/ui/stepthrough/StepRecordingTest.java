package lab.backprop.ui.stepthrough;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;
import lab.backprop.nn.Activation;
import lab.backprop.nn.Backprop;
import lab.backprop.nn.Network;
import lab.backprop.nn.Optimizer;
import lab.backprop.nn.OptimizerSettings;
import lab.backprop.nn.OracleCases;
import lab.backprop.nn.OutputKind;
import lab.backprop.nn.Samples;
import lab.backprop.nn.Trace;
import lab.backprop.ui.stepthrough.Phase.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every number the recording shows equals the engine's own {@code network.trace(samples)} and
 * optimizer step, computed here separately: exactly at full precision, and to its last digit as
 * displayed.
 */
class StepRecordingTest {

  static Network randomNetwork(long seed) {
    return Network.initialized(
        new int[] {3, 4, 3, 2},
        new Activation[] {Activation.TANH, Activation.SIGMOID},
        OutputKind.SOFTMAX_CE,
        0.01,
        seed);
  }

  static Samples randomRows(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] x = new double[n][3];
    int[] y = new int[n];
    for (int r = 0; r < n; r++) {
      for (int i = 0; i < 3; i++) {
        x[r][i] = random.nextDouble(-2, 2);
      }
      y[r] = random.nextInt(2);
    }
    return new Samples(x, y, null);
  }

  @ParameterizedTest
  @CsvSource({"1, sgd", "3, adam", "3, momentum"})
  void showsTheEngineValuesOfEveryUnitAndEdge(int rows, String optimizerName) {
    Network net = randomNetwork(11);
    Samples samples = randomRows(rows, 12);
    OptimizerSettings settings = OptimizerSettings.of(optimizerName, 0.05);
    StepRecording rec = StepRecording.record(net, samples, settings);

    Trace reference = net.trace(samples);
    Network expectedAfter = net.copy();
    Backprop backprop = new Backprop();
    backprop.run(expectedAfter, samples, null, 0, rows);
    Optimizer.create(settings).step(expectedAfter, backprop.dW(), backprop.db());

    Phase last = rec.phases().get(rec.phases().size() - 1);
    int example = rows - 1;
    for (int k = 0; k <= rec.numLayers(); k++) {
      for (int j = 0; j < rec.units(k); j++) {
        for (ShownValue v : rec.shown(last, new Selection.Unit(k, j), example)) {
          assertSame(v, unitReference(v, reference, expectedAfter, k, j, example));
        }
        if (k == 0) {
          continue;
        }
        for (int i = 0; i < rec.units(k - 1); i++) {
          for (ShownValue v : rec.shown(last, new Selection.Edge(k, j, i), example)) {
            double expected =
                switch (v.quantity()) {
                  case W -> reference.W()[k - 1][j][i];
                  case DW -> reference.dW()[k - 1][j][i];
                  case NEW_W -> expectedAfter.w(k - 1, j, i);
                  default -> throw new AssertionError("edge shows " + v);
                };
            assertSame(v, expected);
          }
          assertThat(rec.shown(last, new Selection.Edge(k, j, i), example)).hasSize(3);
        }
      }
    }
    assertThat(rec.shown(last, new Selection.Unit(2, 1), example))
        .extracting(ShownValue::quantity)
        .containsExactly(
            ShownValue.Quantity.B,
            ShownValue.Quantity.Z,
            ShownValue.Quantity.A,
            ShownValue.Quantity.DELTA,
            ShownValue.Quantity.DB,
            ShownValue.Quantity.NEW_B);
    assertThat(rec.loss()).isEqualTo(reference.loss());
    assertThat(rec.lossAfter()).isEqualTo(expectedAfter.trace(samples).loss());
  }

  private static double unitReference(ShownValue v, Trace t, Network after, int k, int j, int n) {
    return switch (v.quantity()) {
      case X -> t.samples().X()[n][j];
      case Z -> t.Z()[k - 1][n][j];
      case A -> t.A()[k - 1][n][j];
      case DELTA -> t.deltas()[k - 1][n][j];
      case B -> t.b()[k - 1][j];
      case DB -> t.db()[k - 1][j];
      case NEW_B -> after.b(k - 1, j);
      default -> throw new AssertionError("unit shows " + v);
    };
  }

  private static void assertSame(ShownValue v, double expected) {
    assertThat(v.value()).as(v.label()).isEqualTo(expected);
    assertThat(Displayed.parse(v.fullText())).as(v.label()).isEqualTo(expected);
    Displayed.assertShows(v.text(), expected);
  }

  /**
   * Case 14 of the oracle's grad_samples.json (torch, float64): 2 → 4 tanh → 3 relu → 3 softmax-CE,
   * L2 0.01, 5 rows. Every value shown for every row is torch's; the new weights are its W −
   * 0.05·dW (SGD), worked out here.
   */
  @Test
  void showsTheOraclesValuesOfEveryUnitEdgeAndRow() throws IOException {
    JsonNode c = OracleCases.cases("grad_samples.json").get(14);
    double lr = 0.05;
    StepRecording rec =
        StepRecording.record(
            OracleCases.network(c), OracleCases.samples(c), OptimizerSettings.of("sgd", lr));
    double[][][] w = OracleCases.matrices(c.get("W"));
    double[][] b = OracleCases.matrix(c.get("b"));
    double[][][] z = OracleCases.matrices(c.get("Z"));
    double[][][] a = OracleCases.matrices(c.get("A"));
    double[][][] deltas = OracleCases.matrices(c.get("deltas"));
    double[][][] dW = OracleCases.matrices(c.get("dW"));
    double[][] db = OracleCases.matrix(c.get("db"));
    double[][] x = OracleCases.matrix(c.get("X"));
    assertThat(rec.numLayers()).isEqualTo(3);
    assertThat(rec.batchSize()).isEqualTo(5);
    assertClose("loss", rec.loss(), c.get("loss").asDouble());

    Phase last = rec.phases().get(rec.phases().size() - 1);
    int checked = 0;
    for (int n = 0; n < 5; n++) {
      for (int k = 0; k <= 3; k++) {
        for (int j = 0; j < rec.units(k); j++) {
          for (ShownValue v : rec.shown(last, new Selection.Unit(k, j), n)) {
            double expected =
                switch (v.quantity()) {
                  case X -> x[n][j];
                  case Z -> z[k - 1][n][j];
                  case A -> a[k - 1][n][j];
                  case DELTA -> deltas[k - 1][n][j];
                  case B -> b[k - 1][j];
                  case DB -> db[k - 1][j];
                  case NEW_B -> b[k - 1][j] - lr * db[k - 1][j];
                  default -> throw new AssertionError("unit shows " + v);
                };
            assertShowsClose(v, expected, n);
            checked++;
          }
          for (int i = 0; k > 0 && i < rec.units(k - 1); i++) {
            for (ShownValue v : rec.shown(last, new Selection.Edge(k, j, i), n)) {
              double expected =
                  switch (v.quantity()) {
                    case W -> w[k - 1][j][i];
                    case DW -> dW[k - 1][j][i];
                    case NEW_W -> w[k - 1][j][i] - lr * dW[k - 1][j][i];
                    default -> throw new AssertionError("edge shows " + v);
                  };
              assertShowsClose(v, expected, n);
              checked++;
            }
          }
        }
      }
    }
    // per row: 2 inputs, 10 units · 6 values, 8 + 12 + 9 edges · 3 values
    assertThat(checked).isEqualTo(5 * (2 + 10 * 6 + 29 * 3));
  }

  private static void assertShowsClose(ShownValue v, double expected, int row) {
    assertClose(v.label() + " row " + row, v.value(), expected);
    assertClose(v.label() + " row " + row + " full text", Displayed.parse(v.fullText()), expected);
    Displayed.assertShows(v.text(), expected);
  }

  /** The oracle's tolerance: 1e-12 absolute + 1e-10 relative. */
  private static void assertClose(String what, double actual, double expected) {
    assertThat(Math.abs(actual - expected))
        .as("%s: %s, torch %s", what, actual, expected)
        .isLessThanOrEqualTo(1e-12 + 1e-10 * Math.abs(expected));
  }

  @ParameterizedTest
  @CsvSource({"1", "3"})
  void valuesAppearAtThePhaseThatComputesThem(int rows) {
    StepRecording rec =
        StepRecording.record(randomNetwork(3), randomRows(rows, 4), OptimizerSettings.of("sgd", 1));
    List<Phase> phases = rec.phases();
    Selection hidden = new Selection.Unit(1, 2);
    Selection edge = new Selection.Edge(2, 1, 3);
    assertThat(quantities(rec, phases.get(0), hidden)).isEmpty();
    assertThat(quantities(rec, phase(rec, Kind.PRE_ACTIVATION, 1), hidden))
        .containsExactly("B", "Z");
    assertThat(quantities(rec, phase(rec, Kind.ACTIVATION, 1), hidden))
        .containsExactly("B", "Z", "A");
    assertThat(quantities(rec, phase(rec, Kind.HIDDEN_DELTA, 1), hidden))
        .containsExactly("B", "Z", "A", "DELTA");
    assertThat(quantities(rec, phase(rec, Kind.HIDDEN_DELTA, 1), edge)).containsExactly("W");
    assertThat(quantities(rec, phase(rec, Kind.GRADIENTS, 2), edge)).containsExactly("W", "DW");
    assertThat(quantities(rec, phase(rec, Kind.UPDATE, -1), edge))
        .containsExactly("W", "DW", "NEW_W");
    assertThat(quantities(rec, phases.get(0), new Selection.Unit(0, 1))).containsExactly("X");
  }

  private static Phase phase(StepRecording rec, Kind kind, int layer) {
    return rec.phases().get(rec.indexOf(kind, layer));
  }

  private static List<String> quantities(StepRecording rec, Phase phase, Selection selection) {
    return rec.shown(phase, selection, 0).stream().map(v -> v.quantity().name()).toList();
  }
}
