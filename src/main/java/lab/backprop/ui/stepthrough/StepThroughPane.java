package lab.backprop.ui.stepthrough;

import static lab.backprop.ui.common.Controls.button;
import static lab.backprop.ui.common.Controls.tip;

import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import lab.backprop.ui.common.Controls;
import lab.backprop.ui.stepthrough.Phase.Kind;

/**
 * The step-through player: a header with the phase's title, the animated {@link StepDiagram}, the
 * {@link EquationPanel}, and the controls — first/previous/play/next, a scrubber over the phases,
 * the speed, one example or the mini-batch (and which of its rows to show), the presets, and leave.
 * It knows nothing of the trainer: it shows the recordings of its {@link StepThroughController} and
 * hands it the user's choices (scope, presets, leave). Keys are routed to it by the main view
 * ({@link #next}, {@link #previous}, {@link #togglePlay}).
 */
public final class StepThroughPane extends BorderPane {
  /** Seconds per phase for the speed choices. */
  public static final double[] SECONDS_PER_PHASE = {6, 3, 1.5};

  private static final String[] SPEED_NAMES = {"slow", "normal", "fast"};

  /** Share of a phase's time spent animating; the rest the values stand still. */
  static final double ANIMATION_SHARE = 0.6;

  private final StepThroughController controller;
  private final StepThroughModel model;
  private final StepDiagram diagram;
  private final EquationPanel equations;
  private final Label title = new Label();
  private final Label counter = new Label();
  private final Slider scrubber = new Slider(0, 1, 0);
  private final Button play = new Button("▶ Play");
  private final ChoiceBox<String> speed = new ChoiceBox<>();
  private final ToggleButton oneExample = new ToggleButton("One example");
  private final ToggleButton batch = new ToggleButton("Mini-batch");
  private final ToggleButton showBefore = new ToggleButton("Show before");
  private final Spinner<Integer> batchRow = new Spinner<>(1, 1, 1);
  private final Label rowCount = new Label();
  private final HBox rowPicker = new HBox(4);
  private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
  private final AnimationTimer timer;
  private long phaseStart = -1;
  private boolean updatingScrubber;

  public StepThroughPane(StepThroughController controller) {
    this.controller = controller;
    this.model = controller.model();
    this.diagram = new StepDiagram(model);
    this.equations = new EquationPanel(model);
    getStyleClass().add("step-through");
    setId("stepThrough");
    diagram.setId("stepDiagram");
    equations.setId("equationPanel");
    VBox.setVgrow(diagram, Priority.ALWAYS);
    diagram.setMinHeight(200);
    Rectangle clip = new Rectangle();
    clip.widthProperty().bind(equations.widthProperty());
    clip.heightProperty().bind(equations.heightProperty());
    equations.setClip(clip);
    setTop(header());
    setCenter(new VBox(diagram, equations));
    setBottom(controls());
    model.phaseIndexProperty().addListener(o -> phaseChanged());
    model.recordingProperty().addListener(o -> recordingChanged());
    showBefore.selectedProperty().bindBidirectional(controller.showsBoundaryBeforeProperty());
    controller.noteProperty().addListener((o, was, is) -> equations.setNote(is));
    model.exampleProperty().addListener(o -> batchRow.getValueFactory().setValue(shownRow()));
    timer =
        new AnimationTimer() {
          @Override
          public void handle(long now) {
            tick(now);
          }
        };
  }

