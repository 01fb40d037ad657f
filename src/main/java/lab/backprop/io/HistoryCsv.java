package lab.backprop.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import lab.backprop.train.History;

/**
 * The loss and accuracy history as CSV, in the columns of {@code train --log}: {@code
 * epoch,train_loss,test_loss,train_accuracy,test_accuracy}, numbers in full precision, an empty
 * field where a value does not exist (no test set, regression, the break after a divergence).
 */
public final class HistoryCsv {
  public static final String HEADER = "epoch,train_loss,test_loss,train_accuracy,test_accuracy";

  private HistoryCsv() {}

  public static void write(Path file, History h) throws IOException {
    AtomicFiles.write(file, out -> write(out, h));
  }

  static void write(Writer out, History h) throws IOException {
    out.write(HEADER + "\n");
    for (int k = 0; k < h.size(); k++) {
      out.write(
          epoch(h.epoch(k))
              + ","
              + number(h.trainLoss(k))
              + ","
              + number(h.testLoss(k))
              + ","
              + number(h.trainAccuracy(k))
              + ","
              + number(h.testAccuracy(k))
              + "\n");
    }
  }

  /** A whole epoch as a whole number; a fraction (a point within an epoch) in full. */
  private static String epoch(double e) {
    return e == Math.rint(e) && Math.abs(e) < 1e15 ? Long.toString((long) e) : Double.toString(e);
  }

  private static String number(double v) {
    return Double.isNaN(v) ? "" : Double.toString(v);
  }
}
