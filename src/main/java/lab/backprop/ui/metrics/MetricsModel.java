package lab.backprop.ui.metrics;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import lab.backprop.data.Dataset;
import lab.backprop.train.ConfusionMatrix;
import lab.backprop.train.Predictions;
import lab.backprop.train.Snapshot;
import lab.backprop.ui.common.EpochText;

/**
 * The live confusion matrix: from the predictions the trainer measured with its metrics (so its
 * accuracy is the status line's), of the test rows when there are any and {@link #testRows} is on,
 * else of the training rows. Null for regression. Used on one thread (the FX thread).
 */
public final class MetricsModel {
  private final BooleanProperty testRows = new SimpleBooleanProperty(this, "testRows", true);
  private final ReadOnlyObjectWrapper<ConfusionTable> table =
      new ReadOnlyObjectWrapper<>(this, "table");
  private Predictions shown;
  private boolean shownTest;

  public MetricsModel() {
    testRows.addListener((o, was, is) -> shown = null);
  }

  /** Takes the newest snapshot (once per frame); recomputes when its predictions are new. */
  public void update(Snapshot s) {
    Predictions p = s.predictions();
    if (p == shown && testRows.get() == shownTest) {
      return;
    }
    shown = p;
    shownTest = testRows.get();
    table.set(p == null ? null : table(s, p, testRows.get()));
  }

  static ConfusionTable table(Snapshot s, Predictions p, boolean wantTest) {
    boolean test = wantTest && p.test() != null && s.test() != null && s.test().size() > 0;
    Dataset data = test ? s.test() : s.train();
    Predictions.Rows rows = test ? p.test() : p.train();
    if (rows.size() != data.size()) {
      return null;
    }
    int k = p.classes();
    ConfusionMatrix m = ConfusionMatrix.of(data.labels(), rows.classes(), k);
    int[][] counts = new int[k][k];
    double[] precision = new double[k];
    double[] recall = new double[k];
    for (int a = 0; a < k; a++) {
      for (int q = 0; q < k; q++) {
        counts[a][q] = m.count(a, q);
      }
      precision[a] = m.precision(a);
      recall[a] = m.recall(a);
    }
    String title =
        String.format(
            Locale.ROOT,
            "%s rows (%,d), epoch %s: accuracy %.1f %%",
            test ? "Test" : "Training",
            m.total(),
            EpochText.of(s.metricsEpoch()),
            100 * m.accuracy());
    return new ConfusionTable(
        counts, precision, recall, m.accuracy(), m.total(), title, data.classNames().names());
  }

  /** Test rows (when there are any) or training rows. */
  public BooleanProperty testRowsProperty() {
    return testRows;
  }

  /** The table to draw; null for regression or before the first measurement. */
  public ReadOnlyObjectProperty<ConfusionTable> tableProperty() {
    return table.getReadOnlyProperty();
  }
}
