package lab.backprop.ui.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Where an export goes: a save dialog that starts in the folder of the last export (kept between
 * runs with {@code java.util.prefs}) and suggests a name; tests replace it with a fixed answer.
 */
public interface ExportDialogs {
  /**
   * The file to write, or null when the user cancelled.
   *
   * @param kind what is written, e.g. "PNG picture"
   * @param extension without the dot, e.g. "png"
   */
  Path chooseSave(Window owner, String title, String kind, String extension, String name);

  /** The settings of a GIF of training, starting from {@code defaults}; null when cancelled. */
  TrainingAnimation.Settings gifSettings(Window owner, TrainingAnimation.Settings defaults);

  /** The standard file chooser, remembering the last folder, and the GIF settings dialog. */
  static ExportDialogs standard() {
    return new ExportDialogs() {
      private final Preferences prefs = Preferences.userNodeForPackage(ExportDialogs.class);

      @Override
      public Path chooseSave(
          Window owner, String title, String kind, String extension, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser
            .getExtensionFilters()
            .add(
                new FileChooser.ExtensionFilter(kind + " (*." + extension + ")", "*." + extension));
        lastFolder().ifPresent(chooser::setInitialDirectory);
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
          return null;
        }
        Path file = chosen.toPath();
        if (!file.getFileName().toString().contains(".")) {
          file = file.resolveSibling(file.getFileName() + "." + extension);
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
          prefs.put("lastFolder", folder.toString());
        }
        return file;
      }

      @Override
      public TrainingAnimation.Settings gifSettings(
          Window owner, TrainingAnimation.Settings defaults) {
        return GifSettingsDialog.ask(owner, defaults);
      }

      private Optional<File> lastFolder() {
        String folder = prefs.get("lastFolder", null);
        return folder == null || !Files.isDirectory(Path.of(folder))
            ? Optional.empty()
            : Optional.of(new File(folder));
      }
    };
  }
}
