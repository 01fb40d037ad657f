package lab.backprop.nn;

import java.util.ArrayList;
import java.util.List;

/**
 * What an optimizer carries from one step to the next, for one network: its moments (momentum's
 * velocity v; Adam's m and s), one flat array per parameter array (slot 2l is W_l row-major
 * [out·in], slot 2l+1 is b_l), and Adam's step count t. Immutable: arrays are copied in and out.
 *
 * @param t steps taken (Adam's t; 0 for the others)
 */
public record OptimizerState(long t, List<double[][]> moments) {

  public OptimizerState {
    if (t < 0) {
      throw new IllegalArgumentException("t must be >= 0, got " + t);
    }
    moments = List.copyOf(moments.stream().map(OptimizerState::deepCopy).toList());
  }

  /** The names of the moments of an optimizer of this kind, in the order of {@link #moments}. */
  public static List<String> momentNames(OptimizerKind kind) {
    return switch (kind) {
      case SGD -> List.of();
      case MOMENTUM, NESTEROV -> List.of("velocity");
      case ADAM -> List.of("m", "s");
    };
  }

  /** Whether an optimizer of this kind counts its steps (Adam's bias correction). */
  public static boolean countsSteps(OptimizerKind kind) {
    return kind == OptimizerKind.ADAM;
  }

  /** The state of a fresh optimizer of this kind for {@code net}: zeros. */
  public static OptimizerState zero(OptimizerKind kind, Network net) {
    List<double[][]> moments = new ArrayList<>();
    for (int k = 0; k < momentNames(kind).size(); k++) {
      moments.add(AbstractOptimizer.zeroState(net));
    }
    return new OptimizerState(0, moments);
  }

  /** A copy of moment {@code k}. */
  public double[][] moment(int k) {
    return deepCopy(moments.get(k));
  }

  @Override
  public List<double[][]> moments() {
    return moments.stream().map(OptimizerState::deepCopy).toList();
  }

  /**
   * @throws IllegalArgumentException unless this is a state of an optimizer of {@code kind} for a
   *     network shaped like {@code net}, naming the first part that is not
   */
  public void checkFits(OptimizerKind kind, Network net) {
    List<String> names = momentNames(kind);
    if (moments.size() != names.size()) {
      throw new IllegalArgumentException(
          kind.jsonName() + " keeps " + names + ", the state has " + moments.size() + " moments");
    }
    if (t != 0 && !countsSteps(kind)) {
      throw new IllegalArgumentException("t: " + kind.jsonName() + " does not count steps");
    }
    double[][] shape = AbstractOptimizer.zeroState(net);
    for (int k = 0; k < names.size(); k++) {
      double[][] m = moments.get(k);
      if (m.length != shape.length) {
        throw new IllegalArgumentException(
            names.get(k) + " has " + m.length + " arrays, the network has " + shape.length);
      }
      for (int s = 0; s < shape.length; s++) {
        if (m[s].length != shape[s].length) {
          throw new IllegalArgumentException(
              names.get(k)
                  + (s % 2 == 0 ? ".W[" : ".b[")
                  + s / 2
                  + "] has "
                  + m[s].length
                  + " values, the network's has "
                  + shape[s].length);
        }
        for (double v : m[s]) {
          if (!Double.isFinite(v) || v < 0 && names.get(k).equals("s")) {
            throw new IllegalArgumentException(
                names.get(k) + (s % 2 == 0 ? ".W[" : ".b[") + s / 2 + "] holds " + v);
          }
        }
      }
    }
  }

  static double[][] deepCopy(double[][] state) {
    return AbstractOptimizer.deepCopy(state);
  }
}
