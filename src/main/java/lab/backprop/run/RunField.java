package lab.backprop.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import lab.backprop.data.DatasetSpec;
import lab.backprop.nn.Activation;
import lab.backprop.nn.OptimizerKind;
import lab.backprop.nn.OptimizerSettings;
import lab.backprop.nn.OutputKind;

/**
 * Every field of a run spec: its JSON path, its option, what it means (with its default and limits,
 * taken from the spec records), and how a value given as text is read. The JSON reader and every
 * command's options go through {@link #apply}, so a value means the same everywhere.
 */
public enum RunField {
  DATASET(
      "data",
      "dataset",
      "--dataset",
      "NAME",
      Kind.TEXT,
      "Data set: "
          + String.join(", ", DatasetSpec.NAMES)
          + " (default: moons). iris, digits and mnist are real data sets shipped in the app"
          + " (iris 150 x 4 and digits 1,797 x 64 as scikit-learn's; mnist 10,000 images of"
          + " 28 x 28 grey levels); they ignore --n, --noise, --classes and --no-shuffle."),
  N("data", "n", "--n", "N", Kind.INTEGER, "Number of points, %d to %d (default: %d).") {
    @Override
    Object[] helpArgs() {
      return new Object[] {DataSpec.MIN_N, DataSpec.MAX_N, DataSpec.DEFAULT.n()};
    }
  },
  NOISE(
      "data",
      "noise",
      "--noise",
      "SD",
      Kind.NUMBER,
      "Standard deviation of the generator's Gaussian noise, >= 0 (default: %s).") {
    @Override
    Object[] helpArgs() {
      return new Object[] {DataSpec.DEFAULT.noise()};
    }
  },
  CLASSES(
      "data",
      "classes",
      "--classes",
      "K",
      Kind.INTEGER,
      "Classes of spiral (2 or 3 arms) and blobs (2 to 5); the others have 2 (default: 2)."),
  SHUFFLE(
      "data",
      "shuffle",
      "--no-shuffle",
      null,
      Kind.BOOLEAN,
      "Keep the generator's row order (class by class) instead of shuffling the rows."),
  FILE(
      "data",
      "file",
      "--data",
      "FILE",
      Kind.TEXT,
      "Use the rows of this file instead of a generator: CSV with a header x1,...,xD,label or"
          + " x1,...,xD,target (any number D of features), or idx images (a name ending in -ubyte"
          + " or .idx, each optionally .gz, e.g. train-images-idx3-ubyte.gz) whose labels are the"
          + " file of the same name with images -> labels and idx3 -> idx1; a regular file of at"
          + " most 64 MiB. --dataset, --n, --noise, --classes and --no-shuffle are then unused."),
  RATIO(
      "data",
      "ratio",
      "--ratio",
      "R",
      Kind.NUMBER,
      "Share of the rows used for training, 0 < R <= 1; the rest are the test set (default: %s).") {
    @Override
    Object[] helpArgs() {
      return new Object[] {DataSpec.DEFAULT_RATIO};
    }
  },
  STANDARDIZE(
      "data",
      "standardize",
      "--no-standardize",
      null,
      Kind.BOOLEAN,
      "Keep the inputs of real data (iris, digits, mnist, a data file) as they are. By default"
          + " each feature is standardised on the training split: minus its mean over the training"
          + " rows, divided by their standard deviation (a constant feature is only centred), the"
          + " same numbers applied to the test rows. Generated points are never standardised."),
  HIDDEN(
      "network",
      "hidden",
      "--hidden",
      "UNITS",
      Kind.INTEGER_LIST,
      "Hidden layer sizes, e.g. 8,8: 1 to %d layers of 1 to %d units (default: 8).") {
    @Override
    Object[] helpArgs() {
      return new Object[] {NetworkSpec.MAX_LAYERS, NetworkSpec.MAX_UNITS};
    }
  },
  ACTIVATION(
      "network",
      "activation",
      "--activation",
      "NAME",
      Kind.NAME_OR_LIST,
      "Hidden activation, one for all layers or one per layer: "
          + Arrays.stream(Activation.values())
              .map(Activation::jsonName)
              .collect(Collectors.joining(", "))
          + " (default: tanh)."),
  OUTPUT(
      "network",
      "output",
      "--output",
      "NAME",
      Kind.TEXT,
      "Output and loss: softmax_ce, sigmoid_bce (2 classes) or mse (regression)"
          + " (default: softmax_ce for classes, mse for regression)."),
  L2(
      "network",
      "l2",
      "--l2",
      "LAMBDA",
      Kind.NUMBER,
      "L2 strength: L = L_data + (lambda/2) sum W^2, biases excluded, >= 0 (default: 0)."),
  OPTIMIZER(
      "optimizer",
      "name",
      "--optimizer",
      "NAME",
      Kind.TEXT,
      OptimizerKind.names() + " (default: sgd)."),
  LR("optimizer", "lr", "--lr", "RATE", Kind.NUMBER, "Learning rate, > 0 (default: %s).") {
    @Override
    Object[] helpArgs() {
      return new Object[] {OptimizerSettings.DEFAULT_LR};
    }
  },
  MOMENTUM(
      "optimizer",
      "momentum",
      "--momentum",
      "MU",
      Kind.NUMBER,
      "Momentum of momentum and nesterov, 0 <= MU < 1 (default: %s).") {
    @Override
    Object[] helpArgs() {
      return new Object[] {OptimizerSettings.DEFAULT_MOMENTUM};
    }
  },
  BETA1(
      "optimizer",
      "beta1",
      "--beta1",
      "B1",
      Kind.NUMBER,
      "Adam beta1, 0 <= B1 < 1 (default: %s).") {
    @Override
    Object[] helpArgs() {
      return new Object[] {OptimizerSettings.DEFAULT_BETA1};
    }
  },
  BETA2(
      "optimizer",
      "beta2",
      "--beta2",
      "B2",
      Kind.NUMBER,
      "Adam beta2, 0 <= B2 < 1 (default: %s).") {
    @Override
    Object[] helpArgs() {
      return new Object[] {OptimizerSettings.DEFAULT_BETA2};
    }
  },
  EPS("optimizer", "eps", "--eps", "EPS", Kind.NUMBER, "Adam eps, >= 0 (default: %s).") {
    @Override
    Object[] helpArgs() {
      return new Object[] {OptimizerSettings.DEFAULT_EPS};
    }
  },
  BATCH(
      "training",
      "batch",
      "--batch",
      "SIZE|full",
      Kind.INTEGER_OR_FULL,
      "Examples per step, 1 to %d, or full for the whole training set (default: full).") {
    @Override
    Object[] helpArgs() {
      return new Object[] {TrainingSpec.MAX_BATCH};
    }
  },
  EPOCHS(
      "training",
      "epochs",
      "--epochs",
      "E",
      Kind.INTEGER,
      "Epochs to train, 1 to %d; the window trains until paused (default: %d).") {
    @Override
    Object[] helpArgs() {
      return new Object[] {TrainingSpec.MAX_EPOCHS, TrainingSpec.DEFAULT_EPOCHS};
    }
  },
  SEED_DATA(
      "seeds",
      "data",
      "--seed",
      "S",
      Kind.INTEGER,
      "Seed of everything random, 0 to %d (default: 0): the data (as scikit-learn's"
          + " random_state), the train/test split, the initial weights and the order of the"
          + " examples. A spec file can hold four different seeds (seeds.data, .split, .init,"
          + " .order); --seed sets all four.") {
    @Override
    Object[] helpArgs() {
      return new Object[] {Seeds.MAX};
    }
  },
  SEED_SPLIT("seeds", "split", null, null, Kind.INTEGER, "Seed of the train/test split."),
  SEED_INIT("seeds", "init", null, null, Kind.INTEGER, "Seed of the initial weights."),
  SEED_ORDER("seeds", "order", null, null, Kind.INTEGER, "Seed of the order of the examples.");

