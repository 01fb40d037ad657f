package lab.backprop.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * CSV with a header {@code x1,x2,label} (classification) or {@code x1,x2,target} (regression),
 * doubles written in full precision ({@link Double#toString}).
 *
 * <p>Reading is strict: the header is required (it decides the task), every row has exactly three
 * comma-separated cells, coordinates and targets are finite decimal numbers, labels are integers 0
 * … {@value #MAX_LABEL}. Spaces around a cell, a UTF-8 byte-order mark, CRLF line ends and blank
 * lines at the end of the file are accepted. Only a regular file of at most {@link #MAX_BYTES} of
 * UTF-8 text is read (see {@link InputFiles}). The data set has {@code max(2, largest label + 1)}
 * classes and is named after the file (without {@code .csv}).
 */
public final class CsvData {
  /** The largest CSV file read: 64 MiB (about two million rows), checked before reading. */
  public static final long MAX_BYTES = 64L << 20;

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
   * Reads a data set, holding only the parsed numbers (the text is read line by line).
   *
   * @throws CsvFormatException naming the line and column of the first bad value
   * @throws IOException naming the file when it is not a regular file, is larger than {@link
   *     #MAX_BYTES}, cannot be read or is not UTF-8 text
   */
  public static Dataset read(Path file) throws IOException {
    try (BufferedReader in = open(file)) {
      Task task = readHeader(in);
      Columns columns = new Columns(task);
      int lineNumber = 1;
      int firstBlank = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          firstBlank = firstBlank == 0 ? lineNumber : firstBlank;
          continue;
        }
        if (firstBlank != 0) { // blank lines are accepted at the end only
          cells("", firstBlank, task);
        }
        columns.add(cells(line, lineNumber, task), lineNumber);
      }
      if (columns.rows == 0) {
        throw new CsvFormatException(2, 1, "no data rows after the header, expected at least one");
      }
      return columns.dataset(datasetName(file));
    }
  }

  /** Reads only the header: whether the file holds labels or targets. */
  public static Task readTask(Path file) throws IOException {
    try (BufferedReader in = open(file)) {
      return readHeader(in);
    }
  }

  private static BufferedReader open(Path file) throws IOException {
    return new BufferedReader(InputFiles.openText(file, MAX_BYTES, "a CSV file"));
  }

  private static Task readHeader(BufferedReader in) throws IOException {
    String header = in.readLine();
    boolean empty = header == null;
    if (header != null && header.isBlank()) {
      String line = in.readLine();
      while (line != null && line.isBlank()) {
        line = in.readLine();
      }
      empty = line == null;
    }
    if (empty || header.isBlank()) {
      throw new CsvFormatException(
          1,
          1,
          (empty ? "the file is empty" : "the first line is blank")
              + ", expected the header "
              + CLASSIFICATION_HEADER
              + " or "
              + REGRESSION_HEADER);
    }
    return readHeader(header);
  }

  /** The parsed rows so far, in growing primitive arrays. */
  private static final class Columns {
    private final Task task;
    private double[] x1 = new double[1024];
    private double[] x2 = new double[1024];
    private int[] labels;
    private double[] targets;
    private int rows;
    private int maxLabel;

    Columns(Task task) {
      this.task = task;
      if (task == Task.CLASSIFICATION) {
        labels = new int[1024];
      } else {
        targets = new double[1024];
      }
    }

    void add(String[] cells, int lineNumber) throws CsvFormatException {
      if (rows == x1.length) {
        int capacity = rows * 2;
        x1 = Arrays.copyOf(x1, capacity);
        x2 = Arrays.copyOf(x2, capacity);
        labels = labels == null ? null : Arrays.copyOf(labels, capacity);
        targets = targets == null ? null : Arrays.copyOf(targets, capacity);
      }
      x1[rows] = number(cells[0], lineNumber, 1, "x1");
      x2[rows] = number(cells[1], lineNumber, 2, "x2");
      if (task == Task.CLASSIFICATION) {
        labels[rows] = label(cells[2], lineNumber);
        maxLabel = Math.max(maxLabel, labels[rows]);
      } else {
        targets[rows] = number(cells[2], lineNumber, 3, "target");
      }
      rows++;
    }

    Dataset dataset(String name) {
      double[][] X = new double[rows][];
      for (int r = 0; r < rows; r++) {
        X[r] = new double[] {x1[r], x2[r]};
      }
      return task == Task.CLASSIFICATION
          ? Dataset.classification(name, X, Arrays.copyOf(labels, rows), Math.max(2, maxLabel + 1))
          : Dataset.regression(name, X, Arrays.copyOf(targets, rows));
    }
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
   * Writes the header and the rows to {@code out} (the caller makes the file, e.g. atomically).
   *
   * @throws IllegalArgumentException if the data set does not have 2 features
   */
  public static void write(Dataset data, Writer out) throws IOException {
    if (data.dimension() != 2) {
      throw new IllegalArgumentException(
          "CSV holds x1,x2: the data set has " + data.dimension() + " features, expected 2");
    }
    boolean labelled = data.task() == Task.CLASSIFICATION;
    out.write(labelled ? CLASSIFICATION_HEADER : REGRESSION_HEADER);
    out.write('\n');
    StringBuilder row = new StringBuilder(64);
    for (int n = 0; n < data.size(); n++) {
      row.setLength(0);
      row.append(data.x(n, 0)).append(',').append(data.x(n, 1)).append(',');
      if (labelled) {
        row.append(data.label(n));
      } else {
        row.append(data.target(n));
      }
      out.append(row).append('\n');
    }
  }
}
