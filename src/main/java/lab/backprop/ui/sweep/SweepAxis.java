package lab.backprop.ui.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lab.backprop.run.RunField;

/**
 * A hyperparameter a sweep map can vary, with the run field it sets. Units and layers both set the
 * hidden sizes: {@code units} units in each of {@code layers} layers (the main view's count of
 * layers, or its first layer's units, for the one not varied).
 */
public enum SweepAxis {
  LR("learning rate", RunField.LR, "0.003, 0.03, 0.3, 3", true),
  UNITS("units", RunField.HIDDEN, "2, 4, 8, 16", false),
  LAYERS("layers", RunField.HIDDEN, "1, 2, 3", false),
  ACTIVATION("activation", RunField.ACTIVATION, "sigmoid, tanh, relu", false),
  OPTIMIZER("optimizer", RunField.OPTIMIZER, "sgd, momentum, adam", false),
  BATCH("batch size", RunField.BATCH, "8, 32, full", false),
  L2("L2", RunField.L2, "0, 0.001, 0.01", false),
  NOISE("noise", RunField.NOISE, "0.1, 0.2, 0.3", false),
  SEED("seed", RunField.SEED_DATA, "0, 1, 2", false);

  private final String label;
  private final RunField field;
  private final String defaultValues;
  private final boolean logScale;

  SweepAxis(String label, RunField field, String defaultValues, boolean logScale) {
    this.label = label;
    this.field = field;
    this.defaultValues = defaultValues;
    this.logScale = logScale;
  }

  public String label() {
    return label;
  }

  public RunField field() {
    return field;
  }

  public String defaultValues() {
    return defaultValues;
  }

  /** Whether a range {@code A..B:N} is spaced evenly on a log scale (else linearly). */
  public boolean logScale() {
    return logScale;
  }

  /** The short name: lr, units, layers, activation, optimizer, batch, l2, noise, seed. */
  public String shortName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws IllegalArgumentException naming the choices
   */
  public static SweepAxis fromShortName(String name) {
    for (SweepAxis a : values()) {
      if (a.shortName().equals(name.trim().toLowerCase(Locale.ROOT))) {
        return a;
      }
    }
    List<String> names = new ArrayList<>();
    for (SweepAxis a : values()) {
      names.add(a.shortName());
    }
    throw new IllegalArgumentException(
        "unknown hyperparameter \""
            + name.trim()
            + "\", expected one of "
            + String.join(", ", names));
  }

  @Override
  public String toString() {
    return label;
  }

  /**
   * The values of {@code text}: a comma-separated list, or for a number {@code A..B:N}, N values
   * from A to B (evenly spaced on a log scale for the learning rate, linearly otherwise).
   *
   * @throws IllegalArgumentException with a message for the user
   */
  public List<String> parse(String text) {
    String t = text == null ? "" : text.trim();
    if (t.contains("..")) {
      return range(t);
    }
    List<String> values = new ArrayList<>();
    for (String part : t.split(",", -1)) {
      String v = part.trim();
      if (v.isEmpty()) {
        throw new IllegalArgumentException(
            label + ": an empty value in \"" + t + "\", expected values separated by commas");
      }
      if (values.contains(v)) {
        throw new IllegalArgumentException(label + ": " + v + " is given twice");
      }
      values.add(v);
    }
    return values;
  }

  private List<String> range(String t) {
    String bad = label + ": \"" + t + "\" is not a range like 0.001..1:4 (from, to, how many)";
    String[] fromRest = t.split("\\.\\.", -1);
    String[] toCount = fromRest.length == 2 ? fromRest[1].split(":", -1) : new String[0];
    if (toCount.length != 2) {
      throw new IllegalArgumentException(bad);
    }
    double from;
    double to;
    int count;
    try {
      from = Double.parseDouble(fromRest[0].trim());
      to = Double.parseDouble(toCount[0].trim());
      count = Integer.parseInt(toCount[1].trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(bad);
    }
    if (count < 2 || count > 12 || !(from < to) || (logScale && !(from > 0))) {
      throw new IllegalArgumentException(
          bad + (logScale ? "; 0 < from < to" : "; from < to") + ", 2 to 12 values");
    }
    List<String> values = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      double f = (double) k / (count - 1);
      double v =
          logScale
              ? Math.exp(Math.log(from) + f * (Math.log(to) - Math.log(from)))
              : from + f * (to - from);
      String text =
          new java.math.BigDecimal(String.format(Locale.ROOT, "%.3g", v))
              .stripTrailingZeros()
              .toPlainString();
      if (values.contains(text)) {
        throw new IllegalArgumentException(bad + "; " + text + " would come twice");
      }
      values.add(text);
    }
    return values;
  }
}
