package lab.backprop.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import lab.backprop.data.InputFiles;

/**
 * The one way the app writes files, so that readers see either the old content or the complete new
 * one. The content goes to a temporary file in the target's folder (created with the mode the umask
 * gives, or the mode of the file it replaces), which is flushed to the disk and then renamed over
 * the target; the temporary file is removed when anything fails (also when the content throws
 * midway, and at exit when the process is interrupted). Paths under {@code /dev/} and {@code
 * /proc/} ({@code /dev/stdout}, {@code /dev/null}) and existing devices are written directly, never
 * replaced; a folder, a named pipe elsewhere (whose opening would wait for a reader), a socket or a
 * block device is refused. Every failure names the path the caller gave, never the temporary file.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Temporary files being written, removed by a shutdown hook if the process ends first. */
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

  static {
    Thread cleanup =
        new Thread(
            () -> {
              for (Path temp : PENDING) {
                try {
                  Files.deleteIfExists(temp);
                } catch (IOException e) {
                  // nothing more can be done while exiting
                }
              }
            },
            "remove-temporary-files");
    Runtime.getRuntime().addShutdownHook(cleanup);
  }

  /** Something that writes the content of a text file. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer writer) throws IOException;
  }

  /** Writes {@code text} as UTF-8. */
  public static void writeString(Path file, String text) throws IOException {
    write(file, writer -> writer.write(text));
  }

  /** Writes {@code bytes}. */
  public static void writeBytes(Path file, byte[] bytes) throws IOException {
    try (Output out = open(file)) {
      out.stream().write(bytes);
      out.commit();
    }
  }

  /** Writes whatever {@code content} writes, as UTF-8. */
  public static void write(Path file, Content content) throws IOException {
    try (Output out = open(file)) {
      content.writeTo(out.writer());
      out.commit();
    }
  }

  /**
   * Checks, before any work is done, that {@code file} can be written: by creating (and removing) a
   * temporary file in its folder, or by checking that the device is writable.
   *
   * @throws IOException naming {@code file} and the problem
   */
  public static void checkWritable(Path file) throws IOException {
    Target target = Target.of(file);
    if (target.direct()) {
      if (!Files.isWritable(target.path)) {
        throw new AccessDeniedException(file.toString(), null, "permission denied");
      }
      return;
    }
    Path probe = target.createTemp();
    Files.deleteIfExists(probe);
    PENDING.remove(probe);
  }

  /**
   * Opens {@code file} for writing: the content goes to a temporary file until {@link
   * Output#commit()}; closing without committing removes it and leaves {@code file} as it was.
   *
   * @throws IOException naming {@code file} and the problem
   */
  public static Output open(Path file) throws IOException {
    return new Output(Target.of(file));
  }

  /** A file being written; see {@link #open}. Not thread-safe. */
  public static final class Output implements Closeable {
    private final Target target;
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream stream;
    private Writer writer;
    private boolean done;

    private Output(Target target) throws IOException {
      this.target = target;
      this.temp = target.direct() ? null : target.createTemp();
      try {
        channel =
            temp == null
                ? FileChannel.open( // appending: a stream may be a file with output in it already
                    target.path, StandardOpenOption.WRITE, StandardOpenOption.APPEND)
                : FileChannel.open(temp, StandardOpenOption.WRITE);
      } catch (IOException e) {
        discard();
        throw target.failure(e, temp);
      }
      this.stream = new Named(Channels.newOutputStream(channel));
    }

    /** The bytes of the file; failures name the caller's path. */
    public OutputStream stream() {
      return stream;
    }

    /** The file as UTF-8 text (buffered). */
    public Writer writer() {
      if (writer == null) {
        writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
      }
      return writer;
    }

    /** Flushes, syncs to the disk and puts the file in place. */
    public void commit() throws IOException {
      if (done) {
        throw new IllegalStateException("already committed or closed");
      }
      try {
        if (writer != null) {
          writer.flush();
        }
        if (temp != null) {
          channel.force(true);
        }
        channel.close();
        if (temp != null) {
          target.keepModeOf(temp);
          target.moveIntoPlace(temp);
        }
      } catch (IOException e) {
        throw target.failure(e, temp);
      } finally {
        done = true;
        discard();
      }
    }

    /** Without {@link #commit()}: removes the temporary file; the target stays as it was. */
    @Override
    public void close() throws IOException {
      if (!done) {
        done = true;
        try {
          channel.close();
        } catch (IOException e) {
          // the content is being thrown away anyway
        }
        discard();
      }
    }

    private void discard() throws IOException {
      if (temp != null) {
        Files.deleteIfExists(temp);
        PENDING.remove(temp);
      }
    }

    /** Names the caller's path in every failure. */
    private final class Named extends FilterOutputStream {
      Named(OutputStream out) {
        super(out);
      }

      @Override
      public void write(int b) throws IOException {
        try {
          out.write(b);
        } catch (IOException e) {
          throw target.failure(e, temp);
        }
      }

      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        try {
          out.write(bytes, offset, length);
        } catch (IOException e) {
          throw target.failure(e, temp);
        }
      }
    }
  }

  /** Where and how a path is written. */
  private static final class Target {
    final Path given;
    final Path path;
    private final boolean direct;
    private final boolean exists;

    private Target(Path given, Path path, boolean direct, boolean exists) {
      this.given = given;
      this.path = path;
      this.direct = direct;
      this.exists = exists;
    }

    boolean direct() {
      return direct;
    }

    static Target of(Path given) throws IOException {
      Path absolute = given.toAbsolutePath().normalize();
      InputFiles.Kind kind = InputFiles.kind(absolute);
      if (kind == InputFiles.Kind.FOLDER) {
        throw new IOException(given + ": is a folder, expected a file name");
      }
      if (isStream(absolute) || kind == InputFiles.Kind.CHARACTER_DEVICE) {
        if (kind == InputFiles.Kind.MISSING) {
          throw new NoSuchFileException(given.toString(), null, "no such file or device");
        }
        return new Target(given, absolute, true, true);
      }
      if (kind != InputFiles.Kind.REGULAR && kind != InputFiles.Kind.MISSING) {
        throw new IOException(
            given
                + ": is "
                + kind.description()
                + ", expected a regular file (or a device such as /dev/stdout)");
      }
      Path path = kind == InputFiles.Kind.REGULAR ? absolute.toRealPath() : absolute;
      Path folder = path.getParent();
      InputFiles.Kind folderKind =
          folder == null ? InputFiles.Kind.MISSING : InputFiles.kind(folder);
      if (folderKind != InputFiles.Kind.FOLDER) {
        throw new IOException(
            given
                + ": folder "
                + folder
                + (folderKind == InputFiles.Kind.MISSING
                    ? " does not exist"
                    : " is " + folderKind.description() + ", not a folder"));
      }
      if (kind == InputFiles.Kind.REGULAR && !Files.isWritable(path)) {
        throw new AccessDeniedException(given.toString(), null, "permission denied");
      }
      return new Target(given, path, false, kind == InputFiles.Kind.REGULAR);
    }

    /** One of the process's own streams: /dev/stdout, /dev/stderr, /dev/fd/N, /proc/PID/fd/N. */
    private static boolean isStream(Path absolute) {
      String p = absolute.toString();
      return p.equals("/dev/stdout")
          || p.equals("/dev/stderr")
          || p.matches("/dev/fd/\\d+")
          || p.matches("/proc/(self|\\d+)/fd/\\d+");
    }

    /** A new, empty temporary file beside the target, with the mode the umask gives. */
    Path createTemp() throws IOException {
      Path folder = path.getParent();
      for (int attempt = 0; ; attempt++) {
        Path temp =
            folder.resolve(
                "."
                    + namePrefix(path.getFileName().toString())
                    + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16)
                    + ".tmp");
        try {
          PENDING.add(temp);
          Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
              .close();
          return temp;
        } catch (java.nio.file.FileAlreadyExistsException e) {
          PENDING.remove(temp);
          if (attempt == 10) {
            throw failure(e, temp);
          }
        } catch (IOException e) {
          PENDING.remove(temp);
          throw new IOException(given + ": cannot write in folder " + folder + ": " + reason(e));
        }
      }
    }

    /**
     * The start of {@code name}, at most 200 bytes in UTF-8, so that the temporary name (18 bytes
     * more) stays within the 255 bytes a file name may have.
     */
    static String namePrefix(String name) {
      int end = 0;
      int bytes = 0;
      while (end < name.length()) {
        int next = name.offsetByCodePoints(end, 1);
        bytes += name.substring(end, next).getBytes(StandardCharsets.UTF_8).length;
        if (bytes > 200) {
          break;
        }
        end = next;
      }
      return name.substring(0, end);
    }

    /** A replaced file keeps its permissions. */
    void keepModeOf(Path temp) {
      if (!exists) {
        return;
      }
      try {
        Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(path));
      } catch (IOException | UnsupportedOperationException e) {
        // keep the mode the umask gave
      }
    }

    void moveIntoPlace(Path temp) throws IOException {
      try {
        Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        // some file systems cannot do it; a plain replace is the best that remains
        Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
      }
      try (FileChannel folder = FileChannel.open(path.getParent(), StandardOpenOption.READ)) {
        folder.force(true); // the rename itself reaches the disk
      } catch (IOException e) {
        // not every system can sync a folder; the file's content is synced already
      }
    }

    /** The failure, as one line naming the caller's path. */
    IOException failure(IOException e, Path temp) {
      if (e instanceof WriteFailure) {
        return e;
      }
      String reason = reason(e);
      if (temp != null) {
        reason = reason.replace(temp.toString(), given.toString());
      }
      return new WriteFailure(given + ": cannot write: " + reason, e);
    }
  }

  /** A failure whose message names the caller's path already. */
  private static final class WriteFailure extends IOException {
    WriteFailure(String message, IOException cause) {
      super(message, cause);
    }
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return String.valueOf(e.getMessage());
  }
}
