package lab.backprop.ui.rewind;

import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import lab.backprop.nn.FrozenNetwork;
import lab.backprop.train.Command;
import lab.backprop.train.Rewind;
import lab.backprop.train.Snapshot;

/**
 * The scrubber's state: which of the epochs the trainer keeps ({@link Snapshot#rewind()}) the
 * boundary, the diagram and the charts' marker show. Positions 0 … n−1 of {@link #positionProperty}
 * are the n kept epochs, oldest first, and position n is the run as it is now ("live"). The
 * scrubber works while training is paused; playing goes back to live. {@link #resumeHere()} trains
 * on from the shown epoch. FX thread only.
 */
public final class RewindModel {
  private final ToLongFunction<Command> sink;
  private final ReadOnlyIntegerWrapper kept = new ReadOnlyIntegerWrapper(this, "kept");
  private final IntegerProperty position = new SimpleIntegerProperty(this, "position");
  private final ReadOnlyBooleanWrapper enabled = new ReadOnlyBooleanWrapper(this, "enabled");
  private final ReadOnlyBooleanWrapper scrubbed = new ReadOnlyBooleanWrapper(this, "scrubbed");
  private final ReadOnlyLongWrapper shownEpoch = new ReadOnlyLongWrapper(this, "shownEpoch", -1);
  private final ReadOnlyObjectWrapper<FrozenNetwork> shownNetwork =
      new ReadOnlyObjectWrapper<>(this, "shownNetwork");
  private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper(this, "label", "");
  private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
  private Rewind points = Rewind.EMPTY;
  private long liveEpoch;
  private boolean running;

  /**
   * @param sink where commands go (the trainer's {@code send}), returning the sequence number
   */
  public RewindModel(ToLongFunction<Command> sink) {
    this.sink = sink;
    position.addListener((o, was, is) -> refresh());
  }

  /** Takes the newest snapshot (once per frame): the kept epochs, the live epoch, play or pause. */
  public void update(Snapshot s) {
    running = s.running();
    liveEpoch = s.epoch();
    Rewind r = s.rewind();
    if (r != points) {
      long shown = shownEpoch.get();
      boolean wasLive = !scrubbed.get();
      points = r;
      kept.set(r.size());
      if (wasLive || running) {
        position.set(r.size());
      } else {
        position.set(nearestAtOrBefore(shown));
      }
    }
    if (running && position.get() != points.size()) {
      position.set(points.size());
    }
    enabled.set(!running && points.size() > 0);
    refresh();
  }

  private int nearestAtOrBefore(long epoch) {
    int at = 0;
    for (int k = 0; k < points.size(); k++) {
      if (points.get(k).epoch() <= epoch) {
        at = k;
      }
    }
    return at;
  }

  private void refresh() {
    int p = Math.max(0, Math.min(points.size(), position.get()));
    boolean past = p < points.size() && !running;
    Rewind.Point point = past ? points.get(p) : null;
    scrubbed.set(past);
    shownEpoch.set(past ? point.epoch() : -1);
    shownNetwork.set(past ? point.network() : null);
    if (past) {
      label.set(
          String.format(
              Locale.ROOT,
              "Epoch %,d of %,d (%d of %d kept)",
              point.epoch(),
              liveEpoch,
              p + 1,
              points.size()));
      hint.set(
          point.exact()
              ? "Resuming here goes on exactly as the run did."
              : "Resuming here restarts the optimizer: its state was not kept for a network this"
                  + " large.");
    } else {
      label.set(String.format(Locale.ROOT, "Live: epoch %,d", liveEpoch));
      hint.set(
          running
              ? "Pause to go back to an earlier epoch."
              : points.size() + " epochs kept to go back to (←, Home).");
    }
  }

  /**
   * Trains on from the shown epoch: the trainer drops the later epochs (Ctrl+Z brings them back).
   */
  public void resumeHere() {
    if (!scrubbed.get()) {
      return;
    }
    long epoch = shownEpoch.get();
    sink.applyAsLong(new Command.Rewind(epoch));
    position.set(points.size());
  }

  /** Back to the run as it is now. */
  public void showLive() {
    position.set(points.size());
  }

  /** The kept epochs from the first to the shown one (all of them when live), oldest first. */
  public List<Rewind.Point> span() {
    int end = scrubbed.get() ? position.get() : points.size() - 1;
    return points.points().subList(0, Math.max(0, end + 1));
  }

  /** Positions 0 … n−1 are the kept epochs, n is live; set it to scrub. */
  public IntegerProperty positionProperty() {
    return position;
  }

  /** The number n of kept epochs. */
  public ReadOnlyIntegerProperty keptProperty() {
    return kept.getReadOnlyProperty();
  }

  /** Whether the scrubber can be used: training is paused and epochs are kept. */
  public ReadOnlyBooleanProperty enabledProperty() {
    return enabled.getReadOnlyProperty();
  }

  /** Whether a kept epoch is shown instead of the run as it is now. */
  public ReadOnlyBooleanProperty scrubbedProperty() {
    return scrubbed.getReadOnlyProperty();
  }

  /** The epoch shown, −1 when live. */
  public ReadOnlyLongProperty shownEpochProperty() {
    return shownEpoch.getReadOnlyProperty();
  }

  /** The weights of the shown epoch; null when live. */
  public ReadOnlyObjectProperty<FrozenNetwork> shownNetworkProperty() {
    return shownNetwork.getReadOnlyProperty();
  }

  /** "Epoch 1,200 of 5,000 (40 of 60 kept)", or "Live: epoch 5,000". */
  public ReadOnlyStringProperty labelProperty() {
    return label.getReadOnlyProperty();
  }

  /** What resuming from the shown epoch does, or how to use the scrubber. */
  public ReadOnlyStringProperty hintProperty() {
    return hint.getReadOnlyProperty();
  }
}
