package lab.backprop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Contours, ticks, plot extents and the diagram's hit tests against hand-derived geometry. */
class GeometryTest {

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

  @Test
  void diagramHitTestsFindNodesAndEdges() {
    DiagramLayout l = new DiagramLayout(new int[] {2, 3, 2}, 600, 400);
    for (int c = 0; c < 3; c++) {
      for (int u = 0; u < l.size(c); u++) {
        assertThat(l.nodeAt(l.x(c), l.y(c, u))).containsExactly(c, u);
      }
    }
    // midpoint of the edge from input 1 (i = 1) into hidden unit 2 (j = 2)
    double mx = (l.x(0) + l.x(1)) / 2;
    double my = (l.y(0, 1) + l.y(1, 2)) / 2;
    assertThat(l.edgeAt(mx, my, 3)).containsExactly(0, 2, 1);
    assertThat(l.nodeAt(mx, my)).isNull();
    assertThat(l.edgeAt(l.x(0) - 30, 5, 3)).isNull();
  }

  @Test
  void sixBy64StillFitsAndHidesThumbnails() {
    DiagramLayout l = new DiagramLayout(new int[] {2, 64, 64, 64, 64, 64, 64, 2}, 500, 330);
    assertThat(l.thumbnailsFit()).isFalse();
    assertThat(l.radius()).isGreaterThanOrEqualTo(1.5);
    assertThat(l.y(1, 63)).isLessThan(330);
    assertThat(l.x(7)).isLessThan(500);
    DiagramLayout small = new DiagramLayout(new int[] {2, 8, 2}, 500, 330);
    assertThat(small.thumbnailsFit()).isTrue();
  }

  @Test
  void perfQuantilesUseNearestRank() {
    PerfRecorder p = new PerfRecorder();
    long t = 0;
    p.frame(t, true, 0);
    for (int k = 1; k <= 100; k++) {
      t += k * 1_000_000L; // intervals 1 … 100 ms
      p.frame(t, true, k);
    }
    assertThat(p.frames()).isEqualTo(100);
    assertThat(p.quantileMs(0.5)).isEqualTo(50.0);
    assertThat(p.quantileMs(0.95)).isEqualTo(95.0);
    assertThat(p.maxMs()).isEqualTo(100.0);
    // 100 epochs over 5.05 s of frames
    assertThat(p.epochsPerSecond()).isCloseTo(100 / 5.05, within(1e-9));
  }
}
