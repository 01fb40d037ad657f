package lab.backprop.ui.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import lab.backprop.train.Trainer;
import lab.backprop.train.TrainerSettings;
import lab.backprop.ui.export.ExportMenu;
import lab.backprop.ui.export.Exporter;
import lab.backprop.ui.session.FileMenu;
import lab.backprop.ui.session.SessionModel;
import lab.backprop.ui.session.SessionPrefs;
import lab.backprop.ui.session.SessionWindow;
import lab.backprop.ui.stepthrough.Presets;
import lab.backprop.ui.stepthrough.StepThroughController;
import lab.backprop.ui.stepthrough.StepThroughModel;

/**
 * The JavaFX application: one window holding the {@link MainView} over one background {@link
 * Trainer}. Options (see {@link AppOptions}) come from {@code getParameters().getRaw()}.
 */
public class BackpropLabApp extends Application {
  public static final String TITLE = "Backprop Lab";

  /** Non-zero when the screenshot or the report could not be written at the end. */
  private static volatile int exitStatus;

  private AppOptions options;
  private Trainer trainer;
  private MainView view;
  private FrameLoop frameLoop;
  private Exporter exporter;
  private SessionWindow sessionWindow;

  /**
   * Checks the options, then opens the window. Unlike a bare {@code Application.launch}, bad
   * options are reported (exit status 2) before the toolkit starts, so also without a display.
   */
  public static void launch(String... args) {
    parseOrExit(List.of(args));
    // Without a GPU (software pipeline, e.g. under Xvfb) a cached region background is redrawn
    // by scaling its cached image, which cost most of the render time of every changed frame;
    // drawn directly it is a few rectangle fills. Must be set before the toolkit starts.
    if (System.getProperty("prism.disableRegionCaching") == null) {
      System.setProperty("prism.disableRegionCaching", "true");
    }
    Application.launch(BackpropLabApp.class, args);
    if (exitStatus != 0) {
      System.exit(exitStatus);
    }
  }

  @Override
  public void init() {
    if (options == null) {
      options = parseOrExit(getParameters() == null ? List.of() : getParameters().getRaw());
    }
  }

  /** Parses the options; on bad ones prints why (and the usage) and exits with status 2. */
  static AppOptions parseOrExit(List<String> raw) {
    try {
      return AppOptions.parse(raw.toArray(String[]::new));
    } catch (AppOptions.BadOptionsException e) {
      if (e.helpRequested()) {
        System.out.println(AppOptions.usage());
        System.exit(0);
      }
      System.err.println("backprop-lab: " + oneLine(e.getMessage()) + " (see --help)");
      System.exit(2);
      return null;
    }
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
  }

  /** Uses these options instead of the command line (tests). */
  public BackpropLabApp withOptions(AppOptions options) {
    this.options = options;
    return this;
  }

  @Override
  public void start(Stage stage) {
    if (options == null) {
      options = parseOrExit(getParameters() == null ? List.of() : getParameters().getRaw());
    }
    trainer = new Trainer(settings(options));
    MainViewModel vm = new MainViewModel(trainer.latest().settings(), trainer::send);
    var stepThrough = new StepThroughController(new StepThroughModel(), vm, trainer::latestPreview);
    view = new MainView(vm, stepThrough);
    frameLoop = new FrameLoop(trainer::latest, vm, stepThrough, view.frameViews());
    frameLoop.recordFramesAlsoWhile(() -> view.sweepPane().viewModel().runningProperty().get());
    var bounds = Screen.getPrimary().getVisualBounds();
    double width = Math.min(1840, Math.max(1000, bounds.getWidth() * 0.95));
    double height = Math.min(1000, Math.max(640, bounds.getHeight() * 0.92));
    Scene scene = new Scene(view, width, height);
    scene
        .getStylesheets()
        .add(BackpropLabApp.class.getResource("/lab/backprop/ui/app.css").toExternalForm());
    stage.setMinWidth(900);
    stage.setMinHeight(600);
    addIcons(stage);
    stage.setScene(scene);
    SessionModel session =
        new SessionModel(
            TITLE,
            trainer::capture,
            trainer::latest,
            vm::sendCommand,
            vm::reportFileProblem,
            SessionPrefs.fromSystem(),
            Platform::runLater);
    sessionWindow = new SessionWindow(stage, view, session);
    var points = view.pointEditBar();
    sessionWindow
        .fileMenu()
        .add(FileMenu.item("_Import Points (CSV)…", "Shortcut+I", points::importWithChooser));
    sessionWindow
        .fileMenu()
        .add(FileMenu.item("Export Points (CS_V)…", null, points::exportWithChooser));
    installExport(vm, stepThrough);
    stage.show();
    view.presentation().setPresenting(options.present());
    if (options.session() != null) {
      session.opened(options.open(), options.session());
    }
    view.controlPanel().playButton().requestFocus();
    frameLoop.start();
    if (options.autoplay()) {
      vm.play();
    }
    openStepThrough();
    openSweepMap();
    openCompare();
    if (options.quits()) {
      PauseTransition quit = new PauseTransition(Duration.seconds(options.quitAfterSeconds()));
      quit.setOnFinished(e -> quit(scene));
      quit.play();
    }
  }

