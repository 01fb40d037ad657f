package lab.backprop.ui.common;

import java.nio.IntBuffer;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Shows pictures painted on a worker thread ({@link Picture}, premultiplied ARGB at the output's
 * pixel size). The image sits over an int buffer in the renderer's own format, so showing a new
 * picture of the same size is one array copy: no format conversion, no new texture.
 */
public final class PictureView extends ImageView {
  private WritableImage image;
  private PixelBuffer<IntBuffer> buffer;
  private int[] pixels;

  public PictureView() {
    // shown 1:1 at scale 1, where nearest-neighbour is exact and the cheapest to draw
    setSmooth(false);
    setPreserveRatio(false);
  }

  /**
   * Shows {@code pic}, drawn {@code width} × {@code height} (layout units); at output scale 1 and
   * the picture's own size no scaling happens.
   */
  /** The output scale (device pixels per layout unit) of the window showing {@code node}. */
  public static double outputScale(javafx.scene.Node node) {
    var scene = node.getScene();
    var window = scene == null ? null : scene.getWindow();
    double s = window == null ? 1 : window.getRenderScaleX();
    return s > 0 ? s : 1;
  }

  public void show(Picture pic, double width, double height) {
    if (image == null || image.getWidth() != pic.width() || image.getHeight() != pic.height()) {
      pixels = new int[pic.width() * pic.height()];
      buffer =
          new PixelBuffer<>(
              pic.width(),
              pic.height(),
              IntBuffer.wrap(pixels),
              PixelFormat.getIntArgbPreInstance());
      image = new WritableImage(buffer);
      setImage(image);
    }
    buffer.updateBuffer(
        b -> {
          System.arraycopy(pic.argb(), 0, pixels, 0, pixels.length);
          return null;
        });
    boolean exact = width == pic.width() && height == pic.height();
    setFitWidth(exact ? 0 : width);
    setFitHeight(exact ? 0 : height);
  }
}
