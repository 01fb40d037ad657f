package lab.backprop.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * CSV with a header {@code x1,x2,label} (classification) or {@code x1,x2,target} (regression),
 * doubles written in full precision ({@link Double#toString}).
 */
public final class CsvData {
  private CsvData() {}

  /**
   * @throws CsvFormatException naming the line and column of the first bad value
   */
  public static Dataset read(Path file) throws IOException {
    throw new UnsupportedOperationException("TODO");
  }

  /** Writes atomically (temporary file in the same folder, then move). */
  public static void write(Dataset data, Path file) throws IOException {
    throw new UnsupportedOperationException("TODO");
  }
}
