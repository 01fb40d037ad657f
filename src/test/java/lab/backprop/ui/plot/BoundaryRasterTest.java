package lab.backprop.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import lab.backprop.data.Plane;
import lab.backprop.nn.Activation;
import lab.backprop.nn.Network;
import lab.backprop.nn.OutputKind;
import lab.backprop.ui.common.Palette;
import org.junit.jupiter.api.Test;

class BoundaryRasterTest {

  /** 2-1-1: h = x1 (identity), p = sigmoid(4h): class 1 exactly where x1 > 0. */
  private static Network splitAtXZero(OutputKind output) {
    int out = output == OutputKind.SOFTMAX_CE ? 2 : 1;
    double[][] w2 = out == 2 ? new double[][] {{-2}, {2}} : new double[][] {{4}};
    return new Network(
        new int[] {2, 1, out},
        new Activation[] {Activation.IDENTITY},
        output,
        0,
        new double[][][] {{{1, 0}}, w2},
        new double[][] {{0}, new double[out]});
  }

  @Test
  void leftHalfIsClassZeroRightHalfClassOneWithTheBorderAtXZero() {
    for (OutputKind kind : new OutputKind[] {OutputKind.SIGMOID_BCE, OutputKind.SOFTMAX_CE}) {
      BoundaryRaster.Image img =
          new BoundaryRaster()
              .compute(1, splitAtXZero(kind).freeze(), new PlotExtent(-2, 2, -1, 1), 40, 20, 1);
      int left = img.argb()[10 * 40 + 2];
      int right = img.argb()[10 * 40 + 37];
      assertThat(closerTo(left, Palette.classArgb(0), Palette.classArgb(1)))
          .as(kind + " left")
          .isTrue();
      assertThat(closerTo(right, Palette.classArgb(1), Palette.classArgb(0)))
          .as(kind + " right")
          .isTrue();
      // confident far from the border, unsure next to it
      int nearBorder = img.argb()[10 * 40 + 19];
      assertThat(distance(nearBorder, Palette.WHITE)).isLessThan(distance(left, Palette.WHITE));
      assertThat(img.borders().length).isGreaterThan(0);
      for (int k = 0; k < img.borders().length; k += 2) {
        assertThat(img.borders()[k]).as("border x in grid units").isCloseTo(20.0, within(1e-9));
      }
    }
  }

  @Test
  void aNetworkOfFourInputsHasNoPlaneToColour() {
    Network iris =
        Network.initialized(
            new int[] {4, 3, 3}, new Activation[] {Activation.TANH}, OutputKind.SOFTMAX_CE, 0, 1);
    BoundaryRaster.Image img =
        new BoundaryRaster().compute(1, iris.freeze(), new PlotExtent(-2, 2, -1, 1), 40, 20, 1);
    assertThat(img.argb()).hasSize(800).containsOnly(Palette.WHITE);
    assertThat(img.borders()).isEmpty();
    assertThat(RenderJob.thumbnailsAffordable(iris.freeze())).isFalse();
  }

  @Test
  void regressionUsesTheDivergingMap() {
    Network net =
        new Network(
            new int[] {2, 1, 1},
            new Activation[] {Activation.IDENTITY},
            OutputKind.MSE,
            0,
            new double[][][] {{{1, 0}}, {{1}}},
            new double[][] {{0}, {0}});
    BoundaryRaster.Image img =
        new BoundaryRaster().compute(1, net.freeze(), new PlotExtent(-2, 2, -1, 1), 4, 1, 2);
    // centres at x = -1.5, -0.5, 0.5, 1.5; value / scale = x / 2
    assertThat(img.argb()[0]).isEqualTo(Palette.diverging(-0.75));
    assertThat(img.argb()[3]).isEqualTo(Palette.diverging(0.75));
    assertThat(img.borders()).isEmpty();
  }

  @Test
  void onAPlaneEachCellIsTheNetworkAtTheLiftedInput() {
    // output = x1 + 2 x2 − x3 on the plane (1, 0, 2) + a (0, 0.6, 0.8) + b (0, 0.8, −0.6)
    Network net =
        new Network(
            new int[] {3, 1, 1},
            new Activation[] {Activation.IDENTITY},
            OutputKind.MSE,
            0,
            new double[][][] {{{1, 2, -1}}, {{1}}},
            new double[][] {{0}, {0}});
    Plane plane =
        new Plane(
            new double[] {1, 0, 2},
            new double[] {0, 0.6, 0.8},
            new double[] {0, 0.8, -0.6},
            "a",
            "b",
            "test");
    BoundaryRaster.Image img =
        new BoundaryRaster().compute(1, net.freeze(), new PlotExtent(-2, 2, -1, 1), 2, 1, 2, plane);
    // cell centres (a, b) = (−1, 0) and (1, 0): inputs (1, −0.6, 1.2) and (1, 0.6, 2.8), outputs
    // 1 − 1.2 − 1.2 = −1.4 and 1 + 1.2 − 2.8 = −0.6, shown at scale 2
    assertThat(img.argb()[0]).isEqualTo(Palette.diverging(-0.7));
    assertThat(img.argb()[1]).isEqualTo(Palette.diverging(-0.3));
  }

  static boolean closerTo(int c, int a, int b) {
    return distance(c, a) < distance(c, b);
  }

  static double distance(int x, int y) {
    double dr = ((x >> 16) & 0xFF) - ((y >> 16) & 0xFF);
    double dg = ((x >> 8) & 0xFF) - ((y >> 8) & 0xFF);
    double db = (x & 0xFF) - (y & 0xFF);
    return Math.sqrt(dr * dr + dg * dg + db * db);
  }
}
