package lab.backprop.ui.app;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The status line in large type: "▶ training" or "❚❚ paused", then epoch, examples, speed, loss and
 * accuracy. The text shrinks (whole pixels, down to {@link #FONT_MIN}) until the whole line fits.
 * It changes ten times a second while training, so it sits unmanaged in a box of its own: a new
 * text lays out the label alone, not the whole window.
 */
public final class StatusLine extends HBox {
  /** Type size at most (large, for a projector) and at least. */
  static final double FONT_MAX = 18;

  static final double FONT_MIN = 14;

  private final Label state = new Label();
  private double typeScale = 1;
  private final Label text = new Label();

  /** 1, or 2 when the text goes on a second line rather than shrink below the least size. */
  private int lines = 1;

  private final Pane textBox =
      new Pane(text) {
        @Override
        protected void layoutChildren() {
          double h = textHeight();
          text.resizeRelocate(0, (getHeight() - h) / 2, getWidth(), h);
        }

        @Override
        protected double computePrefHeight(double width) {
          return textHeight();
        }

        @Override
        protected double computeMinWidth(double height) {
          return 0;
        }
      };

  /** The type size set last (always set: the label's inherited size is not to be relied on). */
  private double shownSize = -1;

  /** The whole text, on one line. */
  private String raw = "";

  private double textHeight() {
    return text.prefHeight(-1);
  }

  public StatusLine(ObservableBooleanValue running) {
    super(18);
    getStyleClass().add("status-line");
    state.getStyleClass().add("run-state");
    state.setId("runState");
    state.textProperty().bind(Bindings.when(running).then("▶ training").otherwise("❚❚ paused"));
    text.setId("statusText");
    text.setManaged(false);
    HBox.setHgrow(textBox, Priority.ALWAYS);
    getChildren().addAll(state, textBox);
    setAlignment(Pos.CENTER_LEFT);
    setMaxWidth(Double.MAX_VALUE);
    textBox.widthProperty().addListener((o, a, b) -> fitFont());
    // the label is unmanaged, so the size its new style gives it (applied by CSS on a later pulse
    // than the one that set the style) lays nothing out by itself: the text kept the height of the
    // old size and the glyphs' lower part fell below the window's edge
    text.fontProperty()
        .addListener(
            (o, a, b) -> {
              textBox.requestLayout();
              requestLayout();
            });
  }

  /** Scales the type (its largest and smallest size) by {@code s} (presentation mode). */
  public void setTypeScale(double s) {
    typeScale = s;
    fitFont();
  }

  /** The status text's node (tests measure it). */
  public Label textLabel() {
    return text;
  }

  /** The status, whether it is shown on one line or two. */
  public String getText() {
    return raw;
  }

  public void setText(String s) {
    raw = s;
    fitFont();
  }

  /**
   * The largest size (at most {@link #FONT_MAX} × the type scale) at which the text fits on one
   * line; when that is below the least size, two lines at the largest size that fits them.
   */
  private void fitFont() {
    double room = textBox.getWidth() - 2;
    if (room <= 0) {
      text.setText(raw);
      return;
    }
    double max = FONT_MAX * typeScale;
    double min = FONT_MIN * typeScale;
    double needed = width(raw, max);
    double size = needed <= room ? max : Math.floor(max * room / needed);
    int wanted = 1;
    String first = firstHalf(raw);
    if (size < min) {
      // two lines break at the gap between fields nearest the middle
      double half = Math.max(width(first, max), width(raw.substring(first.length()).trim(), max));
      wanted = 2;
      size = half <= room ? max : Math.max(min, Math.floor(max * room / half));
    }
    text.setText(wanted == 1 ? raw : first + "\n" + raw.substring(first.length()).trim());
    if (size != shownSize || wanted != lines) {
      shownSize = size;
      lines = wanted;
      text.setStyle("-fx-font-size: " + size + "px;");
      textBox.requestLayout();
      requestLayout();
    }
  }

  private double width(String s, double size) {
    Text probe = new Text(s);
    probe.setFont(Font.font(text.getFont().getFamily(), size));
    return probe.getLayoutBounds().getWidth();
  }

  /** The text up to the gap between fields (" ") nearest its middle. */
  private static String firstHalf(String s) {
    int best = -1;
    for (int k = s.indexOf("   "); k >= 0; k = s.indexOf("   ", k + 3)) {
      if (best < 0 || Math.abs(k - s.length() / 2) < Math.abs(best - s.length() / 2)) {
        best = k;
      }
    }
    return best < 0 ? s : s.substring(0, best);
  }
}
