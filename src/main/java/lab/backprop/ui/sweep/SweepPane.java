package lab.backprop.ui.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import lab.backprop.train.SweepSummary;
import lab.backprop.ui.common.Controls;
import lab.backprop.ui.common.PictureView;

/**
 * The sweep map: the settings of a sweep (one or two hyperparameters and their values, epochs per
 * run, seeds per cell, what to show), its progress with the time left and cancel, the heat map of
 * the chosen measure and, beside it, each cell's decision boundary. A click on a cell (or Enter on
 * it) opens its run in the main view. Binds and delegates to the {@link SweepViewModel}.
 */
public final class SweepPane extends BorderPane {
  public static final String ID = "sweepPane";

  private final SweepViewModel vm;
  private final Runnable onClose;
  private final MapGrid heat = new MapGrid();
  private final MapGrid boundaries = new MapGrid();
  private final Label legend = new Label();
  private final List<Button> heatCells = new ArrayList<>();
  private final List<Button> thumbCells = new ArrayList<>();
  private final List<PictureView> thumbViews = new ArrayList<>();
  private SweepMap shown = SweepMap.EMPTY;

  /**
   * @param onClose goes back to the main view (after a cell is opened, or on Esc)
   */
  public SweepPane(SweepViewModel vm, Runnable onClose) {
    this.vm = vm;
    this.onClose = onClose;
    setId(ID);
    getStyleClass().add("sweep-pane");
    setTop(new VBox(10, settings(), progress(), message()));
    HBox maps = new HBox(24, heat, boundaries);
    HBox.setHgrow(heat, Priority.ALWAYS);
    HBox.setHgrow(boundaries, Priority.ALWAYS);
    heat.setId("sweepHeatMap");
    boundaries.setId("sweepBoundaries");
    BorderPane.setMargin(maps, new Insets(16, 0, 8, 0));
    setCenter(maps);
    legend.setId("sweepLegend");
    legend.getStyleClass().add("sweep-legend");
    legend.setWrapText(true);
    setBottom(legend);
    setPadding(new Insets(16));
    vm.mapProperty().addListener((o, was, is) -> show(is));
    show(vm.mapProperty().get());
  }

  private HBox settings() {
    ComboBox<SweepAxis> columns =
        new ComboBox<>(FXCollections.observableArrayList(SweepAxis.values()));
    columns.setId("sweepColumnAxis");
    columns.valueProperty().bindBidirectional(vm.columnAxisProperty());
    TextField columnValues = values("sweepColumnValues", vm.columnValuesProperty().get());
    columnValues.textProperty().bindBidirectional(vm.columnValuesProperty());
    List<SweepAxis> rowChoices = new ArrayList<>();
    rowChoices.add(null);
    rowChoices.addAll(List.of(SweepAxis.values()));
    ComboBox<SweepAxis> rows = new ComboBox<>(FXCollections.observableArrayList(rowChoices));
    rows.setId("sweepRowAxis");
    rows.setConverter(axisNames());
    rows.setButtonCell(
        new javafx.scene.control.ListCell<>() {
          @Override
          protected void updateItem(SweepAxis item, boolean empty) {
            super.updateItem(item, empty);
            setText(item == null ? "none (one row)" : item.label());
          }
        });
    rows.setCellFactory(
        l ->
            new javafx.scene.control.ListCell<>() {
              @Override
              protected void updateItem(SweepAxis item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? "" : item == null ? "none (one row)" : item.label());
              }
            });
    rows.valueProperty().bindBidirectional(vm.rowAxisProperty());
    TextField rowValues = values("sweepRowValues", vm.rowValuesProperty().get());
    rowValues.textProperty().bindBidirectional(vm.rowValuesProperty());

