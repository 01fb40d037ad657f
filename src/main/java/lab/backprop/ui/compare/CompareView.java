package lab.backprop.ui.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import lab.backprop.ui.common.Controls;
import lab.backprop.ui.common.Palette;
import lab.backprop.ui.common.PictureView;
import lab.backprop.ui.controls.ControlPanel;
import lab.backprop.ui.session.SessionDialogs;

/**
 * The compare view: what the other runs change (a line of {@code NAME=VALUE} changes), the runs
 * side by side, each with its decision boundary, what differs from the base run, where its initial
 * weights come from, its numbers and its buttons (open in the main view, save as a session, drop),
 * and below them the loss and the accuracy of all runs overlaid, with a legend naming what differs.
 * Keys: Space plays or pauses, → steps, Shift+→ an epoch, F full speed, Esc goes back. Binds and
 * delegates to the {@link CompareViewModel}.
 */
public final class CompareView extends BorderPane {
  public static final String ID = "comparePane";

  private final CompareViewModel vm;
  private final Runnable onClose;
  private final HBox runsRow = new HBox(16);
  private final FlowPane legend = new FlowPane(18, 4);
  private final PictureView lossView = new PictureView();
  private final PictureView accuracyView = new PictureView();
  private final StackPane lossPane = new StackPane(lossView);
  private final StackPane accuracyPane = new StackPane(accuracyView);
  private final HBox charts = new HBox(12, lossPane, accuracyPane);
  private final List<CardView> cardViews = new ArrayList<>();
  private final AnimationTimer timer;
  private SessionDialogs dialogs = SessionDialogs.standard();
  private Path lastFolder;
  private double typeScale = 1;

  /**
   * @param onClose goes back to the main view (Esc, the Back button, after opening a run)
   */
  public CompareView(CompareViewModel vm, Runnable onClose) {
    this.vm = vm;
    this.onClose = onClose;
    setId(ID);
    setPadding(new Insets(12, 16, 12, 16));
    setTop(new VBox(8, requestRow(), playRow(), message(), summary()));
    runsRow.setId("compareRuns");
    runsRow.setAlignment(Pos.TOP_CENTER);
    VBox.setVgrow(runsRow, Priority.ALWAYS);
    runsRow.setMinHeight(0);
    legend.setId("compareLegend");
    legend.setAlignment(Pos.CENTER);
    for (StackPane p : List.of(lossPane, accuracyPane)) {
      p.setMinSize(0, 0);
      p.setStyle("-fx-background-color: white; -fx-border-color: #d0d0d0;");
      HBox.setHgrow(p, Priority.ALWAYS);
      p.setPrefWidth(100);
    }
    lossPane.setId("compareLossChart");
    accuracyPane.setId("compareAccuracyChart");
    charts.setMinHeight(0);
    VBox chartsBox = new VBox(4, legend, charts);
    VBox.setVgrow(charts, Priority.ALWAYS);
    chartsBox.prefHeightProperty().bind(heightProperty().multiply(0.34));
    chartsBox.setMinHeight(120);
    VBox center = new VBox(10, runsRow, chartsBox);
    BorderPane.setMargin(center, new Insets(10, 0, 0, 0));
    setCenter(center);
    vm.cardsProperty().addListener((o, was, is) -> showCards(is));
    vm.chartsProperty()
        .addListener(
            (o, was, is) -> {
              if (is != null && is.loss() != null) {
                lossView.show(is.loss(), is.loss().width(), is.loss().height());
                accuracyView.show(is.accuracy(), is.accuracy().width(), is.accuracy().height());
              }
            });
    timer =
        new AnimationTimer() {
          @Override
          public void handle(long now) {
            sendSizes();
            vm.update();
          }
        };
    sceneProperty()
        .addListener(
            (o, was, is) -> {
              if (is == null) {
                timer.stop();
              } else {
                timer.start();
              }
            });
  }