  private VBox header() {
    title.setId("phaseTitle");
    title.getStyleClass().add("phase-title");
    counter.setId("phaseCounter");
    counter.getStyleClass().add("phase-counter");
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    Button leave = new Button("Leave (Esc)");
    leave.setId("leaveStepThrough");
    tip(leave, "Leaves the step-through; training resumes if it was running.");
    leave.setOnAction(e -> controller.leave());
    MenuButton presets = new MenuButton("Presets");
    presets.setId("presetMenu");
    tip(presets, "Loads a small network and opens the player on its step.");
    for (String name : new String[] {Presets.WORKED_EXAMPLE, Presets.TWO_MOONS}) {
      MenuItem item = new MenuItem(name);
      item.setId(name.startsWith("Worked") ? "presetWorkedExample" : "presetTwoMoons");
      item.setOnAction(
          e ->
              controller.loadPreset(
                  name.equals(Presets.WORKED_EXAMPLE)
                      ? Presets.workedExample()
                      : Presets.twoMoons()));
      presets.getItems().add(item);
    }
    HBox row = new HBox(16, counter, gap, presets, leave);
    row.setAlignment(Pos.CENTER_LEFT);
    keepWhole(row, gap);
    // the title has the whole width above the buttons, and a long one wraps rather than lose its
    // end
    title.setWrapText(true);
    title.setMinWidth(0);
    VBox box = new VBox(2, title, row);
    box.setPadding(new Insets(8, 12, 6, 12));
    box.getStyleClass().add("step-header");
    return box;
  }

  private VBox controls() {
    Button first = button("firstPhase", "First", "First phase (Home).", model::first);
    Button previous = button("previousPhase", "◀", "Previous phase (←).", this::previous);
    Button next = button("nextPhase", "▶▶", "Next phase (→).", this::next);
    play.setId("playPhases");
    tip(play, "Plays the phases one after another (Space).");
    play.setOnAction(e -> togglePlay());
    playing.addListener((o, was, is) -> play.setText(is ? "❚❚ Pause" : "▶ Play"));
    scrubber.setId("phaseScrubber");
    scrubber.setBlockIncrement(1);
    scrubber.setMajorTickUnit(1);
    scrubber.setMinorTickCount(0);
    scrubber.setSnapToTicks(true);
    scrubber.setShowTickMarks(true);
    tip(scrubber, "Drag to any phase of the step.");
    HBox.setHgrow(scrubber, Priority.ALWAYS);
    scrubber
        .valueProperty()
        .addListener(
            (o, a, v) -> {
              if (!updatingScrubber) {
                model.phaseIndexProperty().set((int) Math.round(v.doubleValue()));
              }
            });
    speed.setId("phaseSpeed");
    speed.getItems().addAll(SPEED_NAMES);
    speed.getSelectionModel().select(1);
    tip(speed, "How long each phase stays when playing.");
    ToggleGroup group = new ToggleGroup();
    oneExample.setToggleGroup(group);
    batch.setToggleGroup(group);
    oneExample.setId("scopeExample");
    batch.setId("scopeBatch");
    tip(oneExample, "Records the next single example (or the point you click in the plot).");
    tip(batch, "Records the next mini-batch: gradients averaged over its rows.");
    oneExample.setSelected(true);
    group
        .selectedToggleProperty()
        .addListener(
            (o, was, is) -> {
              if (is == null) {
                was.setSelected(true); // one of the two stays chosen
              } else {
                controller.recordsBatchProperty().set(is == batch);
              }
            });
    showBefore.setId("showBoundaryBefore");
    tip(showBefore, "In the last phase: the decision boundary before the step instead of after.");
    batchRow.setId("batchRow");
    batchRow.setEditable(true);
    Controls.lenient(batchRow);
    batchRow.setPrefWidth(82);
    tip(batchRow, "The row of the mini-batch whose x, z, a and δ are shown (↑ ↓).");
    batchRow
        .valueProperty()
        .addListener(
            (o, was, is) -> {
              if (is != null) {
                model.exampleProperty().set(is - 1);
              }
            });
    rowPicker.getChildren().addAll(new Label("Row"), batchRow, rowCount);
    rowPicker.setAlignment(Pos.CENTER_LEFT);
    showRowPicker(false);
    // two rows, so that every control keeps its whole label beside the plot at 1280 wide
    HBox transport = new HBox(8, first, previous, play, next, scrubber, speed);
    HBox recording = new HBox(8, new Label("Record:"), oneExample, batch, rowPicker, showBefore);
    for (HBox r : new HBox[] {transport, recording}) {
      r.setAlignment(Pos.CENTER_LEFT);
      keepWhole(r, scrubber);
    }
    scrubber.setMinWidth(80);
    VBox box = new VBox(6, transport, recording);
    box.setPadding(new Insets(8, 12, 8, 12));
    box.getStyleClass().add("player-bar");
    return box;
  }

