package lab.backprop.io;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A frame's 256 colours, by median cut over the frame's own colours weighted by how many pixels
 * have them, each pixel then taking the nearest palette colour (no dithering, so still parts of an
 * animation stay still). ImageIO's own octree palette shows bands in the boundary's smooth blends
 * from white to a class colour; median cut spends its colours where the pixels are, and boxes are
 * split by pixel count times extent, so a long, thinly populated blend still gets many steps.
 */
final class GifColours {
  static final int COLOURS = 256;

  private GifColours() {}

  /** {@code frame} as an indexed image of at most 256 colours (alpha ignored). */
  static BufferedImage indexed(BufferedImage frame) {
    return indexed(frame, COLOURS);
  }

  /** As {@link #indexed(BufferedImage)} with at most {@code size} colours (small in tests). */
  static BufferedImage indexed(BufferedImage frame, int size) {
    int w = frame.getWidth();
    int h = frame.getHeight();
    int[] rgb = frame.getRGB(0, 0, w, h, null, 0, w);
    for (int i = 0; i < rgb.length; i++) {
      rgb[i] &= 0xFFFFFF;
    }
    int[] sorted = rgb.clone();
    Arrays.sort(sorted);
    int unique = 0;
    int[] colours = new int[sorted.length];
    int[] counts = new int[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        colours[unique++] = sorted[i];
      }
      counts[unique - 1]++;
    }
    int[] palette = palette(Arrays.copyOf(colours, unique), Arrays.copyOf(counts, unique), size);
    Map<Integer, Byte> nearest = new HashMap<>();
    for (int k = 0; k < unique; k++) {
      nearest.put(colours[k], (byte) nearest(palette, colours[k]));
    }
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, model(palette));
    byte[] index = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < rgb.length; i++) {
      index[i] = nearest.get(rgb[i]);
    }
    return out;
  }

  private static IndexColorModel model(int[] palette) {
    int n = Math.max(2, palette.length);
    byte[] r = new byte[n];
    byte[] g = new byte[n];
    byte[] b = new byte[n];
    for (int k = 0; k < palette.length; k++) {
      r[k] = (byte) (palette[k] >> 16);
      g[k] = (byte) (palette[k] >> 8);
      b[k] = (byte) palette[k];
    }
    return new IndexColorModel(8, n, r, g, b);
  }

  /** One box of colours: a range of the (re-sorted) colour arrays. */
  private record Box(int from, int to, long pixels, int longest, int extent) {
    double priority() {
      return to - from < 2 ? -1 : (double) pixels * extent;
    }
  }

  /**
   * At most {@code size} colours for {@code colours} (distinct, each with a pixel count), one per
   * box; sorts the arrays along the way.
   */
  static int[] palette(int[] colours, int[] counts, int size) {
    List<Box> boxes = new ArrayList<>();
    boxes.add(box(colours, counts, 0, colours.length));
    while (boxes.size() < size) {
      int best = -1;
      for (int k = 0; k < boxes.size(); k++) {
        if (boxes.get(k).priority() > 0
            && (best < 0 || boxes.get(k).priority() > boxes.get(best).priority())) {
          best = k;
        }
      }
      if (best < 0) {
        break;
      }
      Box box = boxes.remove(best);
      int split = split(colours, counts, box);
      boxes.add(box(colours, counts, box.from(), split));
      boxes.add(box(colours, counts, split, box.to()));
    }
    int[] palette = new int[boxes.size()];
    for (int k = 0; k < palette.length; k++) {
      palette[k] = mean(colours, counts, boxes.get(k));
    }
    return palette;
  }

  private static int channel(int rgb, int c) {
    return (rgb >> (16 - 8 * c)) & 0xFF;
  }

  private static Box box(int[] colours, int[] counts, int from, int to) {
    int[] min = {255, 255, 255};
    int[] max = {0, 0, 0};
    long pixels = 0;
    for (int i = from; i < to; i++) {
      for (int c = 0; c < 3; c++) {
        min[c] = Math.min(min[c], channel(colours[i], c));
        max[c] = Math.max(max[c], channel(colours[i], c));
      }
      pixels += counts[i];
    }
    int longest = 0;
    for (int c = 1; c < 3; c++) {
      if (max[c] - min[c] > max[longest] - min[longest]) {
        longest = c;
      }
    }
    return new Box(from, to, pixels, longest, max[longest] - min[longest]);
  }

  /** Sorts the box's colours along its longest side and returns the index of the pixel median. */
  private static int split(int[] colours, int[] counts, Box box) {
    int from = box.from();
    int n = box.to() - from;
    long[] keyed = new long[n];
    for (int i = 0; i < n; i++) {
      // channel value, then position, in one sortable number
      keyed[i] = ((long) channel(colours[from + i], box.longest()) << 32) | i;
    }
    Arrays.sort(keyed);
    int[] c = new int[n];
    int[] k = new int[n];
    for (int i = 0; i < n; i++) {
      int at = from + (int) keyed[i];
      c[i] = colours[at];
      k[i] = counts[at];
    }
    System.arraycopy(c, 0, colours, from, n);
    System.arraycopy(k, 0, counts, from, n);
    long half = box.pixels() / 2;
    long seen = 0;
    for (int i = 0; i < n - 1; i++) {
      seen += counts[from + i];
      if (seen >= half) {
        return from + i + 1;
      }
    }
    return from + n - 1;
  }

  private static int mean(int[] colours, int[] counts, Box box) {
    double[] sum = new double[3];
    for (int i = box.from(); i < box.to(); i++) {
      for (int c = 0; c < 3; c++) {
        sum[c] += (double) channel(colours[i], c) * counts[i];
      }
    }
    int rgb = 0;
    for (int c = 0; c < 3; c++) {
      rgb = (rgb << 8) | (int) Math.round(sum[c] / box.pixels());
    }
    return rgb;
  }

  private static int nearest(int[] palette, int rgb) {
    int best = 0;
    int bestD = Integer.MAX_VALUE;
    for (int k = 0; k < palette.length; k++) {
      int d = 0;
      for (int c = 0; c < 3; c++) {
        int e = channel(palette[k], c) - channel(rgb, c);
        d += e * e;
      }
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    }
    return best;
  }
}