  private HBox requestRow() {
    Label what = new Label("Compare the run with _runs that change:");
    what.setMnemonicParsing(true);
    what.setMinWidth(Region.USE_PREF_SIZE);
    TextField request = new TextField();
    request.setId("compareRequest");
    request.setPrefColumnCount(34);
    request.textProperty().bindBidirectional(vm.requestProperty());
    what.setLabelFor(request);
    Controls.tip(
        request,
        "One run per part, separated by ';', each one or more NAME=VALUE changes separated by"
            + " spaces: "
            + String.join(", ", CompareRequest.names())
            + ". E.g. activation=relu; lr=1; hidden=16. Enter starts.");
    request.setOnAction(e -> start());
    HBox.setHgrow(request, Priority.ALWAYS);
    Button start =
        Controls.button(
            "compareStart",
            "_Start",
            "Starts the runs side by side from the current run (Enter).",
            this::start);
    start.getStyleClass().add("accent");
    Button back =
        Controls.button(
            "compareBack",
            "Back to the run (Esc)",
            "Goes back to the main view; the comparison pauses and stays.",
            onClose);
    for (Region r : List.of(start, back)) {
      r.setMinWidth(Region.USE_PREF_SIZE);
    }
    HBox row = new HBox(10, what, request, start, back);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private HBox playRow() {
    Button play =
        Controls.button(
            "comparePlay", "_Play", "Plays or pauses all runs (Space).", vm::togglePlay);
    play.textProperty()
        .bind(
            javafx.beans.binding.Bindings.when(vm.runningProperty())
                .then("_Pause")
                .otherwise("_Play"));
    play.setMinWidth(Region.USE_PREF_SIZE);
    play.setPrefWidth(90);
    Button step =
        Controls.button(
            "compareStep",
            "Step (→)",
            "Every run to the end of its next step; a run whose step ends later waits (→).",
            vm::step);
    Button epoch =
        Controls.button(
            "compareEpoch",
            "_Epoch (Shift+→)",
            "Every run to the end of the epoch (Shift+→).",
            vm::stepEpoch);
    for (Button b : List.of(play, step, epoch)) {
      b.disableProperty().bind(vm.startedProperty().not());
      b.setMinWidth(Region.USE_PREF_SIZE);
    }
    Node speed = ControlPanel.speedRow(vm.speedProperty(), vm::toggleFullSpeed);
    if (speed instanceof Region r) {
      r.setPrefWidth(380);
      r.setMinWidth(260);
    }
    CheckBox log = new CheckBox("_Log loss");
    log.setId("compareLogLoss");
    log.setMinWidth(Region.USE_PREF_SIZE);
    log.selectedProperty().addListener((o, a, b) -> vm.setLogLoss(b));
    Label status = new Label();
    status.setId("compareStatus");
    status.textProperty().bind(vm.statusProperty());
    status.setStyle("-fx-font-weight: bold;");
    status.setMinWidth(Region.USE_PREF_SIZE);
    HBox row = new HBox(10, play, step, epoch, speed, log, status);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private Label message() {
    Label l = new Label();
    l.setId("compareMessage");
    l.getStyleClass().addAll("banner", "banner-error");
    l.textProperty().bind(vm.messageProperty());
    l.visibleProperty().bind(vm.messageProperty().isNotEmpty());
    l.managedProperty().bind(l.visibleProperty());
    l.setWrapText(true);
    return l;
  }

  private Label summary() {
    Label l = new Label();
    l.setId("compareSummary");
    l.textProperty().bind(vm.summaryProperty());
    l.setWrapText(true);
    return l;
  }

  private void start() {
    if (vm.start()) {
      requestFocus();
    }
  }

  /** Shows the view: suggests the usual first comparison when none was asked for yet. */
  public void shown() {
    vm.suggest();
    requestFocus();
  }

  /** Keys while the view is shown; true when the key was used. */
  public boolean onKey(KeyEvent e, boolean typing) {
    if (e.getCode() == KeyCode.ESCAPE) {
      onClose.run();
      return true;
    }
    if (typing || e.isAltDown() || e.isControlDown() || e.isShortcutDown() || e.isMetaDown()) {
      return false;
    }
    switch (e.getCode()) {
      case SPACE -> vm.togglePlay();
      case RIGHT -> {
        if (e.getTarget() instanceof javafx.scene.control.Slider) {
          return false;
        }
        if (e.isShiftDown()) {
          vm.stepEpoch();
        } else {
          vm.step();
        }
      }
      case F -> vm.toggleFullSpeed();
      default -> {
        return false;
      }
    }
    return true;
  }

  /** The type scale of presentation mode (the charts' type and curves follow it). */
  public void setTypeScale(double s) {
    typeScale = s;
    vm.setTypeScale(s);
  }

  /** Asks the user where to save a session with these dialogs (tests give their own). */
  public void setDialogs(SessionDialogs dialogs) {
    this.dialogs = dialogs;
  }

  public CompareViewModel viewModel() {
    return vm;
  }

  // ---- sizes and cards ----

  private void sendSizes() {
    int n = Math.max(1, cardViews.size());
    double scale = PictureView.outputScale(this);
    double width = (runsRow.getWidth() - runsRow.getSpacing() * (n - 1)) / n - 16;
    double overhead = cardViews.isEmpty() ? 150 * typeScale : cardViews.get(0).overhead();
    double side = Math.max(80, Math.min(width, runsRow.getHeight() - overhead));
    int chartW = (int) Math.round((charts.getWidth() - charts.getSpacing()) / 2 * scale) - 2;
    int chartH = (int) Math.round(charts.getHeight() * scale) - 2;
    for (CardView c : cardViews) {
      c.setSide(side);
    }
    vm.setSizes((int) Math.round(side * scale), Math.max(0, chartW), Math.max(0, chartH), scale);
    lossView.setFitWidth(chartW / scale);
    lossView.setFitHeight(chartH / scale);
    accuracyView.setFitWidth(chartW / scale);
    accuracyView.setFitHeight(chartH / scale);
  }

  private void showCards(List<CompareViewModel.Card> cards) {
    boolean same =
        cards.size() == cardViews.size()
            && java.util.stream.IntStream.range(0, cards.size())
                .allMatch(k -> cardViews.get(k).id == cards.get(k).id());
    if (!same) {
      cardViews.clear();
      for (CompareViewModel.Card c : cards) {
        cardViews.add(new CardView(c));
      }
      runsRow.getChildren().setAll(cardViews);
      legend.getChildren().clear();
      for (CompareViewModel.Card c : cards) {
        legend.getChildren().add(legendEntry(c));
      }
      Label hint = new Label("solid: train · dashed: test");
      hint.getStyleClass().add("chart-hint");
      legend.getChildren().add(hint);
    }
    for (int k = 0; k < cards.size(); k++) {
      cardViews.get(k).show(cards.get(k));
    }
  }

  private static Node legendEntry(CompareViewModel.Card c) {
    Line swatch = new Line(0, 0, 28, 0);
    swatch.setStroke(Palette.toColor(c.argb()));
    swatch.setStrokeWidth(4);
    Label l = new Label(c.label(), swatch);
    l.setId("compareLegend-" + c.id());
    l.getStyleClass().add("compare-legend-entry");
    return l;
  }

  /** One run: its boundary, what differs, its weights and numbers, and its buttons. */
  private final class CardView extends VBox {
    final int id;
    private final Label title = new Label();
    private final PictureView boundary = new PictureView();
    private final StackPane plot = new StackPane(boundary);
    private final Label weights = new Label();
    private final Label numbers = new Label();
    private final Label problem = new Label();
    private final HBox buttons;
    private double side;

    CardView(CompareViewModel.Card c) {
      id = c.id();
      setId("compareRun-" + id);
      setSpacing(4);
      setAlignment(Pos.TOP_CENTER);
      setPadding(new Insets(6));
      HBox.setHgrow(this, Priority.ALWAYS);
      setMinWidth(0);
      String colour = toWeb(c.argb());
      setStyle(
          "-fx-border-color: "
              + colour
              + "; -fx-border-width: 4 0 0 0; -fx-background-color: #fafafa;");
      title.setId("compareLabel-" + id);
      title.setStyle("-fx-font-weight: bold; -fx-font-size: 1.3em; -fx-text-fill: " + colour + ";");
      title.setWrapText(true);
      weights.setId("compareWeights-" + id);
      weights.setWrapText(true);
      weights.setStyle("-fx-text-fill: #444;");
      numbers.setId("compareNumbers-" + id);
      numbers.setStyle("-fx-font-family: monospace;");
      problem.setId("compareProblem-" + id);
      problem.setWrapText(true);
      problem.setStyle("-fx-text-fill: #b01e1e;");
      problem.managedProperty().bind(problem.visibleProperty());
      plot.setStyle("-fx-background-color: white;");
      boundary.setMouseTransparent(true);
      Button open =
          Controls.button(
              "compareOpen-" + id,
              "Open in main view",
              "Puts this run, as it is now, in the main view (Ctrl+Z there goes back).",
              () -> vm.open(id).thenRun(onClose));
      Button save =
          Controls.button(
              "compareSave-" + id,
              "Save session…",
              "Saves this run as a session file, to open or train on later.",
              this::save);
      Button drop =
          Controls.button(
              "compareDrop-" + id,
              "Drop",
              "Removes this run from the comparison.",
              () -> vm.drop(id));
      buttons = new HBox(6, open, save, drop);
      buttons.setAlignment(Pos.CENTER);
      getChildren().addAll(title, plot, weights, numbers, problem, buttons);
      show(c);
    }

    void show(CompareViewModel.Card c) {
      title.setText(c.label());
      weights.setText(c.weights());
      numbers.setText(c.numbers());
      problem.setText(c.problem());
      problem.setVisible(!c.problem().isEmpty());
      if (c.boundary() != null) {
        boundary.show(c.boundary(), side, side);
      }
    }

    void setSide(double s) {
      if (s != side) {
        side = s;
        plot.setMinSize(s, s);
        plot.setPrefSize(s, s);
        plot.setMaxSize(s, s);
        boundary.setFitWidth(s);
        boundary.setFitHeight(s);
      }
    }

    /** The height of everything but the plot. */
    double overhead() {
      double h = getPadding().getTop() + getPadding().getBottom() + getSpacing() * 5;
      for (Node n : List.of(title, weights, numbers, problem, buttons)) {
        if (n.isManaged()) {
          h += n.prefHeight(getWidth() - 12);
        }
      }
      return h;
    }

    private void save() {
      Path target = dialogs.chooseSave(getScene().getWindow(), lastFolder, vm.suggestedName(id));
      if (target != null) {
        lastFolder = target.toAbsolutePath().getParent();
        vm.save(id, target);
      }
    }
  }

  private static String toWeb(int argb) {
    return String.format(Locale.ROOT, "#%06X", argb & 0xFFFFFF);
  }
}
