package lab.backprop.ui.controls;

import static lab.backprop.ui.common.Controls.button;
import static lab.backprop.ui.common.Controls.lenient;
import static lab.backprop.ui.common.Controls.tip;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import lab.backprop.data.DatasetSpec;
import lab.backprop.run.DataSpec;
import lab.backprop.run.NetworkSpec;
import lab.backprop.run.Seeds;
import lab.backprop.run.TrainingSpec;
import lab.backprop.ui.app.MainViewModel;

/**
 * The controls: Data, Network and Training sections and the play/step/reset buttons, each bound to
 * a {@link MainViewModel} property or command. Every control has an id (for tests and scripting)
 * and a one-sentence tooltip.
 */
public final class ControlPanel extends VBox {
  static final double LR_MIN_EXP = -5;
  static final double LR_MAX_EXP = 2;
  static final double SPEED_MAX_EXP = 4;

  /** Wide enough to show three digits beside the arrows. */
  static final double UNITS_SPINNER_WIDTH = 70;

  /** Slider positions at or above this mean full speed. */
  static final double SPEED_FULL_FROM = 4.25;

  private final MainViewModel vm;
  private final Button play = new Button("_Play");
  private final Button stepThrough = new Button("Step _through (T)");
  private final Button sweepMap = new Button("Sweep map (M)");
  private final Button compare = new Button("Compare (C)");
  private final List<Spinner<Integer>> unitSpinners = new ArrayList<>();

  public ControlPanel(MainViewModel vm) {
    this.vm = vm;
    getStyleClass().add("control-panel");
    setSpacing(8);
    setPadding(new Insets(8));
    getChildren()
        .addAll(
            buttons(),
            section("Data", dataSection()),
            section("Network", networkSection()),
            section("Training", trainingSection()));
  }

  public Button playButton() {
    return play;
  }

  /** Opens the step-through player (its action is set by the main view). */
  /** Opens the sweep map (the main view wires it). */
  public Button sweepMapButton() {
    return sweepMap;
  }

  /** Opens the compare view (the main view wires it). */
  public Button compareButton() {
    return compare;
  }

  public Button stepThroughButton() {
    return stepThrough;
  }

  /** The units spinner of hidden layer k (0-based). */
  public Spinner<Integer> unitsSpinner(int k) {
    return unitSpinners.get(k);
  }

  private static TitledPane section(String title, Node content) {
    TitledPane pane = new TitledPane(title, content);
    pane.setId(title.toLowerCase(Locale.ROOT) + "Section");
    pane.setAnimated(false);
    return pane;
  }

  // ---- buttons ----

