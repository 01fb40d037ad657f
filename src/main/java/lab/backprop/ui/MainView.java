package lab.backprop.ui;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window's layout: control panel on the left, the data and decision-boundary plot in the
 * middle, the network diagram and the loss/accuracy charts on the right, a status line below.
 */
public class MainView extends BorderPane {
  public static final String CONTROL_PANEL = "controlPanel";
  public static final String BOUNDARY_PLOT = "boundaryPlot";
  public static final String NETWORK_DIAGRAM = "networkDiagram";
  public static final String CHARTS = "charts";
  public static final String STATUS_LINE = "statusLine";

  public MainView() {
    getStyleClass().add("main-view");

    VBox controls =
        new VBox(8, placeholder("Data"), placeholder("Network"), placeholder("Training"));
    controls.setPadding(new Insets(8));
    ScrollPane controlPanel = new ScrollPane(controls);
    controlPanel.setId(CONTROL_PANEL);
    controlPanel.setFitToWidth(true);
    controlPanel.setPrefWidth(280);
    controlPanel.setMinWidth(240);

    Region boundaryPlot = region(BOUNDARY_PLOT, "Data and decision boundary");
    Region networkDiagram = region(NETWORK_DIAGRAM, "Network");
    Region charts = region(CHARTS, "Loss and accuracy");

    SplitPane right = new SplitPane(networkDiagram, charts);
    right.setOrientation(Orientation.VERTICAL);
    right.setDividerPositions(0.5);
    SplitPane center = new SplitPane(boundaryPlot, right);
    center.setDividerPositions(0.55);

    Label status = new Label("Ready");
    status.setId(STATUS_LINE);
    status.getStyleClass().add("status-line");
    status.setMaxWidth(Double.MAX_VALUE);

    setLeft(controlPanel);
    setCenter(center);
    setBottom(status);
  }

  private static TitledPane placeholder(String title) {
    TitledPane pane = new TitledPane(title, new Label(""));
    pane.setCollapsible(false);
    return pane;
  }

  private static Region region(String id, String title) {
    Label label = new Label(title);
    label.getStyleClass().add("region-title");
    StackPane pane = new StackPane(label);
    pane.setId(id);
    pane.getStyleClass().add("plot-region");
    pane.setMinSize(200, 150);
    VBox.setVgrow(pane, Priority.ALWAYS);
    return pane;
  }
}
