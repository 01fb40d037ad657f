package lab.backprop.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import lab.backprop.run.SweepGrid;
import lab.backprop.train.FixedRun;

/**
 * The sweep's CSV: a column per varied name, then seed, train_loss, test_loss, train_accuracy,
 * test_accuracy, diverged. Numbers are written as {@link Double#toString}, the shortest text that
 * reads back to the same double; a value that does not exist (no test rows, no classes, a diverged
 * run) is an empty field. A value holding a comma (hidden=8,8) is quoted as RFC 4180 says.
 */
final class SweepCsv {
  static final String RESULT_COLUMNS =
      "seed,train_loss,test_loss,train_accuracy,test_accuracy,diverged";

  private SweepCsv() {}

  static void write(
      Writer csv, List<SweepGrid.Axis> axes, List<SweepGrid.Run> runs, FixedRun.Result[] results)
      throws IOException {
    StringBuilder header = new StringBuilder();
    for (SweepGrid.Axis axis : axes) {
      header.append(axis.name()).append(',');
    }
    csv.write(header + RESULT_COLUMNS + "\n");
    for (int i = 0; i < runs.size(); i++) {
      csv.write(row(runs.get(i), results[i]));
    }
  }

  private static String row(SweepGrid.Run run, FixedRun.Result r) {
    StringBuilder row = new StringBuilder();
    for (String value : run.values()) {
      row.append(quoted(value)).append(',');
    }
    row.append(run.seed()).append(',');
    FixedRun.Metrics train = r.train();
    FixedRun.Metrics test = r.test();
    row.append(number(train == null ? Double.NaN : train.loss())).append(',');
    row.append(number(test == null ? Double.NaN : test.loss())).append(',');
    row.append(number(train == null ? Double.NaN : train.accuracy())).append(',');
    row.append(number(test == null ? Double.NaN : test.accuracy())).append(',');
    return row.append(r.diverged()).append('\n').toString();
  }

  private static String number(double v) {
    return Double.isNaN(v) ? "" : Double.toString(v);
  }

  private static String quoted(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
