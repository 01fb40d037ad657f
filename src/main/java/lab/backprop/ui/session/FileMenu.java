package lab.backprop.ui.session;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The window's File menu: Open… (Ctrl+O), Open Recent, Save (Ctrl+S), Save As… (Ctrl+Shift+S), and
 * below them what other features add with one line each: {@code
 * fileMenu.add(FileMenu.item("_Export…", "Shortcut+E", this::export))}.
 */
public final class FileMenu extends Menu {
  public static final String ID = "fileMenu";

  /** What the items do. */
  public interface Actions {
    void open();

    void openRecent(Path file);

    void clearRecent();

    void save();

    void saveAs();
  }

  private final Menu recentMenu = new Menu("Open _Recent");
  private final ObservableList<Path> recent;
  private final Actions actions;
  private boolean extended;

  public FileMenu(Actions actions, ObservableList<Path> recent) {
    super("_File");
    setId(ID);
    this.actions = actions;
    this.recent = recent;
    recentMenu.setId("openRecentMenu");
    getItems()
        .addAll(
            item("_Open…", "Shortcut+O", actions::open, "openItem"),
            recentMenu,
            new SeparatorMenuItem(),
            item("_Save", "Shortcut+S", actions::save, "saveItem"),
            item("Save _As…", "Shortcut+Shift+S", actions::saveAs, "saveAsItem"));
    recent.addListener((ListChangeListener<Path>) c -> fillRecent());
    fillRecent();
  }

  /** A menu item; {@code accelerator} as {@link KeyCombination#valueOf} reads it, or null. */
  public static MenuItem item(String text, String accelerator, Runnable action) {
    MenuItem item = new MenuItem(text);
    if (accelerator != null) {
      item.setAccelerator(KeyCombination.valueOf(accelerator));
    }
    item.setOnAction(e -> action.run());
    return item;
  }

  private static MenuItem item(String text, String accelerator, Runnable action, String id) {
    MenuItem item = item(text, accelerator, action);
    item.setId(id);
    return item;
  }

  /** Adds an item below the session's own ones (after one separator). */
  public void add(MenuItem item) {
    if (!extended) {
      getItems().add(new SeparatorMenuItem());
      extended = true;
    }
    getItems().add(item);
  }

  private void fillRecent() {
    recentMenu.getItems().clear();
    int k = 1;
    for (Path f : recent) {
      Path name = f.getFileName();
      // a number as the mnemonic; the folder says which of two files of one name it is
      MenuItem item = new MenuItem("_" + k++ + "  " + (name == null ? f : name));
      Path parent = f.getParent();
      if (parent != null) {
        item.setText(item.getText() + "   (" + parent + ")");
      }
      Consumer<Path> open = actions::openRecent;
      item.setOnAction(e -> open.accept(f));
      recentMenu.getItems().add(item);
    }
    if (!recent.isEmpty()) {
      recentMenu.getItems().add(new SeparatorMenuItem());
      recentMenu.getItems().add(item("_Clear Recent", null, actions::clearRecent, "clearRecent"));
    }
    recentMenu.setDisable(recent.isEmpty());
  }
}