  private Node buttons() {
    play.setId("playButton");
    play.getStyleClass().add("play-button");
    play.setOnAction(e -> vm.togglePlay());
    vm.runningProperty().addListener((o, was, is) -> play.setText(is ? "_Pause" : "_Play"));
    tip(play, "Starts or pauses training (Space).");
    play.setMaxWidth(Double.MAX_VALUE);
    Button example =
        button(
            "stepExampleButton",
            "E_xample",
            "Trains on the next single example, then pauses.",
            vm::stepExample);
    Button batch =
        button(
            "stepBatchButton",
            "_Batch",
            "Trains on the next mini-batch, then pauses (→).",
            vm::stepBatch);
    Button epoch =
        button(
            "stepEpochButton",
            "_Epoch",
            "Finishes the current epoch, then pauses (Shift+→).",
            vm::stepEpoch);
    Button reset =
        button(
            "resetButton",
            "_Reset",
            "Starts again from fresh weights with the same seed (R).",
            () -> vm.reset(false));
    Button reseed =
        button(
            "resetNewSeedButton",
            "Ne_w seed",
            "Starts again with a new init seed: it re-draws the initial weights and the order of"
                + " the examples; the data points stay (Shift+R; Regenerate draws new points).",
            () -> vm.reset(true));
    Button undo =
        button(
            "undoButton",
            "Undo",
            "Takes back the last reset, new data, new init seed or output, or preset, exactly as"
                + " the run was (Ctrl+Z).",
            vm::undo);
    undo.disableProperty().bind(vm.undoableProperty().isEmpty());
    vm.undoableProperty()
        .addListener(
            (o, was, is) ->
                undo.getTooltip()
                    .setText(
                        is.isEmpty()
                            ? "Nothing to undo (Ctrl+Z takes back a reset, new data or a preset)."
                            : "Takes back the " + is + " (Ctrl+Z)."));
    javafx.scene.layout.HBox top = new javafx.scene.layout.HBox(6, play, reset, reseed, undo);
    javafx.scene.layout.HBox.setHgrow(play, Priority.ALWAYS);
    Label step = new Label("Step:");
    javafx.scene.layout.HBox steps = new javafx.scene.layout.HBox(6, step, example, batch, epoch);
    steps.setAlignment(Pos.CENTER_LEFT);
    top.setAlignment(Pos.CENTER_LEFT);
    stepThrough.setId("stepThroughButton");
    stepThrough.setMaxWidth(Double.MAX_VALUE);
    tip(
        stepThrough,
        "Pauses training and walks through the next step's forward and backward pass (T).");
    sweepMap.setId("sweepMapButton");
    sweepMap.setMaxWidth(Double.MAX_VALUE);
    tip(
        sweepMap,
        "Trains this run over a grid of one or two hyperparameters and shows the results as a"
            + " map (M).");
    compare.setId("compareButton");
    compare.setMaxWidth(Double.MAX_VALUE);
    tip(
        compare,
        "Trains this run side by side with copies that change one or more settings (tanh vs"
            + " ReLU, lr 0.1 vs 1, …), at the same epoch (C).");
    HBox explore = new HBox(6, sweepMap, compare);
    HBox.setHgrow(sweepMap, Priority.ALWAYS);
    HBox.setHgrow(compare, Priority.ALWAYS);
    VBox box = new VBox(6, top, steps, speedRow(), stepThrough, explore);
    box.setId("playControls");
    return box;
  }

  // ---- data ----

  private Node dataSection() {
    GridPane g = grid();
    ChoiceBox<String> dataset =
        new ChoiceBox<>(FXCollections.observableArrayList(DatasetSpec.NAMES));
    dataset.setId("datasetChoice");
    dataset.valueProperty().bindBidirectional(vm.datasetProperty());
    row(
        g,
        0,
        "_Data set",
        dataset,
        "Picks the data the network learns: two moons, circles, XOR, a spiral, blobs, a regression surface or the one example of the notes' worked example.");

    Spinner<Integer> points =
        intSpinner("pointsSpinner", DataSpec.MIN_N, DataSpec.MAX_N, 50, vm.pointsProperty());
    row(g, 1, "Po_ints", points, "Sets how many points are generated.");

    Slider noise = new Slider(0, 0.6, vm.noiseProperty().get());
    noise.setId("noiseSlider");
    noise.valueProperty().bindBidirectional(vm.noiseProperty());
    row(
        g,
        2,
        "Noise",
        withValue(noise, vm.noiseProperty(), "%.2f"),
        "Sets how much random noise is added to the points.");
    tip(noise, "Sets how much random noise is added to the points.");

    Slider ratio = new Slider(0.1, 1.0, vm.trainRatioProperty().get());
    ratio.setId("trainRatioSlider");
    ratio.setBlockIncrement(0.05);
    ratio.valueProperty().bindBidirectional(vm.trainRatioProperty());
    row(
        g,
        3,
        "Train share",
        withValue(ratio, vm.trainRatioProperty(), "%.0f%%", 100),
        "Sets the share of points used for training; the rest are test points.");
    tip(ratio, "Sets the share of points used for training; the rest are test points.");

    Spinner<Integer> classes =
        intSpinner(
            "classesSpinner",
            MainViewModel.MIN_CLASSES,
            vm.maxClassesProperty().get(),
            1,
            vm.classesProperty());
    ((SpinnerValueFactory.IntegerSpinnerValueFactory) classes.getValueFactory())
        .maxProperty()
        .bind(vm.maxClassesProperty());
    Label classesLabel =
        row(
            g,
            4,
            "Classes",
            classes,
            "Sets the number of classes of the spiral (2–3) and blobs (2–5) data sets.");
    var hasClasses = vm.maxClassesProperty().greaterThan(MainViewModel.MIN_CLASSES);

    Spinner<Long> seed = longSpinner("dataSeedSpinner", vm.dataSeedProperty());
    Button regenerate =
        button(
            "regenerateButton",
            "Re_generate",
            "Draws a new sample of the same data set (the next data seed).",
            vm::regenerate);
    seed.setPrefWidth(84);
    javafx.scene.layout.HBox seedRow = new javafx.scene.layout.HBox(6, seed, regenerate);
    row(g, 5, "Data seed", seedRow, "Sets the seed of the random data.");
    tip(seed, "Sets the seed of the random data.");
    for (Node n : new Node[] {points, noise, seed, regenerate}) {
      n.disableProperty().bind(vm.fixedRowsProperty());
    }
    // real data (a built-in set or a file): its facts, read-only, in place of the generator's
    Label facts = new Label();
    facts.setId("dataFacts");
    facts.setWrapText(true);
    facts.textProperty().bind(vm.dataFactsProperty());
    facts.getStyleClass().add("data-facts");
    tip(
        facts,
        "The data set's own rows, features and classes; the generator's settings do not apply.");
    g.add(facts, 0, 1, 2, 1);
    var real = vm.realDataProperty();
    facts.visibleProperty().bind(real);
    facts.managedProperty().bind(real);
    for (Node n : g.getChildren()) {
      Integer r = GridPane.getRowIndex(n);
      if (n != facts && r != null && (r == 1 || r == 2 || r == 5)) {
        n.visibleProperty().bind(real.not());
        n.managedProperty().bind(real.not());
      }
    }
    for (Node n : new Node[] {classes, classesLabel}) {
      n.visibleProperty().bind(hasClasses.and(real.not()));
      n.managedProperty().bind(hasClasses.and(real.not()));
    }

    CheckBox showTest = new CheckBox("S_how test points");
    showTest.setId("showTestCheck");
    showTest.selectedProperty().bindBidirectional(vm.showTestPointsProperty());
    tip(showTest, "Shows or hides the test points (drawn hollow).");
    g.add(showTest, 0, 6, 2, 1);
    return g;
  }

