package lab.backprop.ui.export;

import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/** A small window with what is being done, a progress bar and Cancel (Esc). FX thread. */
final class ProgressWindow {
  static final String ID = "exportProgress";

  private final Stage stage = new Stage(StageStyle.UTILITY);
  private final Label message = new Label();
  private final ProgressBar bar = new ProgressBar(0);
  private final Button cancel = new Button("Cancel");
  private boolean cancelled;
  private Task<?> task;

  private ProgressWindow(Window owner, String title) {
    stage.setTitle(title);
    if (owner != null) {
      stage.initOwner(owner);
    }
    stage.initModality(Modality.NONE);
    bar.setPrefWidth(360);
    bar.setId("exportProgressBar");
    cancel.setId("exportCancel");
    cancel.setCancelButton(true);
    cancel.setOnAction(e -> cancel());
    stage.setOnCloseRequest(e -> cancel());
    HBox buttons = new HBox(cancel);
    buttons.setAlignment(Pos.CENTER_RIGHT);
    VBox root = new VBox(10, message, bar, buttons);
    root.setId(ID);
    root.setPadding(new Insets(14));
    stage.setScene(new Scene(root));
  }

  static ProgressWindow show(Window owner, String title) {
    ProgressWindow w = new ProgressWindow(owner, title);
    w.stage.show();
    return w;
  }

  /** Shows {@code task}'s message and progress; Cancel cancels it. */
  void bind(Task<?> task) {
    this.task = task;
    message.textProperty().bind(task.messageProperty());
    bar.progressProperty().bind(task.progressProperty());
  }

  void setMessage(String text) {
    message.setText(text);
  }

  void setProgress(double fraction) {
    bar.setProgress(fraction);
  }

  boolean cancelled() {
    return cancelled;
  }

  private void cancel() {
    cancelled = true;
    if (task != null) {
      task.cancel();
    }
    close();
  }

  void close() {
    stage.close();
  }
}
