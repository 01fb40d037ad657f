package lab.backprop.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lab.backprop.data.DataFiles;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The run options of the window and of every command that runs a network ({@code --dataset}, {@code
 * --hidden}, {@code --lr}, …, {@code --spec FILE}), built from {@link RunField}: the same names,
 * meanings, defaults and limits everywhere. Values are applied in the order given, so an option
 * after {@code --spec} overrides the file and one before it is overridden.
 */
public final class RunOptions {
  /** The option that reads a run spec file. */
  public static final String SPEC = "--spec";

  /** Old names kept working, hidden from the help: the commands' and the window's former names. */
  private static final Map<String, String> ALIASES =
      Map.of("--name", "--dataset", "--train-ratio", "--ratio");

  /** What {@code --seed} sets. */
  private static final List<RunField> ALL_SEEDS =
      List.of(RunField.SEED_DATA, RunField.SEED_SPLIT, RunField.SEED_INIT, RunField.SEED_ORDER);

  /** The window's former seed of the initial weights; sets seeds.init and seeds.order. */
  private static final String INIT_SEED = "--init-seed";

  private record Given(String option, String value) {}

  /** Reads a run spec file (the JSON form lives in {@code io}, above this package). */
  @FunctionalInterface
  public interface SpecReader {
    RunSpec read(Path file) throws IOException;
  }

  /** The generator's fields, for commands that only make data. */
  private static final Set<RunField> GENERATOR =
      EnumSet.of(RunField.DATASET, RunField.N, RunField.NOISE, RunField.CLASSES, RunField.SHUFFLE);

  private final List<Given> given = new ArrayList<>();
  private final SpecReader reader;

  private RunOptions(SpecReader reader) {
    this.reader = reader;
  }

  /**
   * Every run option and --spec (read by {@code reader}): for the window and the commands that run
   * a network.
   */
  public static RunOptions wholeRun(SpecReader reader) {
    return new RunOptions(reader);
  }

  /** The data generator's options and --seed, for commands that only make data. */
  public static RunOptions generatorOnly() {
    return new RunOptions(null);
  }

  private boolean wholeRun() {
    return reader != null;
  }

  /** Adds the run options to a command (before its arguments are parsed). */
  public void addTo(CommandSpec command) {
    if (wholeRun()) {
      command.addOption(
          option(
                  SPEC,
                  "FILE.json",
                  "Read a run spec (as written by the spec command); options after it override"
                      + " it.")
              .build());
    }
    for (RunField field : RunField.values()) {
      if (field.option() == null
          || !(wholeRun() || GENERATOR.contains(field) || field == RunField.SEED_DATA)) {
        continue;
      }
      OptionSpec.Builder option = option(field.option(), field.paramLabel(), field.help());
      if (field.kind() == RunField.Kind.BOOLEAN) {
        option.type(boolean.class).arity("0");
      }
      command.addOption(option.build());
    }
    ALIASES.forEach(
        (alias, option) -> {
          if (wholeRun() || option.equals(RunField.DATASET.option())) {
            command.addOption(option(alias, "VALUE", "Same as " + option).hidden(true).build());
          }
        });
    if (!wholeRun()) {
      return;
    }
    command.addOption(
        option(INIT_SEED, "S", "Seed of the initial weights and the example order")
            .hidden(true)
            .build());
  }

  private OptionSpec.Builder option(String name, String label, String help) {
    OptionSpec.Builder option = OptionSpec.builder(name);
    if (label != null) {
      option.paramLabel(label);
    }
    return option
        .description(help)
        .type(String.class)
        .hasInitialValue(false)
        .setter(recorder(name));
  }

  private ISetter recorder(String name) {
    return new ISetter() {
      @Override
      public <T> T set(T value) {
        if (value != null && !Boolean.FALSE.equals(value)) {
          given.add(new Given(name, value.toString()));
        }
        return null;
      }
    };
  }