  /** The JSON type of a field's value. */
  public enum Kind {
    TEXT,
    INTEGER,
    NUMBER,
    BOOLEAN,
    INTEGER_LIST,
    NAME_OR_LIST,
    INTEGER_OR_FULL
  }

  private final String section;
  private final String key;
  private final String option;
  private final String paramLabel;
  private final Kind kind;
  private final String help;

  RunField(String section, String key, String option, String paramLabel, Kind kind, String help) {
    this.section = section;
    this.key = key;
    this.option = option;
    this.paramLabel = paramLabel;
    this.kind = kind;
    this.help = help;
  }

  /** The section of the JSON object the field is in: data, network, optimizer, training, seeds. */
  public String section() {
    return section;
  }

  /** The field's member name within its section. */
  public String key() {
    return key;
  }

  /** E.g. {@code optimizer.lr}. */
  public String jsonPath() {
    return section + "." + key;
  }

  /** The option that sets it, e.g. {@code --lr}; null for the seeds that only --seed sets. */
  public String option() {
    return option;
  }

  public String paramLabel() {
    return paramLabel;
  }

  public Kind kind() {
    return kind;
  }

  /** The option's help text, with its default and limits. */
  public String help() {
    Object[] args = helpArgs();
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof Double d) {
        args[i] = Double.toString(d).replace(".0E", "E").replace("E", "e");
      }
    }
    return String.format(Locale.ROOT, help, args);
  }

  Object[] helpArgs() {
    return new Object[0];
  }

  /** The fields of one JSON section, in order. */
  public static List<RunField> inSection(String section) {
    List<RunField> fields = new ArrayList<>();
    for (RunField f : values()) {
      if (f.section.equals(section)) {
        fields.add(f);
      }
    }
    return fields;
  }

  /**
   * Sets this field of {@code b} from its text ("0.1", "8,8", "full", "true", a path…).
   *
   * @throws SpecException when the text is not a value of this field
   */
  public void apply(RunSpecBuilder b, String text) {
    boolean isName = kind == Kind.TEXT && this != FILE || kind == Kind.NAME_OR_LIST;
    String t = isName ? text.trim().toLowerCase(Locale.ROOT) : text.trim();
    switch (this) {
      case DATASET -> b.dataset(oneOf(t, DatasetSpec.NAMES));
      case N -> b.n = integer(t);
      case NOISE -> b.noise = number(t);
      case CLASSES -> b.classes = integer(t);
      case SHUFFLE -> b.shuffle = bool(t);
      case FILE -> b.file(Path.of(t));
      case RATIO -> b.ratio = number(t);
      case STANDARDIZE -> b.standardize = bool(t);
      case HIDDEN -> b.hidden(integers(t));
      case ACTIVATION -> b.activations(activations(t));
      case OUTPUT -> b.output(named(() -> OutputKind.fromName(t)));
      case L2 -> b.l2 = number(t);
      case OPTIMIZER -> b.optimizer = named(() -> OptimizerKind.fromName(t));
      case LR -> b.lr = number(t);
      case MOMENTUM -> b.momentum = number(t);
      case BETA1 -> b.beta1 = number(t);
      case BETA2 -> b.beta2 = number(t);
      case EPS -> b.eps = number(t);
      case BATCH -> b.batch = t.equalsIgnoreCase("full") ? TrainingSpec.FULL_BATCH : batch(t);
      case EPOCHS -> b.epochs = integer(t);
      case SEED_DATA -> b.dataSeed = seed(t);
      case SEED_SPLIT -> b.splitSeed = seed(t);
      case SEED_INIT -> b.initSeed = seed(t);
      case SEED_ORDER -> b.orderSeed = seed(t);
    }
  }

  private SpecException bad(String text, String expected) {
    return new SpecException(this, "\"" + text + "\" is not " + expected);
  }

  private int integer(String t) {
    try {
      return Integer.parseInt(t);
    } catch (NumberFormatException e) {
      throw bad(t, "a whole number");
    }
  }

  private int batch(String t) {
    int size;
    try {
      size = Integer.parseInt(t);
    } catch (NumberFormatException e) {
      throw bad(t, "a batch size (1, 2, ...) or full");
    }
    if (size < 1) {
      throw new SpecException(
          this, "expected 1 to " + TrainingSpec.MAX_BATCH + " or full, got " + size);
    }
    return size;
  }

  private long seed(String t) {
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw bad(t, "a whole number");
    }
  }

  private double number(String t) {
    try {
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      throw bad(t, "a number");
    }
  }

  private boolean bool(String t) {
    return switch (t.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw bad(t, "true or false");
    };
  }

  private List<Integer> integers(String t) {
    List<Integer> values = new ArrayList<>();
    for (String part : t.split(",", -1)) {
      try {
        values.add(Integer.parseInt(part.trim()));
      } catch (NumberFormatException e) {
        throw bad(t, "a comma-separated list of unit counts like 8,8");
      }
    }
    return values;
  }

  private List<Activation> activations(String t) {
    List<Activation> values = new ArrayList<>();
    for (String part : t.split(",", -1)) {
      values.add(named(() -> Activation.fromName(part.trim())));
    }
    return values;
  }

  private String oneOf(String t, List<String> names) {
    if (!names.contains(t)) {
      throw new SpecException(this, "expected one of " + String.join(", ", names) + ", got " + t);
    }
    return t;
  }

  private <T> T named(java.util.function.Supplier<T> lookup) {
    try {
      return lookup.get();
    } catch (IllegalArgumentException e) {
      throw new SpecException(this, e.getMessage());
    }
  }
}
