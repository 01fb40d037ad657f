package lab.backprop.ui.stepthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import lab.backprop.nn.Activation;
import lab.backprop.nn.Network;
import lab.backprop.nn.OptimizerSettings;
import lab.backprop.nn.OutputKind;
import lab.backprop.nn.Samples;
import org.junit.jupiter.api.Test;

/** Every equation the step-through can show parses and typesets (headless or with -Dgui). */
class LatexImagesTest {

  @Test
  void everyPhaseEquationAndSubstitutionRenders() {
    List<String> latex = new ArrayList<>();
    for (StepRecording rec : recordings()) {
      for (Phase phase : rec.phases()) {
        latex.add(phase.equationLatex());
        for (int k = 0; k <= rec.numLayers(); k++) {
          for (int j = 0; j < rec.units(k); j++) {
            latex.add(rec.substitute(phase, new Selection.Unit(k, j), 0).latex());
            if (k > 0) {
              latex.add(
                  rec.substitute(phase, new Selection.Edge(k, j, 0), rec.batchSize() - 1).latex());
            }
          }
        }
      }
    }
    for (String formula : latex.stream().distinct().toList()) {
      BufferedImage image = LatexImages.bufferedImage(formula, 20, Color.BLACK);
      assertThat(image.getWidth()).as(formula).isGreaterThan(20);
      assertThat(image.getHeight()).as(formula).isGreaterThan(10);
      assertThat(image.getHeight()).as(formula).isLessThan(200);
      assertThat(inkedPixels(image)).as(formula).isGreaterThan(20);
    }
  }

  private static List<StepRecording> recordings() {
    List<StepRecording> recordings = new ArrayList<>();
    recordings.add(Presets.workedExample().record());
    recordings.add(Presets.twoMoons().record());
    Samples batch =
        new Samples(new double[][] {{1, -2}, {0.5, 0.25}, {-1, 3}}, new int[] {0, 1, 1}, null);
    String[] optimizers = {"sgd", "momentum", "nesterov", "adam"};
    Activation[] activations = Activation.values();
    int o = 0;
    for (OutputKind output : OutputKind.values()) {
      for (Activation f : activations) {
        Network net =
            Network.initialized(
                new int[] {2, 3, 2, output == OutputKind.SOFTMAX_CE ? 2 : 1},
                new Activation[] {f, Activation.TANH},
                output,
                0.01,
                o);
        Samples rows =
            output == OutputKind.MSE
                ? new Samples(batch.X(), null, new double[] {1e-6, -12345.6, 3})
                : batch;
        recordings.add(
            StepRecording.record(net, rows, OptimizerSettings.of(optimizers[o++ % 4], 0.1)));
      }
    }
    return recordings;
  }

  private static int inkedPixels(BufferedImage image) {
    int inked = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) >>> 24) > 128) {
          inked++;
        }
      }
    }
    return inked;
  }

  @Test
  void cachesByFormulaAndSize() {
    String formula = "\\mathbf{z}_{1} = \\mathbf{W}_{1}\\mathbf{x} + \\mathbf{b}_{1}";
    BufferedImage first = LatexImages.bufferedImage(formula, 18, Color.BLACK);
    assertThat(LatexImages.bufferedImage(formula, 18, Color.BLACK)).isSameAs(first);
    BufferedImage larger = LatexImages.bufferedImage(formula, 36, Color.BLACK);
    assertThat(larger.getWidth()).isGreaterThan(first.getWidth() * 3 / 2);
  }

  @Test
  void badLatexIsReportedWithTheFormula() {
    assertThatThrownBy(() -> LatexImages.bufferedImage("x + \\nosuchcommand{1}", 18, Color.BLACK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\\nosuchcommand");
  }

  @Test
  void convertsToAJavaFxImage() {
    javafx.scene.image.Image image = LatexImages.image("\\delta_{2} = \\hat{y} - y", 24);
    assertThat(image.getWidth()).isGreaterThan(20);
    assertThat(image.getHeight()).isGreaterThan(10);
  }
}
