package lab.backprop.ui.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lab.backprop.data.Dataset;
import lab.backprop.io.AnimatedGif;
import lab.backprop.nn.FrozenNetwork;
import lab.backprop.nn.Network;
import lab.backprop.nn.Samples;
import lab.backprop.nn.TrainingLoop;
import lab.backprop.run.RunSetup;
import lab.backprop.train.Divergence;
import lab.backprop.train.Evaluator;
import lab.backprop.train.History;
import lab.backprop.train.RunState;
import lab.backprop.ui.charts.ChartsPicture;
import lab.backprop.ui.charts.Curves;
import lab.backprop.ui.plot.BoundaryPicture;

/**
 * An animated GIF of training: a run is continued for E epochs on the calling thread (a loop of its
 * own, never the trainer's), the network is kept at F evenly spaced epochs, and each frame shows
 * the boundary plot then, optionally beside the loss curve up to that epoch on axes fixed for the
 * whole animation. Frame k shows the network after round(k · E / (F − 1)) of the E epochs (the
 * first frame the run as it was, the last after all E; one frame shows the end). The last frame is
 * held longer.
 */
public final class TrainingAnimation {
  /**
   * A run to continue: its loop (owned by this animation), data (test may be null) and the epoch it
   * is at.
   */
  public record Run(
      TrainingLoop loop,
      Dataset trainSet,
      Dataset testSet,
      Samples train,
      Samples test,
      long epoch) {

    /** The run of a session or of the trainer, going on exactly where {@code state} stopped. */
    public static Run of(RunState state) {
      Dataset test = state.test().size() > 0 ? state.test() : null;
      return new Run(
          state.loop(state.network().toNetwork()),
          state.train(),
          test,
          RunSetup.samples(state.train()),
          test == null ? null : RunSetup.samples(test),
          state.epoch());
    }
  }

  /** The animation: its span, frames, size in layout units, scale and frame delay. */
  public record Settings(
      int epochs,
      int frames,
      double width,
      double height,
      double scale,
      boolean withLoss,
      int delayMillis) {}

  /** Reports progress (0 … 1) and asks whether to stop; called on the working thread. */
  public interface Progress {
    void update(double fraction);

    boolean shouldStop();
  }

  /** Thrown when {@link Progress#shouldStop()} said so; nothing is written. */
  public static final class Cancelled extends RuntimeException {
    Cancelled() {
      super("cancelled");
    }
  }

  /** The run diverged: its loss or weights are not finite, or far above chance level. */
  public static final class Diverged extends RuntimeException {
    Diverged(long epoch, double loss) {
      super(
          "training diverged at epoch "
              + epoch
              + " of the animation (the loss is "
              + loss
              + "); nothing was written");
    }
  }

  /** Curve points measured at most, besides the frames' epochs. */
  static final int CURVE_POINTS = 200;

  /** The last frame is shown this many times longer than the others. */
  static final int HOLD_LAST = 10;

  private TrainingAnimation() {}

  /** The epoch of the animation (0 … epochs) frame k shows. */
  public static long frameEpoch(int k, int frames, int epochs) {
    if (frames <= 1) {
      return epochs;
    }
    return Math.round((double) k * epochs / (frames - 1));
  }

  /** Trains, draws and writes the GIF to {@code out} (atomically; nothing on failure or cancel). */
  public static void write(Path out, Run run, Settings s, Progress progress) throws IOException {
    Recording rec = record(run, s, progress);
    writeFrames(out, run.trainSet(), run.testSet(), s, rec, progress, 0.5);
  }

  /**
   * Epochs a run kept (see {@link lab.backprop.train.Rewind}), to animate without training: the
   * networks at {@code epochs} (ascending), the data and the run's history (for the loss curve).
   *
   * @param testSet null without test rows
   */
  public record Span(
      List<FrozenNetwork> networks,
      long[] epochs,
      Dataset trainSet,
      Dataset testSet,
      History history) {}

  /**
   * The indices of the kept epochs the frames show: at most {@code frames}, the first and the last
   * always, and between them the kept epoch nearest to each of evenly spaced epochs (so that the
   * dense recent epochs do not slow the animation down), each at most once.
   */
  public static int[] spanFrames(long[] epochs, int frames) {
    int n = epochs.length;
    if (n <= 1 || frames <= 1) {
      return n == 0 ? new int[0] : new int[] {n - 1};
    }
    int wanted = Math.min(n, frames);
    long first = epochs[0];
    long last = epochs[n - 1];
    int[] picked = new int[wanted];
    int count = 0;
    int at = 0;
    for (int j = 0; j < wanted; j++) {
      double target = first + (double) j * (last - first) / (wanted - 1);
      while (at + 1 < n && Math.abs(epochs[at + 1] - target) <= Math.abs(epochs[at] - target)) {
        at++;
      }
      if (count == 0 || picked[count - 1] != at) {
        picked[count++] = at;
      }
    }
    return Arrays.copyOf(picked, count);
  }

