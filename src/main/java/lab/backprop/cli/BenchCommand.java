package lab.backprop.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import lab.backprop.io.Json;
import lab.backprop.nn.Backprop;
import lab.backprop.nn.Network;
import lab.backprop.nn.Predictor;
import lab.backprop.nn.TrainingLoop;
import lab.backprop.run.RunSetup;
import lab.backprop.train.DivergenceWatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Times training epochs and the decision-boundary grid. After a warm-up (so the JIT has compiled
 * the hot loops), each repeat trains a copy of the same initial network for --epochs epochs.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Measures training speed and boundary-grid speed; prints one JSON object: epochs_per_s"
          + " {median, min, max} over the repeats, epochs_per_cpu_s (the same per second of the"
          + " training thread's CPU time, which a busy machine disturbs less), examples_per_s (median), grid_ms (median time"
          + " of one forward pass for each point of a GxG grid over the data's bounding box, over"
          + " 10 x repeat evaluations; null for data of more than two inputs, which has no such"
          + " plane), final_loss (training loss after the last repeat),"
          + " allocated_bytes_per_epoch (of the warmed-up training loop).",
      "Takes the run options of train (the same defaults: --ratio 1 trains on every row).",
      "Exit status 1, with one line on stderr naming the epoch and the loss, when training"
          + " diverges as train defines it (see train --help); 2 for bad input."
    },
    footer = {
      "%nExample:",
      "  backprop-lab bench --n 1000 --noise 0.1 --hidden 8 --epochs 3000 --repeat 5 --grid 200"
    })
final class BenchCommand extends RunCommand {
  private static final int GRID_RUNS_PER_REPEAT = 10;

  @Mixin InitOption init;

  @Option(
      names = "--repeat",
      defaultValue = "5",
      description = "Timed repeats, 1 to 1000 (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(
      names = "--grid",
      defaultValue = "200",
      description = "Grid size G (G x G points), 2 to 2000 (default: ${DEFAULT-VALUE}).")
  int grid;

  @Option(
      names = "--warmup",
      defaultValue = "1.5",
      paramLabel = "SECONDS",
      description = "Untimed warm-up, 0 to 60 s (default: ${DEFAULT-VALUE}).")
  double warmup;

  @Override
  public Integer call() throws Exception {
    Checks.range("--repeat", repeat, 1, 1000);
    Checks.range("--grid", grid, 2, 2000);
    if (!(warmup >= 0 && warmup <= 60)) {
      throw new BadInputException(
          "--warmup " + warmup + " is out of range, expected 0 to 60 seconds");
    }
    RunSetup ex = setup();
    Network initial = init.network(ex);
    // the boundary grid is a plane of two inputs; wider data has none, and its grid is skipped
    GridTimer gridTimer =
        initial.inputSize() == 2
            ? new GridTimer(ex.all().features(), grid, initial.outputSize())
            : null;
    int epochs = ex.spec().training().epochs();

    double allocatedPerEpoch = warmUp(ex, initial, gridTimer);
    double[] epochsPerSecond = new double[repeat];
    double[] epochsPerCpuSecond = new double[repeat];
    java.lang.management.ThreadMXBean cpu =
        java.lang.management.ManagementFactory.getThreadMXBean();
    Network trained = null;
    DivergenceWatch watch = null;
    for (int r = 0; r < repeat; r++) {
      trained = initial.copy();
      TrainingLoop loop = ex.loop(trained);
      watch = new DivergenceWatch(ex, trained);
      long start = System.nanoTime();
      long cpuStart = cpu.getCurrentThreadCpuTime();
      for (int e = 1; e <= epochs; e++) {
        if (watch.diverged(e, loop.stepEpoch())) {
          return ErrorReporter.diverged(spec.commandLine().getErr(), watch);
        }
      }
      epochsPerSecond[r] = epochs / ((System.nanoTime() - start) * 1e-9);
      epochsPerCpuSecond[r] = epochs / ((cpu.getCurrentThreadCpuTime() - cpuStart) * 1e-9);
    }
    double[] gridMs = new double[gridTimer == null ? 0 : GRID_RUNS_PER_REPEAT * repeat];
    for (int i = 0; i < gridMs.length; i++) {
      gridMs[i] = gridTimer.time(trained) * 1e-6;
    }
    int n = ex.train().size();
    double finalLoss = new Backprop().loss(trained, ex.train(), null, 0, n);
    if (watch.divergedAtEnd(epochs, finalLoss)) {
      return ErrorReporter.diverged(spec.commandLine().getErr(), watch);
    }
    ObjectNode json = result(ex, initial, epochsPerSecond, gridMs, finalLoss);
    ObjectNode perCpu = json.putObject("epochs_per_cpu_s");
    perCpu.put("median", median(epochsPerCpuSecond));
    perCpu.put("min", Arrays.stream(epochsPerCpuSecond).min().orElseThrow());
    perCpu.put("max", Arrays.stream(epochsPerCpuSecond).max().orElseThrow());
    if (AllocationMeter.available()) {
      json.put("allocated_bytes_per_epoch", allocatedPerEpoch);
    }
    spec.commandLine().getOut().println(json.toString());
    return 0;
  }

