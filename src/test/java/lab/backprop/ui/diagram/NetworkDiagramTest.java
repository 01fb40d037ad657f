package lab.backprop.ui.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The diagram alone, drawing view data built here (no trainer), headless (Monocle). */
class NetworkDiagramTest {
  private NetworkDiagram diagram;

  @BeforeEach
  void show() throws Exception {
    FxToolkit.registerPrimaryStage();
    FxToolkit.setupStage(
        stage -> {
          diagram = new NetworkDiagram();
          stage.setScene(new Scene(new StackPane(diagram), 700, 420));
          stage.show();
        });
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
  }

  /** A 2-256-256-2 picture whose weights alternate in sign and whose biases number the units. */
  private static NetworkPicture wide() {
    int[] sizes = {2, 256, 256, 2};
    double[][] w = new double[3][];
    double[][] b = new double[3][];
    for (int l = 0; l < 3; l++) {
      w[l] = new double[sizes[l] * sizes[l + 1]];
      for (int k = 0; k < w[l].length; k++) {
        w[l][k] = (k % 2 == 0 ? 1 : -1) * (0.5 + (k % 7) / 7.0);
      }
      b[l] = new double[sizes[l + 1]];
      for (int j = 0; j < b[l].length; j++) {
        b[l][j] = j / 1000.0;
      }
    }
    return new NetworkPicture(
        sizes,
        List.of("relu", "relu"),
        "softmax_ce",
        NetworkPicture.OutputUnits.CLASS_PER_UNIT,
        w,
        b,
        lab.backprop.data.ClassNames.numbered(sizes[3]));
  }

  private <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
    return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
  }

  @Test
  void a256UnitLayerDrawsEdgesOfBothSignsAndDescribesItsLastUnit() throws Exception {
    fx(
        () -> {
          diagram.setPicture(wide());
          return null;
        });
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> diagram.diagramLayout() != null));
    DiagramLayout layout = fx(diagram::diagramLayout);
    assertThat(layout.hiddenCount(1)).isEqualTo(193);
    WritableImage shot = fx(() -> diagram.canvas().snapshot(null, null));
    EdgeColours.assertBothSignsBetweenEveryPairOfColumns(shot, layout);
    int[] last = fx(() -> layout.nodeAt(layout.x(1), layout.y(1, 255)));
    assertThat(last).containsExactly(1, 255);
    assertThat(fx(() -> diagram.describeNode(last)))
        .isEqualTo("hidden layer 1, unit 256 (relu)\nb1[256] = 0.255");
  }
}
