package lab.backprop.train;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Trains one network on a background daemon thread named {@code backprop-trainer}. That thread
 * alone owns the mutable network; other threads talk to it with {@link #send(Command)} (never
 * blocks) and read the newest immutable {@link Snapshot} with {@link #latest()} (never blocks).
 *
 * <p>Commands are applied between steps, in order. While paused the thread sleeps until a command
 * arrives. While playing at {@link TrainerSettings#FULL_SPEED} it runs epochs back to back and
 * publishes a snapshot at most every ~12 ms; at a finite speed it runs one mini-batch per tick.
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

  /**
   * Generates the data, initialises the network and starts the thread, paused. {@link #latest()}
   * returns a snapshot as soon as this returns.
   *
   * @throws IllegalArgumentException when the output does not fit the data set's task
   */
  public Trainer(TrainerSettings settings) {
    throw new UnsupportedOperationException("TODO");
  }

  /**
   * Queues a command for the trainer thread; never blocks.
   *
   * @return its sequence number: the command has been applied once {@link
   *     Snapshot#commandsApplied()} reaches it
   * @throws IllegalStateException after {@link #close()}
   */
  public long send(Command command) {
    throw new UnsupportedOperationException("TODO");
  }

  /** The newest snapshot; never null. */
  public Snapshot latest() {
    throw new UnsupportedOperationException("TODO");
  }

  /**
   * Waits until a published snapshot satisfies {@code condition} and returns it (for tests, scripts
   * and the CLI; never call it on the UI thread).
   *
   * @throws TimeoutException if none does within {@code timeout}
   */
  public Snapshot await(Predicate<Snapshot> condition, Duration timeout)
      throws TimeoutException, InterruptedException {
    throw new UnsupportedOperationException("TODO");
  }

  /** Sends {@code command} and waits until a snapshot shows it applied. */
  public Snapshot sendAndAwait(Command command, Duration timeout)
      throws TimeoutException, InterruptedException {
    long seq = send(command);
    return await(s -> s.commandsApplied() >= seq, timeout);
  }

  /** True until {@link #close()} has stopped the thread. */
  public boolean isAlive() {
    throw new UnsupportedOperationException("TODO");
  }

  /** Stops the thread and waits for it to end (at most a few seconds). Idempotent. */
  @Override
  public void close() {
    throw new UnsupportedOperationException("TODO");
  }
}
