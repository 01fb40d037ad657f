package lab.backprop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  /** What the folder holds: the file written and nothing else, no temporary file. */
  private List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }

  @Test
  void writesAndReplacesLeavingNoTemporaryFile() throws IOException {
    Path file = dir.resolve("out.txt");
    AtomicFiles.writeString(file, "first");
    AtomicFiles.writeString(file, "second, ünïcode");

    assertThat(Files.readString(file)).isEqualTo("second, ünïcode");
    assertThat(files()).containsExactly(file);
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
    assertThat(files()).containsExactly(file);
  }

  @Test
  void anExceptionMidwayRemovesTheTemporaryFileAndNamesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("mid.txt");
    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    file,
                    w -> {
                      w.write("x".repeat(100_000));
                      throw new IllegalStateException("bug");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(files()).isEmpty();
  }

  @Test
  void aStreamedFileAppearsOnlyWhenCommitted() throws IOException {
    Path file = dir.resolve("log.csv");
    try (AtomicFiles.Output out = AtomicFiles.open(file)) {
      out.writer().write("a\n");
      out.writer().flush();
      assertThat(file).doesNotExist();
      out.commit();
    }
    assertThat(Files.readString(file)).isEqualTo("a\n");
    try (AtomicFiles.Output out = AtomicFiles.open(file)) {
      out.writer().write("b\n");
    } // closed without commit: the old content stays
    assertThat(Files.readString(file)).isEqualTo("a\n");
    assertThat(files()).containsExactly(file);
  }

  @Test
  void newFilesTakeTheUmaskModeAndReplacedFilesKeepTheirs() throws IOException {
    Path plain = dir.resolve("plain");
    Files.newOutputStream(plain).close();
    Path fresh = dir.resolve("fresh.txt");
    AtomicFiles.writeString(fresh, "x");
    assertThat(Files.getPosixFilePermissions(fresh))
        .isEqualTo(Files.getPosixFilePermissions(plain));

    Path kept = dir.resolve("kept.txt");
    Files.writeString(kept, "old");
    Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-r-----"));
    AtomicFiles.writeString(kept, "new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)))
        .isEqualTo("rw-r-----");
  }

  @Test
  void aFolderIsRefusedAndCheckedBeforeWork() throws IOException {
    assertThatThrownBy(() -> AtomicFiles.checkWritable(dir))
        .hasMessage(dir + ": is a folder, expected a file name");
    AtomicFiles.checkWritable(dir.resolve("new.json")); // leaves nothing behind
    assertThat(files()).isEmpty();
  }

  @Test
  void aMissingFolderIsNamed() {
    Path file = dir.resolve("nope").resolve("x.json");
    assertThatThrownBy(() -> AtomicFiles.writeString(file, "x"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("folder " + dir.resolve("nope") + " does not exist");
  }

  @Test
  void aDeviceIsWrittenDirectlyWithoutSyncing() throws IOException, InterruptedException {
    // a null device cannot be synced (fsync gives EINVAL): a direct write must not try. As root
    // the test makes its own device node: a broken writer (a mutant) that renamed a temporary
    // file onto the real /dev/null would break the whole machine.
    Path device = Path.of("/dev/null");
    if ("root".equals(System.getProperty("user.name"))) {
      device = dir.resolve("null");
      Process p = new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start();
      assertThat(p.waitFor()).as("mknod as root").isZero();
    }
    AtomicFiles.writeString(device, "nothing");
    AtomicFiles.writeBytes(device, new byte[] {1, 2, 3});
    assertThat(Files.isRegularFile(device)).as("still a device").isFalse();
    assertThat(Files.size(device)).isZero();
  }

  private static long openFiles() throws IOException {
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      return fds.count();
    }
  }

  @Test
  void noFileIsLeftOpenAfterWritingDiscardingOrChecking() throws IOException {
    Path file = dir.resolve("many.txt");
    AtomicFiles.writeString(file, "warm-up");
    long before = openFiles();
    for (int k = 0; k < 30; k++) {
      AtomicFiles.writeString(file, "line " + k);
      try (AtomicFiles.Output out = AtomicFiles.open(file)) {
        out.writer().write("thrown away");
      }
      AtomicFiles.checkWritable(dir.resolve("other.txt"));
    }
    // a leak would hold 30 or 60 more
    assertThat(openFiles()).isLessThanOrEqualTo(before + 5);
    assertThat(Files.readString(file)).isEqualTo("line 29");
    assertThat(files()).containsExactly(file);
  }

  @Test
  void aFolderTheAppMayNotWriteInIsNamedWithTheReason() {
    // sysfs refuses new files even to root; procfs has no such entry
    Path sys = Path.of("/sys/backprop-lab-test.txt");
    assertThatThrownBy(() -> AtomicFiles.writeString(sys, "x"))
        .hasMessage(sys + ": cannot write in folder /sys: permission denied");
    Path proc = Path.of("/proc/backprop-lab-test.txt");
    assertThatThrownBy(() -> AtomicFiles.checkWritable(proc))
        .hasMessage(proc + ": cannot write in folder /proc: no such file or folder");
  }

  @Test
  void aCommitThatCannotPutTheFileInPlaceNamesItAndLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("taken.txt");
    try (AtomicFiles.Output out = AtomicFiles.open(file)) {
      out.writer().write("content");
      // meanwhile a folder (not empty) took the name
      Files.createDirectory(file);
      Files.writeString(file.resolve("inside"), "kept");
      assertThatThrownBy(out::commit)
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith(file + ": cannot write: ");
    }
    assertThat(files()).containsExactly(file);
    assertThat(Files.readString(file.resolve("inside"))).isEqualTo("kept");
  }

  @Test
  void aLongFileNameThatTheFolderAcceptsCanBeWritten() throws IOException {
    // 250 bytes is a legal name; the temporary file beside it must not be longer than 255
    Path ascii = dir.resolve("a".repeat(246) + ".txt");
    AtomicFiles.writeString(ascii, "ascii");
    assertThat(Files.readString(ascii)).isEqualTo("ascii");
    // 84 euro signs of 3 bytes each: 252 bytes
    Path euros = dir.resolve("\u20ac".repeat(84));
    AtomicFiles.checkWritable(euros);
    AtomicFiles.writeString(euros, "euros");
    assertThat(Files.readString(euros)).isEqualTo("euros");
    assertThat(files()).containsExactlyInAnyOrder(ascii, euros);
  }

  @Test
  void singleBytesGoThroughTheStream() throws IOException {
    Path file = dir.resolve("bytes.bin");
    try (AtomicFiles.Output out = AtomicFiles.open(file)) {
      out.stream().write('O');
      out.stream().write('K');
      out.commit();
    }
    assertThat(Files.readString(file)).isEqualTo("OK");
  }
}
