package lab.backprop.ui.app;

import java.util.List;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import lab.backprop.ui.charts.ChartsView;
import lab.backprop.ui.common.Controls;
import lab.backprop.ui.compare.CompareView;
import lab.backprop.ui.controls.ControlPanel;
import lab.backprop.ui.data.PointEditBar;
import lab.backprop.ui.data.PointEditor;
import lab.backprop.ui.diagram.NetworkDiagram;
import lab.backprop.ui.insight.ImagesModel;
import lab.backprop.ui.insight.InsightPane;
import lab.backprop.ui.insight.ProjectionBar;
import lab.backprop.ui.insight.ProjectionModel;
import lab.backprop.ui.metrics.MetricsModel;
import lab.backprop.ui.plot.BoundaryView;
import lab.backprop.ui.rewind.RewindBar;
import lab.backprop.ui.rewind.RewindModel;
import lab.backprop.ui.stepthrough.StepMarks;
import lab.backprop.ui.stepthrough.StepThroughController;
import lab.backprop.ui.stepthrough.StepThroughPane;
import lab.backprop.ui.sweep.SweepPane;

/**
 * The main window's layout and its keys: control panel on the left, the data and decision-boundary
 * plot in the middle, the network diagram and the loss/accuracy charts on the right, a status line
 * below; in step-through mode the plot beside the player. It only lays out and routes input: the
 * {@link FrameLoop} brings the trainer's snapshots to the views, the {@link StepThroughController}
 * talks to the trainer for the player.
 */
public class MainView extends BorderPane {
  public static final String CONTROL_PANEL = "controlPanel";
  public static final String BOUNDARY_PLOT = "boundaryPlot";
  public static final String NETWORK_DIAGRAM = "networkDiagram";
  public static final String CHARTS = "charts";
  public static final String STATUS_LINE = "statusLine";
  public static final String BANNER = "banner";

  /** The root's type size at 100 %, as in app.css. */
  static final double BASE_FONT = 13;

  /** The control panel's width at 100 %. */
  static final double CONTROLS_WIDTH = 340;

  static final double CONTROLS_MIN_WIDTH = 280;

  /**
   * The charts' least height at 100 %: the views below them never squeeze them into a strip; one
   * chart's least plot and axes, and the toolbar (the charts stand side by side when that short).
   */
  static final double CHARTS_MIN_HEIGHT = ChartsView.LEAST_PLOT + 62 + 34;

  /** The diagram's least height at 100 %; it grows with the type, so its titles leave room. */
  static final double DIAGRAM_MIN_HEIGHT = 120;

  /** How near (in pixels) a click in step-through mode must be to a training point to record it. */
  private static final double CLICK_RADIUS = 18;

  private final MainViewModel vm;
  private final StackPane diagramPane;
  private final PresentationModel presentation = new PresentationModel();
  private final StepThroughController stepThrough;
  private final BoundaryView boundary = new BoundaryView();
  private final ProjectionModel projection = new ProjectionModel();
  private final PointEditor pointEditor;
  private final MetricsModel metrics = new MetricsModel();
  private final ImagesModel images = new ImagesModel();
  private final InsightPane insight = new InsightPane(metrics, images);
  private final PointEditBar pointEditBar;
  private final NetworkDiagram diagram = new NetworkDiagram();
  private final ChartsView charts = new ChartsView();
  private final ControlPanel controls;
  private final StatusLine statusLine;
  private final StepThroughPane stepThroughPane;
  private final StepMarks stepMarks;
  private final ScrollPane controlPanel;
  private final StackPane boundaryPlot;
  private final SplitPane center;
  private final SplitPane right;
  private SplitPane stepSplit;
  private final SweepPane sweepPane;
  private final CompareView comparePane;
  private final RewindModel rewind;
  private final RewindBar rewindBar;

