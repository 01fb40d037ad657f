package lab.backprop.data;

import java.io.IOException;
import java.nio.file.Path;

/** A data file: idx images with their labels (see {@link IdxData#isIdx}), otherwise CSV. */
public final class DataFiles {
  private DataFiles() {}

  /**
   * @throws IOException naming the file (and, for CSV, the line and column) of what is wrong
   */
  public static Dataset read(Path file) throws IOException {
    if (IdxData.isIdx(file)) {
      return IdxData.read(file);
    }
    try {
      return CsvData.read(file);
    } catch (CsvFormatException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  /** Whether the file holds labels or targets, read from as little of it as tells. */
  public static Task readTask(Path file) throws IOException {
    if (IdxData.isIdx(file)) {
      IdxData.labelsFile(file);
      return Task.CLASSIFICATION;
    }
    try {
      return CsvData.readTask(file);
    } catch (CsvFormatException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }
}
