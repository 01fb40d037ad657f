package lab.backprop.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * CSV with a header {@code x1,x2,…,xD,label} (classification) or {@code x1,…,xD,target}
 * (regression): D ≥ 1 feature columns, then the label or target; doubles written in full precision
 * ({@link Double#toString}).
 *
 * <p>Reading is strict: the header is required (it decides the task and the number of features),
 * every row has exactly as many comma-separated cells as the header, features and targets are
 * finite decimal numbers, labels are integers 0 … {@value #MAX_LABEL}. Spaces around a cell, a
 * UTF-8 byte-order mark, CRLF line ends and blank lines at the end of the file are accepted. Only a
 * regular file of at most {@link #MAX_BYTES} of UTF-8 text is read (see {@link InputFiles}). The
 * data set has {@code max(2, largest label + 1)} classes and is named after the file (without
 * {@code .csv}).
 */
public final class CsvData {
  /** The largest CSV file read: 64 MiB (about two million rows of 2 features), checked first. */
  public static final long MAX_BYTES = 64L << 20;

  /** The largest label a file may hold. */
  public static final int MAX_LABEL = 99;

  public static final String CLASSIFICATION_HEADER = "x1,x2,label";
  public static final String REGRESSION_HEADER = "x1,x2,target";

  private static final String EXPECTED_HEADER =
      "expected the header x1,…,xD,label or x1,…,xD,target (D features, e.g. "
          + CLASSIFICATION_HEADER
          + ")";

  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern LABEL = Pattern.compile("\\d+");

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
      return read(in, datasetName(file));
    }
  }

  /** Reads a data set named {@code name} from CSV text (e.g. a built-in data set's resource). */
  static Dataset read(BufferedReader in, String name) throws IOException {
    Header header = readHeader(in);
    Columns columns = new Columns(header);
    int lineNumber = 1;
    int firstBlank = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        firstBlank = firstBlank == 0 ? lineNumber : firstBlank;
        continue;
      }
      if (firstBlank != 0) { // blank lines are accepted at the end only
        cells("", firstBlank, header);
      }
      columns.add(cells(line, lineNumber, header), lineNumber);
    }
    if (columns.rows == 0) {
      throw new CsvFormatException(2, 1, "no data rows after the header, expected at least one");
    }
    return columns.dataset(name);
  }

  /** Reads only the header: whether the file holds labels or targets. */
  public static Task readTask(Path file) throws IOException {
    try (BufferedReader in = open(file)) {
      return readHeader(in).task;
    }
  }

  private static BufferedReader open(Path file) throws IOException {
    return new BufferedReader(InputFiles.openText(file, MAX_BYTES, "a CSV file"));
  }

  /** The task and the number of feature columns a header announces. */
  private record Header(Task task, int features) {
    String last() {
      return task == Task.CLASSIFICATION ? "label" : "target";
    }

    /** E.g. "x1,x2,label" or "x1,x2,…,x784,label". */
    String text() {
      String head = features <= 4 ? columnNames(features) : "x1,x2,…,x" + features;
      return head + "," + last();
    }
  }

  private static String columnNames(int features) {
    StringBuilder names = new StringBuilder();
    for (int d = 1; d <= features; d++) {
      names.append(d > 1 ? "," : "").append('x').append(d);
    }
    return names.toString();
  }

  private static Header readHeader(BufferedReader in) throws IOException {
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
          1, 1, (empty ? "the file is empty" : "the first line is blank") + ", " + EXPECTED_HEADER);
    }
    return readHeader(header);
  }

  /** The parsed rows so far, in growing primitive arrays (features row by row). */
  private static final class Columns {
    private final Header header;
    private final int features;
    private double[] x;
    private int[] labels;
    private double[] targets;
    private int rows;
    private int maxLabel;

    Columns(Header header) {
      this.header = header;
      this.features = header.features;
      int capacity = 1024;
      x = new double[capacity * features];
      if (header.task == Task.CLASSIFICATION) {
        labels = new int[capacity];
      } else {
        targets = new double[capacity];
      }
    }

    void add(String[] cells, int lineNumber) throws CsvFormatException {
      if ((rows + 1) * features > x.length) {
        int capacity = rows * 2;
        x = Arrays.copyOf(x, capacity * features);
        labels = labels == null ? null : Arrays.copyOf(labels, capacity);
        targets = targets == null ? null : Arrays.copyOf(targets, capacity);
      }
      for (int d = 0; d < features; d++) {
        x[rows * features + d] = number(cells[d], lineNumber, d + 1, "x" + (d + 1));
      }
      if (header.task == Task.CLASSIFICATION) {
        labels[rows] = label(cells[features], lineNumber, features + 1);
        maxLabel = Math.max(maxLabel, labels[rows]);
      } else {
        targets[rows] = number(cells[features], lineNumber, features + 1, "target");
      }
      rows++;
    }

    Dataset dataset(String name) {
      double[][] X = new double[rows][];
      for (int r = 0; r < rows; r++) {
        X[r] = Arrays.copyOfRange(x, r * features, (r + 1) * features);
      }
      return header.task == Task.CLASSIFICATION
          ? Dataset.classification(name, X, Arrays.copyOf(labels, rows), Math.max(2, maxLabel + 1))
          : Dataset.regression(name, X, Arrays.copyOf(targets, rows));
    }
  }

  private static Header readHeader(String line) throws CsvFormatException {
    String[] cells = line.split(",", -1);
    int features = cells.length - 1;
    if (features == 0) {
      throw new CsvFormatException(1, 1, EXPECTED_HEADER + ", got \"" + line.strip() + "\"");
    }
    for (int c = 0; c < features; c++) {
      String name = cells[c].strip();
      if (!name.equals("x" + (c + 1))) {
        throw new CsvFormatException(
            1,
            c + 1,
            "header \"" + name + "\", expected \"x" + (c + 1) + "\" (" + EXPECTED_HEADER + ")");
      }
    }
    String last = cells[features].strip();
    if (last.equals("label")) {
      return new Header(Task.CLASSIFICATION, features);
    }
    if (last.equals("target")) {
      return new Header(Task.REGRESSION, features);
    }
    throw new CsvFormatException(
        1,
        features + 1,
        "header \"" + last + "\", expected \"label\" or \"target\" (" + EXPECTED_HEADER + ")");
  }

  private static String[] cells(String line, int lineNumber, Header header)
      throws CsvFormatException {
    String[] cells = line.split(",", -1);
    int expected = header.features + 1;
    if (cells.length != expected) {
      int column = cells.length < expected ? cells.length + 1 : expected + 1;
      throw new CsvFormatException(
          lineNumber,
          column,
          "expected "
              + expected
              + " columns ("
              + header.text()
              + "), found "
              + cells.length
              + ": \""
              + abbreviated(line)
              + "\"");
    }
    return cells;
  }

  private static String abbreviated(String line) {
    return line.length() <= 80 ? line : line.substring(0, 77) + "…";
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

  private static int label(String cell, int line, int column) throws CsvFormatException {
    String text = cell.strip();
    if (!LABEL.matcher(text).matches()) {
      throw new CsvFormatException(
          line,
          column,
          "label \"" + text + "\" is not a non-negative integer (0 … " + MAX_LABEL + ")");
    }
    if (text.length() > 4 || Integer.parseInt(text) > MAX_LABEL) {
      throw new CsvFormatException(
          line, column, "label " + text + " is too large, expected 0 … " + MAX_LABEL);
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

  /** Writes the header and the rows to {@code out} (the caller makes the file, e.g. atomically). */
  public static void write(Dataset data, Writer out) throws IOException {
    boolean labelled = data.task() == Task.CLASSIFICATION;
    out.write(columnNames(data.dimension()));
    out.write(labelled ? ",label\n" : ",target\n");
    StringBuilder row = new StringBuilder(64);
    for (int n = 0; n < data.size(); n++) {
      row.setLength(0);
      for (int d = 0; d < data.dimension(); d++) {
        row.append(data.x(n, d)).append(',');
      }
      if (labelled) {
        row.append(data.label(n));
      } else {
        row.append(data.target(n));
      }
      out.append(row).append('\n');
    }
  }
}
