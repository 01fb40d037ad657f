package lab.backprop.data;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV with a header {@code x1,x2,label} (classification) or {@code x1,x2,target} (regression),
 * doubles written in full precision ({@link Double#toString}).
 *
 * <p>Reading is strict: the header is required (it decides the task), every row has exactly three
 * comma-separated cells, coordinates and targets are finite decimal numbers, labels are integers 0
 * … {@value #MAX_LABEL}. Spaces around a cell, a UTF-8 byte-order mark, CRLF line ends and blank
 * lines at the end of the file are accepted. The data set has {@code max(2, largest label + 1)}
 * classes and is named after the file (without {@code .csv}).
 */
public final class CsvData {
  /** The largest label a file may hold. */
  public static final int MAX_LABEL = 99;

  public static final String CLASSIFICATION_HEADER = "x1,x2,label";
  public static final String REGRESSION_HEADER = "x1,x2,target";

  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern LABEL = Pattern.compile("\\d+");
  private static final String[] COLUMN_NAMES = {"x1", "x2", "label"};

  private CsvData() {}

  /**
   * @throws CsvFormatException naming the line and column of the first bad value
   */
  public static Dataset read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int last = lines.size();
    while (last > 0 && lines.get(last - 1).isBlank()) {
      last--;
    }
    if (last == 0) {
      throw new CsvFormatException(
          1,
          1,
          "the file is empty, expected the header "
              + CLASSIFICATION_HEADER
              + " or "
              + REGRESSION_HEADER);
    }
    Task task = readHeader(stripBom(lines.get(0)));
    int rows = last - 1;
    if (rows == 0) {
      throw new CsvFormatException(2, 1, "no data rows after the header, expected at least one");
    }
    double[][] X = new double[rows][];
    int[] labels = new int[rows];
    double[] targets = new double[rows];
    int maxLabel = 0;
    for (int r = 0; r < rows; r++) {
      int lineNumber = r + 2;
      String[] cells = cells(lines.get(r + 1), lineNumber, task);
      X[r] =
          new double[] {
            number(cells[0], lineNumber, 1, "x1"), number(cells[1], lineNumber, 2, "x2")
          };
      if (task == Task.CLASSIFICATION) {
        labels[r] = label(cells[2], lineNumber);
        maxLabel = Math.max(maxLabel, labels[r]);
      } else {
        targets[r] = number(cells[2], lineNumber, 3, "target");
      }
    }
    String name = datasetName(file);
    return task == Task.CLASSIFICATION
        ? Dataset.classification(name, X, labels, Math.max(2, maxLabel + 1))
        : Dataset.regression(name, X, targets);
  }

  private static String stripBom(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  private static Task readHeader(String line) throws CsvFormatException {
    String[] cells = line.split(",", -1);
    String expected = "expected the header " + CLASSIFICATION_HEADER + " or " + REGRESSION_HEADER;
    if (cells.length != 3) {
      throw new CsvFormatException(
          1, Math.min(cells.length, 3) + 1, expected + ", got \"" + line.strip() + "\"");
    }
    for (int c = 0; c < 2; c++) {
      if (!cells[c].strip().equals(COLUMN_NAMES[c])) {
        throw new CsvFormatException(
            1,
            c + 1,
            "header \""
                + cells[c].strip()
                + "\", expected \""
                + COLUMN_NAMES[c]
                + "\" ("
                + expected
                + ")");
      }
    }
    String third = cells[2].strip();
    if (third.equals("label")) {
      return Task.CLASSIFICATION;
    }
    if (third.equals("target")) {
      return Task.REGRESSION;
    }
    throw new CsvFormatException(
        1, 3, "header \"" + third + "\", expected \"label\" or \"target\" (" + expected + ")");
  }

  private static String[] cells(String line, int lineNumber, Task task) throws CsvFormatException {
    String[] cells = line.split(",", -1);
    if (cells.length != 3) {
      String header = task == Task.CLASSIFICATION ? CLASSIFICATION_HEADER : REGRESSION_HEADER;
      int column = cells.length < 3 ? cells.length + 1 : 4;
      throw new CsvFormatException(
          lineNumber,
          column,
          "expected 3 columns (" + header + "), found " + cells.length + ": \"" + line + "\"");
    }
    return cells;
  }

  private static double number(String cell, int line, int column, String what)
      throws CsvFormatException {
    String text = cell.strip();
    if (text.isEmpty()) {
      throw new CsvFormatException(line, column, "empty cell, expected a number for " + what);
    }
    if (!NUMBER.matcher(text).matches()) {
      throw new CsvFormatException(
          line, column, "\"" + text + "\" is not a number (expected " + what + ")");
    }
    double value = Double.parseDouble(text);
    if (!Double.isFinite(value)) {
      throw new CsvFormatException(
          line, column, "\"" + text + "\" is out of the range of a double (" + what + ")");
    }
    return value;
  }

  private static int label(String cell, int line) throws CsvFormatException {
    String text = cell.strip();
    if (!LABEL.matcher(text).matches()) {
      throw new CsvFormatException(
          line, 3, "label \"" + text + "\" is not a non-negative integer (0 … " + MAX_LABEL + ")");
    }
    if (text.length() > 4 || Integer.parseInt(text) > MAX_LABEL) {
      throw new CsvFormatException(
          line, 3, "label " + text + " is too large, expected 0 … " + MAX_LABEL);
    }
    return Integer.parseInt(text);
  }

  private static String datasetName(Path file) {
    Path fileName = file.getFileName();
    String name = fileName == null ? "data" : fileName.toString();
    return name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
        ? name.substring(0, name.length() - 4)
        : name;
  }

  /**
   * Writes atomically (temporary file in the same folder, then move).
   *
   * @throws IllegalArgumentException if the data set does not have 2 features
   */
  public static void write(Dataset data, Path file) throws IOException {
    if (data.dimension() != 2) {
      throw new IllegalArgumentException(
          "CSV holds x1,x2: the data set has " + data.dimension() + " features, expected 2");
    }
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    try {
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        writeRows(data, out);
      }
      moveIntoPlace(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void writeRows(Dataset data, Writer out) throws IOException {
    boolean labelled = data.task() == Task.CLASSIFICATION;
    out.write(labelled ? CLASSIFICATION_HEADER : REGRESSION_HEADER);
    out.write('\n');
    List<String> row = new ArrayList<>(3);
    for (int n = 0; n < data.size(); n++) {
      row.clear();
      row.add(Double.toString(data.x(n, 0)));
      row.add(Double.toString(data.x(n, 1)));
      row.add(labelled ? Integer.toString(data.label(n)) : Double.toString(data.target(n)));
      out.write(String.join(",", row));
      out.write('\n');
    }
  }

  private static void moveIntoPlace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
