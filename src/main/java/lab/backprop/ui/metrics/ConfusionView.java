package lab.backprop.ui.metrics;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import lab.backprop.ui.common.Controls;
import lab.backprop.ui.common.Palette;

/**
 * The confusion matrix (rows: true class, columns: predicted class; a cell's shade is its share of
 * the row), with each class's recall at the end of its row and its precision under its column.
 */
public final class ConfusionView extends Region {
  private final Canvas canvas = new Canvas();
  private final CheckBox testRows = new CheckBox("Test rows");
  private ConfusionTable table;

  public ConfusionView(MetricsModel model) {
    setId("confusionView");
    testRows.setId("confusionTestRows");
    testRows.selectedProperty().bindBidirectional(model.testRowsProperty());
    Controls.tip(testRows, "Count the test rows (when there are any); off: the training rows.");
    getChildren().addAll(canvas, testRows);
    model.tableProperty().addListener((o, was, is) -> show(is));
    show(model.tableProperty().get());
    setMinSize(120, 120);
  }

  /** The table shown (null: nothing to show). */
  public ConfusionTable table() {
    return table;
  }

  private void show(ConfusionTable t) {
    table = t;
    draw();
  }

  @Override
  protected void layoutChildren() {
    double w = getWidth();
    double h = getHeight();
    testRows.resizeRelocate(
        w - testRows.prefWidth(-1) - 8, 4, testRows.prefWidth(-1), testRows.prefHeight(-1));
    if (canvas.getWidth() != w || canvas.getHeight() != h) {
      canvas.setWidth(w);
      canvas.setHeight(h);
      draw();
    }
  }

  private void draw() {
    GraphicsContext g = canvas.getGraphicsContext2D();
    double w = canvas.getWidth();
    double h = canvas.getHeight();
    g.clearRect(0, 0, w, h);
    g.setFill(Color.rgb(40, 40, 40));
    g.setTextBaseline(VPos.CENTER);
    if (table == null) {
      g.setFont(Font.font(14));
      g.setTextAlign(TextAlignment.LEFT);
      g.fillText("The confusion matrix needs classes (this data set has targets).", 12, 18);
      return;
    }
    int k = table.classes();
    g.setFont(Font.font(null, FontWeight.BOLD, 14));
    g.setTextAlign(TextAlignment.LEFT);
    g.fillText(table.title(), 12, 16);
    double top = 56;
    double left = 70;
    // k class columns + recall; k class rows + precision
    double cell =
        Math.max(14, Math.min(56, Math.min((w - left - 16) / (k + 1.6), (h - top - 12) / (k + 1))));
    double font = Math.max(9, Math.min(15, cell * 0.36));
    g.setFont(Font.font(12));
    g.setTextAlign(TextAlignment.CENTER);
    g.fillText("predicted class →", left + k * cell / 2, top - 26);
    g.setTextAlign(TextAlignment.RIGHT);
    g.fillText("true ↓", left - 8, top - 26);
    g.setFont(Font.font(font));
    for (int c = 0; c < k; c++) {
      g.setTextAlign(TextAlignment.CENTER);
      g.setFill(Palette.classColor(c).darker());
      g.fillText(Integer.toString(c), left + (c + 0.5) * cell, top - 9);
      g.setTextAlign(TextAlignment.RIGHT);
      g.fillText(Integer.toString(c), left - 8, top + (c + 0.5) * cell);
    }
    g.setFill(Color.rgb(40, 40, 40));
    g.setTextAlign(TextAlignment.CENTER);
    g.fillText("recall", left + (k + 0.8) * cell, top - 9);
    g.setTextAlign(TextAlignment.RIGHT);
    g.fillText("precision", left - 8, top + (k + 0.5) * cell);
    for (int a = 0; a < k; a++) {
      int rowTotal = 0;
      for (int q = 0; q < k; q++) {
        rowTotal += table.counts()[a][q];
      }
      for (int q = 0; q < k; q++) {
        int n = table.counts()[a][q];
        double share = rowTotal == 0 ? 0 : (double) n / rowTotal;
        Color base = a == q ? Color.rgb(0, 114, 178) : Color.rgb(213, 94, 0);
        g.setFill(Color.WHITE.interpolate(base, n == 0 ? 0 : 0.15 + 0.75 * share));
        g.fillRect(left + q * cell, top + a * cell, cell - 1, cell - 1);
        g.setFill(share > 0.55 ? Color.WHITE : Color.rgb(30, 30, 30));
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(Integer.toString(n), left + (q + 0.5) * cell, top + (a + 0.5) * cell);
      }
      g.setFill(Color.rgb(30, 30, 30));
      g.fillText(pct(table.recall()[a]), left + (k + 0.8) * cell, top + (a + 0.5) * cell);
      g.fillText(pct(table.precision()[a]), left + (a + 0.5) * cell, top + (k + 0.5) * cell);
    }
  }

  /** A share as "97 %" (to the unit), "–" when undefined. */
  static String pct(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.0f%%", 100 * v);
  }
}
