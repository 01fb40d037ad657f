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
    return picture(new int[] {2, 256, 256, 2});
  }

  private static NetworkPicture picture(int[] sizes) {
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
        java.util.Collections.nCopies(sizes.length - 2, "relu"),
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

  /**
   * MNIST's 784-256-64-10 at 175 % in a short strip (575 × 190, as the window gives it at 1920×1080
   * in presentation mode): the titles, the "+N units" count and the input image's caption all lie
   * inside the diagram, none over another; the folded input column under the image has no count of
   * its own.
   */
  @Test
  void atLargeTypeInAShortStripNoTextOverlapsAnotherOrCrossesTheEdges() throws Exception {
    int[] grey = new int[28 * 28];
    java.util.Arrays.fill(grey, 0xFF808080);
    fx(
        () -> {
          diagram.setMaxSize(575, 190);
          diagram.setTypeScale(1.75);
          diagram.setPicture(picture(new int[] {784, 256, 64, 10}));
          diagram.setInputImage(28, grey, "x: test example 1");
          return null;
        });
    // laid out at the strip's size (the stage may first give it more), then drawn at that size
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () ->
            fx(
                () ->
                    diagram.inputImagePlace() != null
                        && diagram.getWidth() <= 575
                        && diagram.getHeight() <= 190));
    WaitForAsyncUtils.waitForFxEvents();
    List<NetworkDiagram.DrawnText> texts = fx(diagram::drawnTexts);
    assertThat(texts.stream().map(NetworkDiagram.DrawnText::text))
        .contains("x: test example 1", "+193 units", "10 · softmax_ce")
        .doesNotContain("+721 units");
    javafx.geometry.Rectangle2D box = new javafx.geometry.Rectangle2D(0, 0, 575, 190);
    for (int i = 0; i < texts.size(); i++) {
      var a = texts.get(i);
      assertThat(box.contains(a.bounds())).as("\"%s\" %s inside", a.text(), a.bounds()).isTrue();
      for (int j = i + 1; j < texts.size(); j++) {
        var b = texts.get(j);
        assertThat(a.bounds().intersects(b.bounds()))
            .as("\"%s\" %s over \"%s\" %s", a.text(), a.bounds(), b.text(), b.bounds())
            .isFalse();
      }
    }
  }
}
