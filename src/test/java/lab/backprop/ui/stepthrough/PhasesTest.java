package lab.backprop.ui.stepthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lab.backprop.nn.Activation;
import lab.backprop.nn.Network;
import lab.backprop.nn.OptimizerSettings;
import lab.backprop.nn.OutputKind;
import lab.backprop.nn.Samples;
import lab.backprop.ui.stepthrough.Phase.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhasesTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 6})
  void listsForwardThenBackwardThenUpdateForAnyDepth(int hidden) {
    int[] sizes = new int[hidden + 2];
    Arrays.fill(sizes, 3);
    sizes[0] = 2;
    sizes[hidden + 1] = 2;
    Activation[] activations = new Activation[hidden];
    Arrays.fill(activations, Activation.RELU);
    Network net = Network.initialized(sizes, activations, OutputKind.SOFTMAX_CE, 0, 9);
    StepRecording rec =
        StepRecording.record(
            net,
            new Samples(new double[][] {{0.5, -1}}, new int[] {1}, null),
            OptimizerSettings.of("sgd", 0.1));

    int layers = hidden + 1;
    List<String> expected = new ArrayList<>();
    expected.add("INPUT 0");
    for (int k = 1; k < layers; k++) {
      expected.add("PRE_ACTIVATION " + k);
      expected.add("ACTIVATION " + k);
    }
    expected.add("PRE_ACTIVATION " + layers);
    expected.add("OUTPUT_AND_LOSS " + layers);
    expected.add("OUTPUT_DELTA " + layers);
    for (int k = layers - 1; k >= 1; k--) {
      expected.add("HIDDEN_DELTA " + k);
    }
    for (int k = layers; k >= 1; k--) {
      expected.add("GRADIENTS " + k);
    }
    expected.add("UPDATE -1");
    expected.add("BOUNDARY_BEFORE_AFTER -1");

    assertThat(rec.phases()).hasSize(4 * layers + 3);
    assertThat(rec.phases())
        .extracting(p -> p.kind() + " " + p.layer())
        .containsExactlyElementsOf(expected);
    for (Phase phase : rec.phases()) {
      assertThat(phase.title()).isNotBlank();
      assertThat(phase.equationLatex()).isNotBlank();
      Phase.Direction direction = phase.direction();
      int position = rec.phases().indexOf(phase);
      if (position > 0 && position <= rec.indexOf(Kind.OUTPUT_AND_LOSS, layers)) {
        assertThat(direction).isEqualTo(Phase.Direction.FORWARD);
      }
      if (phase.kind() == Kind.HIDDEN_DELTA || phase.kind() == Kind.GRADIENTS) {
        assertThat(direction).isEqualTo(Phase.Direction.BACKWARD);
      }
    }
    Phase firstHiddenDelta = rec.phases().get(rec.indexOf(Kind.HIDDEN_DELTA, 1));
    assertThat(firstHiddenDelta.unitLayers()).containsExactly(1, 2);
    assertThat(firstHiddenDelta.edgeLayers()).containsExactly(2);
    assertThat(firstHiddenDelta.equationLatex())
        .contains("\\mathbf{W}_{2}^{\\mathsf{T}} \\delta_{2}");
    assertThat(rec.phases().get(rec.indexOf(Kind.UPDATE, -1)).edgeLayers()).hasSize(layers);
  }
}