  /**
   * Draws the kept epochs {@link #spanFrames} picks (at most {@code s.frames()}) and writes them to
   * {@code out} (atomically; nothing on cancel); returns the number of frames.
   */
  public static int writeSpan(Path out, Span span, Settings s, Progress progress)
      throws IOException {
    int[] picked = spanFrames(span.epochs(), s.frames());
    if (picked.length == 0) {
      throw new IllegalArgumentException("no epochs are kept to animate");
    }
    List<FrozenNetwork> frames = new ArrayList<>();
    long[] frameEpochs = new long[picked.length];
    for (int k = 0; k < picked.length; k++) {
      frames.add(span.networks().get(picked[k]));
      frameEpochs[k] = span.epochs()[picked[k]];
    }
    Curve curve = Curve.of(span.history(), frameEpochs[0], frameEpochs[picked.length - 1]);
    writeFrames(
        out,
        span.trainSet(),
        span.testSet(),
        s,
        new Recording(frames, frameEpochs, curve, curve.max()),
        progress,
        0);
    return picked.length;
  }

  private static void writeFrames(
      Path out,
      Dataset trainSet,
      Dataset testSet,
      Settings s,
      Recording rec,
      Progress progress,
      double from)
      throws IOException {
    try (AnimatedGif gif = AnimatedGif.open(out)) {
      for (int k = 0; k < rec.frames.size(); k++) {
        check(progress);
        BufferedImage frame = frame(trainSet, testSet, s, rec, k);
        int delay = k == rec.frames.size() - 1 ? s.delayMillis() * HOLD_LAST : s.delayMillis();
        gif.add(frame, delay);
        progress.update(from + (1 - from) * (k + 1) / rec.frames.size());
      }
      gif.commit();
    }
  }

  /** The networks of the frames and the loss curve measured on the way. */
  private record Recording(
      List<FrozenNetwork> frames, long[] frameEpochs, Curve curve, double lossMax) {}

  private static Recording record(Run run, Settings s, Progress progress) {
    TrainingLoop loop = run.loop();
    Network net = loop.network();
    Evaluator trainEval = new Evaluator(run.train());
    Evaluator testEval = run.test() == null ? null : new Evaluator(run.test());
    Divergence watch = new Divergence(net.output(), net.outputSize(), run.train());
    long start = run.epoch();
    int every = Math.max(1, s.epochs() / CURVE_POINTS);
    List<FrozenNetwork> frames = new ArrayList<>();
    long[] frameEpochs = new long[s.frames()];
    CurveBuilder curve = new CurveBuilder();
    int next = 0;
    for (int e = 0; e <= s.epochs(); e++) {
      if (e > 0) {
        double loss = loop.stepEpoch();
        if (watch.record(loss) || !net.isFinite()) {
          throw new Diverged(start + e, loss);
        }
      }
      boolean frame = next < s.frames() && e == frameEpoch(next, s.frames(), s.epochs());
      if (frame || e % every == 0) {
        curve.add(
            start + e, trainEval.loss(net), testEval == null ? Double.NaN : testEval.loss(net));
      }
      while (next < s.frames() && e == frameEpoch(next, s.frames(), s.epochs())) {
        frames.add(net.freeze());
        frameEpochs[next] = start + e;
        next++;
      }
      if (e % 64 == 0) {
        check(progress);
        progress.update(0.5 * e / Math.max(1, s.epochs()));
      }
    }
    return new Recording(frames, frameEpochs, curve.build(), curve.max());
  }