  /**
   * The run spec of a list of run options, e.g. {@code parse("--hidden", "16", "--lr", "0.5")};
   * {@code --spec} is not taken here.
   *
   * @throws Problem for an unknown option or a bad value
   */
  public static RunSpec parse(String... args) {
    RunOptions options =
        wholeRun(
            file -> {
              throw new Problem("--spec " + file + ": spec files are read by the commands");
            });
    CommandSpec command = CommandSpec.create();
    options.addTo(command);
    try {
      new CommandLine(command).setOverwrittenOptionsAllowed(true).parseArgs(args);
      return options.spec();
    } catch (CommandLine.ParameterException | IOException e) {
      throw new Problem(e.getMessage());
    }
  }

  /**
   * The run spec of the defaults and the given options, applied in order.
   *
   * @throws Problem naming the option or file and what was expected
   * @throws IOException when a file cannot be read (the message names it)
   */
  public RunSpec spec() throws IOException {
    return spec(given);
  }

  /**
   * The run spec of these options followed by {@code more}, each an option and its value (e.g.
   * {@code ["--lr", "0.5"]}), as if given after them on the command line: what a sweep's run is.
   *
   * @throws Problem naming the option or file and what was expected
   * @throws IOException when a file cannot be read (the message names it)
   */
  public RunSpec specFollowedBy(List<String[]> more) throws IOException {
    List<Given> all = new ArrayList<>(given);
    for (String[] pair : more) {
      all.add(new Given(pair[0], pair[1]));
    }
    return spec(all);
  }

  private RunSpec spec(List<Given> all) throws IOException {
    RunSpecBuilder b = new RunSpecBuilder();
    String lastSpecFile = null;
    for (Given g : all) {
      String option = canonical(g.option);
      try {
        if (option.equals(SPEC)) {
          b = reader.read(Path.of(g.value)).toBuilder();
          lastSpecFile = g.value;
        } else if (option.equals(RunField.SEED_DATA.option())) {
          for (RunField seed : ALL_SEEDS) {
            seed.apply(b, g.value);
          }
        } else if (option.equals(INIT_SEED)) {
          RunField.SEED_INIT.apply(b, g.value);
          RunField.SEED_ORDER.apply(b, g.value);
        } else {
          RunField field = fieldOf(option);
          field.apply(b, field.kind() == RunField.Kind.BOOLEAN ? "false" : g.value);
        }
      } catch (SpecException e) {
        throw new Problem(g.option + " " + g.value + ": " + e.problem());
      }
    }
    if (b.file() != null && !b.outputGiven()) {
      b.output(NetworkSpec.defaultOutput(readTask(b.file())));
    }
    try {
      return b.build();
    } catch (SpecException e) {
      throw new Problem(describe(all, e.field(), lastSpecFile) + ": " + e.problem());
    }
  }

  /** The options given, in order (their canonical names; --spec included). */
  public List<String> givenOptions() {
    return given.stream().map(g -> canonical(g.option)).toList();
  }

  /** The option and its value when it was given, else the spec file's field, else the option. */
  private static String describe(List<Given> all, RunField field, String specFile) {
    Given last = null;
    for (Given g : all) {
      if (canonical(g.option).equals(field.option())) {
        last = g;
      }
    }
    if (last != null) {
      return last.option + " " + last.value;
    }
    if (specFile != null) {
      return specFile + ": " + field.jsonPath();
    }
    return field.option() != null ? field.option() : field.jsonPath();
  }

  private static lab.backprop.data.Task readTask(Path file) throws IOException {
    return DataFiles.readTask(file); // the header alone; the rows are read once, later
  }

  private static String canonical(String option) {
    return ALIASES.getOrDefault(option, option);
  }

  private static RunField fieldOf(String option) {
    for (RunField f : RunField.values()) {
      if (option.equals(f.option())) {
        return f;
      }
    }
    throw new IllegalStateException("no run field for " + option);
  }

  /** Run options that do not make a valid run spec; the message is one line for the user. */
  public static final class Problem extends IllegalArgumentException {
    public Problem(String message) {
      super(message);
    }
  }
}
