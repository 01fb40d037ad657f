package lab.backprop.ui.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import lab.backprop.io.AtomicFiles;
import lab.backprop.io.RunSpecJson;
import lab.backprop.io.SessionJson;
import lab.backprop.run.RunOptions;
import lab.backprop.run.RunSetup;
import lab.backprop.run.RunSpec;
import lab.backprop.run.SpecException;
import lab.backprop.train.RunState;
import lab.backprop.train.TrainerSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The window's command-line options: the run options every command shares ({@link RunOptions}: the
 * run the window starts with) plus the window's own {@code --autoplay}, {@code --quit-after},
 * {@code --screenshot}, {@code --perf-report}, {@code --step-through}, {@code --preset}, {@code
 * --sweep-map}, {@code --compare}, {@code --speed}, {@code --present} and {@code --open}.
 */
public record AppOptions(
    RunSpec run,
    boolean autoplay,
    double quitAfterSeconds,
    Path screenshot,
    Path perfReport,
    int stepThroughPhase,
    String preset,
    String sweepMap,
    String compare,
    double speed,
    boolean present,
    Path open,
    RunState session) {

  /** The names {@code --preset} takes. */
  public static final List<String> PRESETS = List.of("worked-example", "two-moons");

  public static AppOptions defaults() {
    return parse();
  }

  /** Whether the app quits by itself after {@link #quitAfterSeconds}. */
  public boolean quits() {
    return quitAfterSeconds > 0;
  }

  /**
   * @throws BadOptionsException with a message naming the option and what was expected
   */
  public static AppOptions parse(String... args) {
    Window window = new Window();
    CommandLine cli = commandLine(window);
    try {
      cli.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      throw new BadOptionsException(e.getMessage());
    }
    if (window.help) {
      throw new BadOptionsException(null);
    }
    try {
      RunSpec run = window.run.spec();
      RunSetup.load(run); // the data too, so that a bad file or generator stops before the window
      return window.validated(run, window.session());
    } catch (RunOptions.Problem | IOException e) {
      throw new BadOptionsException(e.getMessage());
    } catch (SpecException e) {
      throw new BadOptionsException(e.optionMessage());
    }
  }

  /** Usage text of the window's options. */
  public static String usage() {
    return commandLine(new Window()).getUsageMessage(CommandLine.Help.Ansi.OFF);
  }

  /** The window's options as picocli sees them (to compare with the commands'). */
  public static picocli.CommandLine.Model.CommandSpec commandSpec() {
    return commandLine(new Window()).getCommandSpec();
  }

  /** The window's command line: its own options and the run options. */
  static CommandLine commandLine(Window window) {
    CommandLine cli = new CommandLine(window);
    window.run.addTo(cli.getCommandSpec());
    cli.setOverwrittenOptionsAllowed(true);
    return cli;
  }

  /** Bad options: {@link #getMessage()} says which and why; null means only help was asked. */
  public static final class BadOptionsException extends RuntimeException {
    public BadOptionsException(String message) {
      super(message);
    }

    public boolean helpRequested() {
      return getMessage() == null;
    }
  }

  @Command(
      name = "backprop-lab",
      description =
          "Opens the Backprop Lab window on the run the options describe (the same run options"
              + " as the train command).%nExample: --dataset spiral --classes 3 --hidden 16,16"
              + " --autoplay",
      sortOptions = false)
  static final class Window {
    final RunOptions run = RunOptions.wholeRun(RunSpecJson::read);

    @Option(names = "--autoplay", description = "Start training at once.")
    boolean autoplay;

    @Option(names = "--quit-after", paramLabel = "SECONDS", description = "Quit after SECONDS.")
    double quitAfter;

    @Option(
        names = "--screenshot",
        paramLabel = "FILE.png",
        description =
            "Write a PNG of the window when quitting (checked to be writable before the window"
                + " opens).")
    Path screenshot;

    @Option(
        names = "--perf-report",
        paramLabel = "FILE.json",
        description =
            "Write frame times and epochs/s as JSON when quitting (checked to be writable before"
                + " the window opens).")
    Path perfReport;

    @Option(
        names = "--step-through",
        paramLabel = "PHASE",
        description = "Open the step-through player at phase PHASE (1 = input).")
    Integer stepThrough;

    @Option(
        names = "--preset",
        paramLabel = "NAME",
        description = "Open the step-through on a preset: worked-example or two-moons.")
    String preset;

    @Option(
        names = "--sweep-map",
        paramLabel = "NAME=V1,V2[;NAME=V1,V2]",
        description =
            "Open the sweep map and run it: the columns' hyperparameter and values, and optionally"
                + " the rows' (lr, units, layers, activation, optimizer, batch, l2, noise, seed),"
                + " e.g. 'lr=0.003,0.03,0.3,3;units=2,4,8,16'; --epochs sets the epochs per run.")
    String sweepMap;

    @Option(
        names = "--compare",
        paramLabel = "NAME=VALUE[ ...][;...]",
        description =
            "Open the compare view with the run and one to three copies that change it, one per"
                + " part separated by ';', e.g. 'activation=relu' or 'lr=1; hidden=16"
                + " activation=relu'; --autoplay plays them.")
    String compare;

    @Option(
        names = "--speed",
        paramLabel = "STEPS|max",
        description =
            "Training pace in steps per second (1 to 10000), or max for as fast as the core"
                + " allows; default ${DEFAULT-VALUE}, the moons separating over about ten seconds.")
    String speed = String.valueOf((long) TrainerSettings.WATCHABLE_SPEED);

    @Option(
        names = "--present",
        description = "Open in presentation mode: full screen, large type (F11 leaves it).")
    boolean present;

    @Option(
        names = {"-h", "--help"},
        usageHelp = true,
        description = "Show this help.")
    boolean help;

    @Option(
        names = "--open",
        paramLabel = "FILE.json",
        description =
            "Open this session file (File > Save, or train --save-session) and go on from where it"
                + " stopped; it is read and checked before the window opens. No run option can be"
                + " given with it.")
    Path open;

    /** The --open session, read and checked; null without --open. */
    RunState session() throws IOException {
      if (open == null) {
        return null;
      }
      List<String> given = run.givenOptions();
      require(
          given.isEmpty(),
          "--open continues the session's own run: "
              + String.join(", ", given.stream().distinct().toList())
              + " cannot be given with it");
      return SessionJson.read(open);
    }

    AppOptions validated(RunSpec spec, RunState session) {
      require(
          Double.isFinite(quitAfter) && quitAfter >= 0,
          "--quit-after must be a number of seconds ≥ 0, got " + quitAfter);
      require(
          stepThrough == null || stepThrough >= 1,
          "--step-through takes a phase number ≥ 1, got " + stepThrough);
      require(
          screenshot == null || screenshot.toString().toLowerCase(Locale.ROOT).endsWith(".png"),
          "--screenshot must name a .png file, got " + screenshot);
      writable("--screenshot", screenshot);
      writable("--perf-report", perfReport);
      require(
          preset == null || PRESETS.contains(preset),
          "--preset must be one of " + String.join(", ", PRESETS) + "; got '" + preset + "'");
      if (sweepMap != null) {
        try {
          lab.backprop.ui.sweep.SweepViewModel.parseAxes(sweepMap);
        } catch (IllegalArgumentException e) {
          throw new BadOptionsException("--sweep-map " + sweepMap + ": " + e.getMessage());
        }
      }
      if (compare != null) {
        try {
          lab.backprop.ui.compare.CompareRequest.parse(
              compare, session != null ? session.run() : spec);
        } catch (IllegalArgumentException e) {
          throw new BadOptionsException("--compare " + compare + ": " + e.getMessage());
        }
      }
      return new AppOptions(
          spec,
          autoplay,
          quitAfter,
          screenshot,
          perfReport,
          stepThrough == null ? -1 : stepThrough - 1,
          preset,
          sweepMap,
          compare,
          pace(),
          present,
          open,
          session);
    }

    private double pace() {
      if (speed.equalsIgnoreCase("max")) {
        return TrainerSettings.FULL_SPEED;
      }
      double v;
      try {
        v = Double.parseDouble(speed.trim());
      } catch (NumberFormatException e) {
        v = Double.NaN;
      }
      require(
          v >= TrainerSettings.MIN_SPEED && v <= TrainerSettings.MAX_SPEED,
          "--speed takes steps per second from "
              + (long) TrainerSettings.MIN_SPEED
              + " to "
              + (long) TrainerSettings.MAX_SPEED
              + " or max, got '"
              + speed
              + "'");
      return v;
    }
  }

  /** An output file is checked before the window opens, not after the whole session. */
  private static void writable(String option, Path file) {
    if (file == null) {
      return;
    }
    try {
      AtomicFiles.checkWritable(file);
    } catch (IOException e) {
      throw new BadOptionsException(option + " " + e.getMessage());
    }
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new BadOptionsException(message);
    }
  }
}
