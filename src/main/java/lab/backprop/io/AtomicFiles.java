package lab.backprop.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see either the old content or the complete new one: the content
 * goes to a temporary file in the same folder, which is then moved over the target atomically.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Something that writes the content of a file. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer writer) throws IOException;
  }

  /** Writes {@code text} as UTF-8. */
  public static void writeString(Path file, String text) throws IOException {
    write(file, writer -> writer.write(text));
  }

  /** Writes whatever {@code content} writes, as UTF-8. */
  public static void write(Path file, Content content) throws IOException {
    Path target = file.toAbsolutePath();
    Path folder = target.getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      throw new IOException("cannot write " + file + ": folder " + folder + " does not exist");
    }
    Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
    try {
      try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        content.writeTo(writer);
      }
      move(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      // some file systems cannot do it; a plain replace is the best that remains
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
