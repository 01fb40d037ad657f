package lab.backprop.io;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** PNG pictures, written atomically ({@link AtomicFiles}). */
public final class PngFiles {
  private PngFiles() {}

  /**
   * A picture of {@code width × height} layout units at {@code scale} pixels per unit, filled
   * white: the canvas of an exported view.
   */
  public static BufferedImage whiteImage(double width, double height, double scale) {
    BufferedImage image =
        new BufferedImage(
            (int) Math.round(width * scale),
            (int) Math.round(height * scale),
            BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
    } finally {
      g.dispose();
    }
    return image;
  }

  public static void write(Path file, BufferedImage image) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (!ImageIO.write(image, "png", bytes)) {
      throw new IOException("no PNG writer available");
    }
    AtomicFiles.writeBytes(file, bytes.toByteArray());
  }
}
