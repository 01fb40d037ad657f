package lab.backprop.nn;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Central finite differences against the analytic gradient, over every parameter or a seeded sample
 * of them.
 *
 * <p>The relative error of a parameter is |a − n| / max(|a|, |n|, {@value #FLOOR}) for the analytic
 * gradient a and the numeric one n. Without the floor, a gradient near zero turns the rounding
 * noise of the difference quotient (about ε·|L|/h, 1e-11 for h = 1e-5) into a large relative error:
 * a correct 2-128-128-2 network showed 1.4e-2 on a gradient of 1e-9 whose absolute error was 3e-11.
 * With the floor, a gradient below it is judged by its absolute error (scaled by 1 / floor).
 */
public final class GradientCheck {
  private GradientCheck() {}

  /** Gradients smaller than this are compared by their absolute error divided by it. */
  public static final double FLOOR = 1e-3;

  /** The least a sample takes of each W and b (or all of it when it is smaller). */
  public static final int MIN_PER_ARRAY = 10;

  /** Told how far the check is, after each parameter. */
  @FunctionalInterface
  public interface Progress {
    void checked(int done, int total);
  }

  /**
   * The worst relative error (see {@link GradientCheck}) and where it is, the worst absolute error
   * and where it is, how many parameters were checked and how many the network has.
   */
  public record Result(
      double worstRelativeError,
      double worstAbsoluteError,
      String worstParameter,
      String worstAbsoluteParameter,
      int parametersChecked,
      int parametersTotal) {}

  /** Checks every W and b of {@code net} on all of {@code samples} with step {@code h}. */
  public static Result check(Network net, Samples samples, double h) {
    return check(net, samples, h, Integer.MAX_VALUE, 0, (done, total) -> {});
  }

  /**
   * Checks at most {@code sample} parameters (every one when the network has no more): of each W
   * and b a share in proportion to its size, at least {@value #MIN_PER_ARRAY}, drawn with {@code
   * seed}.
   */
  public static Result check(
      Network net, Samples samples, double h, int sample, long seed, Progress progress) {
    Backprop backprop = new Backprop();
    backprop.run(net, samples, null, 0, samples.size());
    return check(net, samples, h, backprop.dW(), backprop.db(), sample, seed, progress);
  }

  /**
   * Checks a given analytic gradient ({@code dW[l]} row-major [out, in], {@code db[l]}, as {@link
   * Backprop} gives them) of every W and b of {@code net} on all of {@code samples}.
   */
  public static Result check(Network net, Samples samples, double h, double[][] dW, double[][] db) {
    return check(net, samples, h, dW, db, Integer.MAX_VALUE, 0, (done, total) -> {});
  }

  private static Result check(
      Network net,
      Samples samples,
      double h,
      double[][] dW,
      double[][] db,
      int sample,
      long seed,
      Progress progress) {
    Backprop backprop = new Backprop();
    int n = samples.size();
    int[][] picked = pick(net, sample, seed);
    int total = 0;
    for (int[] p : picked) {
      total += p.length;
    }
    double worstRel = 0;
    double worstAbs = 0;
    String whereRel = "none";
    String whereAbs = "none";
    int checked = 0;
    for (int a = 0; a < picked.length; a++) {
      int l = a / 2;
      boolean bias = a % 2 == 1;
      double[] p = bias ? net.biases(l) : net.weights(l);
      double[] g = (bias ? db[l] : dW[l]).clone();
      for (int k : picked[a]) {
        double saved = p[k];
        p[k] = saved + h;
        double plus = backprop.loss(net, samples, null, 0, n);
        p[k] = saved - h;
        double minus = backprop.loss(net, samples, null, 0, n);
        p[k] = saved;
        double numeric = (plus - minus) / (2 * h);
        double abs = Math.abs(g[k] - numeric);
        double rel = relativeError(g[k], numeric);
        if (rel > worstRel || Double.isNaN(rel)) {
          worstRel = rel;
          whereRel = name(net, l, bias, k);
        }
        if (abs > worstAbs || Double.isNaN(abs)) {
          worstAbs = abs;
          whereAbs = name(net, l, bias, k);
        }
        progress.checked(++checked, total);
      }
    }
    return new Result(worstRel, worstAbs, whereRel, whereAbs, checked, parameters(net));
  }

  /** |a − n| / max(|a|, |n|, {@value #FLOOR}). */
  public static double relativeError(double analytic, double numeric) {
    return Math.abs(analytic - numeric)
        / Math.max(FLOOR, Math.max(Math.abs(analytic), Math.abs(numeric)));
  }

  private static int parameters(Network net) {
    int count = 0;
    for (int l = 0; l < net.numLayers(); l++) {
      count += net.weights(l).length + net.biases(l).length;
    }
    return count;
  }

  private static String name(Network net, int l, boolean bias, int k) {
    int in = net.layerSize(l);
    return bias ? "b[" + l + "][" + k + "]" : "W[" + l + "][" + k / in + "][" + k % in + "]";
  }

  /** For W[0], b[0], W[1], …: the sorted indices to check. */
  private static int[][] pick(Network net, int sample, long seed) {
    int arrays = 2 * net.numLayers();
    int[] sizes = new int[arrays];
    long all = 0;
    for (int a = 0; a < arrays; a++) {
      sizes[a] = a % 2 == 0 ? net.weights(a / 2).length : net.biases(a / 2).length;
      all += sizes[a];
    }
    SplittableRandom random = new SplittableRandom(seed);
    int[][] picked = new int[arrays][];
    for (int a = 0; a < arrays; a++) {
      int share = (int) Math.max(MIN_PER_ARRAY, Math.round((double) sample * sizes[a] / all));
      picked[a] = all <= sample ? range(sizes[a]) : draw(sizes[a], share, random);
    }
    return picked;
  }

  private static int[] range(int size) {
    int[] all = new int[size];
    Arrays.setAll(all, i -> i);
    return all;
  }

  /** {@code count} distinct indices of 0 … size−1 (all of them when count ≥ size), sorted. */
  private static int[] draw(int size, int count, SplittableRandom random) {
    int[] order = range(size);
    int take = Math.min(size, count);
    for (int i = 0; i < take; i++) {
      int j = i + random.nextInt(size - i);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    int[] chosen = Arrays.copyOf(order, take);
    Arrays.sort(chosen);
    return chosen;
  }
}
