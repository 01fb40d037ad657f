package lab.backprop.train;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * Several runs that advance in lockstep, side by side: every run has trained on the same number of
 * examples of its (equally long) training set whenever they are shown, so all show the same epoch.
 * A coordinator thread ({@code backprop-lockstep}) owns the runs; each round it moves them all to
 * the same position on a pool of background-priority workers ({@link BackgroundPriority}), one per
 * core at most, and publishes one {@link Frame}. Other threads send commands (never blocking) and
 * read the newest frame.
 *
 * <p>Position: a run's examples trained, counted over epochs (epoch × n + examples into the epoch).
 * At a finite speed a tick moves to the next position where some run ends a step (a mini-batch of
 * its own batch size, the last one of an epoch shorter); runs whose step ends later wait, so runs
 * of different batch sizes all finish every epoch at the same tick. {@link
 * TrainerSettings#FULL_SPEED} moves by whole epochs, as many per round as fit in about {@value
 * #ROUND_MILLIS} ms. A run trains exactly as it would alone (its own {@link TrainingSession}), so
 * its numbers never depend on the others or on the thread count.
 *
 * <p>A run that diverges goes back to its best recent weights (as the trainer does) and stops
 * there; the others go on. A run that fails stops with its error.
 */
public final class Lockstep implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(Lockstep.class.getName());

  /** The time a round at full speed aims for. */
  static final long ROUND_MILLIS = 20;

  /**
   * One run as published.
   *
   * @param id the run's index in the list it was started with (stays when others are dropped)
   * @param snapshot its state
   * @param stopped whether it no longer trains (it diverged or failed; see the snapshot)
   */
  public record Run(int id, Snapshot snapshot, boolean stopped) {}

  /**
   * The runs at one moment, all at the same position.
   *
   * @param version increases with every frame
   * @param commandsApplied the sequence number of the last command applied
   * @param runs the runs not dropped, in the order started
   * @param running whether they are playing
   * @param stepsPerSecond the pace ({@link TrainerSettings#FULL_SPEED} for full speed)
   * @param epoch completed epochs of every run still training
   */
  public record Frame(
      long version,
      long commandsApplied,
      List<Run> runs,
      boolean running,
      double stepsPerSecond,
      long epoch) {
    public Frame {
      runs = List.copyOf(runs);
    }

    /** The run with this id, or null when it was dropped. */
    public Run run(int id) {
      for (Run r : runs) {
        if (r.id() == id) {
          return r;
        }
      }
      return null;
    }
  }

  private sealed interface Order {}

  private record Play() implements Order {}

  private record Pause() implements Order {}

  private record Step(boolean wholeEpoch) implements Order {}

  private record Speed(double stepsPerSecond) implements Order {}

  private record Drop(int id) implements Order {}

  private record Capture(int id, CompletableFuture<RunState> result) implements Order {}

  private record Envelope(long seq, Order order) {}

  /** One run on the coordinator's side; the workers touch it only inside a round. */
  private static final class Lane {
    final int id;
    final TrainingSession session;
    boolean stopped;
    Snapshot shown;

    Lane(int id, TrainingSession session) {
      this.id = id;
      this.session = session;
    }

    long position() {
      return session.epoch * session.train().size() + session.examplesIntoEpoch;
    }

    int batch() {
      int n = session.train().size();
      int b = session.settings().run().training().batch();
      return b <= 0 || b >= n ? n : b;
    }
  }

  private final LinkedBlockingQueue<Envelope> queue = new LinkedBlockingQueue<>();
  private final AtomicReference<Frame> latest = new AtomicReference<>();
  private final Object sendLock = new Object();
  private final Object publishMonitor = new Object();
  private final ExecutorService pool;
  private final Thread thread;
  private final int n;
  private volatile boolean closed;
  private long sequence; // guarded by sendLock

  // coordinator-thread state
  private final List<Lane> lanes = new ArrayList<>();
  private final RateMeter rate = new RateMeter(1_000_000_000L);
  private double stepsPerSecond;
  private boolean running;
  private long position;
  private long commandsApplied;
  private long version;
  private long epochsPerRound = 1;
  private long nextTick;
  private long lastEval = Long.MIN_VALUE / 2;
  private boolean dirty;

  /**
   * Starts the runs from {@code starts} (all on training sets of the same size, at the same
   * position), paused, on {@code threads} workers at most. {@link #latest()} returns a frame as
   * soon as this returns.
   *
   * @throws IllegalArgumentException when there is no run, or the training sets or positions differ
   */
  public Lockstep(List<RunState> starts, double stepsPerSecond, int threads) {
    if (starts.isEmpty()) {
      throw new IllegalArgumentException("at least one run is needed");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    TrainerSettings.checkSpeed(stepsPerSecond);
    this.stepsPerSecond = stepsPerSecond;
    n = starts.get(0).train().size();
    for (int i = 0; i < starts.size(); i++) {
      RunState s = starts.get(i);
      if (s.train().size() != n) {
        throw new IllegalArgumentException(
            "run " + (i + 1) + " has " + s.train().size() + " training rows, run 1 has " + n);
      }
      Lane lane = new Lane(i, new TrainingSession(new TrainerSettings(s.run(), stepsPerSecond), s));
      if (i > 0 && lane.position() != lanes.get(0).position()) {
        throw new IllegalArgumentException("run " + (i + 1) + " starts at another position");
      }
      lanes.add(lane);
    }
    position = lanes.get(0).position();
    pool =
        Executors.newFixedThreadPool(
            Math.min(threads, starts.size()), BackgroundPriority.threads("lockstep"));
    round(position, true);
    thread = new Thread(this::run, "backprop-lockstep");
    thread.setDaemon(true);
    thread.start();
  }

  // ---------------------------------------------------------------- commands (any thread)

  /** Starts or continues training at the pace set. */
  public long play() {
    return send(new Play());
  }

  public long pause() {
    return send(new Pause());
  }

  /** Pauses, then one tick (see the class comment). */
  public long stepTick() {
    return send(new Step(false));
  }

  /** Pauses, then to the end of the current epoch (a whole one at its start). */
  public long stepEpoch() {
    return send(new Step(true));
  }

  /**
   * Steps per second, {@link TrainerSettings#MIN_SPEED} to {@link TrainerSettings#MAX_SPEED}, or
   * {@link TrainerSettings#FULL_SPEED}.
   */
  public long setSpeed(double stepsPerSecond) {
    TrainerSettings.checkSpeed(stepsPerSecond);
    return send(new Speed(stepsPerSecond));
  }

  /** Drops run {@code id}: it trains no more and leaves the frames. The last run stays. */
  public long drop(int id) {
    return send(new Drop(id));
  }

  /**
   * The exact state of run {@code id} once the commands sent before are applied, taken between two
   * rounds (training goes on); fails when there is no such run.
   */
  public CompletableFuture<RunState> capture(int id) {
    CompletableFuture<RunState> result = new CompletableFuture<>();
    send(new Capture(id, result));
    return result;
  }

  private long send(Order order) {
    if (closed) {
      throw new IllegalStateException("the runs are closed");
    }
    synchronized (sendLock) {
      long seq = ++sequence;
      queue.add(new Envelope(seq, order));
      return seq;
    }
  }

  /** The newest frame; never null. */
  public Frame latest() {
    return latest.get();
  }

  /**
   * Waits until a frame satisfies {@code condition} and returns it (tests and scripts; never on the
   * UI thread).
   */
  public Frame await(Predicate<Frame> condition, Duration timeout)
      throws TimeoutException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (publishMonitor) {
      while (true) {
        Frame f = latest.get();
        if (condition.test(f)) {
          return f;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new TimeoutException("no frame met the condition within " + timeout);
        }
        if (!thread.isAlive()) {
          throw new IllegalStateException("the coordinator thread has ended");
        }
        TimeUnit.NANOSECONDS.timedWait(publishMonitor, Math.min(left, 100_000_000L));
      }
    }
  }

  /** Stops the coordinator and the workers (waits a few seconds at most). Idempotent. */
  @Override
  public void close() {
    closed = true;
    thread.interrupt();
    pool.shutdownNow();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // ---------------------------------------------------------------- coordinator thread

  private void run() {
    BackgroundPriority.lowerCurrentThread();
    while (!closed) {
      try {
        runOnce();
      } catch (InterruptedException e) {
        // close() interrupts
      } catch (RuntimeException | Error e) {
        // a fault of the coordinator itself (a run's own faults stop that run): pause, go on
        LOG.log(System.Logger.Level.ERROR, "the runs side by side failed; paused", e);
        running = false;
        dirty = true;
      }
    }
  }

  private void runOnce() throws InterruptedException {
    if (!running) {
      if (dirty) {
        round(position, true); // what the commands changed, measured
      }
      apply(queue.take());
      drain();
      return;
    }
    drain();
    if (!running) {
      return;
    }
    if (stepsPerSecond == TrainerSettings.FULL_SPEED) {
      long start = System.nanoTime();
      round((position / n + epochsPerRound) * n, false);
      epochsPerRound =
          Pace.adaptRound(epochsPerRound, System.nanoTime() - start, ROUND_MILLIS * 1_000_000L);
      return;
    }
    long period = Pace.period(stepsPerSecond);
    long now = System.nanoTime();
    if (now < nextTick) {
      Envelope e = queue.poll(nextTick - now, TimeUnit.NANOSECONDS);
      if (e != null) {
        apply(e);
      }
      return;
    }
    long due = Pace.due(now, nextTick, period);
    long target = position;
    for (long k = 0; k < due; k++) {
      target = nextTick(target);
    }
    nextTick = Pace.next(nextTick, due, period, now);
    round(target, period >= Trainer.EVAL_INTERVAL_NANOS);
  }

  /** The next position after {@code from} where a run still training ends a step. */
  private long nextTick(long from) {
    long next = Long.MAX_VALUE;
    for (Lane lane : lanes) {
      if (!lane.stopped) {
        next = Math.min(next, stepEnd(from, lane.batch()));
      }
    }
    return next == Long.MAX_VALUE ? from : next;
  }

  /** The end of the step of batch {@code b} that is under way at {@code from}. */
  long stepEnd(long from, int b) {
    long epochStart = from / n * n;
    long into = from - epochStart;
    return epochStart + Math.min(n, (into / b + 1) * b);
  }

  private void drain() {
    Envelope e;
    while ((e = queue.poll()) != null) {
      apply(e);
    }
  }

  private void apply(Envelope e) {
    commandsApplied = e.seq();
    dirty = true;
    Order o = e.order();
    if (o instanceof Play) {
      running = lanes.stream().anyMatch(l -> !l.stopped);
      nextTick = System.nanoTime();
      for (Lane lane : lanes) {
        lane.session.notice = null;
        lane.session.error = lane.stopped ? lane.session.error : null;
      }
    } else if (o instanceof Pause) {
      running = false;
    } else if (o instanceof Step s) {
      running = false;
      long target = s.wholeEpoch() ? (position / n + 1) * n : nextTick(position);
      round(target, true);
    } else if (o instanceof Speed s) {
      stepsPerSecond = s.stepsPerSecond();
      for (Lane lane : lanes) {
        lane.session.apply(new Command.SetSpeed(stepsPerSecond));
      }
      nextTick = System.nanoTime();
    } else if (o instanceof Drop d) {
      if (lanes.size() > 1) {
        lanes.removeIf(l -> l.id == d.id());
      }
      running &= lanes.stream().anyMatch(l -> !l.stopped);
    } else if (o instanceof Capture c) {
      Lane lane = lanes.stream().filter(l -> l.id == c.id()).findFirst().orElse(null);
      if (lane == null) {
        c.result().completeExceptionally(new IllegalArgumentException("no run " + c.id()));
      } else {
        try {
          c.result().complete(lane.session.capture());
        } catch (RuntimeException ex) {
          c.result().completeExceptionally(ex);
        }
      }
    }
    if (!running) {
      rate.clear();
    }
  }

  /**
   * Moves every run still training to {@code target} on the workers, measures them when {@code
   * evaluate} or when the last measurement is old enough, and publishes a frame.
   */
  private void round(long target, boolean evaluate) {
    long now = System.nanoTime();
    boolean measure = evaluate || !running || now - lastEval >= Trainer.EVAL_INTERVAL_NANOS;
    if (measure) {
      lastEval = now;
    }
    boolean playing = running;
    List<Callable<Void>> tasks = new ArrayList<>();
    for (Lane lane : lanes) {
      tasks.add(
          () -> {
            advance(lane, target);
            TrainingSession s = lane.session;
            try {
              if (s.metricsStale && measure) {
                s.evaluate();
              }
            } catch (RuntimeException | Error e) {
              stop(lane, e);
            }
            lane.stopped |= s.diverged != null;
            s.running = playing && !lane.stopped;
            return null;
          });
    }
    try {
      for (Future<Void> f : pool.invokeAll(tasks)) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause()); // advance() catches what a step throws
    } catch (java.util.concurrent.RejectedExecutionException e) {
      return; // closed meanwhile
    }
    position = Math.max(position, target);
    running &= lanes.stream().anyMatch(l -> !l.stopped);
    rate.record(now, (double) position / n);
    publish();
  }

  /** Trains {@code lane} up to {@code target}, step by step (whole epochs where it can). */
  private void advance(Lane lane, long target) {
    TrainingSession s = lane.session;
    try {
      while (!lane.stopped && lane.position() < target) {
        long at = lane.position();
        if (s.examplesIntoEpoch == 0 && target - at >= n) {
          s.stepEpoch();
        } else if (stepEnd(at, lane.batch()) <= target) {
          s.stepBatch(false);
        } else {
          return; // its step ends after the target: it waits for the others
        }
        lane.stopped = s.diverged != null;
      }
    } catch (RuntimeException | Error e) {
      s.restoreAfterFailure();
      stop(lane, e);
    }
  }

  /** A run that failed stops there, with the failure as its error. */
  private static void stop(Lane lane, Throwable e) {
    LOG.log(System.Logger.Level.ERROR, "run " + (lane.id + 1) + " of the comparison failed", e);
    lane.session.error =
        e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    lane.stopped = true;
  }

  private void publish() {
    double perSecond = running ? rate.perSecond() : 0;
    List<Run> runs = new ArrayList<>();
    long epoch = -1;
    for (Lane lane : lanes) {
      lane.shown = lane.session.snapshot(++version, commandsApplied, perSecond);
      runs.add(new Run(lane.id, lane.shown, lane.stopped));
      if (!lane.stopped) {
        epoch = lane.session.epoch;
      }
    }
    if (epoch < 0) {
      epoch = position / n;
    }
    latest.set(new Frame(++version, commandsApplied, runs, running, stepsPerSecond, epoch));
    dirty = false;
    synchronized (publishMonitor) {
      publishMonitor.notifyAll();
    }
  }
}
