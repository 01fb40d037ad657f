package lab.backprop;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class AssetsTest {
  @Test
  void applicationIconsAreOnTheClassPathAtTheirNominalSize() throws Exception {
    for (int size : new int[] {16, 32, 64, 128, 256}) {
      try (InputStream in = AssetsTest.class.getResourceAsStream("/assets/icon-" + size + ".png")) {
        assertThat(in).as("icon %d", size).isNotNull();
        BufferedImage image = ImageIO.read(in);
        assertThat(image.getWidth()).isEqualTo(size);
        assertThat(image.getHeight()).isEqualTo(size);
      }
    }
  }
}
