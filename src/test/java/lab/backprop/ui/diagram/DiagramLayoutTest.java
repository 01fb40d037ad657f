package lab.backprop.ui.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The diagram's layout and hit tests against hand-derived geometry. */
class DiagramLayoutTest {
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
}
