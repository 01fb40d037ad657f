package lab.backprop.data;

import java.io.IOException;

/** A CSV file that cannot be read; the message names the line and column. */
public final class CsvFormatException extends IOException {
  private final int line;
  private final int column;

  public CsvFormatException(int line, int column, String message) {
    super("line " + line + ", column " + column + ": " + message);
    this.line = line;
    this.column = column;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