  /** --sweep-map: the sweep map opens and runs, with --epochs epochs per run. */
  private void openSweepMap() {
    if (options.sweepMap() == null) {
      return;
    }
    var sweep = view.sweepPane().viewModel();
    sweep.setAxes(options.sweepMap());
    sweep.epochsProperty().set(options.run().training().epochs());
    view.showSweep();
    sweep.start();
  }

  /** --compare: the compare view opens with those runs, playing with --autoplay. */
  private void openCompare() {
    if (options.compare() == null) {
      return;
    }
    var compare = view.comparePane().viewModel();
    compare.requestProperty().set(options.compare());
    view.showCompare();
    if (compare.start() && options.autoplay()) {
      compare.togglePlay();
    }
  }

  /** File ▸ Export and the views' right-click menus. */
  private void installExport(MainViewModel vm, StepThroughController stepThrough) {
    exporter =
        new Exporter(
            new Exporter.Views(view, view.boundaryView(), view.networkDiagram(), view.chartsView()),
            trainer::latest,
            () ->
                stepThrough.isActive()
                    ? stepThrough.boundaryNetworkProperty().get()
                    : view.rewind().shownNetworkProperty().get(),
            trainer::capture,
            vm::reportViewError);
    exporter.gifs().setRewindSpan(view.rewind()::span);
    view.rewindBar().gifButton().setOnAction(e -> exporter.gifs().rewindGif());
    ExportMenu.installContextMenus(
        exporter,
        view.boundaryView().getParent(),
        view.pointEditor().editingProperty(),
        view.networkDiagram().getParent(),
        view.chartsView());
    sessionWindow
        .fileMenu()
        .add(new ExportMenu(exporter, stepThrough.model(), stepThrough.activeProperty()));
  }

  public Exporter exporter() {
    return exporter;
  }

  /** --preset and --step-through: the player opens (after a second of training with autoplay). */
  private void openStepThrough() {
    int phase = Math.max(0, options.stepThroughPhase());
    if (options.preset() != null) {
      view.stepThrough()
          .loadPreset(
              options.preset().equals("worked-example")
                  ? Presets.workedExample()
                  : Presets.twoMoons());
      view.stepThrough().model().phaseIndexProperty().set(phase);
    } else if (options.stepThroughPhase() >= 0) {
      PauseTransition wait = new PauseTransition(Duration.seconds(options.autoplay() ? 1.5 : 0.1));
      wait.setOnFinished(e -> view.stepThrough().enter(phase));
      wait.play();
    }
  }

  private void quit(Scene scene) {
    try {
      if (options.screenshot() != null) {
        Screenshots.write(scene, options.screenshot());
      }
      if (options.perfReport() != null) {
        frameLoop.perf().write(options.perfReport());
      }
    } catch (IOException e) {
      System.err.println("backprop-lab: " + oneLine(String.valueOf(e.getMessage())));
      exitStatus = 1;
    } catch (RuntimeException e) {
      System.err.println("backprop-lab: could not write the report or screenshot: " + e);
      exitStatus = 1;
    }
    Platform.exit();
  }

  @Override
  public void stop() {
    if (sessionWindow != null) {
      sessionWindow.dispose();
    }
    if (view != null) {
      view.sweepPane().viewModel().close();
      view.comparePane().viewModel().close();
    }
    if (frameLoop != null) {
      frameLoop.stop();
    }
    if (trainer != null) {
      trainer.close();
    }
  }

  public Trainer trainer() {
    return trainer;
  }

  public MainView view() {
    return view;
  }

  /** The File menu, the title and the session file of the window. */
  public SessionWindow sessionWindow() {
    return sessionWindow;
  }

  public FrameLoop frameLoop() {
    return frameLoop;
  }

  /** The trainer's starting settings for the given options: their run at their pace. */
  static TrainerSettings settings(AppOptions o) {
    return new TrainerSettings(o.run(), o.speed());
  }

  private static void addIcons(Stage stage) {
    for (int size : new int[] {16, 32, 64, 128, 256}) {
      try (InputStream in =
          BackpropLabApp.class.getResourceAsStream("/assets/icon-" + size + ".png")) {
        if (in != null) {
          stage.getIcons().add(new Image(in));
        }
      } catch (IOException e) {
        // a missing icon size is not worth failing the start for
      }
    }
  }
}