  /**
   * Every control of {@code row} but {@code shrinking} keeps its whole label when space is short.
   */
  private static void keepWhole(HBox row, Region shrinking) {
    for (javafx.scene.Node n : row.getChildren()) {
      if (n instanceof Region region && n != shrinking) {
        region.setMinWidth(Region.USE_PREF_SIZE);
      }
    }
  }

  // ---- recordings ----

  private void recordingChanged() {
    StepRecording rec = model.recordingProperty().get();
    int rows = rec == null ? 1 : rec.batchSize();
    batchRow.setValueFactory(
        new SpinnerValueFactory.IntegerSpinnerValueFactory(1, rows, shownRow()));
    Controls.lenient(batchRow);
    rowCount.setText("of " + rows);
    showRowPicker(rows > 1);
    updatingScrubber = true;
    scrubber.setMax(rec == null ? 1 : Math.max(1, rec.phases().size() - 1));
    updatingScrubber = false;
    phaseChanged();
  }

  private void phaseChanged() {
    StepRecording rec = model.recordingProperty().get();
    Phase phase = model.phaseProperty().get();
    int p = model.phaseIndexProperty().get();
    updatingScrubber = true;
    scrubber.setValue(p);
    updatingScrubber = false;
    title.setText(phase == null ? "" : phase.title());
    counter.setText(rec == null ? "" : "phase " + (p + 1) + " / " + rec.phases().size());
    showBefore.setDisable(phase == null || phase.kind() != Kind.BOUNDARY_BEFORE_AFTER);
    phaseStart = -1;
    diagram.setProgress(0);
  }

  // ---- animation ----

  /** Starts the animation clock (call when the pane is shown). */
  public void start() {
    timer.start();
  }

  /** Stops the animation and playing. */
  public void stop() {
    playing.set(false);
    timer.stop();
  }

  private void tick(long now) {
    if (model.recordingProperty().get() == null) {
      return;
    }
    if (phaseStart < 0) {
      phaseStart = now;
    }
    double seconds = (now - phaseStart) / 1e9;
    double perPhase = SECONDS_PER_PHASE[Math.max(0, speed.getSelectionModel().getSelectedIndex())];
    diagram.setProgress(seconds / (perPhase * ANIMATION_SHARE));
    if (playing.get() && seconds >= perPhase && !model.next()) {
      playing.set(false);
    }
  }

  // ---- commands ----

  public boolean next() {
    return model.next();
  }

  public boolean previous() {
    return model.previous();
  }

  public void togglePlay() {
    if (!playing.get()) {
      StepRecording rec = model.recordingProperty().get();
      if (rec != null && model.phaseIndexProperty().get() >= rec.phases().size() - 1) {
        model.first();
      }
    }
    playing.set(!playing.get());
  }

  /** Shows the next ({@code +1}) or the previous ({@code −1}) row of a mini-batch recording. */
  public void moveRow(int by) {
    StepRecording rec = model.recordingProperty().get();
    if (rec != null) {
      int n = model.exampleProperty().get() + by;
      model.exampleProperty().set(Math.max(0, Math.min(rec.batchSize() - 1, n)));
    }
  }

  private int shownRow() {
    return model.example() + 1;
  }

  private void showRowPicker(boolean on) {
    rowPicker.setVisible(on);
    rowPicker.setManaged(on);
  }

  // ---- state ----

  public StepThroughController controller() {
    return controller;
  }

  public StepThroughModel model() {
    return model;
  }

  public StepDiagram diagram() {
    return diagram;
  }

  public EquationPanel equations() {
    return equations;
  }

  public BooleanProperty playingProperty() {
    return playing;
  }

  public Slider scrubber() {
    return scrubber;
  }

  public Label titleLabel() {
    return title;
  }
}
