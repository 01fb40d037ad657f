package lab.backprop.ui.session;

import java.io.File;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The questions the session asks the user: which file, and what to do with unsaved work. */
public interface SessionDialogs {

  /** What to do with unsaved work before the window closes. */
  enum Choice {
    SAVE,
    DISCARD,
    CANCEL
  }

  /** The session file to open; null when cancelled. */
  Path chooseOpen(Window owner, Path folder);

  /** Where to save the session; null when cancelled. */
  Path chooseSave(Window owner, Path folder, String suggestedName);

  /** Save, don't save, or cancel closing. */
  Choice askUnsaved(Window owner, String what);

  /** The desktop's file choosers and an alert. */
  static SessionDialogs standard() {
    return new SessionDialogs() {
      @Override
      public Path chooseOpen(Window owner, Path folder) {
        File f = chooser("Open session", folder).showOpenDialog(owner);
        return f == null ? null : f.toPath();
      }

      @Override
      public Path chooseSave(Window owner, Path folder, String suggestedName) {
        FileChooser c = chooser("Save session", folder);
        c.setInitialFileName(suggestedName);
        File f = c.showSaveDialog(owner);
        return f == null ? null : f.toPath();
      }

      @Override
      public Choice askUnsaved(Window owner, String what) {
        ButtonType save = new ButtonType("_Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("_Don't Save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, cancel);
        alert.initOwner(owner);
        alert.setTitle("Unsaved work");
        alert.setHeaderText("Save the changes to " + what + " before closing?");
        alert.setContentText(
            "The training and the changes since the last save are lost if you don't"
                + " save them.");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? Choice.SAVE : answer == discard ? Choice.DISCARD : Choice.CANCEL;
      }

      private FileChooser chooser(String title, Path folder) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters()
            .addAll(
                new FileChooser.ExtensionFilter("Backprop Lab sessions (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        if (folder != null) {
          c.setInitialDirectory(folder.toFile());
        }
        return c;
      }
    };
  }
}
