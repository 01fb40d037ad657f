package lab.backprop.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Images and labels in the idx format of the MNIST files ({@code train-images-idx3-ubyte.gz} with
 * {@code train-labels-idx1-ubyte.gz}), gzip-compressed or not.
 *
 * <p>A file is idx when its name ends in {@code -ubyte} or {@code .idx}, either followed by {@code
 * .gz} for a compressed one. The data file named is the images: unsigned bytes ({@code 0x08}) in 2
 * or 3 dimensions, [N, features] or [N, rows, columns] (a row-major image becomes features x1 …
 * x(rows·columns)). Its labels are the file beside it of the same name with the last {@code images}
 * replaced by {@code labels} and {@code idx2}/{@code idx3} by {@code idx1}: unsigned bytes in 1
 * dimension, N labels 0 … {@value CsvData#MAX_LABEL}, each class named by its label (MNIST's
 * digits). The features are the bytes as numbers 0 … 255. Reading is strict: a wrong magic number,
 * a size of 0, a file shorter or longer than its header says, labels that do not match the images
 * in number are one-line errors naming the file; a file (and its decompressed bytes) may hold at
 * most {@link #MAX_BYTES}.
 */
public final class IdxData {
  /** The largest idx file read, compressed or decompressed: 64 MiB (MNIST's 60,000 fit). */
  public static final long MAX_BYTES = 64L << 20;

  private static final int UNSIGNED_BYTE = 0x08;

  private IdxData() {}

  /** Whether {@code file}'s name says it is idx (see the class comment). */
  public static boolean isIdx(Path file) {
    String name = lowerName(file);
    name = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    return name.endsWith("-ubyte") || name.endsWith(".idx");
  }

  /**
   * The labels file of an images file.
   *
   * @throws IOException naming the file when its name does not contain {@code images}
   */
  public static Path labelsFile(Path images) throws IOException {
    String name = images.getFileName().toString();
    int at = name.toLowerCase(Locale.ROOT).lastIndexOf("images");
    if (at < 0) {
      throw new IOException(
          images
              + ": an idx data file is the images file, whose name holds \"images\" (its labels"
              + " are read from the same name with \"labels\", e.g. train-images-idx3-ubyte.gz"
              + " and train-labels-idx1-ubyte.gz)");
    }
    String labels =
        (name.substring(0, at) + "labels" + name.substring(at + "images".length()))
            .replace("idx3", "idx1")
            .replace("idx2", "idx1");
    return images.resolveSibling(labels);
  }

  /**
   * Reads the images {@code file} and its labels file (see {@link #labelsFile}) as a data set named
   * after the images file.
   *
   * @throws IOException naming the file and what is wrong with it
   */
  public static Dataset read(Path file) throws IOException {
    Path labelsFile = labelsFile(file);
    byte[] images = readBytes(file);
    byte[] labels = readBytes(labelsFile);
    return dataset(datasetName(file), file.toString(), images, labelsFile.toString(), labels);
  }

  /** Reads the images and labels of a built-in data set from its two streams. */
  static Dataset read(String name, InputStream images, InputStream labels) throws IOException {
    return dataset(
        name,
        name + " images",
        readAll(gunzip(images, name + " images"), name + " images"),
        name + " labels",
        readAll(gunzip(labels, name + " labels"), name + " labels"));
  }

  private static Dataset dataset(
      String name, String imagesWhere, byte[] images, String labelsWhere, byte[] labels)
      throws IOException {
    int[] shape = header(imagesWhere, images, 2, 3, "images");
    int[] labelShape = header(labelsWhere, labels, 1, 1, "labels");
    int count = shape[0];
    if (labelShape[0] != count) {
      throw new IOException(
          labelsWhere + ": holds " + labelShape[0] + " labels for " + count + " images");
    }
    int features = 1;
    for (int d = 1; d < shape.length; d++) {
      features = Math.multiplyExact(features, shape[d]);
    }
    checkLength(imagesWhere, images, shape.length, (long) count * features, "images");
    checkLength(labelsWhere, labels, 1, count, "labels");
    int imagesStart = 4 + 4 * shape.length;
    double[][] X = new double[count][features];
    for (int n = 0; n < count; n++) {
      double[] row = X[n];
      int at = imagesStart + n * features;
      for (int k = 0; k < features; k++) {
        row[k] = images[at + k] & 0xff;
      }
    }
    int[] y = new int[count];
    int maxLabel = 0;
    for (int n = 0; n < count; n++) {
      y[n] = labels[8 + n] & 0xff;
      if (y[n] > CsvData.MAX_LABEL) {
        throw new IOException(
            labelsWhere
                + ": label "
                + y[n]
                + " of image "
                + n
                + " is too large, expected 0 to "
                + CsvData.MAX_LABEL);
      }
      maxLabel = Math.max(maxLabel, y[n]);
    }
    int classes = Math.max(2, maxLabel + 1);
    return Dataset.classification(name, X, y, classes)
        .withClassNames(ClassNames.labelValues(classes));
  }

  /** The dimensions of an idx header of unsigned bytes in {@code min} … {@code max} dimensions. */
  private static int[] header(String where, byte[] bytes, int min, int max, String what)
      throws IOException {
    if (bytes.length < 4) {
      throw new IOException(
          where + ": is " + bytes.length + " bytes long, shorter than an idx header");
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    int magic = in.getInt();
    int dimensions = magic & 0xff;
    if ((magic >>> 8) != UNSIGNED_BYTE || dimensions < min || dimensions > max) {
      throw new IOException(
          where
              + String.format(Locale.ROOT, ": magic number 0x%08X, expected ", magic)
              + String.format(Locale.ROOT, "0x%08X", (UNSIGNED_BYTE << 8) | max)
              + (min == max
                  ? ""
                  : String.format(Locale.ROOT, " or 0x%08X", (UNSIGNED_BYTE << 8) | min))
              + " (idx "
              + what
              + ": unsigned bytes in "
              + (min == max ? min : max + " or " + min)
              + (max == 1 ? " dimension)" : " dimensions)"));
    }
    if (bytes.length < 4 + 4 * dimensions) {
      throw new IOException(where + ": ends inside its header (" + bytes.length + " bytes)");
    }
    int[] shape = new int[dimensions];
    for (int d = 0; d < dimensions; d++) {
      shape[d] = in.getInt();
      if (shape[d] < 1) {
        throw new IOException(
            where
                + ": size "
                + Integer.toUnsignedString(shape[d])
                + " of dimension "
                + (d + 1)
                + ", expected at least 1");
      }
    }
    return shape;
  }

  private static void checkLength(
      String where, byte[] bytes, int dimensions, long values, String what) throws IOException {
    long expected = 4 + 4L * dimensions + values;
    if (bytes.length != expected) {
      throw new IOException(
          where
              + ": is "
              + bytes.length
              + " bytes, its header ("
              + values
              + " bytes of "
              + what
              + ") says "
              + expected);
    }
  }

  private static byte[] readBytes(Path file) throws IOException {
    String where = file.toString();
    InputStream raw = InputFiles.openBytes(file, MAX_BYTES, "an idx file");
    try (InputStream in = lowerName(file).endsWith(".gz") ? gunzip(raw, where) : raw) {
      return readAll(in, where);
    }
  }

  private static InputStream gunzip(InputStream raw, String where) throws IOException {
    try {
      return InputFiles.bounded(
          new GZIPInputStream(raw, 1 << 16),
          MAX_BYTES,
          () ->
              new IOException(
                  where
                      + ": decompresses to more than "
                      + InputFiles.size(MAX_BYTES)
                      + ", the limit for an idx file"));
    } catch (ZipException | java.io.EOFException e) {
      raw.close();
      throw new IOException(where + ": is not gzip data (" + e.getMessage() + ")");
    }
  }

  private static byte[] readAll(InputStream in, String where) throws IOException {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
      in.transferTo(out);
      return out.toByteArray();
    } catch (ZipException | java.io.EOFException e) {
      throw new IOException(where + ": is damaged gzip data (" + e.getMessage() + ")");
    }
  }

  private static String lowerName(Path file) {
    Path name = file.getFileName();
    return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
  }

  /** E.g. "train-images" for train-images-idx3-ubyte.gz. */
  private static String datasetName(Path file) {
    String name = file.getFileName().toString();
    name = name.replaceFirst("(?i)\\.gz$", "");
    return name.replaceFirst("(?i)(\\.idx|[-.]idx[123]-ubyte|-ubyte)$", "");
  }
}
