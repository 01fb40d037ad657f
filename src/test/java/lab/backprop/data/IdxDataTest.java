package lab.backprop.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** idx files the test writes itself, byte by byte as the MNIST format describes them. */
class IdxDataTest {
  @TempDir Path dir;

  /** Three 2 × 2 images: pixel (r, c) of image n is feature 2r + c. */
  private static final byte[] IMAGES =
      idx(0x0803, new int[] {3, 2, 2}, 0, 1, 2, 3, 255, 128, 7, 0, 10, 20, 30, 40);

  private static final byte[] LABELS = idx(0x0801, new int[] {3}, 1, 0, 4);

  @Test
  void readsImagesRowByRowWithTheLabelsBesideThem() throws IOException {
    Files.write(dir.resolve("train-images-idx3-ubyte"), IMAGES);
    Files.write(dir.resolve("train-labels-idx1-ubyte"), LABELS);

    Dataset data = DataFiles.read(dir.resolve("train-images-idx3-ubyte"));

    assertThat(data.name()).isEqualTo("train-images");
    assertThat(data.features())
        .isDeepEqualTo(new double[][] {{0, 1, 2, 3}, {255, 128, 7, 0}, {10, 20, 30, 40}});
    assertThat(data.labels()).containsExactly(1, 0, 4);
    assertThat(data.classes()).isEqualTo(5);
    assertThat(DataFiles.readTask(dir.resolve("train-images-idx3-ubyte")))
        .isEqualTo(Task.CLASSIFICATION);
  }

  @Test
  void readsGzipAndTwoDimensionalFilesTheSame() throws IOException {
    gzip(dir.resolve("t10k-images-idx3-ubyte.gz"), IMAGES);
    gzip(dir.resolve("t10k-labels-idx1-ubyte.gz"), LABELS);
    Files.write(
        dir.resolve("flat-images.idx"),
        idx(0x0802, new int[] {3, 4}, 0, 1, 2, 3, 255, 128, 7, 0, 10, 20, 30, 40));
    Files.write(dir.resolve("flat-labels.idx"), LABELS);

    Dataset gz = IdxData.read(dir.resolve("t10k-images-idx3-ubyte.gz"));
    Dataset flat = IdxData.read(dir.resolve("flat-images.idx"));

    assertThat(gz.name()).isEqualTo("t10k-images");
    assertThat(flat.name()).isEqualTo("flat-images");
    assertThat(gz.features()).isDeepEqualTo(flat.features());
    assertThat(gz.labels()).containsExactly(1, 0, 4);
  }

  @Test
  void theNameSaysWhetherAFileIsIdxAndWhereItsLabelsAre() throws IOException {
    assertThat(IdxData.isIdx(Path.of("train-images-idx3-ubyte"))).isTrue();
    assertThat(IdxData.isIdx(Path.of("a/train-images-idx3-ubyte.GZ"))).isTrue();
    assertThat(IdxData.isIdx(Path.of("my-images.idx.gz"))).isTrue();
    assertThat(IdxData.isIdx(Path.of("points.csv"))).isFalse();
    assertThat(IdxData.isIdx(Path.of("points.gz"))).isFalse();
    assertThat(IdxData.labelsFile(Path.of("a/train-images-idx3-ubyte.gz")))
        .isEqualTo(Path.of("a/train-labels-idx1-ubyte.gz"));
    assertThat(IdxData.labelsFile(Path.of("images/my-images.idx")))
        .isEqualTo(Path.of("images/my-labels.idx"));
    assertThat(IdxData.labelsFile(Path.of("flat-images.idx2-ubyte")))
        .isEqualTo(Path.of("flat-labels.idx1-ubyte"));
    assertThatThrownBy(() -> IdxData.labelsFile(Path.of("digits.idx")))
        .hasMessageStartingWith("digits.idx: an idx data file is the images file");
  }

  @Test
  void aMalformedFileIsOneLineNamingTheFileAndTheProblem() throws IOException {
    Files.write(dir.resolve("a-labels-idx1-ubyte"), LABELS);
    assertBad(
        "wrong magic",
        idx(0x0801, new int[] {3}, 1, 0, 4),
        LABELS,
        "magic number 0x00000801, expected 0x00000803 or 0x00000802 (idx images: unsigned bytes in"
            + " 3 or 2 dimensions)");
    assertBad(
        "doubles",
        idx(0x0D03, new int[] {3, 2, 2}),
        LABELS,
        "magic number 0x00000D03, expected 0x00000803");
    assertBad(
        "labels with two dimensions",
        IMAGES,
        idx(0x0802, new int[] {3, 1}, 1, 0, 4),
        "magic number 0x00000802, expected 0x00000801 (idx labels: unsigned bytes in 1 dimension)");
    assertBad(
        "short",
        java.util.Arrays.copyOf(IMAGES, IMAGES.length - 1),
        LABELS,
        "is 27 bytes, its header (12 bytes of images) says 28");
    assertBad(
        "trailing bytes",
        java.util.Arrays.copyOf(IMAGES, IMAGES.length + 2),
        LABELS,
        "is 30 bytes, its header (12 bytes of images) says 28");
    assertBad("header cut", new byte[] {0, 0, 8, 3, 0, 0}, LABELS, "ends inside its header");
    assertBad("tiny", new byte[] {0, 0}, LABELS, "is 2 bytes long, shorter than an idx header");
    assertBad("no images", idx(0x0803, new int[] {0, 2, 2}), LABELS, "size 0 of dimension 1");
    assertBad(
        "fewer labels",
        IMAGES,
        idx(0x0801, new int[] {2}, 1, 0),
        "labels-idx1-ubyte: holds 2 labels for 3 images");
    assertBad(
        "label 200",
        IMAGES,
        idx(0x0801, new int[] {3}, 1, 200, 4),
        "label 200 of image 1 is too large, expected 0 to 99");
  }

