package lab.backprop.ui.export;

import java.util.function.BooleanSupplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import lab.backprop.ui.stepthrough.StepThroughModel;

/**
 * File ▸ Export: PNG of the boundary plot, the diagram, the charts or the whole window (at twice
 * the resolution when "for slides" is ticked), the history as CSV, the network as JSON, and
 * animated GIFs of training and of the step-through. {@link #installContextMenus} puts the same
 * picture exports on a right click of each view.
 */
public final class ExportMenu extends Menu {
  public static final String ID = "exportMenu";

  private final CheckMenuItem twice = new CheckMenuItem("For _slides: twice the resolution");

  /**
   * @param stepThroughActive whether the step-through is shown (its GIF needs it)
   */
  public ExportMenu(
      Exporter exporter, StepThroughModel stepThrough, ObservableBooleanValue stepThroughActive) {
    super("_Export");
    setId(ID);
    twice.setId("exportTwice");
    MenuItem stepGif =
        item(
            "GIF of the st_ep-through…",
            "exportStepGif",
            () -> exporter.gifs().stepThroughGif(stepThrough));
    stepGif.disableProperty().bind(javafx.beans.binding.Bindings.not(stepThroughActive));
    MenuItem trainingGif =
        item("_Animated GIF of training…", "exportTrainingGif", exporter.gifs()::trainingGif);
    trainingGif.setAccelerator(KeyCombination.valueOf("Shortcut+Shift+G"));
    MenuItem window =
        item(
            "_Whole window (PNG)…",
            "exportWindow",
            () -> exporter.savePng(Exporter.Picture.WINDOW, scale()));
    window.setAccelerator(KeyCombination.valueOf("Shortcut+Shift+P"));
    getItems()
        .addAll(
            item(
                "_Boundary plot (PNG)…",
                "exportBoundary",
                () -> exporter.savePng(Exporter.Picture.BOUNDARY, scale())),
            item(
                "_Diagram (PNG)…",
                "exportDiagram",
                () -> exporter.savePng(Exporter.Picture.DIAGRAM, scale())),
            item(
                "_Charts with legend (PNG)…",
                "exportCharts",
                () -> exporter.savePng(Exporter.Picture.CHARTS, scale())),
            window,
            twice,
            new SeparatorMenuItem(),
            item("_History of loss and accuracy (CSV)…", "exportCsv", exporter::saveHistoryCsv),
            item("_Network (JSON)…", "exportJson", exporter::saveNetworkJson),
            new SeparatorMenuItem(),
            trainingGif,
            item("GIF of the _rewound span…", "exportRewindGif", exporter.gifs()::rewindGif),
            stepGif);
  }

  private double scale() {
    return twice.isSelected() ? 2 : 1;
  }

  public CheckMenuItem twiceItem() {
    return twice;
  }

  private static MenuItem item(String text, String id, Runnable action) {
    MenuItem item = new MenuItem(text);
    item.setId(id);
    item.setOnAction(e -> action.run());
    return item;
  }

  /**
   * A right click on the boundary plot, the diagram or the charts offers to save that view as PNG
   * (1× or 2×), and the network as JSON (diagram) or the history as CSV (charts). The charts' own
   * menu (while paused) gives way to this one, which adds the legend.
   */
  public static void installContextMenus(
      Exporter exporter,
      Node boundaryArea,
      ObservableBooleanValue editingPoints,
      Node diagramArea,
      Node chartsArea) {
    // while points are edited, a right click on the plot adds or removes a point
    install(
        boundaryArea,
        pictureItems(exporter, Exporter.Picture.BOUNDARY, "plot"),
        new MenuItem[0],
        editingPoints::get);
    install(
        diagramArea,
        pictureItems(exporter, Exporter.Picture.DIAGRAM, "diagram"),
        new MenuItem[] {item("Save network as _JSON…", "contextJson", exporter::saveNetworkJson)},
        () -> false);
    install(
        chartsArea,
        pictureItems(exporter, Exporter.Picture.CHARTS, "charts"),
        new MenuItem[] {item("Save history as _CSV…", "contextCsv", exporter::saveHistoryCsv)},
        () -> false);
  }

  private static MenuItem[] pictureItems(Exporter exporter, Exporter.Picture what, String name) {
    return new MenuItem[] {
      item("_Save " + name + " as PNG…", "contextPng", () -> exporter.savePng(what, 1)),
      item(
          "Save " + name + " as PNG at _2× (slides)…",
          "contextPng2x",
          () -> exporter.savePng(what, 2))
    };
  }

  private static void install(
      Node area, MenuItem[] pictures, MenuItem[] more, BooleanSupplier rightClickTaken) {
    ContextMenu menu = new ContextMenu(pictures);
    if (more.length > 0) {
      menu.getItems().add(new SeparatorMenuItem());
      menu.getItems().addAll(more);
    }
    // on the right button's press (every platform), or the keyboard's menu key
    area.addEventFilter(
        MouseEvent.MOUSE_PRESSED,
        e -> {
          if (e.getButton() == MouseButton.SECONDARY && !rightClickTaken.getAsBoolean()) {
            menu.show(area, e.getScreenX(), e.getScreenY());
            e.consume();
          }
        });
    area.addEventFilter(
        ContextMenuEvent.CONTEXT_MENU_REQUESTED,
        e -> {
          if (rightClickTaken.getAsBoolean()) {
            return;
          }
          if (!menu.isShowing()) {
            menu.show(area, e.getScreenX(), e.getScreenY());
          }
          e.consume();
        });
  }
}
