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
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import lab.backprop.ui.common.Controls;
import lab.backprop.ui.common.Palette;

/**
 * The confusion matrix (rows: true class, columns: predicted class; a cell's shade is its share of
 * the row), with each class's recall at the end of its row and its precision under its column. Its
 * type follows the window's type scale ({@link #setTypeScale}); the cells are never smaller than
 * their numbers, so a matrix that does not fit asks for more room (its pane scrolls) rather than
 * shrinking its type.
 */
public final class ConfusionView extends Region {
  /** The size of the numbers and labels at 100 % (the title is larger). */
  public static final double FONT = 12;

  private static final double PAD = 8;

  private final Canvas canvas = new Canvas();
  private final CheckBox testRows = new CheckBox("Test rows");
  private ConfusionTable table;
  private double typeScale = 1;

  public ConfusionView(MetricsModel model) {
    setId("confusionView");
    testRows.setId("confusionTestRows");
    testRows.selectedProperty().bindBidirectional(model.testRowsProperty());
    Controls.tip(testRows, "Count the test rows (when there are any); off: the training rows.");
    getChildren().addAll(canvas, testRows);
    model.tableProperty().addListener((o, was, is) -> show(is));
    show(model.tableProperty().get());
  }

  private final java.util.List<String> drawnClassNames = new java.util.ArrayList<>();

  /** The class names drawn over the columns at the last redraw, left to right (for tests). */
  public java.util.List<String> drawnClassNames() {
    return java.util.List.copyOf(drawnClassNames);
  }

  /** The table shown (null: nothing to show). */
  public ConfusionTable table() {
    return table;
  }

  /** Scales all type (and so the cells) by {@code s}, as the rest of the window. */
  public void setTypeScale(double s) {
    if (s != typeScale) {
      typeScale = s;
      requestLayout();
      draw();
    }
  }

  /** The size of the counts, class labels and shares, in px. */
  public double valueFontSize() {
    return FONT * typeScale;
  }

  private void show(ConfusionTable t) {
    table = t;
    requestLayout();
    draw();
  }

  /** Where the parts go for a view of width w and height h. */
  private record Geometry(double title, double left, double top, double cell) {}

  private static final String CORNER = "true ↓  predicted →";

  private Geometry geometry(double w, double h) {
    double f = valueFontSize();
    int k = table == null ? 1 : table.classes();
    double titleY = PAD + 0.8 * f;
    double labels = Math.max(width("precision", Font.font(f)), width(CORNER, Font.font(f)));
    if (table != null) {
      for (int c = 0; c < k; c++) {
        labels = Math.max(labels, width(table.classNames().get(c), Font.font(f)));
      }
    }
    double left = PAD + labels + 0.8 * f;
    double top = titleY + 3 * f;
    double least = 2.8 * f; // "100%" and a margin
    double fit = Math.min((w - left - PAD) / (k + 1.6), (h - top - PAD) / (k + 1));
    double cell = Math.max(least, Math.min(4.5 * f, fit));
    return new Geometry(titleY, left, top, cell);
  }

  @Override
  protected double computePrefWidth(double height) {
    return computeMinWidth(height);
  }

  @Override
  protected double computePrefHeight(double width) {
    return computeMinHeight(width);
  }

  /** The room the matrix needs at its least cells. */
  @Override
  protected double computeMinWidth(double height) {
    Geometry g = geometry(0, 0);
    int k = table == null ? 1 : table.classes();
    return g.left() + (k + 1.6) * g.cell() + PAD;
  }

  @Override
  protected double computeMinHeight(double width) {
    Geometry g = geometry(0, 0);
    int k = table == null ? 1 : table.classes();
    return g.top() + (k + 1) * g.cell() + PAD;
  }

  @Override
  protected void layoutChildren() {
    double w = getWidth();
    double h = getHeight();
    double cw = testRows.prefWidth(-1);
    double ch = testRows.prefHeight(-1);
    testRows.resizeRelocate(w - cw - PAD, PAD / 2, cw, ch);
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
    drawnClassNames.clear();
    g.setFill(Color.rgb(40, 40, 40));
    g.setTextBaseline(VPos.CENTER);
    double f = valueFontSize();
    if (table == null) {
      g.setFont(Font.font(f * 14 / 12));
      g.setTextAlign(TextAlignment.LEFT);
      g.fillText("The confusion matrix needs classes (this data set has targets).", PAD, PAD + f);
      return;
    }
    Geometry geo = geometry(w, h);
    int k = table.classes();
    double left = geo.left();
    double top = geo.top();
    double cell = geo.cell();
    g.setFont(Font.font(null, FontWeight.BOLD, 14 * typeScale));
    g.setTextAlign(TextAlignment.LEFT);
    // narrowed (not cut) when the view is narrower than the title and the Test rows box
    g.fillText(table.title(), PAD, geo.title(), Math.max(1, w - 3 * PAD - testRows.getWidth()));
    g.setFont(Font.font(f));
    g.setTextAlign(TextAlignment.RIGHT);
    g.fillText(CORNER, left - 0.6 * f, top - 0.8 * f);
    for (int c = 0; c < k; c++) {
      g.setTextAlign(TextAlignment.CENTER);
      g.setFill(Palette.classColor(c).darker());
      String name = table.classNames().get(c);
      // a long name over a narrow column is narrowed, never cut (its row label is in full)
      g.fillText(name, left + (c + 0.5) * cell, top - 0.8 * f, Math.max(1, cell - 0.5 * f));
      drawnClassNames.add(name);
      g.setTextAlign(TextAlignment.RIGHT);
      g.fillText(name, left - 0.6 * f, top + (c + 0.5) * cell);
    }
    g.setFill(Color.rgb(40, 40, 40));
    g.setTextAlign(TextAlignment.CENTER);
    g.fillText("recall", left + (k + 0.8) * cell, top - 0.8 * f);
    g.setTextAlign(TextAlignment.RIGHT);
    g.fillText("precision", left - 0.6 * f, top + (k + 0.5) * cell);
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

  private static double width(String s, Font font) {
    Text t = new Text(s);
    t.setFont(font);
    return t.getLayoutBounds().getWidth();
  }

  /** A share as "97 %" (to the unit), "–" when undefined. */
  static String pct(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.0f%%", 100 * v);
  }
}
