package lab.backprop.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a path is, the size caps and the strict UTF-8 reading, on real files. */
class InputFilesTest {
  @TempDir Path dir;

  @Test
  void sizesReadAsPeopleSayThem() {
    assertThat(InputFiles.size(0)).isEqualTo("0 bytes");
    assertThat(InputFiles.size(1023)).isEqualTo("1023 bytes");
    assertThat(InputFiles.size(1024)).isEqualTo("1 KiB");
    assertThat(InputFiles.size(1536)).isEqualTo("1.5 KiB"); // 1.5 · 1024
    assertThat(InputFiles.size(1024 * 1024 - 1)).isEqualTo("1024.0 KiB"); // 1023.999…
    assertThat(InputFiles.size(64L << 20)).isEqualTo("64 MiB");
    assertThat(InputFiles.size(3L << 30)).isEqualTo("3 GiB");
    assertThat(InputFiles.size(5L << 40)).isEqualTo("5 TiB");
    assertThat(InputFiles.size(2048L << 40)).as("no unit above TiB").isEqualTo("2048 TiB");
  }

  @Test
  void kindsOfPaths() throws IOException {
    Path file = Files.writeString(dir.resolve("a.csv"), "x");
    assertThat(InputFiles.kind(file)).isEqualTo(InputFiles.Kind.REGULAR);
    assertThat(InputFiles.kind(dir)).isEqualTo(InputFiles.Kind.FOLDER);
    assertThat(InputFiles.kind(dir.resolve("none"))).isEqualTo(InputFiles.Kind.MISSING);
    assertThat(InputFiles.kind(file.resolve("below")))
        .as("a file on the way")
        .isEqualTo(InputFiles.Kind.MISSING);
    assertThat(InputFiles.kind(Path.of("/dev/null"))).isEqualTo(InputFiles.Kind.CHARACTER_DEVICE);
    assertThat(InputFiles.Kind.NAMED_PIPE.description()).isEqualTo("a named pipe (FIFO)");
  }

  @Test
  void aFileAtTheCapIsReadOneByteMoreIsNot() throws IOException {
    Path file = Files.writeString(dir.resolve("ten.csv"), "0123456789");
    assertThat(InputFiles.checkReadable(file, 10, "a CSV file")).isEqualTo(10);
    assertThatThrownBy(() -> InputFiles.checkReadable(file, 9, "a CSV file"))
        .hasMessage(file + ": is 10 bytes, over the limit of 9 bytes for a CSV file");
    assertThatThrownBy(() -> InputFiles.checkReadable(dir, 10, "a CSV file"))
        .hasMessage(dir + ": is a folder, expected a CSV file");
    assertThatThrownBy(() -> InputFiles.checkReadable(Path.of("/dev/null"), 10, "a JSON file"))
        .hasMessage("/dev/null: is a character device, expected a JSON file");
    assertThatThrownBy(() -> InputFiles.checkReadable(dir.resolve("none"), 10, "a CSV file"))
        .hasMessageContaining("none")
        .hasMessageContaining("no such file");
  }

  @Test
  void textSkipsOneByteOrderMarkAndRefusesBytesThatAreNotUtf8() throws IOException {
    Path bom = dir.resolve("bom.csv");
    Files.write(bom, "\uFEFFx1,\u00e9\n".getBytes(StandardCharsets.UTF_8));
    assertThat(readAll(bom, 100)).isEqualTo("x1,\u00e9\n");
    Path onlyBom = dir.resolve("only.csv");
    Files.write(onlyBom, "\uFEFF".getBytes(StandardCharsets.UTF_8));
    assertThat(readAll(onlyBom, 100)).isEmpty();
    Path inner = dir.resolve("inner.csv");
    Files.writeString(inner, "a\uFEFFb");
    assertThat(readAll(inner, 100)).as("only a leading mark is skipped").isEqualTo("a\uFEFFb");

    Path latin1 = dir.resolve("latin1.csv");
    Files.write(latin1, new byte[] {'x', (byte) 0xE9, '\n'});
    assertThatThrownBy(() -> readAll(latin1, 100))
        .hasMessage(latin1 + ": is not UTF-8 text (it holds bytes UTF-8 does not allow)");
  }

  @Test
  void oneCharacterAtATimeReadsTheSameText() throws IOException {
    Path file = dir.resolve("chars.csv");
    Files.write(file, "\uFEFFab".getBytes(StandardCharsets.UTF_8));
    try (Reader r = InputFiles.openText(file, 100, "a CSV file")) {
      assertThat(r.read()).isEqualTo('a');
      assertThat(r.read()).isEqualTo('b');
      assertThat(r.read()).isEqualTo(-1);
    }
  }

  private static String readAll(Path file, long max) throws IOException {
    StringBuilder text = new StringBuilder();
    try (Reader r = InputFiles.openText(file, max, "a CSV file")) {
      char[] buffer = new char[3];
      for (int n; (n = r.read(buffer, 0, buffer.length)) >= 0; ) {
        text.append(buffer, 0, n);
      }
    }
    return text.toString();
  }

  @Test
  void oneMebibyteIsNamedSo() {
    assertThat(InputFiles.size(1L << 20)).isEqualTo("1 MiB");
    assertThat(InputFiles.size(1L << 30)).isEqualTo("1 GiB");
  }

  @Test
  void aBoundedStreamAllowsExactlyItsLimit() throws IOException {
    IOException tooMuch = new IOException("too much");
    try (var in =
        InputFiles.bounded(new java.io.ByteArrayInputStream(new byte[4]), 4, () -> tooMuch)) {
      assertThat(in.readAllBytes()).hasSize(4);
    }
    var over = InputFiles.bounded(new java.io.ByteArrayInputStream(new byte[5]), 4, () -> tooMuch);
    assertThatThrownBy(over::readAllBytes).isSameAs(tooMuch);
  }

  @Test
  void aBoundedStreamCountsSingleBytesButNotTheEnd() throws IOException {
    IOException tooMuch = new IOException("too much");
    // zero bytes count like any other; the end of the stream (−1) counts nothing
    var two = InputFiles.bounded(new java.io.ByteArrayInputStream(new byte[2]), 2, () -> tooMuch);
    assertThat(two.read()).isZero();
    assertThat(two.read()).isZero();
    assertThat(two.read()).isEqualTo(-1);
    assertThat(two.read()).isEqualTo(-1);
    var three = InputFiles.bounded(new java.io.ByteArrayInputStream(new byte[3]), 2, () -> tooMuch);
    three.read();
    three.read();
    assertThatThrownBy(three::read).isSameAs(tooMuch);
  }

  @Test
  void anEmptyReadFirstStillSkipsTheByteOrderMark() throws IOException {
    Path file = dir.resolve("bom.csv");
    Files.write(file, "\uFEFFab".getBytes(StandardCharsets.UTF_8));
    try (Reader r = InputFiles.openText(file, 100, "a CSV file")) {
      char[] buffer = new char[4];
      assertThat(r.read(buffer, 0, 0)).isZero();
      int n = r.read(buffer, 0, 4);
      assertThat(new String(buffer, 0, n)).isEqualTo("ab");
    }
  }
}
