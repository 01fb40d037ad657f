package lab.backprop.io;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF written frame by frame with {@code javax.imageio}: every frame with its delay,
 * the first one carrying the NETSCAPE2.0 extension that makes viewers loop forever. Frames are
 * quantised to 256 colours each ({@link GifColours}). The file is written atomically ({@link
 * AtomicFiles}): it appears complete at {@link #commit()}, and closing without committing leaves
 * the old file. Not thread-safe.
 */
public final class AnimatedGif implements Closeable {
  private static final String FORMAT = "javax_imageio_gif_image_1.0";

  /** Shortest delay in hundredths of a second: browsers show shorter ones as 1/10 s. */
  static final int MIN_DELAY_CS = 2;

  private final AtomicFiles.Output file;
  private final ImageOutputStream stream;
  private final ImageWriter writer;
  private int frames;

  private AnimatedGif(AtomicFiles.Output file) throws IOException {
    this.file = file;
    this.stream = ImageIO.createImageOutputStream(file.stream());
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
    if (!writers.hasNext()) {
      throw new IOException("no GIF writer available");
    }
    this.writer = writers.next();
    writer.setOutput(stream);
    writer.prepareWriteSequence(null);
  }

  /** Starts writing {@code path} (nothing appears there before {@link #commit()}). */
  public static AnimatedGif open(Path path) throws IOException {
    AtomicFiles.Output out = AtomicFiles.open(path);
    try {
      return new AnimatedGif(out);
    } catch (IOException | RuntimeException e) {
      out.close();
      throw e;
    }
  }

  /** Frames added so far. */
  public int frames() {
    return frames;
  }

  /**
   * Adds a frame shown for {@code delayMillis} (rounded to hundredths of a second, at least 20 ms).
   * Every frame must have the first frame's size.
   */
  public void add(BufferedImage frame, int delayMillis) throws IOException {
    BufferedImage indexed = GifColours.indexed(frame);
    // the frame's own palette: createFromRenderedImage would give TYPE_BYTE_INDEXED's default one
    IIOMetadata meta =
        writer.getDefaultImageMetadata(
            new ImageTypeSpecifier(indexed.getColorModel(), indexed.getSampleModel()), null);
    IIOMetadataNode root = new IIOMetadataNode(FORMAT);
    IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
    control.setAttribute("disposalMethod", "none");
    control.setAttribute("userInputFlag", "FALSE");
    control.setAttribute("transparentColorFlag", "FALSE");
    control.setAttribute("delayTime", Integer.toString(delayCentis(delayMillis)));
    control.setAttribute("transparentColorIndex", "0");
    root.appendChild(control);
    if (frames == 0) {
      root.appendChild(loopForever());
    }
    try {
      meta.mergeTree(FORMAT, root);
    } catch (IIOInvalidTreeException e) {
      throw new IOException("GIF metadata: " + e.getMessage(), e);
    }
    ImageWriteParam param = writer.getDefaultWriteParam();
    writer.writeToSequence(new IIOImage(indexed, null, meta), param);
    frames++;
  }

  static int delayCentis(int delayMillis) {
    return Math.max(MIN_DELAY_CS, Math.round(delayMillis / 10f));
  }

  /** NETSCAPE2.0 with a loop count of 0: play again and again. */
  private static IIOMetadataNode loopForever() {
    IIOMetadataNode extensions = new IIOMetadataNode("ApplicationExtensions");
    IIOMetadataNode netscape = new IIOMetadataNode("ApplicationExtension");
    netscape.setAttribute("applicationID", "NETSCAPE");
    netscape.setAttribute("authenticationCode", "2.0");
    netscape.setUserObject(new byte[] {1, 0, 0}); // sub-block 1, loop count 0 (little-endian)
    extensions.appendChild(netscape);
    return extensions;
  }

  /** Ends the animation and puts the file in place. */
  public void commit() throws IOException {
    if (frames == 0) {
      throw new IOException("an animated GIF needs at least one frame");
    }
    writer.endWriteSequence();
    stream.flush();
    file.commit();
  }

  /** Without {@link #commit()}: removes what was written; the target stays as it was. */
  @Override
  public void close() throws IOException {
    writer.dispose();
    try {
      stream.close();
    } finally {
      file.close();
    }
  }
}
