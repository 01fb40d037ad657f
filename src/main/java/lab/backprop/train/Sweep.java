package lab.backprop.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lab.backprop.run.RunSetup;
import lab.backprop.run.RunSpec;

/**
 * Runs many run specs of a fixed length on a pool with one worker per thread, each at background
 * priority ({@link BackgroundPriority}). Every run sets up its own data and network from its spec
 * and trains as {@link FixedRun} does, so its result depends on its spec alone, never on the thread
 * count or on which worker took it. Runs start in the order given.
 */
public final class Sweep implements AutoCloseable {
  /** Told on a worker thread as each run finishes. */
  @FunctionalInterface
  public interface Listener {
    void finished(int index, FixedRun.Result result);
  }

  private final ExecutorService pool;
  private final List<Future<FixedRun.Result>> futures = new ArrayList<>();

  /**
   * Starts {@code runs} on {@code threads} workers.
   *
   * @param targetAccuracy see {@link FixedRun#train(long, double, FixedRun.EpochListener)}; NaN for
   *     none
   */
  public Sweep(List<RunSpec> runs, int threads, double targetAccuracy, Listener listener) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    pool = Executors.newFixedThreadPool(threads, BackgroundPriority.threads("sweep"));
    for (int i = 0; i < runs.size(); i++) {
      int index = i;
      RunSpec spec = runs.get(i);
      futures.add(
          pool.submit(
              () -> {
                FixedRun.Result r = run(spec, targetAccuracy);
                if (listener != null) {
                  listener.finished(index, r);
                }
                return r;
              }));
    }
    pool.shutdown();
  }

  /** One run of {@code spec} for its epochs, from its fresh network. */
  public static FixedRun.Result run(RunSpec spec, double targetAccuracy) {
    try {
      RunSetup setup = RunSetup.of(spec);
      return FixedRun.fresh(setup).train(spec.training().epochs(), targetAccuracy, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Waits for every run; the results in the order of the runs.
   *
   * @throws ExecutionException when a run failed (its cause: e.g. a data file that cannot be read)
   * @throws CancellationException when the sweep was cancelled
   */
  public FixedRun.Result[] await() throws InterruptedException, ExecutionException {
    FixedRun.Result[] results = new FixedRun.Result[futures.size()];
    try {
      for (int i = 0; i < results.length; i++) {
        results[i] = futures.get(i).get();
      }
    } catch (ExecutionException | RuntimeException | InterruptedException e) {
      cancel();
      throw e;
    }
    return results;
  }

  /** Stops the runs: those waiting never start, the running ones stop after their epoch. */
  public void cancel() {
    for (Future<FixedRun.Result> f : futures) {
      f.cancel(true);
    }
    pool.shutdownNow();
  }

  @Override
  public void close() {
    cancel();
  }
}