  public MainView(MainViewModel vm, StepThroughController stepThrough) {
    this.vm = vm;
    this.stepThrough = stepThrough;
    getStyleClass().add("main-view");

    controls = new ControlPanel(vm);
    rewind = new RewindModel(vm::sendCommand);
    rewindBar = new RewindBar(rewind);
    controlPanel = new ScrollPane(controls);
    controlPanel.setId(CONTROL_PANEL);
    controlPanel.setFitToWidth(true);
    controlPanel.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    controlPanel.setPrefWidth(CONTROLS_WIDTH);
    controlPanel.setMinWidth(CONTROLS_MIN_WIDTH);

    boundary.showTestPointsProperty().bind(vm.showTestPointsProperty());
    stepMarks = new StepMarks(boundary, stepThrough.model());
    ProjectionBar projectionBar = new ProjectionBar(projection);
    pointEditor = new PointEditor(vm::sendCommand);
    pointEditBar = new PointEditBar(pointEditor, boundary, vm::reportViewError);
    pointEditBar.acceptDrops(this);
    boundary.holdExtentProperty().bind(pointEditor.editingProperty());
    stepThrough
        .activeProperty()
        .addListener(
            (o, was, is) -> {
              pointEditor.editingProperty().set(false);
              rewind.showLive(); // the step-through steps the run as it is now
            });
    // the point bar (import, export, editing) and, for more than two inputs, the plane's choice
    VBox plotBars = new VBox(6, pointEditBar, projectionBar);
    plotBars.setAlignment(Pos.TOP_RIGHT);
    plotBars.setPickOnBounds(false);
    plotBars.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
    StackPane.setAlignment(plotBars, Pos.TOP_RIGHT);
    StackPane.setMargin(plotBars, new Insets(14, 18, 0, 0));
    boundaryPlot = new StackPane(boundary, stepMarks, plotBars, banner());
    StackPane.setAlignment(boundaryPlot.getChildren().get(3), Pos.TOP_CENTER);
    boundaryPlot.setId(BOUNDARY_PLOT);
    boundaryPlot.getStyleClass().add("boundary-region");
    boundaryPlot.setMinSize(200, 200);

    diagramPane = new StackPane(diagram);
    diagramPane.setId(NETWORK_DIAGRAM);
    diagramPane.getStyleClass().add("plot-region");
    diagramPane.setMinSize(200, DIAGRAM_MIN_HEIGHT);
    diagram.setOnWeightEdited(
        (layer, j, i, value) -> {
          rewind.showLive(); // a typed weight changes the run as it is now
          vm.setWeight(layer, j, i, value);
        });
    diagram.setOnEditorClosed(this::focusPlot);

    charts.setId(CHARTS);
    charts.getStyleClass().add("plot-region");
    charts.setMinSize(200, CHARTS_MIN_HEIGHT);

    VBox.setVgrow(charts, Priority.ALWAYS);
    VBox chartsAndRewind = new VBox(charts, rewindBar);
    chartsAndRewind.setMinWidth(200); // its least height: the charts' and the scrubber's
    right = new SplitPane(diagramPane, chartsAndRewind, insight);
    right.setOrientation(Orientation.VERTICAL);
    right.setDividerPositions(0.33, 0.68);
    center = new SplitPane(boundaryPlot, right);
    center.setDividerPositions(0.52);

    setLeft(controlPanel);
    setCenter(center);
    statusLine = new StatusLine(vm.runningProperty());
    statusLine.setId(STATUS_LINE);
    setBottom(new PresentationBar(presentation, statusLine));
    stepThroughPane = new StepThroughPane(stepThrough);
    images
        .imageSideProperty()
        .addListener(
            (o, was, is) -> {
              stepThroughPane.diagram().setInputImageSide(is.intValue());
              // images need room: the diagram of 784 inputs is folded anyway
              right.setDividerPositions(
                  is.intValue() > 0 ? new double[] {0.2, 0.55} : new double[] {0.33, 0.68});
            });
    images
        .exampleProperty()
        .addListener(
            (o, was, is) ->
                diagram.setInputImage(
                    is == null ? 0 : is.side(),
                    is == null ? null : is.argb(),
                    is == null ? null : is.caption()));
    installStepThrough();
    sweepPane = new SweepPane(vm.newSweepViewModel(), this::hideSweep);
    controls.sweepMapButton().setOnAction(e -> showSweep());
    comparePane = new CompareView(vm.newCompareViewModel(), this::hideCompare);
    controls.compareButton().setOnAction(e -> showCompare());
    installPresentation();
    // after Enter in a field the plot has the focus again, so Space plays and presses nothing
    addEventHandler(
        ActionEvent.ACTION,
        e -> {
          if (e.getTarget() instanceof TextField f && !f.getStyleClass().contains("invalid")) {
            focusPlot();
          }
        });
    sceneProperty()
        .addListener(
            (o, was, is) -> {
              if (is != null) {
                is.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
              }
            });
  }

