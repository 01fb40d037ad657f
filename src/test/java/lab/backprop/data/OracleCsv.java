package lab.backprop.data;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import lab.backprop.OracleFiles;

/** A reference CSV of oracle-samples/moons, parsed here without {@link CsvData}. */
record OracleCsv(double[][] X, int[] labels) {

  static OracleCsv moons(String fileName) throws IOException {
    List<String> lines = Files.readAllLines(OracleFiles.oracle("moons/" + fileName));
    if (!lines.get(0).equals("x1,x2,label")) {
      throw new IllegalStateException("unexpected header " + lines.get(0));
    }
    List<String> rows = lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
    double[][] X = new double[rows.size()][];
    int[] labels = new int[rows.size()];
    for (int n = 0; n < rows.size(); n++) {
      String[] cells = rows.get(n).split(",");
      X[n] = new double[] {Double.parseDouble(cells[0]), Double.parseDouble(cells[1])};
      labels[n] = Integer.parseInt(cells[2]);
    }
    return new OracleCsv(X, labels);
  }
}
