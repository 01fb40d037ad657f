package lab.backprop.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The runs of a sweep in their fixed order: every combination of the varied values (the first axis
 * outermost) and, innermost, the seeds of each cell. Each run's spec is the base run with the
 * cell's values and {@code --seed <seed>} applied after it, so a run is the same as {@code train}
 * with those options. Immutable.
 */
public final class SweepGrid {
  /** The name that varies the seed (the {@code seed} column of every sweep). */
  public static final String SEED = "seed";

  /** Runs one sweep may hold at most. */
  public static final int MAX_RUNS = 1_000_000;

  /**
   * One varied name and its values, in the option's own form (e.g. {@code 8,8} for two hidden
   * layers).
   */
  public record Axis(String name, List<String> values) {
    public Axis {
      values = List.copyOf(values);
    }

    public String option() {
      return "--" + name;
    }
  }

  /**
   * One run of the sweep.
   *
   * @param index its place in the fixed order, from 0
   * @param cell the index of its cell (runs of one cell differ in the seed only)
   * @param values the value of each axis
   * @param seed the seed of the data, the split, the initial weights and the order of examples
   */
  public record Run(int index, int cell, List<String> values, long seed, RunSpec spec) {}

  /** The spec of a cell's run: the base run with the axes' values and the seed applied. */
  @FunctionalInterface
  public interface CellSpec {
    RunSpec of(List<String> values, long seed) throws IOException;
  }

  private final List<Axis> axes;
  private final List<Long> seeds;
  private final List<Run> runs;

  private SweepGrid(List<Axis> axes, List<Long> seeds, List<Run> runs) {
    this.axes = List.copyOf(axes);
    this.seeds = List.copyOf(seeds);
    this.runs = List.copyOf(runs);
  }

  /**
   * The names that can be varied: the run options without their dashes ({@code lr}, {@code hidden},
   * {@code activation}, …, {@code seed}), all but the switch {@code --no-shuffle}.
   */
  public static List<String> names() {
    List<String> names = new ArrayList<>();
    for (RunField f : RunField.values()) {
      if (f.option() != null && f.kind() != RunField.Kind.BOOLEAN) {
        names.add(f.option().substring(2));
      }
    }
    return names;
  }

  private static RunField field(String name) {
    for (RunField f : RunField.values()) {
      if (f.option() != null && f.option().equals("--" + name)) {
        return f;
      }
    }
    throw new IllegalStateException(name);
  }

  /**
   * Reads {@code NAME=V1,V2,…}. The items of a list value (hidden sizes, one activation per layer)
   * are written with {@code /}: {@code hidden=4,8,8/8} is 4, 8, and two layers of 8.
   *
   * @throws RunOptions.Problem for an unknown name or a missing value
   */
  public static Axis parseAxis(String text) {
    int eq = text.indexOf('=');
    String name = (eq < 0 ? text : text.substring(0, eq)).trim();
    if (!names().contains(name)) {
      throw new RunOptions.Problem(
          "--vary "
              + text
              + ": unknown name \""
              + name
              + "\", expected one of "
              + String.join(", ", names()));
    }
    if (eq < 0 || text.substring(eq + 1).isBlank()) {
      throw new RunOptions.Problem(
          "--vary " + text + ": no values, expected " + name + "=V1,V2,...");
    }
    RunField.Kind kind = field(name).kind();
    boolean list = kind == RunField.Kind.INTEGER_LIST || kind == RunField.Kind.NAME_OR_LIST;
    List<String> values = new ArrayList<>();
    for (String v : text.substring(eq + 1).split(",", -1)) {
      String value = v.trim();
      if (value.isEmpty()) {
        throw new RunOptions.Problem("--vary " + text + ": an empty value");
      }
      values.add(list ? value.replace('/', ',') : value);
    }
    if (new HashSet<>(values).size() != values.size()) {
      throw new RunOptions.Problem("--vary " + text + ": a value is given twice");
    }
    return new Axis(name, values);
  }

