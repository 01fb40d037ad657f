package lab.backprop.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import javafx.util.StringConverter;

/** The small factories every panel uses, so buttons and tooltips look and behave alike. */
public final class Controls {
  private Controls() {}

  /** A button with an id, an action and a one-sentence tooltip. */
  public static Button button(String id, String text, String tooltip, Runnable action) {
    Button b = new Button(text);
    b.setId(id);
    b.setOnAction(e -> action.run());
    tip(b, tooltip);
    return b;
  }

  /**
   * Makes an editable spinner read what it can: text that is not a value (a stray letter) keeps the
   * value it had, instead of an exception when the spinner commits on Enter or focus loss.
   */
  public static <T> void lenient(Spinner<T> spinner) {
    SpinnerValueFactory<T> f = spinner.getValueFactory();
    StringConverter<T> strict = f.getConverter();
    f.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(T value) {
            return strict.toString(value);
          }

          @Override
          public T fromString(String text) {
            try {
              return strict.fromString(text);
            } catch (RuntimeException notAValue) {
              return f.getValue();
            }
          }
        });
  }

  /** A wrapping tooltip that shows after a short delay. */
  public static void tip(Control c, String text) {
    Tooltip t = new Tooltip(text);
    t.setWrapText(true);
    t.setMaxWidth(360);
    t.setShowDelay(Duration.millis(400));
    c.setTooltip(t);
  }
}
