package lab.backprop.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvDataTest {
  @TempDir Path dir;

  @Test
  void classificationRoundTripIsExact() throws IOException {
    double[][] X = {
      {0.1, -0.0}, {Math.PI, -1e-300}, {Double.MIN_VALUE, 1.7976931348623157e308}, {1e20, 3.0}
    };
    Dataset data = Dataset.classification("d", X, new int[] {0, 2, 1, 2}, 3);
    Path file = dir.resolve("d.csv");
    writeCsv(data, file);
    Dataset back = CsvData.read(file);
    assertThat(back).isEqualTo(data);
    assertThat(Double.doubleToRawLongBits(back.x(0, 1)))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(Files.readAllLines(file).get(0)).isEqualTo("x1,x2,label");
  }

  @Test
  void regressionRoundTripIsExactForGeneratedData() throws IOException {
    Dataset data = Generators.regression(300, 0.1, 4, true);
    Path file = dir.resolve("regression.csv");
    writeCsv(data, file);
    assertThat(Files.readAllLines(file).get(0)).isEqualTo("x1,x2,target");
    assertThat(CsvData.read(file)).isEqualTo(data);
  }

  @Test
  void acceptsSpacesBomCrlfAndTrailingBlankLines() throws IOException {
    Path file = write("\uFEFFx1, x2 , label\r\n 1.5 ,-2e-3, 1\r\n0,0,0\r\n\r\n\n");
    Dataset data = CsvData.read(file);
    assertThat(data.features()).isDeepEqualTo(new double[][] {{1.5, -0.002}, {0, 0}});
    assertThat(data.labels()).containsExactly(1, 0);
  }

  @Test
  void classesAreTheLargestLabelPlusOne() throws IOException {
    assertThat(CsvData.read(write("x1,x2,label\n0,0,4\n1,1,0\n")).classes()).isEqualTo(5);
    assertThat(CsvData.read(write("x1,x2,label\n0,0,0\n")).classes()).isEqualTo(2);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|1|1|the file is empty, expected the header x1,…,xD,label or x1,…,xD,target",
        "'\n\n'|1|1|the file is empty",
        "'x1,x2,label\n'|2|1|no data rows after the header",
        "'1.0,2.0,0\n'|1|1|header \"1.0\", expected \"x1\"",
        "'x1,x2\n1,2\n'|1|2|header \"x2\", expected \"label\" or \"target\"",
        "'label\n1\n'|1|1|expected the header x1,…,xD,label or x1,…,xD,target (D features, e.g. x1,x2,label), got \"label\"",
        "'x1,x2,x3,x4,label\n1,2,3,4,0\n1,2,3,0\n'|3|5|expected 5 columns (x1,x2,x3,x4,label), found 4",
        "'x1,x2,x4,label\n1,2,3,0\n'|1|3|header \"x4\", expected \"x3\"",
        "'x1,x2,x3,x4,label\n1,2,3,x,0\n'|2|4|\"x\" is not a number (expected x4)",
        "'x1,x2,x3,x4,label\n1,2,3,4,-1\n'|2|5|label \"-1\" is not a non-negative integer",
        "'x1,x2,class\n1,2,0\n'|1|3|header \"class\", expected \"label\" or \"target\"",
        "'x1,y,label\n1,2,0\n'|1|2|header \"y\", expected \"x2\"",
        "'x1,x2,label\n1,2,0\n3,4\n'|3|3|expected 3 columns (x1,x2,label), found 2",
        "'x1,x2,label\n1,2,0,5\n'|2|4|expected 3 columns (x1,x2,label), found 4",
        "'x1,x2,label\n1,2,0\n\n3,4,1\n'|3|2|expected 3 columns (x1,x2,label), found 1",
        "'x1,x2,label\n1,2,0\n1,2,0\n1,2,0\n5,abc,1\n'|5|2|\"abc\" is not a number (expected x2)",
        "'x1,x2,label\n,2,0\n'|2|1|empty cell, expected a number for x1",
        "'x1,x2,label\nNaN,2,0\n'|2|1|\"NaN\" is not a number",
        "'x1,x2,label\nInfinity,2,0\n'|2|1|\"Infinity\" is not a number",
        "'x1,x2,label\n0x1p3,2,0\n'|2|1|\"0x1p3\" is not a number",
        "'x1,x2,label\n1e999,2,0\n'|2|1|\"1e999\" is out of the range of a double",
        "'x1,x2,label\n1,2,-1\n'|2|3|label \"-1\" is not a non-negative integer",
        "'x1,x2,label\n1,2,1.0\n'|2|3|label \"1.0\" is not a non-negative integer",
        "'x1,x2,label\n1,2,\n'|2|3|label \"\" is not a non-negative integer",
        "'x1,x2,label\n1,2,100\n'|2|3|label 100 is too large, expected 0 … 99",
        "'x1,x2,label\n1,2,99999999999\n'|2|3|label 99999999999 is too large",
        "'x1,x2,target\n1,2,0.5\n1,2,x\n'|3|3|\"x\" is not a number (expected target)",
      })
  void badInputNamesLineColumnAndWhatWasExpected(
      String content, int line, int column, String message) throws IOException {
    Path file = write(content);
    assertThatThrownBy(() -> CsvData.read(file))
        .isInstanceOfSatisfying(
            CsvFormatException.class,
            e -> {
              assertThat(e.line()).isEqualTo(line);
              assertThat(e.column()).isEqualTo(column);
            })
        .hasMessageStartingWith("line " + line + ", column " + column + ": ")
        .hasMessageContaining(message);
  }

  @Test
  void anyNumberOfFeaturesRoundTripsExactly() throws IOException {
    Dataset one = Dataset.regression("one", new double[][] {{0.5}, {-2}}, new double[] {1, 2});
    Path oneFile = dir.resolve("one.csv");
    writeCsv(one, oneFile);
    assertThat(Files.readAllLines(oneFile)).containsExactly("x1,target", "0.5,1.0", "-2.0,2.0");
    assertThat(CsvData.read(oneFile)).isEqualTo(one);

    double[][] X = {{5.1, 3.5, 1.4, 0.2}, {7.0, 3.2, 4.7, 1.4}, {6.3, 3.3, 6.0, 2.5}};
    Dataset four = Dataset.classification("four", X, new int[] {0, 1, 2}, 3);
    Path fourFile = dir.resolve("four.csv");
    writeCsv(four, fourFile);
    assertThat(Files.readAllLines(fourFile))
        .containsExactly(
            "x1,x2,x3,x4,label", "5.1,3.5,1.4,0.2,0", "7.0,3.2,4.7,1.4,1", "6.3,3.3,6.0,2.5,2");
    Dataset back = CsvData.read(fourFile);
    assertThat(back).isEqualTo(four);
    assertThat(back.dimension()).isEqualTo(4);
  }

  @Test
  void aWideRowsErrorAbbreviatesTheHeader() throws IOException {
    StringBuilder header = new StringBuilder();
    for (int d = 1; d <= 10; d++) {
      header.append('x').append(d).append(',');
    }
    Path file = write(header + "label\n1,2\n");
    assertThatThrownBy(() -> CsvData.read(file))
        .hasMessage("line 2, column 3: expected 11 columns (x1,x2,…,x10,label), found 2: \"1,2\"");
  }

  private static void writeCsv(Dataset data, Path file) throws IOException {
    try (java.io.Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      CsvData.write(data, out);
    }
  }

  private Path write(String content) throws IOException {
    Path file = Files.createTempFile(dir, "case", ".csv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void thousandsOfRowsAreAllKept() throws IOException {
    // past the first 1,024 rows the columns grow; every row must come back as written
    int n = 2500;
    StringBuilder labelled = new StringBuilder("x1,x2,label\n");
    StringBuilder targets = new StringBuilder("x1,target\n");
    for (int r = 0; r < n; r++) {
      labelled.append(r).append(',').append(-r).append(',').append(r % 3).append('\n');
      targets.append(r).append(',').append(r + 0.5).append('\n');
    }
    Dataset classes = CsvData.read(write(labelled.toString()));
    Dataset regression = CsvData.read(write(targets.toString()));
    assertThat(classes.size()).isEqualTo(n);
    assertThat(regression.size()).isEqualTo(n);
    for (int r = 0; r < n; r++) {
      assertThat(classes.features()[r]).containsExactly(r, -r);
      assertThat(classes.label(r)).isEqualTo(r % 3);
      assertThat(regression.x(r, 0)).isEqualTo(r);
      assertThat(regression.target(r)).isEqualTo(r + 0.5);
    }
  }

  @Test
  void wideRowsAreRead() throws IOException {
    // 40 features per row (an image exported as CSV is wider still)
    int d = 40;
    StringBuilder text = new StringBuilder();
    for (int k = 1; k <= d; k++) {
      text.append('x').append(k).append(',');
    }
    text.append("label\n");
    for (int r = 0; r < 3; r++) {
      for (int k = 0; k < d; k++) {
        text.append(100 * r + k).append(',');
      }
      text.append(r).append('\n');
    }
    Dataset data = CsvData.read(write(text.toString()));
    assertThat(data.dimension()).isEqualTo(d);
    for (int r = 0; r < 3; r++) {
      for (int k = 0; k < d; k++) {
        assertThat(data.x(r, k)).isEqualTo(100 * r + k);
      }
    }
    assertThat(data.labels()).containsExactly(0, 1, 2);
  }

  @Test
  void theLargestLabelAndLeadingZerosAreAccepted() throws IOException {
    Dataset data = CsvData.read(write("x1,label\n0,99\n1,0007\n"));
    assertThat(data.labels()).containsExactly(99, 7);
    assertThat(data.classes()).isEqualTo(100);
  }

  @Test
  void aBadLineIsQuotedWholeUpTo80Characters() throws IOException {
    String eighty = "1," + "2".repeat(78);
    assertThatThrownBy(() -> CsvData.read(write("x1,x2,label\n" + eighty + "\n")))
        .hasMessageEndingWith("found 2: \"" + eighty + "\"");
    String longer = eighty + "3";
    assertThatThrownBy(() -> CsvData.read(write("x1,x2,label\n" + longer + "\n")))
        .hasMessageEndingWith("found 2: \"" + longer.substring(0, 77) + "…\"");
  }

  @Test
  void theHeaderAloneTellsTheTask() throws IOException {
    // a bad data row after the header does not matter
    assertThat(CsvData.readTask(write("x1,x2,label\nnot,a,row\n"))).isEqualTo(Task.CLASSIFICATION);
    assertThat(DataFiles.readTask(write("x1,target\n"))).isEqualTo(Task.REGRESSION);
  }
}
