package lab.backprop.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngFilesTest {
  @TempDir Path dir;

  @Test
  void theCanvasIsTheLayoutSizeTimesTheScaleRoundedAndAllWhite() {
    // 10.4 × 2 = 20.8 -> 21; 5.1 × 2 = 10.2 -> 10
    BufferedImage image = PngFiles.whiteImage(10.4, 5.1, 2.0);

    assertThat(image.getWidth()).isEqualTo(21);
    assertThat(image.getHeight()).isEqualTo(10);
    for (int y = 0; y < 10; y++) {
      for (int x = 0; x < 21; x++) {
        assertThat(image.getRGB(x, y) & 0xFFFFFF).isEqualTo(0xFFFFFF);
      }
    }
  }

  @Test
  void writesAPngThatReadsBackPixelForPixel() throws IOException {
    BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
    int[] colours = {0x0072B2, 0xE69F00, 0xFFFFFF, 0x000000, 0x123456, 0xFEDCBA};
    for (int k = 0; k < 6; k++) {
      image.setRGB(k % 3, k / 3, colours[k]);
    }
    Path file = dir.resolve("picture.png");
    PngFiles.write(file, image);

    BufferedImage read = ImageIO.read(file.toFile());
    assertThat(read.getWidth()).isEqualTo(3);
    assertThat(read.getHeight()).isEqualTo(2);
    for (int k = 0; k < 6; k++) {
      assertThat(read.getRGB(k % 3, k / 3) & 0xFFFFFF).isEqualTo(colours[k]);
    }
  }
}
