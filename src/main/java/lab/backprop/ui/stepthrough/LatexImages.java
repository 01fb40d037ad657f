package lab.backprop.ui.stepthrough;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Typesets LaTeX with JLaTeXMath into images, cached by (LaTeX, size, colour). Works headless
 * ({@code java.awt.headless=true}): it paints into a {@link BufferedImage}, never a window. Safe to
 * call from any thread; the FX image can be used on the FX thread.
 */
public final class LatexImages {
  private static final int CACHE_SIZE = 512;

  private record Key(String latex, float size, int argb) {}

  private static final Map<Key, BufferedImage> CACHE =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, BufferedImage> eldest) {
          return size() > CACHE_SIZE;
        }
      };

  private LatexImages() {}

  /**
   * {@code latex} typeset in display style at {@code size} points, as a JavaFX image.
   *
   * @throws IllegalArgumentException when JLaTeXMath cannot parse it, with its message
   */
  public static Image image(String latex, double size, Color color) {
    return SwingFXUtils.toFXImage(bufferedImage(latex, size, color), null);
  }

  /** {@link #image} in black. */
  public static Image image(String latex, double size) {
    return image(latex, size, Color.BLACK);
  }

  /**
   * {@code latex} typeset into a transparent AWT image (cached: do not draw on it).
   *
   * @throws IllegalArgumentException when JLaTeXMath cannot parse it, with its message
   */
  public static BufferedImage bufferedImage(String latex, double size, Color color) {
    Key key = new Key(latex, (float) size, color.getRGB());
    synchronized (CACHE) {
      BufferedImage cached = CACHE.get(key);
      if (cached != null) {
        return cached;
      }
    }
    BufferedImage image = render(latex, (float) size, color);
    synchronized (CACHE) {
      CACHE.put(key, image);
    }
    return image;
  }

  private static BufferedImage render(String latex, float size, Color color) {
    TeXIcon icon;
    try {
      icon = new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_DISPLAY, size);
    } catch (RuntimeException e) {
      // JLaTeXMath's ParseException is unchecked.
      throw new IllegalArgumentException(
          "LaTeX: cannot typeset '" + latex + "': " + e.getMessage(), e);
    }
    // A new Insets each time: TeXIcon.setInsets adds to the object it is given.
    icon.setInsets(new Insets(2, 2, 2, 2));
    icon.setForeground(color);
    int width = Math.max(1, icon.getIconWidth());
    int height = Math.max(1, icon.getIconHeight());
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      icon.paintIcon(null, g, 0, 0);
    } finally {
      g.dispose();
    }
    return image;
  }
}
