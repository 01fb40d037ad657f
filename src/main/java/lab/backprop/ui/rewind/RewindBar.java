package lab.backprop.ui.rewind;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import lab.backprop.ui.common.Controls;

/**
 * The scrubber under the charts: a slider over the kept epochs (the right end is the run as it is
 * now), the epoch it shows, "Resume from here" and a GIF of the span. Keys on the slider (Alt+K): ←
 * → one kept epoch, Home the first, End live, Enter resumes from the shown epoch, Esc goes back to
 * live. It binds to a {@link RewindModel} and delegates to it.
 */
public final class RewindBar extends VBox {
  public static final String ID = "rewindBar";

  private final RewindModel model;
  private final Slider slider = new Slider(0, 0, 0);
  private final Label value = new Label();
  private final Label hint = new Label();
  private final Button resume;
  private final Button gif;
  private boolean syncing;

  public RewindBar(RewindModel model) {
    this.model = model;
    setId(ID);
    getStyleClass().add("rewind-bar");
    slider.setId("rewindSlider");
    slider.setBlockIncrement(1);
    slider.setMajorTickUnit(1);
    slider.setMinorTickCount(0);
    slider.setSnapToTicks(true);
    slider.maxProperty().bind(model.keptProperty());
    slider.disableProperty().bind(model.enabledProperty().not());
    HBox.setHgrow(slider, Priority.ALWAYS);
    slider.setMaxWidth(Double.MAX_VALUE);
    Controls.tip(
        slider,
        "The epochs kept to go back to (while paused): ← → one kept epoch, Home the first, End the"
            + " run as it is now, Enter resumes from the epoch shown.");
    slider
        .valueProperty()
        .addListener(
            (o, was, is) -> {
              if (!syncing) {
                model.positionProperty().set((int) Math.round(is.doubleValue()));
              }
            });
    model.positionProperty().addListener((o, was, is) -> sync());
    model.keptProperty().addListener((o, was, is) -> sync());
    slider.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);

    Label title = new Label("_Kept epoch");
    title.setMnemonicParsing(true);
    title.setLabelFor(slider);
    title.setMinWidth(Region.USE_PREF_SIZE);
    value.setId("rewindEpoch");
    value.textProperty().bind(model.labelProperty());
    value.setMinWidth(0);
    HBox.setHgrow(value, Priority.ALWAYS);
    value.setMaxWidth(Double.MAX_VALUE);
    hint.setId("rewindHint");
    hint.getStyleClass().add("chart-hint");
    hint.textProperty().bind(model.hintProperty());
    hint.setWrapText(true);
    hint.setMinWidth(0);
    resume =
        Controls.button(
            "rewindResume",
            "Resume from here",
            "Trains on from the epoch shown; the later epochs are dropped (Ctrl+Z brings them"
                + " back).",
            model::resumeHere);
    resume.disableProperty().bind(model.scrubbedProperty().not());
    resume.setMinWidth(Region.USE_PREF_SIZE);
    gif =
        Controls.button(
            "rewindGif",
            "GIF…",
            "Saves the kept epochs up to the one shown as an animated GIF.",
            () -> {});
    gif.setMinWidth(Region.USE_PREF_SIZE);
    HBox top = new HBox(8, title, slider);
    top.setAlignment(Pos.CENTER_LEFT);
    HBox bottom = new HBox(8, value, resume, gif);
    bottom.setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(top, bottom, hint);
    setSpacing(3);
    sync();
  }

  private void sync() {
    syncing = true;
    try {
      slider.setValue(model.positionProperty().get());
    } finally {
      syncing = false;
    }
  }

  private void onKey(KeyEvent e) {
    if (e.getCode() == KeyCode.ENTER) {
      model.resumeHere();
      e.consume();
    } else if (e.getCode() == KeyCode.ESCAPE) {
      model.showLive();
      e.consume();
    }
  }

  public Slider slider() {
    return slider;
  }

  /** "GIF…": the app sets its action (the GIF export lives with the other exports). */
  public Button gifButton() {
    return gif;
  }

  public Button resumeButton() {
    return resume;
  }
}
