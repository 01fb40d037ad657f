package lab.backprop.data;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * The one way input files are opened (CSV here, JSON in {@code io}): only a regular file is read
 * (never a folder, a named pipe or a device, whose reading can block forever), its size is checked
 * against a cap before reading and again while reading, and the text must be UTF-8 (a leading
 * byte-order mark is skipped). Every failure is an {@link IOException} whose message names the file
 * and the problem in one line.
 */
public final class InputFiles {
  private InputFiles() {}

  /** What a path is; links are followed. */
  public enum Kind {
    MISSING("missing"),
    REGULAR("a regular file"),
    FOLDER("a folder"),
    NAMED_PIPE("a named pipe (FIFO)"),
    CHARACTER_DEVICE("a character device"),
    BLOCK_DEVICE("a block device"),
    SOCKET("a socket"),
    OTHER("not a regular file");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    /** E.g. "a named pipe (FIFO)". */
    public String description() {
      return description;
    }
  }

  /**
   * What {@code file} is (links followed).
   *
   * @throws IOException when it cannot be told (e.g. a folder on the way cannot be entered)
   */
  public static Kind kind(Path file) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return Kind.MISSING;
    } catch (FileSystemException e) {
      if ("Not a directory".equals(e.getReason())) {
        return Kind.MISSING; // a file on the way, where a folder was expected
      }
      throw e;
    }
    if (attributes.isRegularFile()) {
      return Kind.REGULAR;
    }
    if (attributes.isDirectory()) {
      return Kind.FOLDER;
    }
    try {
      int type = ((Integer) Files.getAttribute(file, "unix:mode")) & 0170000;
      return switch (type) {
        case 0010000 -> Kind.NAMED_PIPE;
        case 0020000 -> Kind.CHARACTER_DEVICE;
        case 0060000 -> Kind.BLOCK_DEVICE;
        case 0140000 -> Kind.SOCKET;
        default -> Kind.OTHER;
      };
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      return Kind.OTHER; // no unix attributes on this platform
    }
  }

  /** {@code bytes} as "64 MiB", "1.5 GiB", "312 bytes". */
  public static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double value = bytes;
    int unit = -1;
    do {
      value /= 1024;
      unit++;
    } while (value >= 1024 && unit < units.length - 1);
    return (value == Math.rint(value)
            ? Long.toString((long) value)
            : String.format(Locale.ROOT, "%.1f", value))
        + " "
        + units[unit];
  }

  /**
   * Checks that {@code file} is a readable regular file of at most {@code maxBytes}.
   *
   * @param what what the file should be, for messages: "a JSON file", "a CSV file"
   * @return its size in bytes
   * @throws IOException naming the file and the problem
   */
  public static long checkReadable(Path file, long maxBytes, String what) throws IOException {
    Kind kind = kind(file);
    if (kind == Kind.MISSING) {
      throw new NoSuchFileException(file.toString(), null, "no such file");
    }
    if (kind != Kind.REGULAR) {
      throw new IOException(file + ": is " + kind.description() + ", expected " + what);
    }
    if (!Files.isReadable(file)) {
      throw new AccessDeniedException(file.toString(), null, "permission denied");
    }
    long size = Files.size(file);
    if (size > maxBytes) {
      throw tooLarge(file, size, maxBytes, what);
    }
    return size;
  }

  private static IOException tooLarge(Path file, long size, long maxBytes, String what) {
    return new IOException(
        file
            + ": "
            + (size < 0 ? "grew while being read, over " : "is " + size(size) + ", over ")
            + "the limit of "
            + size(maxBytes)
            + " for "
            + what);
  }

  /**
   * Opens a checked file (see {@link #checkReadable}) as UTF-8 text: a byte sequence that is not
   * UTF-8 fails (the message names the file), a leading byte-order mark is skipped, and no more
   * than {@code maxBytes} are read even if the file grows meanwhile.
   */
  public static Reader openText(Path file, long maxBytes, String what) throws IOException {
    Reader decoder =
        new InputStreamReader(
            openBytes(file, maxBytes, what),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    return new StrictText(decoder, file);
  }

  /**
   * Opens a checked file (see {@link #checkReadable}) as bytes; no more than {@code maxBytes} are
   * read even if the file grows meanwhile.
   */
  public static InputStream openBytes(Path file, long maxBytes, String what) throws IOException {
    checkReadable(file, maxBytes, what);
    return bounded(Files.newInputStream(file), maxBytes, () -> tooLarge(file, -1, maxBytes, what));
  }

  /**
   * {@code in}, failing with {@code tooLarge}'s exception once more than {@code maxBytes} have been
   * read from it (e.g. the decompressed bytes of a gzip file).
   */
  public static InputStream bounded(
      InputStream in, long maxBytes, java.util.function.Supplier<IOException> tooLarge) {
    return new FilterInputStream(in) {
      private long count;

      @Override
      public int read() throws IOException {
        int b = super.read();
        counted(b < 0 ? 0 : 1);
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        counted(Math.max(n, 0));
        return n;
      }

      private void counted(int n) throws IOException {
        count += n;
        if (count > maxBytes) {
          throw tooLarge.get();
        }
      }
    };
  }

  /** Skips a leading byte-order mark; turns a decoding error into a message naming the file. */
  private static final class StrictText extends FilterReader {
    private final Path file;
    private boolean started;

    StrictText(Reader in, Path file) {
      super(in);
      this.file = file;
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      try {
        int n = super.read(buffer, offset, length);
        if (!started && n > 0) {
          started = true;
          if (buffer[offset] == '\uFEFF') {
            System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
            return n > 1 ? n - 1 : read(buffer, offset, length);
          }
        }
        return n;
      } catch (CharacterCodingException e) {
        throw new IOException(file + ": is not UTF-8 text (it holds bytes UTF-8 does not allow)");
      }
    }
  }
}
