package lab.backprop.train;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import lab.backprop.nn.TrainingLoop;

/**
 * Trains one network on a background daemon thread named {@code backprop-trainer}. That thread
 * alone owns the mutable network; other threads talk to it with {@link #send(Command)} (never
 * blocks) and read the newest immutable {@link Snapshot} with {@link #latest()} (never blocks).
 *
 * <p>Commands are applied between steps, in order. While paused the thread sleeps until a command
 * arrives. While playing at {@link TrainerSettings#FULL_SPEED} it runs epochs back to back and
 * publishes a snapshot at most every ~12 ms; at a finite speed it runs one mini-batch per tick. The
 * thread runs at a lowered CPU priority ({@link BackgroundPriority}), so a window stays smooth.
 *
 * <p>Faults: a step that makes the loss or a parameter NaN or infinite is undone (the parameters of
 * before the step are restored), training pauses, and {@link Snapshot#diverged()} says so. Any
 * other exception is logged, published in {@link Snapshot#error()}, and training pauses; the
 * trainer stays alive and accepts commands.
 *
 * <p>Usage from a UI: create it, call {@link #send} from event handlers, and read {@link #latest()}
 * once per frame (e.g. in an {@code AnimationTimer}); call {@link #close()} on exit.
 */
public final class Trainer implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(Trainer.class.getName());

  /** Shortest time between two snapshots while playing. */
  static final long PUBLISH_INTERVAL_NANOS = 12_000_000L;

  /** Shortest time between two evaluations of the metrics while playing. */
  static final long EVAL_INTERVAL_NANOS = 50_000_000L;

  private final LinkedBlockingQueue<Envelope> queue = new LinkedBlockingQueue<>();
  private final AtomicReference<Snapshot> latest = new AtomicReference<>();
  private final AtomicReference<Preview> latestPreview = new AtomicReference<>();
  private final Object sendLock = new Object();
  private final Object publishMonitor = new Object();
  private final Thread thread;
  private volatile boolean closed;
  private long sequence; // guarded by sendLock

  // trainer-thread state
  private final TrainingSession session;
  private final RateMeter rate = new RateMeter(1_000_000_000L);
  private long commandsApplied;
  private long version;
  private long lastPublish = Long.MIN_VALUE / 2;
  private long lastEval = Long.MIN_VALUE / 2;
  private long evalInterval = EVAL_INTERVAL_NANOS;
  private long nextTick;
  private boolean dirty = true;

  /**
   * The answer to a {@link Command.PreviewStep}.
   *
   * @param seq the command's sequence number (as returned by {@link #send})
   * @param step what the step would do
   */
  public record Preview(long seq, TrainingLoop.StepPreview step) {}

  /** A command or a test hook, with its sequence number. */
  private record Envelope(long seq, Command command, Runnable task) {}

  /**
   * Generates the data, initialises the network and starts the thread, paused. {@link #latest()}
   * returns a snapshot as soon as this returns.
   *
   * @throws IllegalArgumentException when the output does not fit the data set's task
   */
  public Trainer(TrainerSettings settings) {
    session = new TrainingSession(Objects.requireNonNull(settings, "settings"));
    publish(System.nanoTime(), true);
    thread = new Thread(this::run, "backprop-trainer");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Queues a command for the trainer thread; never blocks.
   *
   * @return its sequence number: the command has been applied once {@link
   *     Snapshot#commandsApplied()} reaches it
   * @throws IllegalStateException after {@link #close()}
   */
  public long send(Command command) {
    Objects.requireNonNull(command, "command");
    return enqueue(command, null);
  }

  /**
   * The exact state of the run once every command sent before has been applied, taken on the
   * trainer thread between two steps (training goes on); never blocks.
   *
   * @throws IllegalStateException after {@link #close()}
   */
  public CompletableFuture<RunState> capture() {
    CompletableFuture<RunState> result = new CompletableFuture<>();
    enqueue(
        null,
        () -> {
          try {
            result.complete(session.capture());
          } catch (RuntimeException e) {
            result.completeExceptionally(e);
          }
        });
    return result;
  }

  /** Runs {@code task} on the trainer thread as if it were a command (tests only). */
  long sendTask(Runnable task) {
    return enqueue(null, task);
  }

  private long enqueue(Command command, Runnable task) {
    if (closed) {
      throw new IllegalStateException("the trainer is closed");
    }
    synchronized (sendLock) {
      long seq = ++sequence;
      queue.add(new Envelope(seq, command, task));
      return seq;
    }
  }

  /** The answer to the last {@link Command.PreviewStep} applied; null before any. */
  public Preview latestPreview() {
    return latestPreview.get();
  }

  /** The newest snapshot; never null. */
  public Snapshot latest() {
    return latest.get();
  }

  /**
   * Waits until a published snapshot satisfies {@code condition} and returns it (for tests, scripts
   * and the CLI; never call it on the UI thread).
   *
   * @throws TimeoutException if none does within {@code timeout}
   */
  public Snapshot await(Predicate<Snapshot> condition, Duration timeout)
      throws TimeoutException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (publishMonitor) {
      while (true) {
        Snapshot s = latest.get();
        if (condition.test(s)) {
          return s;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new TimeoutException("no snapshot met the condition within " + timeout);
        }
        if (!thread.isAlive()) {
          throw new IllegalStateException("the trainer thread has ended");
        }
        TimeUnit.NANOSECONDS.timedWait(publishMonitor, Math.min(left, 100_000_000L));
      }
    }
  }

  /** Sends {@code command} and waits until a snapshot shows it applied. */
  public Snapshot sendAndAwait(Command command, Duration timeout)
      throws TimeoutException, InterruptedException {
    long seq = send(command);
    return await(s -> s.commandsApplied() >= seq, timeout);
  }

  /** True until {@link #close()} has stopped the thread. */
  public boolean isAlive() {
    return thread.isAlive();
  }

  /** Stops the thread and waits for it to end (at most a few seconds). Idempotent. */
  @Override
  public void close() {
    closed = true;
    thread.interrupt();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (thread.isAlive()) {
      LOG.log(System.Logger.Level.WARNING, "the trainer thread did not stop within 5 s");
    }
  }

  // ---------------------------------------------------------------- trainer thread

  private void run() {
    BackgroundPriority.lowerCurrentThread();
    while (!closed) {
      try {
        runOnce();
      } catch (InterruptedException e) {
        // close() interrupts; anything else is not ours to end the loop for
      } catch (RuntimeException | Error e) {
        fail(e);
      }
    }
  }

  private void runOnce() throws InterruptedException {
    if (!session.running) {
      publishIfDirty(true);
      apply(queue.take());
      drainCommands();
      return;
    }
    drainCommands();
    if (!session.running) {
      return;
    }
    TrainerSettings s = session.settings();
    if (s.isFullSpeed()) {
      step();
      publishIfDirty(false);
      return;
    }
    long period = Pace.period(s.stepsPerSecond());
    long now = System.nanoTime();
    if (now < nextTick) {
      publishIfDirty(nextTick - now >= PUBLISH_INTERVAL_NANOS);
      Envelope e = queue.poll(nextTick - now, TimeUnit.NANOSECONDS);
      if (e != null) {
        apply(e);
      }
      return;
    }
    step();
    nextTick = Pace.next(nextTick, 1, period, now);
    publishIfDirty(period >= PUBLISH_INTERVAL_NANOS);
  }

  private void step() {
    try {
      session.playStep();
    } catch (RuntimeException | Error e) {
      session.restoreAfterFailure();
      throw e;
    }
    dirty = true;
  }

  private void drainCommands() {
    Envelope e;
    while ((e = queue.poll()) != null) {
      apply(e);
    }
  }

  private void apply(Envelope e) {
    boolean wasRunning = session.running;
    commandsApplied = e.seq();
    dirty = true;
    try {
      if (e.task() != null) {
        e.task().run();
      } else {
        session.apply(e.command());
        if (session.preview != null) {
          latestPreview.set(new Preview(e.seq(), session.preview));
          session.preview = null;
        }
      }
    } catch (IllegalArgumentException rejected) {
      LOG.log(System.Logger.Level.INFO, "rejected " + e.command() + ": " + rejected.getMessage());
      session.error = rejected.getMessage();
    }
    if (session.running && (!wasRunning || e.command() instanceof Command.SetSpeed)) {
      nextTick = System.nanoTime();
    }
    if (!session.running) {
      rate.clear();
    }
  }

  private void fail(Throwable e) {
    LOG.log(System.Logger.Level.ERROR, "the trainer failed; training paused", e);
    session.running = false;
    session.error =
        e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    dirty = true;
  }

  private void publishIfDirty(boolean force) {
    long now = System.nanoTime();
    if (dirty && (force || now - lastPublish >= PUBLISH_INTERVAL_NANOS)) {
      publish(now, force);
    }
  }

  private void publish(long now, boolean evaluateNow) {
    TrainingSession s = session;
    if (s.metricsStale && (evaluateNow || !s.running || now - lastEval >= evalInterval)) {
      s.evaluate();
      long after = System.nanoTime();
      // evaluation must not eat more than about a fifth of the time of training
      evalInterval = Math.max(EVAL_INTERVAL_NANOS, 4 * (after - now));
      lastEval = after;
    }
    double progress = s.epochProgress();
    rate.record(now, progress);
    s.rewindPace(rate.perSecond());
    Snapshot snapshot = s.snapshot(++version, commandsApplied, rate.perSecond());
    latest.set(snapshot);
    lastPublish = now;
    dirty = false;
    synchronized (publishMonitor) {
      publishMonitor.notifyAll();
    }
  }
}
