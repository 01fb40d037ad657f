package lab.backprop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import lab.backprop.io.AtomicFiles;
import lab.backprop.run.RunOptions;
import lab.backprop.run.RunSpec;
import lab.backprop.run.SweepGrid;
import lab.backprop.run.SweepGrid.Run;
import lab.backprop.train.FixedRun;
import lab.backprop.train.Sweep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Trains every combination of some varied run options, and seeds, and writes one CSV row each. */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Trains the run of the run options (or --spec) once for every combination of the --vary"
          + " values and every seed, on a pool of --threads workers at background priority, and"
          + " writes one CSV row per run: a column per varied name, seed, train_loss, test_loss,"
          + " train_accuracy, test_accuracy, diverged. Each row is what 'train' with the cell's"
          + " options and --seed <the row's seed> gives (train --json), bit for bit, whatever the"
          + " thread count. Rows come in a fixed order: the first --vary outermost, the seeds"
          + " innermost. A diverged run has empty losses and accuracies and diverged=true.",
      "Exit status 0 when every run was trained (diverged ones included: they are marked); 2 for"
          + " bad input (one line naming the --vary value, option, shard or file); 1 when a run"
          + " failed otherwise."
    },
    footer = {
      "%nExamples:",
      "  backprop-lab sweep --vary lr=0.01,0.1,1,10 --vary hidden=2,8,32 --seeds 3 \\",
      "      --epochs 2000 --out sweep.csv",
      "  backprop-lab sweep --spec run.json --vary activation=tanh,relu --shard 2/4 --out part2.csv"
    })
final class SweepCommand extends RunCommand {

  @Option(
      names = "--vary",
      paramLabel = "NAME=V1,V2,...",
      required = true,
      description =
          "A run option to vary, without its dashes (lr, hidden, activation, optimizer, batch,"
              + " l2, noise, seed, ...: every run option but --spec and --no-shuffle), and its"
              + " values. Give it again to vary more names (every combination is run). Items of a"
              + " list value are written with /: hidden=4,8,8/8 is 4 units, 8 units, and two"
              + " layers of 8.")
  List<String> vary = new ArrayList<>();

  @Option(
      names = "--seeds",
      paramLabel = "K",
      description =
          "Seeds per cell: S, S+1, ..., S+K-1, where S is the run's --seed (default: 1, or the"
              + " values of --vary seed=...).")
  int seeds = 1;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description =
          "Runs trained at once, 1 to 256 (default: the number of cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--shard",
      paramLabel = "I/N",
      description =
          "Run only the I-th of N parts (1 <= I <= N) of the sweep: a contiguous block of its"
              + " rows, so the parts' rows one after the other are the whole sweep.")
  String shard;

  @Option(
      names = "--out",
      paramLabel = "FILE.csv",
      description = "Write the CSV here (atomically, at the end) instead of to stdout.")
  Path out;

  @Override
  public Integer call() throws Exception {
    Checks.outputFile("--out", out);
    Checks.range("--threads", threads, 1, 256);
    int[] part = parseShard(shard);
    SweepGrid grid;
    try {
      List<SweepGrid.Axis> axes = new ArrayList<>();
      for (String v : vary) {
        axes.add(SweepGrid.parseAxis(v));
      }
      grid = SweepGrid.of(runOptions(), axes, seeds);
    } catch (RunOptions.Problem e) {
      throw new BadInputException(e.getMessage());
    }
    List<Run> runs = grid.shard(part[0], part[1]);
    FixedRun.Result[] results = train(runs);
    if (results == null) {
      return ErrorReporter.FAILURE;
    }
    try (AtomicFiles.Output file = out == null ? null : AtomicFiles.open(out)) {
      Writer csv = file == null ? spec.commandLine().getOut() : file.writer();
      SweepCsv.write(csv, grid.axes(), runs, results);
      csv.flush();
      if (file != null) {
        file.commit();
      }
    }
    return 0;
  }

  /** "I/N" as {I, N}; the whole sweep when not given. */
  private static int[] parseShard(String text) {
    if (text == null) {
      return new int[] {1, 1};
    }
    String[] parts = text.trim().split("/", -1);
    try {
      if (parts.length == 2) {
        int i = Integer.parseInt(parts[0].trim());
        int n = Integer.parseInt(parts[1].trim());
        if (n >= 1 && i >= 1 && i <= n) {
          return new int[] {i, n};
        }
      }
    } catch (NumberFormatException e) {
      // falls through to the message
    }
    throw new BadInputException(
        "--shard " + text + ": expected I/N with 1 <= I <= N, e.g. 1/4 for the first of 4 parts");
  }

  /** Trains the runs; null after reporting a run that failed. */
  private FixedRun.Result[] train(List<Run> runs) throws InterruptedException, IOException {
    PrintWriter err = spec.commandLine().getErr();
    List<RunSpec> specs = runs.stream().map(Run::spec).toList();
    Progress progress = new Progress(err, runs.size());
    try (Sweep sweep = new Sweep(specs, threads, Double.NaN, progress::finished)) {
      FixedRun.Result[] results = sweep.await();
      progress.done();
      return results;
    } catch (ExecutionException e) {
      Throwable cause =
          e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      err.println("internal error: " + cause);
      return null;
    }
  }

  /** Lines on stderr as runs finish: how many are done, how many diverged, the time left. */
  private static final class Progress {
    private final PrintWriter err;
    private final int total;
    private final long start = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger diverged = new AtomicInteger();
    private long lastLine;

    Progress(PrintWriter err, int total) {
      this.err = err;
      this.total = total;
    }

    void finished(int index, FixedRun.Result result) {
      int d = done.incrementAndGet();
      if (result.diverged()) {
        diverged.incrementAndGet();
      }
      long now = System.nanoTime();
      synchronized (this) {
        if (d < total && now - lastLine < 1_000_000_000L) {
          return;
        }
        lastLine = now;
        double elapsed = (now - start) * 1e-9;
        double left = elapsed / d * (total - d);
        err.printf(
            Locale.ROOT,
            "sweep: %d of %d runs done%s, %s%n",
            d,
            total,
            diverged.get() > 0 ? " (" + diverged.get() + " diverged)" : "",
            d < total
                ? "about " + seconds(left) + " left"
                : String.format(Locale.ROOT, "%.2f s in all", elapsed));
        err.flush();
      }
    }

    void done() {
      if (total == 0) {
        err.println("sweep: this shard has no runs");
      }
    }

    private static String seconds(double s) {
      return s < 60
          ? String.format(Locale.ROOT, "%.0f s", Math.ceil(s))
          : String.format(Locale.ROOT, "%d min %02d s", (long) s / 60, (long) s % 60);
    }
  }
}
