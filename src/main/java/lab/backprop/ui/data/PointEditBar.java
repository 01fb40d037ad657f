package lab.backprop.ui.data;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import lab.backprop.data.ClassNames;
import lab.backprop.ui.common.Controls;
import lab.backprop.ui.common.Palette;
import lab.backprop.ui.plot.BoundaryView;

/**
 * The point-editing bar over the plot and the mouse and keys of editing: with <em>Edit points</em>
 * on, a left click adds a point of the selected class, a right click on empty space one of the next
 * class, a drag moves a point, a right click or Delete over a point removes it; <em>Clear all</em>;
 * importing a CSV file (also by dropping it on the window) and exporting the points.
 */
public final class PointEditBar extends VBox {
  /** How near (in pixels) the mouse must be to a point to grab or remove it. */
  static final double GRAB_RADIUS = 10;

  private final PointEditor editor;
  private final BoundaryView plot;
  private final Consumer<String> onFailure;
  private final ToggleButton edit = new ToggleButton("Edit points");
  private final HBox classButtons = new HBox(3);
  private final ToggleGroup classGroup = new ToggleGroup();
  private int dragged = -1;
  private boolean dragMoved;
  private int hovered = -1;

  /**
   * @param onFailure shows a failure to export in the window's banner
   */
  public PointEditBar(PointEditor editor, BoundaryView plot, Consumer<String> onFailure) {
    super(4);
    this.editor = editor;
    this.plot = plot;
    this.onFailure = onFailure;
    setId("pointEditBar");
    getStyleClass().add("point-edit-bar");
    setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    setAlignment(Pos.TOP_RIGHT);

    edit.setId("editPoints");
    edit.selectedProperty().bindBidirectional(editor.editingProperty());
    edit.disableProperty().bind(editor.editableProperty().not());
    Controls.tip(
        edit,
        "Edit the points with the mouse: left click adds a point of the selected class, right click"
            + " on empty space one of the next class, drag moves a point, right click or Delete"
            + " removes it. Ctrl+Z undoes. Needs classes and two inputs.");
    classButtons.setId("pointClasses");
    classButtons.setAlignment(Pos.CENTER_LEFT);
    Button clear =
        Controls.button(
            "clearPoints",
            "Clear all",
            "Removes every point (Ctrl+Z brings them back).",
            editor::clearAll);
    HBox editRow = new HBox(6, edit, classButtons, clear);
    editRow.setAlignment(Pos.CENTER_RIGHT);
    for (Node n : new Node[] {classButtons, clear}) {
      n.visibleProperty().bind(editor.editingProperty());
      n.managedProperty().bind(n.visibleProperty());
    }
    Label hint =
        new Label("Left click: add · right click: add next class / remove · drag: move · Delete");
    hint.getStyleClass().add("point-edit-hint");
    hint.visibleProperty().bind(editor.editingProperty());
    hint.managedProperty().bind(hint.visibleProperty());
    getChildren().addAll(editRow, hint);
    editor.classNamesProperty().addListener((o, was, is) -> rebuildClasses(is));
    rebuildClasses(editor.classNamesProperty().get());
    installMouse();
  }

  private void rebuildClasses(ClassNames names) {
    classButtons.getChildren().clear();
    classGroup.getToggles().clear();
    for (int c = 0; c < names.size(); c++) {
      int cls = c;
      // numbered classes by their number (as ŷ₁, ŷ₂), named ones by name
      ToggleButton b = new ToggleButton(names.numbered() ? Integer.toString(c + 1) : names.name(c));
      b.setId("pointClass" + c);
      b.setToggleGroup(classGroup);
      b.setStyle(
          "-fx-base: "
              + web(Palette.classColor(c))
              + "; -fx-text-fill: white; -fx-font-weight: bold;");
      Controls.tip(b, "A left click adds a point of " + names.inSentence(c) + ".");
      b.setSelected(editor.selectedClassProperty().get() == c);
      b.setOnAction(
          e -> {
            editor.selectedClassProperty().set(cls);
            b.setSelected(true);
          });
      classButtons.getChildren().add(b);
    }
  }

