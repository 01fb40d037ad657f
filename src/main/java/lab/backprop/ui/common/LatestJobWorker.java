package lab.backprop.ui.common;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One daemon thread that runs the newest submitted job and drops older ones that have not started,
 * so slow work (grid forward passes) never queues up behind the frame rate. The newest result is
 * taken with {@link #takeResult()} (on the FX thread, once per frame).
 */
public final class LatestJobWorker<I, O> implements AutoCloseable {
  private final Object lock = new Object();
  private final Function<I, O> work;
  private final AtomicReference<O> result = new AtomicReference<>();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final Thread thread;
  private I pending;
  private boolean busy;
  private volatile boolean closed;

  public LatestJobWorker(String name, Function<I, O> work) {
    this.work = work;
    thread = new Thread(this::loop, name);
    thread.setDaemon(true);
    thread.start();
  }

  /** Replaces any job not yet started. */
  public void submit(I job) {
    synchronized (lock) {
      pending = job;
      lock.notifyAll();
    }
  }

  /** True while a job is waiting or running. */
  public boolean isBusy() {
    synchronized (lock) {
      return busy || pending != null;
    }
  }

  /** The newest result not yet taken, or null. */
  public O takeResult() {
    return result.getAndSet(null);
  }

  /** The last exception a job threw (then cleared), or null. */
  public Throwable takeFailure() {
    return failure.getAndSet(null);
  }

  private void loop() {
    while (!closed) {
      I job;
      synchronized (lock) {
        while (pending == null && !closed) {
          try {
            lock.wait();
          } catch (InterruptedException e) {
            return;
          }
        }
        job = pending;
        pending = null;
        busy = true;
      }
      if (job == null) {
        return;
      }
      try {
        result.set(work.apply(job));
      } catch (RuntimeException | Error e) {
        failure.set(e);
      } finally {
        synchronized (lock) {
          busy = false;
        }
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
  }
}
