package lab.backprop.ui.app;

import static lab.backprop.ui.common.Controls.button;
import static lab.backprop.ui.common.Controls.tip;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bottom of the window: the status line, and at its right the presentation toolbar — Present
 * (F11), Controls (F9), and the type scale with its A− and A+ buttons (Ctrl+−, Ctrl+=; Ctrl+0 for
 * 100 %). It binds to a {@link PresentationModel} and delegates to it.
 */
final class PresentationBar extends HBox {
  PresentationBar(PresentationModel model, StatusLine statusLine) {
    HBox.setHgrow(statusLine, Priority.ALWAYS);
    ToggleButton present =
        toggle(
            "presentButton",
            "Present",
            "Presentation mode: full screen with large type, thicker lines and larger points (F11).",
            model.presentingProperty());
    ToggleButton controls =
        toggle(
            "controlsButton",
            "Controls",
            "Shows or hides the controls, so that the plot and the diagram fill the screen (F9).",
            model.controlsShownProperty());
    Button smaller = button("zoomOutButton", "A−", "Smaller type (Ctrl+−).", model::zoomOut);
    Button larger =
        button("zoomInButton", "A+", "Larger type (Ctrl+=; Ctrl+0: 100 %).", model::zoomIn);
    smaller
        .disableProperty()
        .bind(model.typeScaleProperty().lessThanOrEqualTo(PresentationModel.MIN_SCALE));
    larger
        .disableProperty()
        .bind(model.typeScaleProperty().greaterThanOrEqualTo(PresentationModel.MAX_SCALE));
    Label scale = new Label();
    scale.setId("typeScaleLabel");
    scale.setMinWidth(Region.USE_PREF_SIZE);
    scale
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "%.0f %%", 100 * model.typeScale()),
                model.typeScaleProperty()));
    HBox bar = new HBox(6, present, controls, smaller, scale, larger);
    bar.setId("presentBar");
    bar.getStyleClass().add("present-bar");
    bar.setAlignment(Pos.CENTER_RIGHT);
    for (Node n : bar.getChildren()) {
      ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
    }
    bar.setMinWidth(Region.USE_PREF_SIZE);
    getChildren().addAll(statusLine, bar);
    setAlignment(Pos.CENTER_LEFT);
    setFillHeight(true);
  }

  private static ToggleButton toggle(
      String id, String text, String tooltip, javafx.beans.property.BooleanProperty on) {
    ToggleButton b = new ToggleButton(text);
    b.setId(id);
    tip(b, tooltip);
    b.selectedProperty().bindBidirectional(on);
    return b;
  }

  /**
   * The presentation keys, which work wherever the focus is: F11 presentation mode, F9 the
   * controls, Ctrl+= / Ctrl+− one step larger or smaller, Ctrl+0 100 %. Returns whether {@code e}
   * was one.
   */
  static boolean onKey(PresentationModel model, KeyEvent e) {
    KeyCode c = e.getCode();
    boolean ctrl = e.isShortcutDown() && !e.isAltDown();
    boolean plain = !e.isShortcutDown() && !e.isControlDown() && !e.isAltDown();
    if (plain && c == KeyCode.F11) {
      model.togglePresenting();
    } else if (plain && c == KeyCode.F9) {
      model.toggleControls();
    } else if (ctrl && (c == KeyCode.EQUALS || c == KeyCode.PLUS || c == KeyCode.ADD)) {
      model.zoomIn();
    } else if (ctrl && (c == KeyCode.MINUS || c == KeyCode.SUBTRACT)) {
      model.zoomOut();
    } else if (ctrl && (c == KeyCode.DIGIT0 || c == KeyCode.NUMPAD0)) {
      model.resetZoom();
    } else {
      return false;
    }
    return true;
  }

  /**
   * Gives every tooltip under {@code roots} the type size {@code px}: tooltips are windows of their
   * own and do not inherit the window's font.
   */
  static void scaleTooltips(double px, Node... roots) {
    String style = String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", px);
    for (Node root : roots) {
      walk(root, style);
    }
  }

  private static void walk(Node n, String style) {
    if (n == null) {
      return;
    }
    if (n instanceof Control c && c.getTooltip() != null) {
      c.getTooltip().setStyle(style);
    }
    if (n instanceof ScrollPane p) {
      walk(p.getContent(), style);
    } else if (n instanceof TitledPane p) {
      walk(p.getContent(), style);
    }
    if (n instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        walk(child, style);
      }
    }
  }
}
