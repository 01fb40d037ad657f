package lab.backprop.ui.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lab.backprop.data.DatasetSpec;
import lab.backprop.data.Task;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The window's command-line options: the initial state of every control plus the scripting options
 * {@code --autoplay}, {@code --quit-after}, {@code --screenshot} and {@code --perf-report}. Parsed
 * with picocli from {@code Application.getParameters().getRaw()}.
 */
public record AppOptions(
    String dataset,
    int n,
    double noise,
    long seed,
    double trainRatio,
    int[] hidden,
    String activation,
    String output,
    String optimizer,
    double lr,
    int batch,
    double l2,
    long initSeed,
    boolean autoplay,
    double quitAfterSeconds,
    Path screenshot,
    Path perfReport,
    int stepThroughPhase,
    String preset) {

  /** The names {@code --preset} takes. */
  public static final List<String> PRESETS = List.of("worked-example", "two-moons");

  public static final List<String> DATASETS = DatasetSpec.NAMES;
  public static final List<String> ACTIVATIONS =
      List.of("sigmoid", "tanh", "relu", "leaky_relu", "gelu_erf", "gelu_tanh", "identity");
  public static final List<String> OUTPUTS = List.of("softmax_ce", "sigmoid_bce", "mse");
  public static final List<String> OPTIMIZERS = List.of("sgd", "momentum", "nesterov", "adam");
  public static final int MAX_HIDDEN_LAYERS = 6;
  public static final int MAX_UNITS = 64;

  /** Batch size meaning "the whole training set". */
  public static final int FULL_BATCH = 0;

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
    Spec spec = new Spec();
    CommandLine cli = new CommandLine(spec);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    try {
      cli.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      throw new BadOptionsException(e.getMessage());
    }
    if (spec.help) {
      throw new BadOptionsException(null);
    }
    return spec.validated();
  }

  /** Usage text of the window's options. */
  public static String usage() {
    return new CommandLine(new Spec()).getUsageMessage(CommandLine.Help.Ansi.OFF);
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
          "Opens the Backprop Lab window.%nExample: --dataset moons --hidden 8 --autoplay",
      sortOptions = false)
  static final class Spec {
    @Option(
        names = "--dataset",
        description = "moons, circles, xor, spiral, blobs, regression, worked-example")
    String dataset = "moons";

    @Option(names = "--n", description = "number of points (default 200)")
    int n = 200;

    @Option(names = "--noise", description = "noise of the generator (default 0.2)")
    double noise = 0.2;

    @Option(names = "--seed", description = "data seed (default 0)")
    long seed = 0;

    @Option(names = "--train-ratio", description = "share of points used for training (0.8)")
    double trainRatio = 0.8;

    @Option(names = "--hidden", description = "units per hidden layer, e.g. 8,8 (default 8)")
    String hidden = "8";

    @Option(names = "--activation", description = "sigmoid, tanh, relu, leaky_relu, ...")
    String activation = "tanh";

    @Option(names = "--output", description = "softmax_ce, sigmoid_bce or mse")
    String output;

    @Option(names = "--optimizer", description = "sgd, momentum, nesterov, adam")
    String optimizer = "sgd";

    @Option(names = "--lr", description = "learning rate (default 0.1)")
    double lr = 0.1;

    @Option(names = "--batch", description = "mini-batch size or 'full' (default full)")
    String batch = "full";

    @Option(names = "--l2", description = "L2 lambda (default 0)")
    double l2 = 0;

    @Option(names = "--init-seed", description = "seed of the initial weights (default 0)")
    long initSeed = 0;

    @Option(names = "--autoplay", description = "start training at once")
    boolean autoplay;

    @Option(names = "--quit-after", paramLabel = "SECONDS", description = "quit after SECONDS")
    double quitAfter;

    @Option(names = "--screenshot", paramLabel = "FILE.png", description = "window PNG at quit")
    Path screenshot;

    @Option(
        names = "--perf-report",
        paramLabel = "FILE.json",
        description = "frame times and epochs/s at quit")
    Path perfReport;

    @Option(
        names = "--step-through",
        paramLabel = "PHASE",
        description = "open the step-through player at phase PHASE (1 = input)")
    Integer stepThrough;

    @Option(
        names = "--preset",
        paramLabel = "NAME",
        description = "open the step-through on a preset: worked-example or two-moons")
    String preset;

    @Option(
        names = {"-h", "--help"},
        usageHelp = true,
        description = "show this help")
    boolean help;

    AppOptions validated() {
      String ds = oneOf("--dataset", dataset, DATASETS);
      String act = oneOf("--activation", activation, ACTIVATIONS);
      String out =
          output == null
              ? (DatasetSpec.taskOf(ds) == Task.REGRESSION ? "mse" : "softmax_ce")
              : oneOf("--output", output, OUTPUTS);
      if ((DatasetSpec.taskOf(ds) == Task.REGRESSION) != out.equals("mse")) {
        throw new BadOptionsException(
            "--output "
                + out
                + " does not fit --dataset "
                + ds
                + ": regression needs mse, classification needs softmax_ce or sigmoid_bce");
      }
      String opt = oneOf("--optimizer", optimizer, OPTIMIZERS);
      require(n >= 4 && n <= 100_000, "--n must be 4 … 100000, got " + n);
      require(Double.isFinite(noise) && noise >= 0, "--noise must be ≥ 0, got " + noise);
      require(seed >= 0 && seed <= 4294967295L, "--seed must be 0 … 4294967295, got " + seed);
      require(
          trainRatio > 0 && trainRatio <= 1, "--train-ratio must be in (0, 1], got " + trainRatio);
      require(Double.isFinite(lr) && lr > 0, "--lr must be a positive number, got " + lr);
      require(Double.isFinite(l2) && l2 >= 0, "--l2 must be ≥ 0, got " + l2);
      require(
          Double.isFinite(quitAfter) && quitAfter >= 0,
          "--quit-after must be a number of seconds ≥ 0, got " + quitAfter);
      require(
          stepThrough == null || stepThrough >= 1,
          "--step-through takes a phase number ≥ 1, got " + stepThrough);
      require(
          screenshot == null || screenshot.toString().toLowerCase(Locale.ROOT).endsWith(".png"),
          "--screenshot must name a .png file, got " + screenshot);
      return new AppOptions(
          ds,
          n,
          noise,
          seed,
          trainRatio,
          parseHidden(hidden),
          act,
          out,
          opt,
          lr,
          parseBatch(batch),
          l2,
          initSeed,
          autoplay,
          quitAfter,
          screenshot,
          perfReport,
          stepThrough == null ? -1 : stepThrough - 1,
          preset == null ? null : oneOf("--preset", preset, PRESETS));
    }
  }

  static int[] parseHidden(String text) {
    String[] parts = text.split(",", -1);
    if (parts.length < 1 || parts.length > MAX_HIDDEN_LAYERS) {
      throw new BadOptionsException(
          "--hidden takes 1 to " + MAX_HIDDEN_LAYERS + " layer sizes, got '" + text + "'");
    }
    List<Integer> sizes = new ArrayList<>();
    for (String part : parts) {
      int units;
      try {
        units = Integer.parseInt(part.trim());
      } catch (NumberFormatException e) {
        throw new BadOptionsException(
            "--hidden expects comma-separated unit counts like 8,8, got '" + text + "'");
      }
      if (units < 1 || units > MAX_UNITS) {
        throw new BadOptionsException(
            "--hidden: each layer has 1 to " + MAX_UNITS + " units, got " + units);
      }
      sizes.add(units);
    }
    return sizes.stream().mapToInt(Integer::intValue).toArray();
  }

  static int parseBatch(String text) {
    if (text.equalsIgnoreCase("full")) {
      return FULL_BATCH;
    }
    try {
      int batch = Integer.parseInt(text.trim());
      if (batch >= 1) {
        return batch;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadOptionsException("--batch expects a size ≥ 1 or 'full', got '" + text + "'");
  }

  private static String oneOf(String option, String value, List<String> choices) {
    String v = value.toLowerCase(Locale.ROOT);
    if (!choices.contains(v)) {
      throw new BadOptionsException(
          option + " must be one of " + String.join(", ", choices) + "; got '" + value + "'");
    }
    return v;
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new BadOptionsException(message);
    }
  }
}