  // ---- network ----

  private Node networkSection() {
    GridPane g = grid();
    Spinner<Integer> layers =
        intSpinner("layersSpinner", 1, NetworkSpec.MAX_LAYERS, 1, vm.hiddenLayersProperty());
    row(
        g,
        0,
        "Hidden la_yers",
        layers,
        "Sets the number of hidden layers; training continues from the current weights.");
    // up to three spinners a row, wide enough for three digits; they wrap in a narrow panel
    FlowPane unitsBox = new FlowPane(4, 4);
    unitsBox.setId("unitsPerLayer");
    unitsBox.setPrefWrapLength(3 * UNITS_SPINNER_WIDTH + 2 * 4);
    unitsBox.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    for (int k = 0; k < NetworkSpec.MAX_LAYERS; k++) {
      Spinner<Integer> units =
          intSpinner("unitsSpinner" + (k + 1), 1, NetworkSpec.MAX_UNITS, 1, vm.unitsProperty(k));
      units.setPrefWidth(UNITS_SPINNER_WIDTH);
      units.setMinWidth(UNITS_SPINNER_WIDTH);
      units.getStyleClass().add("units-spinner");
      tip(
          units,
          "Sets the number of units of hidden layer "
              + (k + 1)
              + "; the units that stay keep their weights.");
      unitSpinners.add(units);
      int layer = k;
      Runnable vis =
          () -> {
            boolean on = layer < vm.hiddenLayersProperty().get();
            units.setVisible(on);
            units.setManaged(on);
          };
      vm.hiddenLayersProperty().addListener((o, a, b) -> vis.run());
      vis.run();
    }
    unitsBox.getChildren().addAll(unitSpinners);
    Label unitsLabel =
        row(g, 1, "_Units", unitsBox, "Units per hidden layer, first layer on the left.");
    unitsLabel.setLabelFor(unitSpinners.get(0));
    ChoiceBox<String> activation =
        new ChoiceBox<>(FXCollections.observableArrayList(MainViewModel.ACTIVATION_NAMES));
    activation.setId("activationChoice");
    activation.valueProperty().bindBidirectional(vm.activationNameProperty());
    row(
        g,
        2,
        "_Activation",
        activation,
        "Sets the activation function of every hidden layer; the weights are kept.");

    ChoiceBox<String> output = new ChoiceBox<>(vm.outputNames());
    output.setId("outputChoice");
    output.valueProperty().bindBidirectional(vm.outputNameProperty());
    row(
        g,
        3,
        "_Output",
        output,
        "Sets the output function and loss; a new output needs fresh weights, so the network is reset.");

    TextField l2 = doubleField("l2Field", vm.l2Property(), 0, true);
    row(
        g,
        4,
        "L2 λ",
        l2,
        "Sets the L2 penalty λ on the weights (0 for none); press Enter to apply.");

    Spinner<Long> initSeed = longSpinner("initSeedSpinner", vm.initSeedProperty());
    row(
        g,
        5,
        "Init seed",
        initSeed,
        "Sets the seed of the initial weights; a change re-initialises the network.");
    return g;
  }