    Spinner<Integer> epochs =
        spinner("sweepEpochs", SweepViewModel.MIN_EPOCHS, SweepViewModel.MAX_EPOCHS, 100);
    epochs.getValueFactory().setValue(vm.epochsProperty().get());
    epochs.valueProperty().addListener((o, a, b) -> vm.epochsProperty().set(b));
    vm.epochsProperty().addListener((o, a, b) -> epochs.getValueFactory().setValue(b.intValue()));
    Spinner<Integer> seeds = spinner("sweepSeeds", 1, SweepViewModel.MAX_SEEDS, 1);
    seeds.getValueFactory().setValue(vm.seedsProperty().get());
    seeds.valueProperty().addListener((o, a, b) -> vm.seedsProperty().set(b));
    vm.seedsProperty().addListener((o, a, b) -> seeds.getValueFactory().setValue(b.intValue()));
    seeds.setPrefWidth(80);

    ComboBox<SweepSummary.Measure> measure =
        new ComboBox<>(FXCollections.observableArrayList(SweepSummary.Measure.values()));
    measure.setId("sweepMeasure");
    measure.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(SweepSummary.Measure m) {
            return m == null ? "" : m.label();
          }

          @Override
          public SweepSummary.Measure fromString(String s) {
            return null;
          }
        });
    measure.valueProperty().bindBidirectional(vm.measureProperty());
    Spinner<Double> target = new Spinner<>(0.5, 1.0, vm.targetAccuracyProperty().get(), 0.01);
    target.setId("sweepTarget");
    target.setEditable(true);
    target.setPrefWidth(90);
    Controls.lenient(target);
    target.valueProperty().addListener((o, a, b) -> vm.targetAccuracyProperty().set(b));
    target.disableProperty().bind(vm.runningProperty());

    Button run = Controls.button("sweepRun", "Run sweep", "Trains every cell (Enter).", vm::start);
    run.disableProperty().bind(vm.runningProperty());
    run.getStyleClass().add("accent");
    Button cancel =
        Controls.button(
            "sweepCancel", "Cancel", "Stops the sweep; finished cells stay.", vm::cancel);
    cancel.disableProperty().bind(vm.runningProperty().not());
    Button back =
        Controls.button(
            "sweepBack",
            "Back to the run (Esc)",
            "Goes back to the main view; a running sweep goes on.",
            onClose);
    for (var c : List.of(columnValues, rowValues)) {
      c.setOnAction(e -> vm.start());
    }
    for (Region r : List.of(columns, rows, measure, run, cancel, back)) {
      r.setMinWidth(Region.USE_PREF_SIZE);
    }
    javafx.scene.layout.FlowPane fields =
        new javafx.scene.layout.FlowPane(
            10,
            6,
            field("Columns", columns),
            columnValues,
            field("Rows", rows),
            rowValues,
            field("Epochs per run", epochs),
            field("Seeds per cell", seeds),
            field("Show", measure),
            field("Target accuracy", target));
    fields.setAlignment(Pos.BOTTOM_LEFT);
    HBox.setHgrow(fields, Priority.ALWAYS);
    HBox buttons = new HBox(10, run, cancel, back);
    buttons.setAlignment(Pos.BOTTOM_RIGHT);
    buttons.setMinWidth(Region.USE_PREF_SIZE);
    HBox box = new HBox(10, fields, buttons);
    box.setAlignment(Pos.BOTTOM_LEFT);
    box.getStyleClass().add("sweep-settings");
    columns.disableProperty().bind(vm.runningProperty());
    rows.disableProperty().bind(vm.runningProperty());
    columnValues.disableProperty().bind(vm.runningProperty());
    rowValues.disableProperty().bind(vm.runningProperty().or(vm.rowAxisProperty().isNull()));
    epochs.disableProperty().bind(vm.runningProperty());
    seeds.disableProperty().bind(vm.runningProperty());
    return box;
  }

  private static StringConverter<SweepAxis> axisNames() {
    return new StringConverter<>() {
      @Override
      public String toString(SweepAxis a) {
        return a == null ? "none (one row)" : a.label();
      }

      @Override
      public SweepAxis fromString(String s) {
        return null;
      }
    };
  }

  private static TextField values(String id, String text) {
    TextField f = new TextField(text);
    f.setId(id);
    f.setPrefColumnCount(14);
    Controls.tip(
        f,
        "Values separated by commas, or a range FROM..TO:N (N values; evenly spaced on a log"
            + " scale for the learning rate). Enter runs the sweep.");
    return f;
  }

  private static Spinner<Integer> spinner(String id, int min, int max, int step) {
    Spinner<Integer> s = new Spinner<>();
    s.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, min, step));
    s.setId(id);
    s.setEditable(true);
    s.setPrefWidth(110);
    Controls.lenient(s);
    return s;
  }

  private static VBox field(String name, javafx.scene.Node control) {
    Label l = new Label(name);
    l.setLabelFor(control);
    l.getStyleClass().add("sweep-field-label");
    return new VBox(2, l, control);
  }

  private HBox progress() {
    ProgressBar bar = new ProgressBar();
    bar.setId("sweepProgress");
    bar.progressProperty().bind(vm.progressProperty());
    bar.setMaxWidth(Double.MAX_VALUE);
    bar.setPrefHeight(18);
    HBox.setHgrow(bar, Priority.ALWAYS);
    Label text = new Label();
    text.setId("sweepProgressText");
    text.textProperty().bind(vm.progressTextProperty());
    text.setMinWidth(320);
    HBox box = new HBox(12, bar, text);
    box.setAlignment(Pos.CENTER_LEFT);
    return box;
  }

  private Label message() {
    Label l = new Label();
    l.setId("sweepMessage");
    l.getStyleClass().addAll("banner", "banner-error");
    l.textProperty().bind(vm.messageProperty());
    l.visibleProperty().bind(vm.messageProperty().isNotEmpty());
    l.managedProperty().bind(l.visibleProperty());
    l.setWrapText(true);
    return l;
  }

  // ---- the map ----

  private void show(SweepMap map) {
    boolean sameShape =
        map.columns().equals(shown.columns())
            && map.rows().equals(shown.rows())
            && map.cells().length == heatCells.size();
    shown = map;
    if (!sameShape) {
      rebuild(map);
    }
    ColourScale scale = ColourScale.of(map);
    for (int k = 0; k < map.cells().length; k++) {
      SweepMap.Cell cell = map.cells()[k];
      paintHeat(heatCells.get(k), cell, scale, map.measure());
      paintThumb(thumbCells.get(k), thumbViews.get(k), cell);
    }
    String what = map.measure().label();
    heat.setTitle(map.cells().length == 0 ? "" : what + ", mean over the seeds");
    boundaries.setTitle(map.cells().length == 0 ? "" : "decision boundary, first seed");
    legend.setText(scale.legend(map.measure()));
  }

  private void rebuild(SweepMap map) {
    heatCells.clear();
    thumbCells.clear();
    thumbViews.clear();
    int columns = map.columns().size();
    for (int k = 0; k < map.cells().length; k++) {
      int row = k / columns;
      int col = k % columns;
      SweepMap.Cell cell = map.cells()[k];
      Button h = cellButton("sweepCell-" + row + "-" + col, cell.index());
      h.getStyleClass().add("heat-cell");
      heatCells.add(h);
      PictureView view = new PictureView();
      view.setMouseTransparent(true);
      Label mark = new Label();
      mark.getStyleClass().add("thumb-mark");
      StackPane graphic = new StackPane(view, mark);
      StackPane.setAlignment(mark, Pos.BOTTOM_CENTER);
      Button t = cellButton("sweepThumb-" + row + "-" + col, cell.index());
      t.getStyleClass().add("thumb-cell");
      t.setGraphic(graphic);
      t.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
      thumbCells.add(t);
      thumbViews.add(view);
    }
    if (!heatCells.isEmpty()) {
      heatCells.get(0).widthProperty().addListener((o, was, is) -> show(shown));
      thumbCells.get(0).widthProperty().addListener((o, was, is) -> show(shown));
    }
    heat.setCells(map.rowAxis(), rowValues(map), map.columnAxis(), map.columns(), heatCells);
    boundaries.setCells(map.rowAxis(), rowValues(map), map.columnAxis(), map.columns(), thumbCells);
  }

  private static List<String> rowValues(SweepMap map) {
    return map.rowAxis().isEmpty() ? List.of("") : map.rows();
  }

  private Button cellButton(String id, int index) {
    Button b = new Button();
    b.setId(id);
    b.setMinSize(0, 0);
    b.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
    b.setWrapText(true);
    b.setOnAction(
        e -> {
          if (vm.open(index)) {
            onClose.run();
          }
        });
    return b;
  }

  private static void paintHeat(
      Button b, SweepMap.Cell cell, ColourScale scale, SweepSummary.Measure measure) {
    SweepSummary s = cell.summary();
    String text;
    String background;
    boolean dark;
    if (s == null) {
      text = "…";
      background = "#e8e8e8";
      dark = false;
    } else if (Double.isNaN(s.mean())) {
      text = s.diverged() == s.runs() ? "✕\ndiverged" : "never\nreached";
      background = s.diverged() == s.runs() ? "#7a7a7a" : "#cfcfcf";
      dark = s.diverged() == s.runs();
    } else {
      double t = scale.goodness(s.mean());
      text = SweepViewModel.format(measure, s.mean());
      if (s.diverged() > 0) {
        text += "\n✕ " + s.diverged() + " of " + s.runs() + " diverged";
      }
      background = ColourScale.hex(ColourScale.colour(t));
      dark = t < 0.6;
    }
    b.setText(text);
    double font = Math.max(11, Math.min(20, b.getWidth() / 5.5));
    b.setStyle(
        String.format(Locale.ROOT, "-fx-font-size: %.0fpx; ", font)
            + "-fx-background-color: "
            + background
            + "; -fx-text-fill: "
            + (dark ? "white" : "#1a1a1a")
            + ";");
    tooltip(b, cell.tooltip());
  }

  private static void paintThumb(Button b, PictureView view, SweepMap.Cell cell) {
    Label mark = (Label) ((StackPane) b.getGraphic()).getChildren().get(1);
    SweepSummary s = cell.summary();
    if (cell.thumbnail() != null) {
      view.fitWidthProperty().unbind();
      view.fitHeightProperty().unbind();
      view.show(cell.thumbnail(), Thumbnails.SIDE, Thumbnails.SIDE);
      view.fitWidthProperty().bind(b.widthProperty().subtract(8));
      view.fitHeightProperty().bind(b.heightProperty().subtract(8));
    }
    view.setVisible(cell.thumbnail() != null);
    boolean diverged = s != null && s.diverged() > 0;
    mark.setText(
        s == null
            ? "…"
            : s.diverged() == s.runs()
                ? "✕ diverged"
                : diverged ? "✕ " + s.diverged() + " diverged" : "");
    mark.setVisible(!mark.getText().isEmpty());
    mark.setStyle(
        String.format(
            Locale.ROOT, "-fx-font-size: %.0fpx;", Math.max(10, Math.min(14, b.getWidth() / 8.5))));
    tooltip(b, cell.tooltip());
  }

  private static void tooltip(Button b, String text) {
    Tooltip t = b.getTooltip();
    if (t == null) {
      t = new Tooltip();
      t.setShowDelay(Duration.millis(250));
      t.setShowDuration(Duration.seconds(30));
      t.setWrapText(true);
      t.setMaxWidth(520);
      b.setTooltip(t);
    }
    t.setText(text);
  }

  /** The map shown now (tests). */
  public SweepMap shownMap() {
    return shown;
  }

  public SweepViewModel viewModel() {
    return vm;
  }
}
