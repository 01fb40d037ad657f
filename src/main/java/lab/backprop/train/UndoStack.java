package lab.backprop.train;

import java.util.ArrayDeque;

/**
 * The newest {@link Checkpoint}s, bounded in count and in memory: pushing beyond either bound drops
 * the oldest (the newest one is always kept). Confined to the trainer thread.
 */
final class UndoStack {
  /** Most checkpoints kept. */
  static final int MAX_CHECKPOINTS = 20;

  /** Most bytes the kept checkpoints hold (as {@link Checkpoint#bytes()} estimates). */
  static final long MAX_BYTES = 256L << 20;

  private final ArrayDeque<Checkpoint> stack = new ArrayDeque<>();
  private final int maxCount;
  private final long maxBytes;
  private long bytes;

  UndoStack() {
    this(MAX_CHECKPOINTS, MAX_BYTES);
  }

  UndoStack(int maxCount, long maxBytes) {
    this.maxCount = maxCount;
    this.maxBytes = maxBytes;
  }

  void push(Checkpoint c) {
    c.loop().releaseBuffers();
    stack.push(c);
    bytes += c.bytes();
    while (stack.size() > 1 && (stack.size() > maxCount || bytes > maxBytes)) {
      bytes -= stack.removeLast().bytes();
    }
  }

  /** The newest checkpoint, removed; null when none. */
  Checkpoint pop() {
    Checkpoint c = stack.poll();
    if (c != null) {
      bytes -= c.bytes();
    }
    return c;
  }

  /** The label of the newest checkpoint; null when none. */
  String peekLabel() {
    Checkpoint c = stack.peek();
    return c == null ? null : c.label();
  }

  int size() {
    return stack.size();
  }
}
