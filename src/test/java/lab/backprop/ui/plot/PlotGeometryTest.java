package lab.backprop.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Contours, ticks and plot extents against hand-derived geometry. */
class PlotGeometryTest {
  @Test
  void contourOfALinearFieldIsTheVerticalLineWhereItCrossesZero() {
    int cols = 6;
    int rows = 3;
    double[] v = new double[cols * rows];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        v[r * cols + c] = c - 2.5; // zero halfway between columns 2 and 3
      }
    }
    double[] s = Contour.zeroSegments(v, cols, rows);
    assertThat(s.length).isEqualTo(4 * (rows - 1));
    for (int k = 0; k < s.length; k += 2) {
      assertThat(s[k]).isCloseTo(3.0, within(1e-12)); // centre of column c is at c + 0.5
    }
  }

  @Test
  void niceTicks() {
    assertThat(Ticks.niceStep(4.0, 8)).isEqualTo(0.5);
    assertThat(Ticks.niceStep(100, 5)).isEqualTo(20);
    assertThat(Ticks.format(-0.0000001, 0.5)).isEqualTo("0.0");
    assertThat(Ticks.format(1.5, 0.5)).isEqualTo("1.5");
    assertThat(Ticks.format(20, 20)).isEqualTo("20");
  }

  @Test
  void gridCentresRunRowMajorFromTheTop() {
    PlotExtent e = new PlotExtent(0, 2, 0, 1);
    double[] g = e.gridCentres(2, 1);
    assertThat(g).containsExactly(0.5, 0.5, 1.5, 0.5);
    double[] g2 = e.gridCentres(1, 2);
    assertThat(g2).containsExactly(1.0, 0.75, 1.0, 0.25);
  }
}
