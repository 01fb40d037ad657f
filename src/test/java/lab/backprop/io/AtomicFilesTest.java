package lab.backprop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void writesAndReplacesLeavingNoTemporaryFile() throws IOException {
    Path file = dir.resolve("out.txt");
    AtomicFiles.writeString(file, "first");
    AtomicFiles.writeString(file, "second, ünïcode");

    assertThat(Files.readString(file)).isEqualTo("second, ünïcode");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void aFailingWriterKeepsTheOldContent() throws IOException {
    Path file = dir.resolve("keep.txt");
    AtomicFiles.writeString(file, "old");

    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    file,
                    w -> {
                      w.write("half");
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");
    assertThat(Files.readString(file)).isEqualTo("old");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void aMissingFolderIsNamed() {
    Path file = dir.resolve("nope").resolve("x.json");
    assertThatThrownBy(() -> AtomicFiles.writeString(file, "x"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("folder " + dir.resolve("nope") + " does not exist");
  }
}