  private static String web(javafx.scene.paint.Color c) {
    return String.format(
        "#%02x%02x%02x",
        (int) Math.round(c.getRed() * 255),
        (int) Math.round(c.getGreen() * 255),
        (int) Math.round(c.getBlue() * 255));
  }

  private void installMouse() {
    plot.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
    plot.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
    plot.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> dragged = -1);
    plot.addEventHandler(
        MouseEvent.MOUSE_MOVED,
        e -> hovered = editing() ? plot.pointNear(e.getX(), e.getY(), GRAB_RADIUS, true) : -1);
    plot.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hovered = -1);
    plot.sceneProperty()
        .addListener(
            (o, was, is) -> {
              if (is != null) {
                is.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
              }
            });
  }

  private boolean editing() {
    return editor.editingProperty().get() && editor.editableProperty().get();
  }

  private void pressed(MouseEvent e) {
    if (!editing() || !plot.insidePlot(e.getX(), e.getY())) {
      return;
    }
    int hit =
        editor.clearedProperty().get() ? -1 : plot.pointNear(e.getX(), e.getY(), GRAB_RADIUS, true);
    double x = plot.dataX(e.getX());
    double y = plot.dataY(e.getY());
    int selected = editor.selectedClassProperty().get();
    if (e.getButton() == MouseButton.PRIMARY) {
      if (hit >= 0) {
        dragged = hit;
        dragMoved = false;
      } else {
        editor.add(x, y, selected);
      }
    } else if (e.getButton() == MouseButton.SECONDARY) {
      if (hit >= 0) {
        editor.remove(hit);
      } else {
        editor.add(x, y, (selected + 1) % editor.classesProperty().get());
      }
    }
    plot.requestFocus();
    e.consume();
  }

  private void dragged(MouseEvent e) {
    if (dragged < 0 || !editing()) {
      return;
    }
    editor.move(dragged, plot.dataX(e.getX()), plot.dataY(e.getY()), dragMoved);
    dragMoved = true;
    e.consume();
  }

  private void key(KeyEvent e) {
    if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE)
        && editing()
        && hovered >= 0
        && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
      if (editor.remove(hovered)) {
        hovered = -1;
      }
      e.consume();
    }
  }

  // ---- files ----

  /** Asks for a CSV file and reads it as the data set. */
  public void importWithChooser() {
    FileChooser chooser = csvChooser("Import points (CSV)");
    File f = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
    if (f != null) {
      editor.importCsv(f.toPath());
    }
  }

  /** Asks for a file name and writes the points there as CSV. */
  public void exportWithChooser() {
    FileChooser chooser = csvChooser("Export points (CSV)");
    chooser.setInitialFileName("points.csv");
    File f = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
    if (f != null) {
      export(f.toPath());
    }
  }

  /** Writes the points to {@code file}; a failure goes to the banner. */
  public void export(Path file) {
    try {
      editor.exportCsv(file);
    } catch (IOException | RuntimeException e) {
      onFailure.accept("Could not export the points: " + e.getMessage());
    }
  }

  private static FileChooser csvChooser(String title) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter("CSV files", "*.csv"),
            new FileChooser.ExtensionFilter("All files", "*.*"));
    return chooser;
  }

  /** Lets a CSV file dropped on {@code target} be imported. */
  public void acceptDrops(Node target) {
    target.addEventHandler(
        javafx.scene.input.DragEvent.DRAG_OVER,
        e -> {
          if (e.getDragboard().hasFiles() && csv(e.getDragboard().getFiles()) != null) {
            e.acceptTransferModes(TransferMode.COPY);
            e.consume();
          }
        });
    target.addEventHandler(
        javafx.scene.input.DragEvent.DRAG_DROPPED,
        e -> {
          File f = e.getDragboard().hasFiles() ? csv(e.getDragboard().getFiles()) : null;
          if (f != null) {
            editor.importCsv(f.toPath());
          }
          e.setDropCompleted(f != null);
          e.consume();
        });
  }

  private static File csv(java.util.List<File> files) {
    return files.size() == 1
            && files.get(0).getName().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
        ? files.get(0)
        : null;
  }
}
