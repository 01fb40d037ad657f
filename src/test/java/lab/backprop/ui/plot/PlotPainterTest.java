package lab.backprop.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import lab.backprop.ui.common.Palette;
import lab.backprop.ui.common.Picture;
import org.junit.jupiter.api.Test;

/** The plot picture against hand-derived pixels: geometry, interpolation, borders, points. */
class PlotPainterTest {
  private static final int A = 0xFF000000 | (200 << 16) | (100 << 8) | 0; // left cell
  private static final int B = 0xFF000000 | (0 << 16) | (100 << 8) | 200; // right cell
  private static final PlotExtent SQUARE = new PlotExtent(-1, 1, -1, 1);

  /** A 2 × 1 raster over {@code e}: left cell A, right cell B, a border between them. */
  private static BoundaryRaster.Image twoCells(PlotExtent e, double[] borders) {
    return new BoundaryRaster.Image(1, e, 2, 1, new int[] {A, B}, borders);
  }

  private static int px(Picture p, int x, int y) {
    return p.argb()[y * p.width() + x];
  }

  private static int channel(int argb, int shift) {
    return (argb >> shift) & 0xFF;
  }

  @Test
  void frameTakesTheOuterPixelsAndEverythingIsOpaque() {
    // box 100 × 60 pixels plus the 1-pixel frame line on the right and bottom
    Picture p =
        new PlotPainter().paint(101, 61, 1, SQUARE, twoCells(SQUARE, new double[0]), null, true);
    assertThat(p.argb()).hasSize(101 * 61);
    for (int x = 0; x < 101; x++) {
      assertThat(px(p, x, 0)).isEqualTo(PlotPainter.FRAME);
      assertThat(px(p, x, 60)).isEqualTo(PlotPainter.FRAME);
    }
    for (int y = 0; y < 61; y++) {
      assertThat(px(p, 0, y)).isEqualTo(PlotPainter.FRAME);
      assertThat(px(p, 100, y)).isEqualTo(PlotPainter.FRAME);
    }
    for (int v : p.argb()) {
      assertThat(v >>> 24).isEqualTo(0xFF);
    }
  }

  @Test
  void cellColoursAreInterpolatedBetweenCellCentres() {
    // box 100 px wide: cell centres at pixel x = 25 and 75; pixel k's centre is k + 0.5
    Picture p =
        new PlotPainter().paint(101, 41, 1, SQUARE, twoCells(SQUARE, new double[0]), null, true);
    assertThat(px(p, 10, 20)).as("left of the first centre: its colour").isEqualTo(A);
    assertThat(px(p, 90, 20)).as("right of the last centre").isEqualTo(B);
    // pixel 49 (centre 49.5) lies 24.5 / 50 of the way from centre 25 to centre 75
    double t = 24.5 / 50;
    int mid = px(p, 49, 20);
    assertThat(channel(mid, 16)).isCloseTo((int) Math.round(200 * (1 - t)), within(1));
    assertThat(channel(mid, 0)).isCloseTo((int) Math.round(200 * t), within(1));
    assertThat(channel(mid, 8)).isEqualTo(100);
  }

  @Test
  void aRasterForAnotherExtentIsPlacedByDataCoordinates() {
    // raster over x in [0, 1] only, shown over [-1, 1]: the left half repeats cell A
    PlotExtent right = new PlotExtent(0, 1, -1, 1);
    Picture p =
        new PlotPainter().paint(101, 41, 1, SQUARE, twoCells(right, new double[0]), null, true);
    assertThat(px(p, 5, 20)).isEqualTo(A);
    assertThat(px(p, 40, 20)).isEqualTo(A);
    assertThat(px(p, 95, 20)).isEqualTo(B);
  }

  @Test
  void theBorderDarkensAStripTwoPixelsWideAtItsPlace() {
    // vertical border at grid x = 1 (between the two cells) = data x 0 = pixel x 50
    double[] border = {1, 0, 1, 1};
    Picture p = new PlotPainter().paint(101, 41, 1, SQUARE, twoCells(SQUARE, border), null, true);
    Picture plain =
        new PlotPainter().paint(101, 41, 1, SQUARE, twoCells(SQUARE, new double[0]), null, true);
    // pixels 49 and 50 (centres 0.5 from the line) are fully covered; 47 and 52 untouched
    for (int x : new int[] {49, 50}) {
      int expected = PlotPainter.over(px(plain, x, 20), PlotPainter.BORDER, 0xD9 / 255.0);
      assertThat(px(p, x, 20)).as("pixel " + x).isEqualTo(expected);
    }
    assertThat(px(p, 47, 20)).isEqualTo(px(plain, 47, 20));
    assertThat(px(p, 52, 20)).isEqualTo(px(plain, 52, 20));
  }

  @Test
  void trainPointsAreFilledDiscsWithARingAndTestPointsHollowRingsThatCanBeHidden() {
    int fill = 0xFFE69F00;
    int ring = 0xFF112233;
    // train point at (-0.5, 0), test point at (0.5, 0); box 100 × 100, radius 8
    PlotPoints pts =
        new PlotPoints(
            new double[] {-0.5, 0.5},
            new double[] {0, 0},
            new int[] {fill, 0},
            new int[] {PlotPoints.TRAIN_RING, ring},
            new boolean[] {false, true},
            8);
    PlotPainter painter = new PlotPainter();
    Picture p = painter.paint(101, 101, 1, SQUARE, null, pts, true);
    // train point centred at pixel coordinates (25, 50): pixels (24, 49) and (25, 50) are inside
    assertThat(px(p, 24, 49)).isEqualTo(fill);
    // pixel (32, 49) has its centre at (32.5, 49.5), distance d = 7.517 from the point's centre:
    // the disc covers it by 8.5 − d, the 1-pixel ring (at radius 8) by 1 − |d − 8|
    double d = Math.hypot(7.5, 0.5);
    int expected =
        PlotPainter.over(
            PlotPainter.over(Palette.WHITE, fill, 8.5 - d),
            PlotPoints.TRAIN_RING,
            0.9 * (1 - (8 - d)));
    int onRing = px(p, 32, 49);
    for (int shift : new int[] {16, 8, 0}) {
      assertThat(channel(onRing, shift)).isCloseTo(channel(expected, shift), within(1));
    }
    assertThat(channel(onRing, 16)).isLessThan(channel(fill, 16) - 60); // visibly darker
    // the test point's centre stays white; its ring (width 2) is its ring colour
    assertThat(px(p, 74, 49)).isEqualTo(Palette.WHITE);
    assertThat(px(p, 82, 49)).isEqualTo(ring); // centre 82.5: distance 7.52 from 75 → covered
    Picture hidden = painter.paint(101, 101, 1, SQUARE, null, pts, false);
    assertThat(px(hidden, 82, 49)).isEqualTo(Palette.WHITE);
    assertThat(px(hidden, 24, 49)).isEqualTo(fill);
  }

  @Test
  void distanceToSegmentCoversEndsAndInterior() {
    assertThat(PlotPainter.distanceToSegment(1, 1, 0, 0, 2, 0)).isCloseTo(1, within(1e-12));
    assertThat(PlotPainter.distanceToSegment(5, 0, 0, 0, 2, 0)).isCloseTo(3, within(1e-12));
    assertThat(PlotPainter.distanceToSegment(3, 4, 0, 0, 0, 0)).isCloseTo(5, within(1e-12));
  }
}
