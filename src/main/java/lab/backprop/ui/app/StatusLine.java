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

  static final double FONT_MIN = 12;

  private final Label state = new Label();
  private final Label text = new Label();
  private final Pane textBox =
      new Pane(text) {
        @Override
        protected void layoutChildren() {
          double h = text.prefHeight(-1);
          text.resizeRelocate(0, (getHeight() - h) / 2, getWidth(), h);
        }

        @Override
        protected double computePrefHeight(double width) {
          return text.prefHeight(-1);
        }

        @Override
        protected double computeMinWidth(double height) {
          return 0;
        }
      };

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
    widthProperty().addListener((o, a, b) -> fitFont());
  }

  public String getText() {
    return text.getText();
  }

  public void setText(String s) {
    text.setText(s);
    fitFont();
  }

  private void fitFont() {
    double room = textBox.getWidth() - 2;
    if (room <= 0) {
      return;
    }
    Text probe = new Text(text.getText());
    probe.setFont(Font.font(text.getFont().getFamily(), FONT_MAX));
    double needed = probe.getLayoutBounds().getWidth();
    double size =
        needed <= room ? FONT_MAX : Math.max(FONT_MIN, Math.floor(FONT_MAX * room / needed));
    if (size != text.getFont().getSize()) {
      text.setStyle("-fx-font-size: " + size + "px;");
      textBox.requestLayout();
    }
  }
}