  /**
   * The sweep of {@code axes} over the run of {@code base} with {@code seedsPerCell} seeds per cell
   * (S, S+1, …, where S is the run's seed), or with the seeds of an axis named {@code seed}. Every
   * value is checked first, then every run's spec is made.
   *
   * @throws RunOptions.Problem naming the {@code --vary} value or option that is wrong
   */
  public static SweepGrid of(RunOptions base, List<Axis> axes, int seedsPerCell)
      throws IOException {
    RunSpec baseSpec = base.spec();
    List<Axis> varied = new ArrayList<>();
    List<Long> seeds = null;
    Set<String> seen = new HashSet<>();
    for (Axis axis : axes) {
      if (!seen.add(axis.name())) {
        throw new RunOptions.Problem("--vary " + axis.name() + " is given twice");
      }
      for (String value : axis.values()) {
        check(base, axis, value);
      }
      if (axis.name().equals(SEED)) {
        seeds = new ArrayList<>();
        for (String value : axis.values()) {
          seeds.add(Long.parseLong(value));
        }
      } else {
        varied.add(axis);
      }
    }
    if (seeds != null && seedsPerCell != 1) {
      throw new RunOptions.Problem(
          "--seeds " + seedsPerCell + " and --vary seed=... both choose the seeds; give one");
    }
    if (seeds == null) {
      seeds = consecutiveSeeds(baseSpec.seeds().data(), seedsPerCell);
    }
    return of(
        varied,
        seeds,
        (values, seed) -> {
          List<String[]> more = new ArrayList<>();
          for (int a = 0; a < varied.size(); a++) {
            more.add(new String[] {varied.get(a).option(), values.get(a)});
          }
          more.add(new String[] {"--" + SEED, Long.toString(seed)});
          return base.specFollowedBy(more);
        });
  }

  /** S, S+1, …, S+K−1, checked against the seeds' range. */
  public static List<Long> consecutiveSeeds(long first, int count) {
    if (count < 1 || first + count - 1 > Seeds.MAX) {
      throw new RunOptions.Problem(
          "--seeds "
              + count
              + " is out of range, expected 1 to "
              + Math.min(MAX_RUNS, Seeds.MAX - first + 1)
              + " (seeds "
              + first
              + ", "
              + (first + 1)
              + ", ...)");
    }
    List<Long> seeds = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      seeds.add(first + k);
    }
    return seeds;
  }

  private static void check(RunOptions base, Axis axis, String value) throws IOException {
    try {
      base.specFollowedBy(List.<String[]>of(new String[] {axis.option(), value}));
    } catch (RunOptions.Problem e) {
      String prefix = axis.option() + " " + value + ": ";
      String problem =
          e.getMessage().startsWith(prefix)
              ? e.getMessage().substring(prefix.length())
              : e.getMessage();
      throw new RunOptions.Problem("--vary " + axis.name() + "=" + value + ": " + problem);
    }
  }

  /**
   * The sweep of {@code axes} (each with at least one value) and {@code seeds}, whose runs' specs
   * {@code cellSpec} makes.
   */
  public static SweepGrid of(List<Axis> axes, List<Long> seeds, CellSpec cellSpec)
      throws IOException {
    long cells = 1;
    for (Axis axis : axes) {
      cells *= axis.values().size();
      if (cells * seeds.size() > MAX_RUNS) {
        throw new RunOptions.Problem(
            "the sweep has more than " + MAX_RUNS + " runs; split it into several sweeps");
      }
    }
    List<Run> runs = new ArrayList<>();
    int[] at = new int[axes.size()];
    for (int cell = 0; cell < cells; cell++) {
      List<String> values = new ArrayList<>();
      for (int a = 0; a < axes.size(); a++) {
        values.add(axes.get(a).values().get(at[a]));
      }
      for (long seed : seeds) {
        runs.add(new Run(runs.size(), cell, List.copyOf(values), seed, cellSpec.of(values, seed)));
      }
      for (int a = axes.size() - 1; a >= 0; a--) { // the last axis moves fastest
        if (++at[a] < axes.get(a).values().size()) {
          break;
        }
        at[a] = 0;
      }
    }
    return new SweepGrid(axes, seeds, runs);
  }

  /** The varied axes (an axis named seed is the seeds, not one of these). */
  public List<Axis> axes() {
    return axes;
  }

  public List<Long> seeds() {
    return seeds;
  }

  public List<Run> runs() {
    return runs;
  }

  public int cells() {
    return runs.size() / seeds.size();
  }

  /**
   * Part {@code i} of {@code n} (1 ≤ i ≤ n): a contiguous block of the runs, so that the parts in
   * order, one after the other, are the whole sweep in its order.
   */
  public List<Run> shard(int i, int n) {
    if (n < 1 || i < 1 || i > n) {
      throw new IllegalArgumentException("shard " + i + "/" + n);
    }
    long size = runs.size();
    return runs.subList((int) ((i - 1) * size / n), (int) (i * size / n));
  }
}