  private HBox banner() {
    Label text = new Label();
    text.setId("bannerText");
    text.setWrapText(true);
    text.textProperty().bind(vm.bannerProperty());
    Button close = new Button("✕");
    close.setId("bannerClose");
    Controls.tip(close, "Hides this message.");
    close.setOnAction(e -> vm.dismissBanner());
    HBox banner = new HBox(10, text, close);
    banner.setId(BANNER);
    banner.getStyleClass().add("banner");
    banner.setAlignment(Pos.CENTER_LEFT);
    banner.setMaxWidth(560);
    banner.setMaxHeight(HBox.USE_PREF_SIZE);
    HBox.setHgrow(text, Priority.ALWAYS);
    StackPane.setMargin(banner, new Insets(12));
    banner.visibleProperty().bind(vm.bannerProperty().isNotEmpty());
    vm.bannerKindProperty()
        .addListener(
            (o, a, b) -> {
              banner.getStyleClass().removeAll("banner-diverged", "banner-error", "banner-notice");
              if (!b.isEmpty()) {
                banner.getStyleClass().add("banner-" + b);
              }
            });
    return banner;
  }

  /**
   * The window's keys. Single keys never act while the focus is in a text field or a spinner's
   * editor (the key is typed there); Space plays or pauses whatever else has the focus (it never
   * presses a focused button or ticks a box); Ctrl+Z undoes the last change that discarded work.
   */
  private void onKey(KeyEvent e) {
    if (PresentationBar.onKey(presentation, e)) {
      e.consume();
      return;
    }
    var focus = getScene() == null ? null : getScene().getFocusOwner();
    boolean typing = typesText(focus);
    if (isCompareShown()) {
      if (comparePane.onKey(e, typing)) {
        e.consume();
      }
      return;
    }
    if (isSweepShown()) {
      if (e.getCode() == KeyCode.ESCAPE) {
        hideSweep();
        e.consume();
      }
      return;
    }
    if (e.isShortcutDown() && !e.isAltDown() && e.getCode() == KeyCode.Z) {
      if (!typing) {
        stepThrough.leave();
        if (!pointEditor.cancelDraft()) {
          vm.undo();
        }
        e.consume();
      }
      return;
    }
    if (e.isAltDown() || e.isControlDown() || e.isShortcutDown() || e.isMetaDown()) {
      return;
    }
    if (stepThrough.isActive()) {
      if (!typing || e.getCode() == KeyCode.ESCAPE) {
        onStepThroughKey(e);
      }
      return;
    }
    if (typing) {
      return;
    }
    switch (e.getCode()) {
      case T -> stepThrough.enter();
      case M -> showSweep();
      case C -> showCompare();
      case SPACE -> vm.togglePlay();
      case RIGHT -> {
        if (focus instanceof Slider) {
          return; // the slider moves
        }
        if (e.isShiftDown()) {
          vm.stepEpoch();
        } else {
          vm.stepBatch();
        }
      }
      case R -> vm.reset(e.isShiftDown());
      case F -> vm.toggleFullSpeed();
      default -> {
        return;
      }
    }
    e.consume();
  }

