package lab.backprop.train;

import java.util.ArrayList;
import java.util.List;

/**
 * One number per run of a sweep cell and their summary over the cell's seeds: the mean of the runs
 * that have the number, its smallest and largest value and its standard deviation (of the
 * population of those runs), and how many runs diverged or never reached the target.
 *
 * @param values the number of each run, in seed order; NaN where it has none (diverged, not
 *     reached)
 * @param mean NaN when no run has the number
 */
public record SweepSummary(
    double[] values, double mean, double min, double max, double sd, int diverged, int runs) {

  /** What a sweep map shows of a run. */
  public enum Measure {
    /** Data loss on the test rows (on the train rows without test rows), as the window shows it. */
    TEST_LOSS("test loss"),
    /** Share of the test rows (train rows without test rows) classified right. */
    TEST_ACCURACY("test accuracy"),
    /** The first epoch at which the accuracy reached the sweep's target. */
    EPOCHS_TO_TARGET("epochs to target");

    private final String label;

    Measure(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** This measure of one run; NaN when diverged (or, for epochs, the target was not reached). */
    public double of(FixedRun.Result r) {
      if (r.diverged()) {
        return Double.NaN;
      }
      FixedRun.Metrics m = r.test() != null ? r.test() : r.train();
      return switch (this) {
        case TEST_LOSS -> m.dataLoss();
        case TEST_ACCURACY -> m.accuracy();
        case EPOCHS_TO_TARGET -> r.epochsToTarget() < 0 ? Double.NaN : r.epochsToTarget();
      };
    }
  }

  /** The summary of {@code measure} over the runs of one cell (those finished so far). */
  public static SweepSummary of(List<FixedRun.Result> runs, Measure measure) {
    double[] values = new double[runs.size()];
    List<Double> present = new ArrayList<>();
    int diverged = 0;
    for (int k = 0; k < values.length; k++) {
      FixedRun.Result r = runs.get(k);
      diverged += r.diverged() ? 1 : 0;
      values[k] = measure.of(r);
      if (!Double.isNaN(values[k])) {
        present.add(values[k]);
      }
    }
    double sum = 0;
    double min = Double.NaN;
    double max = Double.NaN;
    for (double v : present) {
      sum += v;
      min = Double.isNaN(min) ? v : Math.min(min, v);
      max = Double.isNaN(max) ? v : Math.max(max, v);
    }
    double mean = present.isEmpty() ? Double.NaN : sum / present.size();
    double squares = 0;
    for (double v : present) {
      squares += (v - mean) * (v - mean);
    }
    double sd = present.isEmpty() ? Double.NaN : Math.sqrt(squares / present.size());
    return new SweepSummary(values, mean, min, max, sd, diverged, runs.size());
  }

  /** Runs that have the number. */
  public int counted() {
    int n = 0;
    for (double v : values) {
      n += Double.isNaN(v) ? 0 : 1;
    }
    return n;
  }
}
