package lab.backprop.cli;

import java.util.ArrayList;
import java.util.List;
import lab.backprop.nn.Trace;

/**
 * Names the parts of a result that are not finite (NaN or infinite), in the JSON names of the
 * output, e.g. {@code loss = Infinity, Z[1], dW[0]}; a result with such a part is a failure (exit
 * 1), never printed.
 */
final class NonFinite {
  private static final int MAX_NAMES = 8;

  private final List<String> names = new ArrayList<>();

  private NonFinite() {}

  /** The non-finite parts of a forward/backward pass; empty when it is all finite. */
  static String inTrace(Trace t) {
    NonFinite found = new NonFinite();
    found.number("loss", t.loss());
    found.number("data_loss", t.dataLoss());
    found.number("l2_term", t.l2Term());
    found.layers("Z", t.Z());
    found.layers("A", t.A());
    found.layers("deltas", t.deltas());
    found.layers("dW", t.dW());
    found.layers("db", t.db());
    return found.toString();
  }

  /** The layers of W and b holding values that are not finite; empty when all are finite. */
  static String inParameters(double[][][] W, double[][] b) {
    NonFinite found = new NonFinite();
    found.layers("W", W);
    found.layers("b", b);
    return found.toString();
  }

  private void number(String name, double value) {
    if (!Double.isFinite(value)) {
      names.add(name + " = " + value);
    }
  }

  /** Names {@code name[l]} for each layer holding a value that is not finite. */
  private void layers(String name, Object[] layers) {
    for (int l = 0; l < layers.length; l++) {
      if (!finite(layers[l])) {
        names.add(name + "[" + l + "]");
      }
    }
  }

  /** Whether every number of a double[] (or an array of them, at any depth) is finite. */
  private static boolean finite(Object array) {
    if (array instanceof double[] v) {
      for (double x : v) {
        if (!Double.isFinite(x)) {
          return false;
        }
      }
      return true;
    }
    for (Object part : (Object[]) array) {
      if (!finite(part)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    if (names.size() <= MAX_NAMES) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, MAX_NAMES))
        + " and "
        + (names.size() - MAX_NAMES)
        + " more";
  }
}
