package lab.backprop.ui.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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

  @Test
  void aLayerOf256UnitsShowsItsFirstAndLastUnitsAroundAnEllipsis() {
    int[] sizes = {2, 256, 256, 2};
    DiagramLayout l = new DiagramLayout(sizes, 700, 420);
    for (int c = 1; c <= 2; c++) {
      int[] shown = l.shownUnits(c);
      assertThat(shown).hasSize(DiagramLayout.MAX_SHOWN - 1);
      assertThat(shown[0]).isZero();
      assertThat(shown[DiagramLayout.HEAD - 1]).isEqualTo(DiagramLayout.HEAD - 1);
      assertThat(shown[DiagramLayout.HEAD]).isEqualTo(256 - DiagramLayout.TAIL);
      assertThat(shown[shown.length - 1]).isEqualTo(255);
      assertThat(l.hiddenCount(c)).isEqualTo(256 - DiagramLayout.MAX_SHOWN + 1);
      assertThat(l.isShown(c, 100)).isFalse();
      assertThat(l.y(c, 100)).isNaN();
      // the ellipsis sits in its own slot between the last head unit and the first tail unit
      double above = l.y(c, DiagramLayout.HEAD - 1);
      double below = l.y(c, 256 - DiagramLayout.TAIL);
      assertThat(l.ellipsisY(c)).isStrictlyBetween(above, below);
      assertThat(below - l.ellipsisY(c)).isCloseTo(l.ellipsisY(c) - above, within(1e-9));
      for (int u : shown) {
        assertThat(l.nodeAt(l.x(c), l.y(c, u))).containsExactly(c, u);
        assertThat(l.y(c, u)).isBetween(DiagramLayout.TOP, 420.0);
      }
    }
    assertThat(l.hiddenCount(0)).isZero();
    assertThat(l.ellipsisY(0)).isNaN();
    // nodes as large as a 64-unit column's
    assertThat(l.radius())
        .isEqualTo(new DiagramLayout(new int[] {2, 64, 64, 2}, 700, 420).radius());
    // the edge from the last input into the last unit of the first 256 layer is found
    double mx = (l.x(0) + l.x(1)) / 2;
    double my = (l.y(0, 1) + l.y(1, 255)) / 2;
    assertThat(l.edgeAt(mx, my, 1)).containsExactly(0, 255, 1);
  }

  @Test
  void columnsOfAtMost64UnitsShowEveryUnit() {
    DiagramLayout l = new DiagramLayout(new int[] {2, 64, 3}, 500, 330);
    assertThat(l.shownUnits(1)).hasSize(64);
    assertThat(l.hiddenCount(1)).isZero();
    assertThat(l.ellipsisY(1)).isNaN();
  }
}