  // ---- training ----

  private Node trainingSection() {
    GridPane g = grid();
    ChoiceBox<String> optimizer =
        new ChoiceBox<>(FXCollections.observableArrayList(MainViewModel.OPTIMIZER_NAMES));
    optimizer.setId("optimizerChoice");
    optimizer.valueProperty().bindBidirectional(vm.optimizerNameProperty());
    row(
        g,
        0,
        "Opti_mizer",
        optimizer,
        "Picks the update rule: plain SGD, momentum, Nesterov momentum or Adam.");

    Slider lr = new Slider(LR_MIN_EXP, LR_MAX_EXP, Math.log10(vm.learningRateProperty().get()));
    lr.setId("lrSlider");
    lr.setMajorTickUnit(1);
    lr.setMinorTickCount(0);
    TextField lrField = new TextField();
    lrField.setId("lrField");
    lrField.setPrefColumnCount(7);
    Runnable showLr =
        () -> {
          double v = vm.learningRateProperty().get();
          lrField.setText(String.format(Locale.ROOT, "%.4g", v));
          lrField.getStyleClass().remove("invalid");
          if (!lr.isValueChanging()) {
            lr.setValue(Math.log10(v));
          }
        };
    vm.learningRateProperty().addListener((o, a, b) -> showLr.run());
    lr.valueProperty()
        .addListener(
            (o, a, b) -> {
              double v = round3(Math.pow(10, b.doubleValue()));
              if (Math.abs(Math.log10(vm.learningRateProperty().get()) - b.doubleValue()) > 1e-3) {
                vm.learningRateProperty().set(v);
              }
            });
    lrField.setOnAction(
        e -> {
          double v = parse(lrField.getText());
          if (v > 0 && Double.isFinite(v)) {
            vm.learningRateProperty().set(v);
            showLr.run();
          } else {
            markInvalid(lrField);
          }
        });
    lrField
        .focusedProperty()
        .addListener(
            (o, was, is) -> {
              if (!is) {
                showLr.run();
              }
            });
    showLr.run();
    tip(lr, "Sets the learning rate on a log scale from 0.00001 to 100.");
    tip(lrField, "Type a learning rate and press Enter.");
    VBox lrBox = new VBox(2, lr, lrField);
    row(g, 1, "Lear_ning rate", lrBox, "Sets the learning rate.");

    List<Integer> sizes =
        new ArrayList<>(
            List.of(TrainingSpec.FULL_BATCH, 1, 2, 4, 8, 10, 16, 32, 64, 128, 256, 512));
    int current = vm.batchSizeProperty().get();
    if (!sizes.contains(current)) {
      sizes.add(current);
      sizes.sort(Integer::compare);
    }
    ChoiceBox<Integer> batch = new ChoiceBox<>(FXCollections.observableArrayList(sizes));
    batch.setId("batchChoice");
    batch.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Integer v) {
            return v == null ? "" : v == TrainingSpec.FULL_BATCH ? "full" : v.toString();
          }

