package lab.backprop.ui.session;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The session's part of the window: the menu bar with the {@link FileMenu}, the title (file name, *
 * for unsaved work), dropping a session file on the window, asking before closing with unsaved
 * work, and the window size kept between runs. Only binds and delegates: the {@link SessionModel}
 * does the work.
 */
public final class SessionWindow {
  public static final String MENU_BAR = "menuBar";
  public static final String DEFAULT_NAME = "session.json";

  private final Stage stage;
  private final SessionModel model;
  private final FileMenu fileMenu;
  private final MenuBar menuBar;
  private SessionDialogs dialogs = SessionDialogs.standard();
  private final AnimationTimer watch;
  private final EventHandler<WindowEvent> onCloseRequest = this::onCloseRequest;
  private final EventHandler<WindowEvent> onHiding = e -> rememberSize();

  /**
   * Installs the session's part on {@code stage}, whose scene must be set (not shown yet): the menu
   * bar goes on top of {@code root}.
   */
  public SessionWindow(Stage stage, BorderPane root, SessionModel model) {
    this.stage = stage;
    this.model = model;
    // whether there is unsaved work, four times a second (the trainer publishes more often)
    AnimationTimer watch =
        new AnimationTimer() {
          private long last;

          @Override
          public void handle(long now) {
            if (now - last >= 250_000_000L) {
              last = now;
              model.refresh();
            }
          }
        };
    model.refresh();
    watch.start();
    fileMenu = new FileMenu(actions(), model.recentFiles());
    menuBar = new MenuBar(fileMenu);
    menuBar.setId(MENU_BAR);
    root.setTop(menuBar);
    stage.titleProperty().bind(model.titleProperty());
    restoreSize();
    stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, onCloseRequest);
    stage.addEventHandler(WindowEvent.WINDOW_HIDING, onHiding);
    this.watch = watch;
    Scene scene = stage.getScene();
    scene.addEventHandler(DragEvent.DRAG_OVER, this::onDragOver);
    scene.addEventHandler(DragEvent.DRAG_DROPPED, this::onDragDropped);
  }

  /** Lets go of the stage (the app stops; a test's next app may use the same stage). */
  public void dispose() {
    watch.stop();
    rememberSize();
    stage.removeEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, onCloseRequest);
    stage.removeEventHandler(WindowEvent.WINDOW_HIDING, onHiding);
    stage.titleProperty().unbind();
  }

  public FileMenu fileMenu() {
    return fileMenu;
  }

  public MenuBar menuBar() {
    return menuBar;
  }

  public SessionModel model() {
    return model;
  }

  /** Replaces the file choosers and the question before closing (tests). */
  public void setDialogs(SessionDialogs dialogs) {
    this.dialogs = dialogs;
  }

  private FileMenu.Actions actions() {
    return new FileMenu.Actions() {
      @Override
      public void open() {
        Path f = dialogs.chooseOpen(stage, folder());
        if (f != null) {
          model.open(f);
        }
      }

      @Override
      public void openRecent(Path file) {
        model.open(file);
      }

      @Override
      public void clearRecent() {
        model.clearRecent();
      }

      @Override
      public void save() {
        saveThen(null);
      }

      @Override
      public void saveAs() {
        Path f = askSavePath();
        if (f != null) {
          model.save(f);
        }
      }
    };
  }

  /** Saves to the current file (asking for one if there is none), then runs {@code after}. */
  private void saveThen(Runnable after) {
    Path f = model.file() != null ? model.file() : askSavePath();
    if (f == null) {
      return;
    }
    model
        .save(f)
        .thenRun(
            () -> {
              if (after != null) {
                after.run();
              }
            });
  }

  private Path askSavePath() {
    Path current = model.file();
    String name = current == null ? DEFAULT_NAME : current.getFileName().toString();
    return dialogs.chooseSave(stage, folder(), name);
  }

  private Path folder() {
    Path current = model.file();
    if (current != null && current.toAbsolutePath().getParent() != null) {
      return current.toAbsolutePath().getParent();
    }
    return model.prefs().lastFolder();
  }

  private void onCloseRequest(WindowEvent e) {
    if (!mayClose()) {
      e.consume();
    }
  }

  /**
   * Whether the window may close now: true without unsaved work. With unsaved work asks: Save saves
   * and then closes the window (false now), Don't Save allows it, Cancel keeps it open.
   */
  public boolean mayClose() {
    if (!model.hasUnsavedWork()) {
      return true;
    }
    Path f = model.file();
    String what = f == null ? "this run" : f.getFileName().toString();
    return switch (dialogs.askUnsaved(stage, what)) {
      case SAVE -> {
        saveThen(stage::close);
        yield false;
      }
      case DISCARD -> true;
      case CANCEL -> false;
    };
  }

  private void onDragOver(DragEvent e) {
    if (e.getDragboard().hasFiles()) {
      e.acceptTransferModes(TransferMode.COPY);
      e.consume();
    }
  }

  private void onDragDropped(DragEvent e) {
    boolean done = openDropped(e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : null);
    e.setDropCompleted(done);
    e.consume();
  }

  /** Opens the first of the files dropped on the window; false when there is none. */
  public boolean openDropped(List<File> files) {
    if (files == null || files.isEmpty()) {
      return false;
    }
    model.open(files.get(0).toPath());
    return true;
  }

  private void restoreSize() {
    double[] size = model.prefs().windowSize();
    if (size == null) {
      return;
    }
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    stage.setWidth(Math.max(stage.getMinWidth(), Math.min(size[0], screen.getWidth())));
    stage.setHeight(Math.max(stage.getMinHeight(), Math.min(size[1], screen.getHeight())));
  }

  private void rememberSize() {
    if (!stage.isMaximized() && !stage.isFullScreen() && stage.getWidth() > 0) {
      model.prefs().setWindowSize(stage.getWidth(), stage.getHeight());
    }
  }
}
