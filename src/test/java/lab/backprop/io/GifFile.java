package lab.backprop.io;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/**
 * An animated GIF as ImageIO's reader sees it: frames, their delays, the NETSCAPE2.0 loop count (−1
 * when there is none). For tests of what the app writes.
 */
public record GifFile(
    int frames,
    int width,
    int height,
    List<Integer> delaysCentis,
    int loopCount,
    List<BufferedImage> images) {

  public BufferedImage image(int k) {
    return images.get(k);
  }

  public static GifFile read(Path file) throws IOException {
    ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      reader.setInput(in);
      int n = reader.getNumImages(true);
      List<Integer> delays = new ArrayList<>();
      List<BufferedImage> images = new ArrayList<>();
      int loop = -1;
      for (int k = 0; k < n; k++) {
        IIOMetadata meta = reader.getImageMetadata(k);
        Node root = meta.getAsTree("javax_imageio_gif_image_1.0");
        for (Node c = root.getFirstChild(); c != null; c = c.getNextSibling()) {
          if (c.getNodeName().equals("GraphicControlExtension")) {
            delays.add(Integer.parseInt(attribute(c, "delayTime")));
          } else if (c.getNodeName().equals("ApplicationExtensions")) {
            loop = loopCount(c, loop);
          }
        }
        images.add(reader.read(k));
      }
      return new GifFile(
          n, reader.getWidth(0), reader.getHeight(0), List.copyOf(delays), loop, images);
    } finally {
      reader.dispose();
    }
  }

  private static int loopCount(Node extensions, int otherwise) {
    for (Node e = extensions.getFirstChild(); e != null; e = e.getNextSibling()) {
      if ("NETSCAPE".equals(attribute(e, "applicationID"))
          && "2.0".equals(attribute(e, "authenticationCode"))) {
        byte[] data = (byte[]) ((javax.imageio.metadata.IIOMetadataNode) e).getUserObject();
        if (data.length >= 3 && data[0] == 1) {
          return (data[1] & 0xFF) | (data[2] & 0xFF) << 8;
        }
      }
    }
    return otherwise;
  }

  private static String attribute(Node node, String name) {
    Node a = node.getAttributes().getNamedItem(name);
    return a == null ? null : a.getNodeValue();
  }
}