          @Override
          public Integer fromString(String s) {
            return s.equals("full") ? TrainingSpec.FULL_BATCH : Integer.valueOf(s);
          }
        });
    batch.setValue(current);
    batch
        .valueProperty()
        .addListener(
            (o, a, b) -> {
              if (b != null) {
                vm.batchSizeProperty().set(b);
              }
            });
    vm.batchSizeProperty()
        .addListener(
            (o, a, b) -> {
              if (!batch.getItems().contains(b.intValue())) {
                batch.getItems().add(b.intValue());
              }
              batch.setValue(b.intValue());
            });
    row(
        g,
        2,
        "Batch si_ze",
        batch,
        "Sets how many examples each step averages over (full = all training points).");

    return g;
  }

  private Node speedRow() {
    return speedRow(vm.speedProperty(), vm::toggleFullSpeed);
  }

  /**
   * The pace: a slider from one step a second to as fast as the core allows, and a Max toggle, over
   * {@code pace} (steps per second, or full speed); {@code toggleFullSpeed} is F's action.
   */
  public static Node speedRow(DoubleProperty pace, Runnable toggleFullSpeed) {
    Slider speed = new Slider(0, 4.5, speedToSlider(pace.get()));
    speed.setId("speedSlider");
    Label speedValue = new Label();
    speedValue.setMinWidth(Region.USE_PREF_SIZE);
    ToggleButton max = new ToggleButton("Max (F)");
    max.setId("fullSpeedButton");
    tip(max, "Trains as fast as the core allows; again goes back to the pace before (F).");
    max.setOnAction(
        e -> {
          toggleFullSpeed.run();
          max.setSelected(Double.isInfinite(pace.get()));
        });
    Runnable showSpeed =
        () -> {
          double v = pace.get();
          speedValue.setText(
              Double.isInfinite(v) ? "max" : String.format(Locale.ROOT, "%.0f steps/s", v));
          speed.setValue(speedToSlider(v));
          max.setSelected(Double.isInfinite(v));
        };
    speed
        .valueProperty()
        .addListener(
            (o, a, b) -> {
              double v = sliderToSpeed(b.doubleValue());
              if (Double.compare(v, pace.get()) != 0
                  && Double.compare(speedToSlider(pace.get()), b.doubleValue()) != 0) {
                pace.set(v);
              }
            });
    pace.addListener((o, a, b) -> showSpeed.run());
    showSpeed.run();
    tip(
        speed,
        "Sets the training pace from one step per second up to as fast as the computer allows (right end).");
    Label label = new Label("_Speed");
    label.setMnemonicParsing(true);
    label.setLabelFor(speed);
    label.setMinWidth(Region.USE_PREF_SIZE);
    speed.setPrefWidth(90);
    speed.setMinWidth(60);
    HBox.setHgrow(speed, Priority.ALWAYS);
    HBox box = new HBox(6, label, speed, speedValue, max);
    box.setId("speedRow");
    box.setAlignment(Pos.CENTER_LEFT);
    return box;
  }

  static double speedToSlider(double stepsPerSecond) {
    return Double.isInfinite(stepsPerSecond) ? 4.5 : Math.log10(stepsPerSecond);
  }

  static double sliderToSpeed(double v) {
    if (v >= SPEED_FULL_FROM) {
      return MainViewModel.FULL_SPEED;
    }
    double s = Math.pow(10, Math.min(SPEED_MAX_EXP, Math.max(0, v)));
    return Math.max(MainViewModel.MIN_SPEED, Math.min(MainViewModel.MAX_SPEED, Math.round(s)));
  }

  // ---- helpers ----

  private static GridPane grid() {
    GridPane g = new GridPane();
    g.setHgap(8);
    g.setVgap(5);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    ColumnConstraints fields = new ColumnConstraints();
    fields.setHgrow(Priority.ALWAYS);
    fields.setFillWidth(true);
    g.getColumnConstraints().addAll(labels, fields);
    return g;
  }

  private static Label row(GridPane g, int r, String text, Node field, String tooltip) {
    Label label = new Label(text);
    label.setMnemonicParsing(true);
    label.setLabelFor(field);
    if (field instanceof Control c) {
      tip(c, tooltip);
      c.setMaxWidth(Double.MAX_VALUE);
    }
    g.add(label, 0, r);
    g.add(field, 1, r);
    GridPane.setHalignment(label, javafx.geometry.HPos.LEFT);
    return label;
  }

  private static Node withValue(Slider slider, DoubleProperty p, String format) {
    return withValue(slider, p, format, 1);
  }

  private static Node withValue(Slider slider, DoubleProperty p, String format, double factor) {
    Label value = new Label();
    value.setMinWidth(40);
    Runnable show = () -> value.setText(String.format(Locale.ROOT, format, p.get() * factor));
    p.addListener((o, a, b) -> show.run());
    show.run();
    FlowPane box = new FlowPane(4, 2, slider, value);
    box.setAlignment(Pos.CENTER_LEFT);
    slider.setPrefWidth(120);
    return box;
  }

  private static Spinner<Integer> intSpinner(
      String id, int min, int max, int step, IntegerProperty p) {
    Spinner<Integer> s = new Spinner<>();
    SpinnerValueFactory.IntegerSpinnerValueFactory f =
        new SpinnerValueFactory.IntegerSpinnerValueFactory(
            min, max, clamp(p.get(), min, max), step);
    s.setValueFactory(f);
    s.setId(id);
    s.setEditable(true);
    s.setPrefWidth(100);
    f.valueProperty()
        .addListener(
            (o, a, b) -> {
              if (b != null && b != p.get()) {
                p.set(b);
              }
            });
    p.addListener((o, a, b) -> f.setValue(clamp(b.intValue(), min, max)));
    lenient(s);
    commitOnFocusLoss(s);
    return s;
  }

  /** Largest seed the data and the initialiser accept. */
  static final long MAX_SEED = Seeds.MAX;

  private static Spinner<Long> longSpinner(String id, LongProperty p) {
    Spinner<Long> s = new Spinner<>();
    SeedValueFactory f = new SeedValueFactory(p.get());
    s.setValueFactory(f);
    s.setId(id);
    s.setEditable(true);
    s.setPrefWidth(110);
    f.valueProperty()
        .addListener(
            (o, a, b) -> {
              if (b != null && b != p.get()) {
                p.set(b);
              }
            });
    p.addListener((o, a, b) -> f.setValue(b.longValue()));
    lenient(s);
    commitOnFocusLoss(s);
    return s;
  }

  /** Seeds 0 … 4294967295 (a range an Integer spinner cannot hold). */
  static final class SeedValueFactory extends SpinnerValueFactory<Long> {
    SeedValueFactory(long initial) {
      setConverter(
          new StringConverter<>() {
            @Override
            public String toString(Long v) {
              return v == null ? "" : v.toString();
            }

            @Override
            public Long fromString(String text) {
              long v = Long.parseLong(text.trim());
              return Math.max(0, Math.min(MAX_SEED, v));
            }
          });
      setValue(Math.max(0, Math.min(MAX_SEED, initial)));
    }

    @Override
    public void decrement(int steps) {
      setValue(Math.max(0, getValue() - steps));
    }

    @Override
    public void increment(int steps) {
      setValue(Math.min(MAX_SEED, getValue() + steps));
    }
  }

  private static <T> void commitOnFocusLoss(Spinner<T> s) {
    s.focusedProperty()
        .addListener(
            (o, was, is) -> {
              if (!is) {
                try {
                  s.increment(0);
                } catch (RuntimeException e) {
                  s.getEditor().setText(String.valueOf(s.getValue()));
                }
              }
            });
    s.getEditor()
        .setOnAction(
            e -> {
              try {
                s.commitValue();
              } catch (RuntimeException ex) {
                s.getEditor().setText(String.valueOf(s.getValue()));
              }
            });
  }

  private static TextField doubleField(String id, DoubleProperty p, double min, boolean inclusive) {
    TextField f = new TextField();
    f.setId(id);
    f.setPrefColumnCount(8);
    Runnable show =
        () -> {
          f.setText(Double.toString(p.get()));
          f.getStyleClass().remove("invalid");
        };
    p.addListener((o, a, b) -> show.run());
    show.run();
    f.setOnAction(
        e -> {
          double v = parse(f.getText());
          if (Double.isFinite(v) && (v > min || (inclusive && v == min))) {
            p.set(v);
            show.run();
          } else {
            markInvalid(f);
          }
        });
    f.focusedProperty()
        .addListener(
            (o, was, is) -> {
              if (!is) {
                show.run();
              }
            });
    return f;
  }

  private static void markInvalid(TextField f) {
    if (!f.getStyleClass().contains("invalid")) {
      f.getStyleClass().add("invalid");
    }
  }

  private static double parse(String text) {
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  static double round3(double v) {
    if (v == 0 || !Double.isFinite(v)) {
      return v;
    }
    return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).doubleValue();
  }

  private static int clamp(int v, int min, int max) {
    return Math.max(min, Math.min(max, v));
  }
}
