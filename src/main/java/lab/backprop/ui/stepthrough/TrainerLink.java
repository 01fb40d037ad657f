package lab.backprop.ui.stepthrough;

import lab.backprop.train.Command;

/** What the step-through asks of the window's one connection to the trainer (its view-model). */
public interface TrainerLink {
  /** Whether training plays (as last reported, or as last asked). */
  boolean isRunning();

  void play();

  void pause();

  /** Sends {@code command}; returns its sequence number. */
  long sendCommand(Command command);

  /** Keeps the notice that commands up to {@code seq} cause out of the banner. */
  void dismissNoticeOf(long seq);
}
