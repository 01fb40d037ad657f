package lab.backprop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnimatedGifTest {
  @TempDir Path dir;

  private static BufferedImage frame(int width, int height, int rgb) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, x < width / 2 ? rgb : 0xFFFFFF);
      }
    }
    return image;
  }

  @Test
  void framesDelaysAndTheLoopFlagReadBack() throws IOException {
    Path file = dir.resolve("anim.gif");
    try (AnimatedGif gif = AnimatedGif.open(file)) {
      gif.add(frame(40, 30, 0xE69F00), 100);
      gif.add(frame(40, 30, 0x0072B2), 250);
      gif.add(frame(40, 30, 0x009E73), 1000);
      gif.commit();
    }

    GifFile read = GifFile.read(file);
    assertThat(read.frames()).isEqualTo(3);
    assertThat(read.delaysCentis()).containsExactly(10, 25, 100);
    assertThat(read.loopCount()).isEqualTo(0); // 0 = for ever
    assertThat(read.width()).isEqualTo(40);
    assertThat(read.height()).isEqualTo(30);
    // flat colours come back exactly
    assertThat(read.image(1).getRGB(3, 3) & 0xFFFFFF).isEqualTo(0x0072B2);
    assertThat(read.image(1).getRGB(35, 3) & 0xFFFFFF).isEqualTo(0xFFFFFF);
  }

  /**
   * Two smooth blends from white to a class colour (each with 200 steps, more than 256 colours in
   * all), like the boundary's confidence shading: the frame read back is within a few levels of
   * every pixel, with no visible bands.
   */
  @Test
  void smoothBlendsOfMoreThan256ColoursComeBackClose() throws IOException {
    int w = 400;
    int h = 60;
    BufferedImage blends = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    int[] classes = {0xE69F00, 0x0072B2};
    for (int y = 0; y < h; y++) {
      int target = classes[y < h / 2 ? 0 : 1];
      for (int x = 0; x < w; x++) {
        double t = 0.12 + 0.5 * (x / 2) / 199.0;
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
          int c = (int) Math.round(255 * (1 - t) + ((target >> shift) & 0xFF) * t);
          rgb = (rgb << 8) | c;
        }
        blends.setRGB(x, y, rgb);
      }
    }
    Path file = dir.resolve("blends.gif");
    try (AnimatedGif gif = AnimatedGif.open(file)) {
      gif.add(blends, 100);
      gif.commit();
    }

    BufferedImage back = GifFile.read(file).image(0);
    double sum = 0;
    int worst = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int p = blends.getRGB(x, y);
        int q = back.getRGB(x, y);
        for (int shift = 16; shift >= 0; shift -= 8) {
          int d = Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF));
          sum += d;
          worst = Math.max(worst, d);
        }
      }
    }
    assertThat(sum / (3.0 * w * h)).isLessThan(1.0);
    assertThat(worst).isLessThanOrEqualTo(3);
  }

  @Test
  void aDelayIsRoundedToHundredthsAndNeverBelowTwo() {
    assertThat(AnimatedGif.delayCentis(0)).isEqualTo(2);
    assertThat(AnimatedGif.delayCentis(14)).isEqualTo(2);
    assertThat(AnimatedGif.delayCentis(34)).isEqualTo(3);
    assertThat(AnimatedGif.delayCentis(35)).isEqualTo(4);
  }

  @Test
  void closingWithoutCommitLeavesTheOldFileAndNoTemporary() throws IOException {
    Path file = dir.resolve("keep.gif");
    Files.writeString(file, "old");
    try (AnimatedGif gif = AnimatedGif.open(file)) {
      gif.add(frame(10, 10, 0xE69F00), 100);
    }
    assertThat(Files.readString(file)).isEqualTo("old");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.toList()).containsExactly(file);
    }
  }

  @Test
  void anAnimationWithoutFramesIsRefused() throws IOException {
    Path file = dir.resolve("empty.gif");
    try (AnimatedGif gif = AnimatedGif.open(file)) {
      assertThatThrownBy(gif::commit).hasMessageContaining("at least one frame");
    }
    assertThat(file).doesNotExist();
  }

  private static int count(byte[] bytes, String text) {
    byte[] t = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    int n = 0;
    for (int i = 0; i + t.length <= bytes.length; i++) {
      if (java.util.Arrays.equals(bytes, i, i + t.length, t, 0, t.length)) {
        n++;
      }
    }
    return n;
  }

  @Test
  void countsItsFramesAndWritesOneLoopBlockAndTheTrailer() throws IOException {
    Path file = dir.resolve("three.gif");
    try (AnimatedGif gif = AnimatedGif.open(file)) {
      assertThat(gif.frames()).isEqualTo(0);
      gif.add(frame(8, 6, 0xE69F00), 100);
      assertThat(gif.frames()).isEqualTo(1);
      gif.add(frame(8, 6, 0x0072B2), 100);
      gif.add(frame(8, 6, 0x009E73), 100);
      assertThat(gif.frames()).isEqualTo(3);
      gif.commit();
    }
    byte[] bytes = Files.readAllBytes(file);
    // GIF89a: one NETSCAPE2.0 application extension (the loop) before the first frame ...
    assertThat(count(bytes, "NETSCAPE2.0")).isEqualTo(1);
    // ... and the file ends with the trailer byte 0x3B
    assertThat(bytes[bytes.length - 1]).isEqualTo((byte) 0x3B);
  }

  @Test
  void aSingleFrameAlsoCarriesTheLoop() throws IOException {
    Path file = dir.resolve("one.gif");
    try (AnimatedGif gif = AnimatedGif.open(file)) {
      gif.add(frame(8, 6, 0xE69F00), 100);
      gif.commit();
    }
    assertThat(GifFile.read(file).loopCount()).isEqualTo(0);
  }
}
