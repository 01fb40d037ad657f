package lab.backprop.ui.app;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import lab.backprop.io.AtomicFiles;

/** PNG snapshots of a scene, written atomically. FX thread only. */
public final class Screenshots {
  private Screenshots() {}

  public static void write(Scene scene, Path file) throws IOException {
    WritableImage fx = scene.snapshot(null);
    BufferedImage image = SwingFXUtils.fromFXImage(fx, null);
    // drop the alpha channel: PNG viewers show a transparent window oddly
    BufferedImage rgb =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    rgb.getGraphics().drawImage(image, 0, 0, null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!ImageIO.write(rgb, "png", out)) {
      throw new IOException("no PNG writer available");
    }
    AtomicFiles.writeBytes(file, out.toByteArray());
  }
}
