package lab.backprop.io;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** PNG pictures, written atomically ({@link AtomicFiles}). */
public final class PngFiles {
  private PngFiles() {}

  public static void write(Path file, BufferedImage image) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (!ImageIO.write(image, "png", bytes)) {
      throw new IOException("no PNG writer available");
    }
    AtomicFiles.writeBytes(file, bytes.toByteArray());
  }
}
