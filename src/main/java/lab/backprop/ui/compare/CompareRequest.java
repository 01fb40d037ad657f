package lab.backprop.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lab.backprop.run.RunField;
import lab.backprop.run.RunSpec;
import lab.backprop.run.RunSpecBuilder;
import lab.backprop.run.SpecException;

/**
 * The runs a comparison adds to the base run, written as text: one run per part separated by {@code
 * ;}, each part one or more {@code NAME=VALUE} changes separated by spaces, with the names of the
 * run options ({@code activation}, {@code hidden}, {@code lr}, {@code optimizer}, {@code batch},
 * {@code seed}, …): {@code activation=relu; lr=1; hidden=16 activation=relu}. The data stay the
 * base run's: a comparison shows what the network and its training change.
 */
public final class CompareRequest {
  /** Runs side by side at most, the base run included. */
  public static final int MAX_RUNS = 4;

  /** The settings a compared run may change. */
  static final List<RunField> FIELDS =
      List.of(
          RunField.ACTIVATION,
          RunField.HIDDEN,
          RunField.OUTPUT,
          RunField.L2,
          RunField.OPTIMIZER,
          RunField.LR,
          RunField.MOMENTUM,
          RunField.BETA1,
          RunField.BETA2,
          RunField.EPS,
          RunField.BATCH);

  private static final String SEED = "seed";

  private CompareRequest() {}

  /** The names a change may use, as the message of a wrong one lists them. */
  public static List<String> names() {
    List<String> names = new ArrayList<>();
    for (RunField f : FIELDS) {
      names.add(name(f));
    }
    names.add(SEED);
    return names;
  }

  private static String name(RunField f) {
    return f.option().substring(2);
  }

  /** The usual first comparison: the base run with the other of tanh and ReLU. */
  public static String defaultFor(RunSpec base) {
    return "activation=" + (base.network().activations().get(0).isReluFamily() ? "tanh" : "relu");
  }

  /**
   * The variants of {@code base} that {@code text} asks for, in order.
   *
   * @throws IllegalArgumentException with one line for the user, naming the run and the change
   */
  public static List<RunSpec> parse(String text, RunSpec base) {
    List<RunSpec> variants = new ArrayList<>();
    String t = text == null ? "" : text.trim();
    if (t.isEmpty()) {
      throw new IllegalArgumentException(
          "Say what the other runs change, e.g. activation=relu; lr=1 (one run per part)");
    }
    String[] parts = t.split(";", -1);
    if (parts.length > MAX_RUNS - 1) {
      throw new IllegalArgumentException(
          parts.length
              + " changed runs: at most "
              + (MAX_RUNS - 1)
              + " beside the base run ("
              + MAX_RUNS
              + " side by side)");
    }
    for (int k = 0; k < parts.length; k++) {
      RunSpec v = variant(base, parts[k].trim(), "run " + (k + 2));
      if (v.equals(base)) {
        throw new IllegalArgumentException("run " + (k + 2) + " is the same as the base run");
      }
      variants.add(v);
    }
    return variants;
  }

  private static RunSpec variant(RunSpec base, String part, String run) {
    if (part.isEmpty()) {
      throw new IllegalArgumentException(run + ": no change, e.g. lr=1");
    }
    RunSpecBuilder b = base.toBuilder();
    boolean resized = false;
    boolean activation = false;
    for (String change : part.split("\\s+")) {
      int eq = change.indexOf('=');
      if (eq <= 0 || eq == change.length() - 1) {
        throw new IllegalArgumentException(
            run + ": \"" + change + "\" is not NAME=VALUE, e.g. activation=relu");
      }
      String name = change.substring(0, eq).toLowerCase(Locale.ROOT);
      String value = change.substring(eq + 1);
      try {
        if (name.equals(SEED)) {
          RunField.SEED_INIT.apply(b, value);
          RunField.SEED_ORDER.apply(b, value);
          continue;
        }
        RunField f = field(name, run);
        f.apply(b, value);
        resized |= f == RunField.HIDDEN;
        activation |= f == RunField.ACTIVATION;
      } catch (SpecException e) {
        throw new IllegalArgumentException(run + ": " + name + " " + e.problem());
      }
    }
    if (resized && !activation) {
      RunField.ACTIVATION.apply(b, base.network().activations().get(0).jsonName());
    }
    try {
      return b.build();
    } catch (SpecException e) {
      throw new IllegalArgumentException(run + ": " + e.optionMessage());
    }
  }

  private static RunField field(String name, String run) {
    for (RunField f : FIELDS) {
      if (name(f).equals(name)) {
        return f;
      }
    }
    for (RunField f : RunField.values()) {
      if (f.option() != null && f.option().equals("--" + name) && f.section().equals("data")) {
        throw new IllegalArgumentException(
            run
                + ": "
                + name
                + " would change the data; the runs of a comparison share the base run's data"
                + " (the sweep map varies it)");
      }
    }
    throw new IllegalArgumentException(
        run + ": unknown setting \"" + name + "\", expected one of " + String.join(", ", names()));
  }
}
