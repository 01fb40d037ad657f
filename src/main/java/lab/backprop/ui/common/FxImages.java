package lab.backprop.ui.common;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

/** FX images as pictures to save. */
public final class FxImages {
  private FxImages() {}

  /** {@code fx} as an opaque RGB picture over white (PNG viewers show transparency oddly). */
  public static BufferedImage opaque(Image fx) {
    BufferedImage argb = SwingFXUtils.fromFXImage(fx, null);
    BufferedImage rgb =
        new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = rgb.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
      g.drawImage(argb, 0, 0, null);
    } finally {
      g.dispose();
    }
    return rgb;
  }
}