  /**
   * Runs training and the grid untimed for --warmup seconds, then measures what the warmed-up
   * training loop allocates.
   *
   * @return bytes allocated per epoch in steady state (0 when the JVM cannot tell)
   */
  private double warmUp(RunSetup ex, Network initial, GridTimer gridTimer) {
    long trainUntil = System.nanoTime() + (long) (warmup * 0.75e9);
    Network net = initial.copy();
    TrainingLoop loop = ex.loop(net);
    do {
      loop.stepEpoch();
    } while (System.nanoTime() < trainUntil);
    long gridUntil = System.nanoTime() + (long) (warmup * 0.25e9);
    while (gridTimer != null && System.nanoTime() < gridUntil) {
      gridTimer.time(net);
    }
    int epochs = Math.min(ex.spec().training().epochs(), 1000);
    long before = AllocationMeter.bytes();
    for (int e = 0; e < epochs; e++) {
      loop.stepEpoch();
    }
    return (double) (AllocationMeter.bytes() - before) / epochs;
  }

  private ObjectNode result(
      RunSetup ex, Network initial, double[] epochsPerSecond, double[] gridMs, double finalLoss) {
    ObjectNode root = Json.mapper().createObjectNode();
    ObjectNode rate = root.putObject("epochs_per_s");
    rate.put("median", median(epochsPerSecond));
    rate.put("min", Arrays.stream(epochsPerSecond).min().orElseThrow());
    rate.put("max", Arrays.stream(epochsPerSecond).max().orElseThrow());
    root.put("examples_per_s", median(epochsPerSecond) * ex.train().size());
    if (gridMs.length > 0) {
      root.put("grid_ms", median(gridMs));
      root.put("grid_ms_min", Arrays.stream(gridMs).min().orElseThrow());
      root.put("grid_ms_max", Arrays.stream(gridMs).max().orElseThrow());
    } else {
      root.putNull("grid_ms");
      root.putNull("grid_ms_min");
      root.putNull("grid_ms_max");
    }
    root.put("final_loss", finalLoss);
    root.put("train_rows", ex.train().size());
    var sizes = root.putArray("layer_sizes");
    Arrays.stream(initial.layerSizes()).forEach(sizes::add);
    root.put("epochs", ex.spec().training().epochs());
    root.put(
        "batch",
        ex.spec().training().fullBatch() ? "full" : Integer.toString(ex.spec().training().batch()));
    root.put("repeat", repeat);
    if (gridMs.length > 0) {
      root.put("grid", grid);
    } else {
      root.putNull("grid");
    }
    return root;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /** A G x G grid over the bounding box of the points, evaluated with one forward pass each. */
  static final class GridTimer {
    private final double[] x;
    private final double[] out;
    private final int points;
    private final Predictor predictor = new Predictor();

    GridTimer(double[][] data, int g, int outputs) {
      double minX = Double.POSITIVE_INFINITY;
      double maxX = Double.NEGATIVE_INFINITY;
      double minY = Double.POSITIVE_INFINITY;
      double maxY = Double.NEGATIVE_INFINITY;
      for (double[] p : data) {
        minX = Math.min(minX, p[0]);
        maxX = Math.max(maxX, p[0]);
        minY = Math.min(minY, p[1]);
        maxY = Math.max(maxY, p[1]);
      }
      points = g * g;
      x = new double[2 * points];
      out = new double[points * outputs];
      for (int r = 0; r < g; r++) {
        for (int c = 0; c < g; c++) {
          int i = r * g + c;
          x[2 * i] = minX + (maxX - minX) * c / (g - 1);
          x[2 * i + 1] = minY + (maxY - minY) * r / (g - 1);
        }
      }
    }

    /** Nanoseconds for one evaluation of the whole grid. */
    long time(Network net) {
      long start = System.nanoTime();
      predictor.predict(net, x, points, out);
      return System.nanoTime() - start;
    }
  }
}
