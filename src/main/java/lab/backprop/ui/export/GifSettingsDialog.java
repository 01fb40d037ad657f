package lab.backprop.ui.export;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks for the span, frames, size and speed of a GIF of training. */
final class GifSettingsDialog {
  private GifSettingsDialog() {}

  static TrainingAnimation.Settings ask(Window owner, TrainingAnimation.Settings d) {
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("Animated GIF of training");
    dialog.setHeaderText(
        "Trains a copy of the run from where it is now (the window's training is not touched)\n"
            + "and shows the boundary at evenly spaced epochs.");
    Spinner<Integer> epochs = spinner(1, RenderCommand.MAX_EPOCHS, d.epochs());
    Spinner<Integer> frames = spinner(2, RenderCommand.MAX_FRAMES, d.frames());
    Spinner<Integer> width = spinner(160, 3840, (int) d.width());
    Spinner<Integer> height = spinner(120, 2160, (int) d.height());
    Spinner<Integer> delay = spinner(20, 5000, d.delayMillis());
    CheckBox loss = new CheckBox("_Loss curve beside the boundary");
    loss.setSelected(d.withLoss());
    CheckBox twice = new CheckBox("_Twice the resolution (for slides)");
    twice.setSelected(d.scale() == 2);
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(8);
    grid.setPadding(new Insets(10));
    row(grid, 0, "_Epochs to train:", epochs);
    row(grid, 1, "_Frames:", frames);
    row(grid, 2, "_Width:", width);
    row(grid, 3, "_Height:", height);
    row(grid, 4, "_Milliseconds per frame:", delay);
    grid.add(loss, 0, 5, 2, 1);
    grid.add(twice, 0, 6, 2, 1);
    dialog.getDialogPane().setContent(grid);
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
      return null;
    }
    return new TrainingAnimation.Settings(
        epochs.getValue(),
        frames.getValue(),
        width.getValue(),
        height.getValue(),
        twice.isSelected() ? 2 : 1,
        loss.isSelected(),
        delay.getValue());
  }

  private static Spinner<Integer> spinner(int min, int max, int value) {
    Spinner<Integer> s = new Spinner<>(min, max, value);
    s.setEditable(true);
    s.setPrefWidth(120);
    return s;
  }

  private static void row(GridPane grid, int row, String text, Spinner<Integer> field) {
    Label label = new Label(text);
    label.setMnemonicParsing(true);
    label.setLabelFor(field);
    grid.add(label, 0, row);
    grid.add(field, 1, row);
  }
}
