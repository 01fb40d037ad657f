package lab.backprop.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

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

  /** A wrapping tooltip that shows after a short delay. */
  public static void tip(Control c, String text) {
    Tooltip t = new Tooltip(text);
    t.setWrapText(true);
    t.setMaxWidth(360);
    t.setShowDelay(Duration.millis(400));
    c.setTooltip(t);
  }
}