  private static BufferedImage frame(
      Dataset trainSet, Dataset testSet, Settings s, Recording rec, int k) {
    BoundaryPicture.Scene scene =
        new BoundaryPicture.Scene(rec.frames.get(k), trainSet, testSet, true);
    if (!s.withLoss()) {
      return labelled(
          BoundaryPicture.render(scene, s.width(), s.height(), s.scale()), rec.frameEpochs[k], s);
    }
    double plotWidth = Math.round(s.width() * 0.55);
    BufferedImage plot = BoundaryPicture.render(scene, plotWidth, s.height(), s.scale());
    Curves upTo = rec.curve.upTo(rec.frameEpochs[k]);
    BufferedImage chart =
        ChartsPicture.lossOnly(
            upTo,
            rec.frameEpochs[0],
            Math.max(rec.frameEpochs[0] + 1, rec.frameEpochs[rec.frameEpochs.length - 1]),
            rec.lossMax,
            s.width() - plotWidth,
            s.height(),
            s.scale());
    BufferedImage both =
        new BufferedImage(
            plot.getWidth() + chart.getWidth(), plot.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = both.createGraphics();
    try {
      g.drawImage(plot, 0, 0, null);
      g.drawImage(chart, plot.getWidth(), 0, null);
    } finally {
      g.dispose();
    }
    return labelled(both, rec.frameEpochs[k], s);
  }

  /** "epoch N" in the plot box's top left corner, on a white label. */
  private static BufferedImage labelled(BufferedImage frame, long epoch, Settings s) {
    Graphics2D g = frame.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.scale(s.scale(), s.scale());
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
      String text = "epoch " + epoch;
      int w = g.getFontMetrics().stringWidth(text);
      g.setColor(new Color(255, 255, 255, 225));
      g.fillRoundRect(BoundaryPicture.BOX_LEFT + 6, BoundaryPicture.BOX_TOP + 6, w + 12, 22, 8, 8);
      g.setColor(new Color(30, 30, 30));
      g.drawString(text, BoundaryPicture.BOX_LEFT + 12, BoundaryPicture.BOX_TOP + 22);
    } finally {
      g.dispose();
    }
    return frame;
  }

  private static void check(Progress progress) {
    if (progress.shouldStop()) {
      throw new Cancelled();
    }
  }

  /** The loss curve as it is measured. */
  private static final class CurveBuilder {
    private double[] epochs = new double[16];
    private double[] train = new double[16];
    private double[] test = new double[16];
    private int n;
    private double max;

    void add(double epoch, double trainLoss, double testLoss) {
      if (n == epochs.length) {
        epochs = Arrays.copyOf(epochs, 2 * n);
        train = Arrays.copyOf(train, 2 * n);
        test = Arrays.copyOf(test, 2 * n);
      }
      epochs[n] = epoch;
      train[n] = trainLoss;
      test[n] = testLoss;
      n++;
      max = Math.max(max, Math.max(trainLoss, Double.isNaN(testLoss) ? 0 : testLoss));
    }

    double max() {
      return max > 0 ? max : 1;
    }

    Curve build() {
      return new Curve(
          Arrays.copyOf(epochs, n),
          Arrays.copyOf(train, n),
          Arrays.copyOf(test, n),
          new String[n]); // trained in one go here: no breaks
    }
  }

  /** The measured loss curve, cut at any epoch for a frame; a non-null break breaks the curves. */
  private record Curve(double[] epochs, double[] train, double[] test, String[] breaks) {
    /** The rows of {@code h} from epoch {@code from} to {@code to}, with its breaks. */
    static Curve of(History h, double from, double to) {
      Curves all = HistoryCurves.of(h);
      int a = 0;
      while (a < all.size() && all.epochs()[a] < from) {
        a++;
      }
      int b = a;
      while (b < all.size() && all.epochs()[b] <= to) {
        b++;
      }
      return new Curve(
          Arrays.copyOfRange(all.epochs(), a, b),
          Arrays.copyOfRange(all.trainLoss(), a, b),
          Arrays.copyOfRange(all.testLoss(), a, b),
          Arrays.copyOfRange(all.breaks(), a, b));
    }

    double max() {
      double max = 0;
      for (int k = 0; k < epochs.length; k++) {
        for (double v : new double[] {train[k], test[k]}) {
          if (Double.isFinite(v)) {
            max = Math.max(max, v);
          }
        }
      }
      return max > 0 ? max : 1;
    }

    Curves upTo(long epoch) {
      int n = 0;
      while (n < epochs.length && epochs[n] <= epoch) {
        n++;
      }
      double[] none = new double[n];
      Arrays.fill(none, Double.NaN);
      return new Curves(
          Arrays.copyOf(epochs, n),
          Arrays.copyOf(train, n),
          Arrays.copyOf(test, n),
          none,
          none.clone(),
          Arrays.copyOf(breaks, n));
    }
  }
}
