package lab.backprop.cli;

import java.io.IOException;
import java.nio.file.Path;
import lab.backprop.data.CsvData;
import lab.backprop.data.CsvFormatException;
import lab.backprop.data.Dataset;
import lab.backprop.io.InputFormatException;
import picocli.CommandLine.Option;

/** Train on a CSV file instead of a generated data set. */
final class DataFileOption {
  @Option(
      names = "--data",
      paramLabel = "FILE.csv",
      description =
          "Use the points of this CSV (x1,x2,label or x1,x2,target) instead of generating them;"
              + " --name, --n, --noise, --no-shuffle and --classes are then ignored.")
  Path file;

  /** The data of the file, or null when no file was given. */
  Dataset load() throws IOException {
    if (file == null) {
      return null;
    }
    try {
      return CsvData.read(file);
    } catch (CsvFormatException e) {
      throw new InputFormatException(file + ": " + e.getMessage());
    }
  }
}
