package lab.backprop.ui.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import lab.backprop.nn.Activation;
import lab.backprop.run.RunSpec;

/**
 * What tells the runs of a comparison apart, in words: the settings a variant changes from the base
 * run ("activation relu", "lr 1, batch 32"), and for the base run its own values of the settings
 * any variant changes ("activation tanh (base)").
 */
public final class Differences {
  private Differences() {}

  /** A setting a compared run may change, with its name and its value as text. */
  enum Aspect {
    HIDDEN("hidden", r -> join(r.network().hidden())),
    ACTIVATION("activation", r -> activations(r.network().activations())),
    OUTPUT("output", r -> r.network().output().jsonName()),
    L2("L2", r -> number(r.network().l2())),
    OPTIMIZER("optimizer", r -> r.optimizer().kind().jsonName()),
    LR("lr", r -> number(r.optimizer().lr())),
    MOMENTUM("momentum", r -> number(r.optimizer().momentum())),
    BETA1("beta1", r -> number(r.optimizer().beta1())),
    BETA2("beta2", r -> number(r.optimizer().beta2())),
    EPS("eps", r -> number(r.optimizer().eps())),
    BATCH("batch", r -> r.training().fullBatch() ? "full" : Integer.toString(r.training().batch())),
    SEED(
        "seed",
        r ->
            r.seeds().init() == r.seeds().order()
                ? Long.toString(r.seeds().init())
                : r.seeds().init() + " (init), " + r.seeds().order() + " (order)");

    private final String label;
    private final Function<RunSpec, String> value;

    Aspect(String label, Function<RunSpec, String> value) {
      this.label = label;
      this.value = value;
    }

    String describe(RunSpec run) {
      return label + " " + value.apply(run);
    }

    boolean differs(RunSpec a, RunSpec b) {
      return !value.apply(a).equals(value.apply(b));
    }
  }

  /** What {@code variant} changes from {@code base}, e.g. "activation relu, lr 1". */
  public static String of(RunSpec base, RunSpec variant) {
    List<String> parts = new ArrayList<>();
    for (Aspect a : Aspect.values()) {
      if (a.differs(base, variant)) {
        parts.add(a.describe(variant));
      }
    }
    return parts.isEmpty() ? "same as the base" : String.join(", ", parts);
  }

  /**
   * The base run's own values of what any of {@code variants} changes, marked as the base, e.g.
   * "activation tanh (base)".
   */
  public static String ofBase(RunSpec base, List<RunSpec> variants) {
    List<String> parts = new ArrayList<>();
    for (Aspect a : Aspect.values()) {
      if (variants.stream().anyMatch(v -> a.differs(base, v))) {
        parts.add(a.describe(base));
      }
    }
    return (parts.isEmpty() ? "base" : String.join(", ", parts)) + " (base)";
  }

  /** A number as one would type it: 0.1, 1, 0.003, 1e-8. */
  static String number(double v) {
    double a = Math.abs(v);
    if (v == 0 || (a >= 1e-4 && a < 1e7)) {
      return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
    return Double.toString(v).replace(".0E", "E").replace("E", "e");
  }

  private static String join(List<?> values) {
    return String.join(",", values.stream().map(String::valueOf).toList());
  }

  private static String activations(List<Activation> list) {
    return list.stream().distinct().count() == 1
        ? list.get(0).jsonName()
        : String.join(",", list.stream().map(Activation::jsonName).toList());
  }
}