  /** Whether keys go into {@code focus} as text: a text field or an editable spinner or combo. */
  static boolean typesText(Node focus) {
    return focus instanceof TextInputControl
        || (focus instanceof Spinner<?> s && s.isEditable())
        || (focus instanceof ComboBoxBase<?> c && c.isEditable());
  }

  /** Gives the keyboard focus to the plot, where every single-key shortcut works. */
  public void focusPlot() {
    boundaryPlot.requestFocus();
  }

  private void onStepThroughKey(KeyEvent e) {
    switch (e.getCode()) {
      case RIGHT -> stepThroughPane.next();
      case LEFT -> stepThroughPane.previous();
      case SPACE -> stepThroughPane.togglePlay();
      case HOME -> stepThroughPane.model().first();
      case UP -> stepThroughPane.moveRow(-1);
      case DOWN -> stepThroughPane.moveRow(1);
      case END -> stepThroughPane.model().last();
      case ESCAPE, T -> stepThrough.leave();
      case R -> {} // no reset while stepping through
      default -> {
        return;
      }
    }
    e.consume();
  }

  private void installStepThrough() {
    controls.stepThroughButton().setOnAction(e -> stepThrough.enter());
    stepThrough
        .activeProperty()
        .addListener(
            (o, was, is) -> {
              if (is) {
                showStepThrough();
              } else {
                showMainLayout();
              }
            });
    boundary.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onBoundaryClick);
  }

  /** The views follow the type scale; the controls and full screen follow presentation mode. */
  private void installPresentation() {
    presentation.setScreenHeight(this::screenHeight);
    presentation.typeScaleProperty().addListener((o, was, is) -> applyTypeScale());
    presentation.controlsShownProperty().addListener((o, was, is) -> showControls());
    presentation
        .presentingProperty()
        .addListener(
            (o, was, is) -> {
              if (getScene() != null && getScene().getWindow() instanceof Stage stage) {
                stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
                stage.setFullScreenExitHint("F11 leaves presentation mode");
                stage.setFullScreen(is);
              }
            });
    applyTypeScale();
  }

  /** The height of the screen the window is on (the primary screen before it is shown). */
  private double screenHeight() {
    Screen screen = Screen.getPrimary();
    if (getScene() != null && getScene().getWindow() instanceof Stage stage) {
      List<Screen> on =
          Screen.getScreensForRectangle(
              stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
      screen = on.isEmpty() ? screen : on.get(0);
    }
    return screen.getBounds().getHeight();
  }

  private void applyTypeScale() {
    double s = presentation.typeScale();
    setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;", BASE_FONT * s));
    boundary.setTypeScale(s);
    diagram.setTypeScale(s);
    charts.setTypeScale(s);
    // the plot keeps its least height, its type and toolbar grow with the scale
    charts.setMinHeight(ChartsView.LEAST_PLOT + (CHARTS_MIN_HEIGHT - ChartsView.LEAST_PLOT) * s);
    // half as fast as the type: its titles need the room, the image tiles below need theirs
    diagramPane.setMinHeight(DIAGRAM_MIN_HEIGHT * (1 + s) / 2);
    insight.setTypeScale(s);
    comparePane.setTypeScale(s);
    statusLine.setTypeScale(s);
    stepThroughPane.diagram().setTypeScale(s);
    stepThroughPane.equations().setTypeScale(s);
    controlPanel.setPrefWidth(CONTROLS_WIDTH * s);
    controlPanel.setMinWidth(CONTROLS_MIN_WIDTH * s);
    PresentationBar.scaleTooltips(BASE_FONT * s, this, controlPanel, stepThroughPane);
  }

  private void showControls() {
    if (!stepThrough.isActive()) {
      setLeft(presentation.controlsShownProperty().get() ? controlPanel : null);
    }
  }

  private void showStepThrough() {
    center.getItems().remove(boundaryPlot);
    stepSplit = new SplitPane(boundaryPlot, stepThroughPane);
    // the plot about as wide as it is high (equal scales: a narrow plot would show a strip)
    double side = center.getHeight() + 40;
    stepSplit.setDividerPositions(
        center.getWidth() > 0 ? Math.max(0.3, Math.min(0.45, side / center.getWidth())) : 0.4);
    setLeft(null);
    setCenter(stepSplit);
    stepThroughPane.start();
    stepThroughPane.requestFocus();
  }

  private void showMainLayout() {
    stepThroughPane.stop();
    stepSplit.getItems().clear();
    center.getItems().setAll(boundaryPlot, right);
    center.setDividerPositions(0.52);
    setCenter(center);
    showControls();
    focusPlot();
  }

  /** Shows the sweep map in place of the main layout (M); a running sweep goes on meanwhile. */
  public void showSweep() {
    if (isSweepShown()) {
      return;
    }
    stepThrough.leave();
    setLeft(null);
    setCenter(sweepPane);
    sweepPane.requestFocus();
  }

  /** Back to the main layout (Esc in the sweep map, or after opening a cell). */
  public void hideSweep() {
    if (!isSweepShown()) {
      return;
    }
    setLeft(controlPanel);
    setCenter(center);
    focusPlot();
  }

  public boolean isSweepShown() {
    return getCenter() == sweepPane;
  }

  public SweepPane sweepPane() {
    return sweepPane;
  }

  /** Shows the compare view in place of the main layout (C); its runs pause when it is left. */
  public void showCompare() {
    if (isCompareShown()) {
      return;
    }
    stepThrough.leave();
    hideSweep();
    setLeft(null);
    setCenter(comparePane);
    statusLine.setVisible(false); // it speaks of the main view's run
    comparePane.shown();
  }

  /** Back to the main layout (Esc in the compare view, or after opening a run). */
  public void hideCompare() {
    if (!isCompareShown()) {
      return;
    }
    comparePane.viewModel().pause();
    statusLine.setVisible(true);
    setLeft(controlPanel);
    setCenter(center);
    focusPlot();
  }

  public boolean isCompareShown() {
    return getCenter() == comparePane;
  }

  public CompareView comparePane() {
    return comparePane;
  }

  /** A click near a training point in step-through mode records that example. */
  private void onBoundaryClick(MouseEvent e) {
    if (!stepThrough.isActive()) {
      return;
    }
    int row = boundary.trainingPointNear(e.getX(), e.getY(), CLICK_RADIUS);
    if (row >= 0) {
      stepThrough.recordRow(row);
      e.consume();
    }
  }

  /** The views the {@link FrameLoop} draws. */
  public FrameLoop.Views frameViews() {
    return new FrameLoop.Views(
        boundary,
        diagram,
        charts,
        statusLine,
        stepMarks,
        projection,
        pointEditor,
        metrics,
        images,
        rewind);
  }

  /** The scrubber's model: which kept epoch the views show. */
  public RewindModel rewind() {
    return rewind;
  }

  public RewindBar rewindBar() {
    return rewindBar;
  }

  public MainViewModel viewModel() {
    return vm;
  }

  /** The type scale, presentation mode and whether the controls are shown. */
  public PresentationModel presentation() {
    return presentation;
  }

  public StatusLine statusLine() {
    return statusLine;
  }

  public StepThroughController stepThrough() {
    return stepThrough;
  }

  public StepThroughPane stepThroughPane() {
    return stepThroughPane;
  }

  public BoundaryView boundaryView() {
    return boundary;
  }

  public NetworkDiagram networkDiagram() {
    return diagram;
  }

  public ChartsView chartsView() {
    return charts;
  }

  public InsightPane insightPane() {
    return insight;
  }

  public PointEditor pointEditor() {
    return pointEditor;
  }

  public PointEditBar pointEditBar() {
    return pointEditBar;
  }

  public ControlPanel controlPanel() {
    return controls;
  }
}
