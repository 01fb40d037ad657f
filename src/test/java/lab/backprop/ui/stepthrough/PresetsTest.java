package lab.backprop.ui.stepthrough;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import lab.backprop.OracleFiles;
import lab.backprop.data.DatasetSpec;
import lab.backprop.nn.OutputKind;
import lab.backprop.ui.stepthrough.Phase.Kind;
import org.junit.jupiter.api.Test;

class PresetsTest {
  private static final double TOLERANCE_REL = 1e-10;

  private static void assertClose(double got, double expected) {
    assertThat(got)
        .isCloseTo(
            expected,
            org.assertj.core.data.Offset.offset(1e-12 + TOLERANCE_REL * Math.abs(expected)));
  }

  @Test
  void workedExampleShowsTheOracleValuesNotTheHandRoundedOnes() throws IOException {
    JsonNode oracle =
        new ObjectMapper().readTree(OracleFiles.oracle("worked_example.json").toFile());
    JsonNode f64 = oracle.get("float64");
    StepRecording rec = Presets.workedExample().record();
    Phase last = rec.phases().get(rec.phases().size() - 1);

    double yHat = value(rec, last, new Selection.Unit(2, 0), ShownValue.Quantity.A);
    double dYHat = value(rec, last, new Selection.Unit(2, 0), ShownValue.Quantity.DELTA);
    assertClose(yHat, f64.get("yhat").asDouble());
    assertClose(dYHat, f64.get("dL_dV").get(0).asDouble());
    assertClose(rec.loss(), f64.get("loss").asDouble());
    assertClose(
        value(rec, last, new Selection.Unit(2, 0), ShownValue.Quantity.DB),
        f64.get("dL_dV").get(0).asDouble());
    for (int i = 0; i < 3; i++) {
      ShownValue dv = shown(rec, last, new Selection.Edge(2, 0, i), ShownValue.Quantity.DW);
      assertClose(dv.value(), f64.get("dL_dV").get(i + 1).asDouble());
      assertClose(
          value(rec, last, new Selection.Unit(1, i), ShownValue.Quantity.A),
          f64.get("a").get(i).asDouble());
      for (int col = 0; col < 3; col++) {
        double expected = f64.get("dL_dW").get(i).get(col).asDouble();
        double got =
            col == 0
                ? value(rec, last, new Selection.Unit(1, i), ShownValue.Quantity.DB)
                : shown(rec, last, new Selection.Edge(1, i, col - 1), ShownValue.Quantity.DW)
                    .value();
        assertClose(got, expected);
      }
    }

    assertThat(shown(rec, last, new Selection.Unit(2, 0), ShownValue.Quantity.A).text())
        .isEqualTo("0.0567");
    assertThat(shown(rec, last, new Selection.Unit(2, 0), ShownValue.Quantity.DELTA).text())
        .isEqualTo("−15.89");
    assertThat(shown(rec, last, new Selection.Edge(2, 0, 0), ShownValue.Quantity.DW).text())
        .isEqualTo("−8.300");
    assertThat(shown(rec, last, new Selection.Edge(2, 0, 1), ShownValue.Quantity.DW).text())
        .isEqualTo("−8.261");
    assertThat(shown(rec, last, new Selection.Edge(2, 0, 2), ShownValue.Quantity.DW).text())
        .isEqualTo("−8.221");
  }

  @Test
  void workedExampleNoteNamesTheHandRoundedAndTheExactValues() {
    String note = Presets.workedExample().note();
    assertThat(note)
        .contains("0.056 ", "−15.888", "−8.262")
        .contains("0.0567", "−15.89", "−8.300", "−8.261", "−8.221");
  }

  @Test
  void twoMoonsPresetIsASmallTanhSoftmaxNetworkOnTheDefaultMoons() {
    Preset preset = Presets.twoMoons();
    assertThat(preset.network().layerSizes()).containsExactly(2, 3, 2);
    assertThat(preset.network().activation(0).jsonName()).isEqualTo("tanh");
    assertThat(preset.network().output()).isEqualTo(OutputKind.SOFTMAX_CE);
    assertThat(preset.dataset()).isEqualTo(DatasetSpec.DEFAULT.generate());
    assertThat(preset.samples().X()[0])
        .containsExactly(preset.dataset().x(0, 0), preset.dataset().x(0, 1));
    assertThat(preset.samples().y()).containsExactly(preset.dataset().label(0));
    assertThat(Presets.twoMoons().network().copyW()).isDeepEqualTo(preset.network().copyW());
    StepRecording rec = preset.record();
    assertThat(rec.phases()).hasSize(11);
    assertThat(rec.phases().get(rec.indexOf(Kind.ACTIVATION, 1)).equationLatex())
        .contains("\\tanh");
    assertThat(Presets.all())
        .extracting(Preset::name)
        .containsExactly(Presets.WORKED_EXAMPLE, Presets.TWO_MOONS);
  }

  private static ShownValue shown(
      StepRecording rec, Phase phase, Selection s, ShownValue.Quantity q) {
    return rec.shown(phase, s, 0).stream().filter(v -> v.quantity() == q).findFirst().orElseThrow();
  }

  private static double value(StepRecording rec, Phase phase, Selection s, ShownValue.Quantity q) {
    return shown(rec, phase, s, q).value();
  }
}
