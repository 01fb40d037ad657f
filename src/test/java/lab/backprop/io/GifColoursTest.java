package lab.backprop.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import org.junit.jupiter.api.Test;

/**
 * Median cut on images small enough to follow by hand: the colours are in 0xRRGGBB, and every
 * expected palette below is worked out in the comment next to it (box means rounded half up).
 */
class GifColoursTest {
  private static BufferedImage row(int type, int... argb) {
    BufferedImage image = new BufferedImage(argb.length, 1, type);
    for (int x = 0; x < argb.length; x++) {
      image.setRGB(x, 0, argb[x]);
    }
    return image;
  }

  private static int[] rgbOf(BufferedImage image) {
    int[] rgb = new int[image.getWidth()];
    for (int x = 0; x < rgb.length; x++) {
      rgb[x] = image.getRGB(x, 0) & 0xFFFFFF;
    }
    return rgb;
  }

  private static int mapSize(BufferedImage indexed) {
    return ((IndexColorModel) indexed.getColorModel()).getMapSize();
  }

  private static int[] ones(int n) {
    int[] counts = new int[n];
    java.util.Arrays.fill(counts, 1);
    return counts;
  }

  @Test
  void fewColoursComeBackExactlyWithOnePaletteEntryEach() {
    int red = 0xD55E00;
    int white = 0xFFFFFF;
    int blue = 0x0072B2;
    BufferedImage indexed =
        GifColours.indexed(row(BufferedImage.TYPE_INT_RGB, red, white, red, blue, white, red));

    assertThat(indexed.getType()).isEqualTo(BufferedImage.TYPE_BYTE_INDEXED);
    assertThat(mapSize(indexed)).isEqualTo(3);
    assertThat(rgbOf(indexed)).containsExactly(red, white, red, blue, white, red);
  }

  @Test
  void everyPixelADifferentColourStillComesBackExactly() {
    int[] colours = {0x000000, 0x102030, 0x405060, 0xFFFFFF};
    BufferedImage indexed = GifColours.indexed(row(BufferedImage.TYPE_INT_RGB, colours));

    assertThat(mapSize(indexed)).isEqualTo(4);
    assertThat(rgbOf(indexed)).containsExactly(colours);
  }

  @Test
  void alphaIsIgnored() {
    BufferedImage indexed =
        GifColours.indexed(
            row(BufferedImage.TYPE_INT_ARGB, 0xFFFF0000, 0x80FF0000, 0x40FF0000, 0xFF00FF00));

    // two colours, however transparent: red and green
    assertThat(mapSize(indexed)).isEqualTo(2);
    assertThat(rgbOf(indexed)).containsExactly(0xFF0000, 0xFF0000, 0xFF0000, 0x00FF00);
  }

  @Test
  void aBoxIsCutAtItsPixelMedian() {
    // reds 0x00 0x10 0x20 0xF0, one pixel each: half of 4 pixels is reached after 0x10, so
    // {0x00, 0x10} -> 0x08 and {0x20, 0xF0} -> (32 + 240) / 2 = 136 = 0x88
    int[] palette =
        GifColours.palette(new int[] {0x000000, 0x100000, 0x200000, 0xF00000}, ones(4), 2);

    assertThat(palette).containsExactlyInAnyOrder(0x080000, 0x880000);
  }

  @Test
  void aHeavyLastColourGetsABoxOfItsOwn() {
    // black 1 pixel, red 5: the median falls in the red, which still stands alone
    int[] palette = GifColours.palette(new int[] {0x000000, 0xF00000}, new int[] {1, 5}, 2);
    assertThat(palette).containsExactlyInAnyOrder(0x000000, 0xF00000);

    // the same inside a box: 0xF0 has 5 of 8 pixels; {0x00, 0x10, 0x80} (3 px × extent 128)
    // is then cut after 0x00 (1 of 3 pixels reaches half of 3, rounded down)
    int[] deeper =
        GifColours.palette(
            new int[] {0x000000, 0x100000, 0x800000, 0xF00000}, new int[] {1, 1, 1, 5}, 3);
    assertThat(deeper).containsExactlyInAnyOrder(0x000000, 0x480000, 0xF00000);
  }

  @Test
  void aBoxIsCutAlongItsLongestSide() {
    // (r, g): A (0, 240), B (1, 0), C (1, 16), D (2, 8): green spans 240, red 2, so in green
    // order B D | C A: {B, D} -> (1.5, 4) = (2, 4); {C, A} -> (0.5, 128) = (1, 128)
    int[] palette =
        GifColours.palette(new int[] {0x00F000, 0x010000, 0x011000, 0x020800}, ones(4), 2);

    assertThat(palette).containsExactlyInAnyOrder(0x020400, 0x018000);
  }

  @Test
  void thePixelCountsFollowTheirColoursWhenABoxIsSorted() {
    // as above, but A has 3 pixels: in green order B D C A with counts 1 1 1 3, half of 6 is
    // reached after C: {B, D, C} -> ((1 + 2 + 1) / 3, (0 + 8 + 16) / 3) = (1, 8); {A} alone
    int[] palette =
        GifColours.palette(
            new int[] {0x00F000, 0x010000, 0x011000, 0x020800}, new int[] {3, 1, 1, 1}, 2);

    assertThat(palette).containsExactlyInAnyOrder(0x010800, 0x00F000);
  }

  @Test
  void theBoxWithMorePixelsTimesExtentIsCutFirst() {
    // reds 0x00 0x40 | 0x80 0x90: the left box (2 px × 64) before the right one (2 px × 16)
    int[] palette =
        GifColours.palette(new int[] {0x000000, 0x400000, 0x800000, 0x900000}, ones(4), 3);

    assertThat(palette).containsExactlyInAnyOrder(0x000000, 0x400000, 0x880000);
  }

  /** Ties are broken towards the first candidate, so a frame always gets the same palette. */
  @Test
  void tiesGoToTheFirstSideTheFirstBoxAndTheFirstPaletteEntry() {
    // a square in red × green: both sides 240, cut in red (the first channel)
    int[] square =
        GifColours.palette(new int[] {0x000000, 0x00F000, 0xF00000, 0xF0F000}, ones(4), 2);
    assertThat(square).containsExactlyInAnyOrder(0x007800, 0xF07800);

    // reds 0x00 0x10 | 0xE0 0xF0: both boxes 2 px × 16; the darker (first) one is cut
    int[] boxes =
        GifColours.palette(new int[] {0x000000, 0x100000, 0xE00000, 0xF00000}, ones(4), 3);
    assertThat(boxes).containsExactlyInAnyOrder(0x000000, 0x100000, 0xE80000);

    // reds 0 1 | 2 3 in two colours: 0.5 -> 1 and 2.5 -> 3; red 2 is 1 from both and takes the
    // first, 1
    BufferedImage indexed =
        GifColours.indexed(
            row(BufferedImage.TYPE_INT_RGB, 0x000000, 0x010000, 0x020000, 0x030000), 2);
    assertThat(rgbOf(indexed)).containsExactly(0x010000, 0x010000, 0x010000, 0x030000);
  }
}
