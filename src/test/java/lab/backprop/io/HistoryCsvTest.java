package lab.backprop.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import lab.backprop.train.CurveBreak;
import lab.backprop.train.History;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCsvTest {
  @TempDir Path dir;

  private static final double NAN = Double.NaN;

  private static String csv(History h) throws IOException {
    StringWriter out = new StringWriter();
    HistoryCsv.write(out, h);
    return out.toString();
  }

  @Test
  void wholeEpochsAsIntegersFractionsAndValuesInFullAndGapsEmpty() throws IOException {
    History h =
        History.of(
            new double[] {0, 0.25, 1, 1, 2},
            new double[] {0.6931471805599453, 0.5, NAN, NAN, 0.125},
            new double[] {0.7, 0.1 + 0.2, NAN, NAN, 0.25},
            new double[] {0.5, 0.75, NAN, NAN, 1},
            new double[] {0.5, 0.625, NAN, NAN, 0.875},
            new CurveBreak[] {null, null, null, CurveBreak.DIVERGED, null});

    assertThat(csv(h))
        .isEqualTo(
            """
            epoch,train_loss,test_loss,train_accuracy,test_accuracy
            0,0.6931471805599453,0.7,0.5,0.5
            0.25,0.5,0.30000000000000004,0.75,0.625
            1,,,,
            1,,,,
            2,0.125,0.25,1.0,0.875
            """);
  }

  @Test
  void regressionWithoutTestLeavesThoseColumnsEmpty() throws IOException {
    History h =
        History.of(
            new double[] {3},
            new double[] {1.5},
            new double[] {NAN},
            new double[] {NAN},
            new double[] {NAN},
            new CurveBreak[] {null});

    assertThat(csv(h)).isEqualTo(HistoryCsv.HEADER + "\n3,1.5,,,\n");
  }

  @Test
  void anEmptyHistoryIsTheHeaderAlone() throws IOException {
    assertThat(csv(History.EMPTY))
        .isEqualTo("epoch,train_loss,test_loss,train_accuracy,test_accuracy\n");
  }

  @Test
  void integersUpToTenToTheFifteenAndHugeOrNegativeEpochsInDoubleForm() throws IOException {
    History h =
        History.of(
            new double[] {999_999_999_999_999.0, 1e15, -2, -1e15},
            new double[] {1, 1, 1, 1},
            new double[] {NAN, NAN, NAN, NAN},
            new double[] {NAN, NAN, NAN, NAN},
            new double[] {NAN, NAN, NAN, NAN},
            new CurveBreak[4]);

    assertThat(csv(h).lines().skip(1).map(line -> line.split(",")[0]))
        .containsExactly("999999999999999", "1.0E15", "-2", "-1.0E15");
  }

  @Test
  void writesTheFile() throws IOException {
    History h =
        History.of(
            new double[] {0, 1},
            new double[] {0.5, 0.25},
            new double[] {NAN, NAN},
            new double[] {NAN, NAN},
            new double[] {NAN, NAN},
            new CurveBreak[2]);
    Path file = dir.resolve("history.csv");
    HistoryCsv.write(file, h);

    assertThat(Files.readString(file)).isEqualTo(HistoryCsv.HEADER + "\n0,0.5,,,\n1,0.25,,,\n");
  }
}