  @Test
  void aFileThatIsNotGzipOrMissesItsLabelsIsNamed() throws IOException {
    Files.write(dir.resolve("x-images-idx3-ubyte.gz"), IMAGES);
    gzip(dir.resolve("x-labels-idx1-ubyte.gz"), LABELS);
    assertThatThrownBy(() -> IdxData.read(dir.resolve("x-images-idx3-ubyte.gz")))
        .hasMessageStartingWith(dir.resolve("x-images-idx3-ubyte.gz") + ": is not gzip data");

    Files.write(dir.resolve("y-images.idx"), IMAGES);
    assertThatThrownBy(() -> DataFiles.read(dir.resolve("y-images.idx")))
        .isInstanceOf(java.nio.file.NoSuchFileException.class)
        .hasMessageContaining("y-labels.idx");
  }

  @Test
  void filesOverTheLimitAreRefusedCompressedOrNot() throws IOException {
    Path huge = dir.resolve("huge-images-idx3-ubyte");
    try (var file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(IdxData.MAX_BYTES + 1); // sparse: no disk space used
    }
    Files.write(dir.resolve("huge-labels-idx1-ubyte"), LABELS);
    assertThatThrownBy(() -> IdxData.read(huge))
        .hasMessage(huge + ": is 64.0 MiB, over the limit of 64 MiB for an idx file");

    Path bomb = dir.resolve("bomb-images-idx3-ubyte.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
      byte[] zeros = new byte[1 << 20];
      for (int mib = 0; mib <= 64; mib++) {
        out.write(zeros);
      }
    }
    gzip(dir.resolve("bomb-labels-idx1-ubyte.gz"), LABELS);
    assertThat(Files.size(bomb)).isLessThan(1 << 20);
    assertThatThrownBy(() -> IdxData.read(bomb))
        .hasMessage(bomb + ": decompresses to more than 64 MiB, the limit for an idx file");
  }

  private void assertBad(String name, byte[] images, byte[] labels, String message)
      throws IOException {
    Path folder = Files.createDirectories(dir.resolve(name.replace(' ', '_')));
    Files.write(folder.resolve("a-images-idx3-ubyte"), images);
    Files.write(folder.resolve("a-labels-idx1-ubyte"), labels);
    assertThatThrownBy(() -> IdxData.read(folder.resolve("a-images-idx3-ubyte")))
        .as(name)
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(folder.toString())
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  /** An idx file: the magic number, the sizes (big-endian int32), then the bytes. */
  private static byte[] idx(int magic, int[] sizes, int... values) {
    ByteBuffer out = ByteBuffer.allocate(4 + 4 * sizes.length + values.length);
    out.putInt(magic);
    for (int size : sizes) {
      out.putInt(size);
    }
    for (int v : values) {
      out.put((byte) v);
    }
    return out.array();
  }

  private static void gzip(Path file, byte[] bytes) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(bytes);
    }
  }

  @Test
  void edgeSizesAndNamesAreAccepted() throws IOException {
    // one image of 1 × 2 with label 99 (the largest), in files whose names start with "images"
    Files.write(dir.resolve("images-idx3-ubyte"), idx(0x0803, new int[] {1, 1, 2}, 5, 250));
    Files.write(dir.resolve("labels-idx1-ubyte"), idx(0x0801, new int[] {1}, 99));
    Dataset data = IdxData.read(dir.resolve("images-idx3-ubyte"));
    assertThat(data.features()).isDeepEqualTo(new double[][] {{5, 250}});
    assertThat(data.labels()).containsExactly(99);
    assertThat(data.classes()).isEqualTo(100);
  }

  @Test
  void labelsAreCheckedAsStrictlyAsImages() throws IOException {
    Files.write(dir.resolve("a-labels-idx1-ubyte"), LABELS);
    assertBad(
        "trailing label bytes",
        IMAGES,
        java.util.Arrays.copyOf(LABELS, LABELS.length + 1),
        "is 12 bytes, its header (3 bytes of labels) says 11");
    assertBad("magic only", new byte[] {0, 0, 8, 3}, LABELS, "ends inside its header (4 bytes)");
  }

  @Test
  void aBuiltInStreamThatIsNotGzipIsClosedAndNamed() {
    boolean[] closed = new boolean[1];
    java.io.InputStream images =
        new java.io.ByteArrayInputStream(IMAGES) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    assertThatThrownBy(() -> IdxData.read("set", images, new java.io.ByteArrayInputStream(LABELS)))
        .hasMessageStartingWith("set images: is not gzip data");
    assertThat(closed[0]).isTrue();
  }
}
