package lab.backprop.ui.stepthrough;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The player's view-model: which recording, which phase, which unit or edge and which row of the
 * batch are highlighted, and what follows from them (the phase, the selection the equation is
 * about, the substituted equation). No controls; use on the FX thread. Views bind to the read-only
 * properties and call the commands.
 */
public final class StepThroughModel {
  private final ObjectProperty<StepRecording> recording =
      new SimpleObjectProperty<>(this, "recording");
  private final IntegerProperty phaseIndex = new SimpleIntegerProperty(this, "phaseIndex");
  private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(this, "selection");
  private final IntegerProperty example = new SimpleIntegerProperty(this, "example");

  private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase");
  private final ReadOnlyObjectWrapper<Selection> effectiveSelection =
      new ReadOnlyObjectWrapper<>(this, "effectiveSelection");
  private final ReadOnlyObjectWrapper<Substitution> substitution =
      new ReadOnlyObjectWrapper<>(this, "substitution");

  /**
   * The derived values are lazy bindings of the recording, the phase index, the selection and the
   * row, so whoever reads them, even from a listener that fires while a new recording comes in,
   * reads values of one and the same recording (never a phase or a row of the previous one).
   */
  public StepThroughModel() {
    recording.addListener(
        (obs, old, now) -> {
          phaseIndex.set(0);
          example.set(0);
        });
    phaseIndex.addListener(obs -> clamp(phaseIndex, phaseCount()));
    example.addListener(obs -> clamp(example, rows()));
    phase.bind(
        Bindings.createObjectBinding(
            () -> {
              StepRecording rec = recording.get();
              return rec == null ? null : rec.phases().get(clamped(phaseIndex.get(), phaseCount()));
            },
            recording,
            phaseIndex));
    effectiveSelection.bind(
        Bindings.createObjectBinding(
            () -> {
              StepRecording rec = recording.get();
              return rec == null ? null : rec.selectionFor(phase.get(), selection.get());
            },
            recording,
            phase,
            selection));
    substitution.bind(
        Bindings.createObjectBinding(
            () -> {
              StepRecording rec = recording.get();
              return rec == null
                  ? null
                  : rec.substitute(phase.get(), effectiveSelection.get(), example());
            },
            recording,
            phase,
            effectiveSelection,
            example));
  }

  private int phaseCount() {
    StepRecording rec = recording.get();
    return rec == null ? 1 : rec.phases().size();
  }

  private int rows() {
    StepRecording rec = recording.get();
    return rec == null ? 1 : rec.batchSize();
  }

  private static int clamped(int value, int count) {
    return Math.max(0, Math.min(value, count - 1));
  }

  private static void clamp(IntegerProperty p, int count) {
    int v = clamped(p.get(), count);
    if (v != p.get()) {
      p.set(v);
    }
  }

  /** The row of the batch whose values are shown: {@link #exampleProperty()} within the batch. */
  public int example() {
    return clamped(example.get(), rows());
  }

  // ---- properties ----

  /** The recorded step; setting it goes back to the first phase and row 0. */
  public ObjectProperty<StepRecording> recordingProperty() {
    return recording;
  }

  /** The current phase's position (clamped to the recording's phases). */
  public IntegerProperty phaseIndexProperty() {
    return phaseIndex;
  }

  /** What the user clicked (may be null or not part of the current phase). */
  public ObjectProperty<Selection> selectionProperty() {
    return selection;
  }

  /** The batch row whose z, a, δ are shown (clamped to the batch). */
  public IntegerProperty exampleProperty() {
    return example;
  }

  public ReadOnlyObjectProperty<Phase> phaseProperty() {
    return phase.getReadOnlyProperty();
  }

  /** The unit or edge the substituted equation is about. */
  public ReadOnlyObjectProperty<Selection> effectiveSelectionProperty() {
    return effectiveSelection.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Substitution> substitutionProperty() {
    return substitution.getReadOnlyProperty();
  }

  /** The values a unit or edge shows at the current phase (empty without a recording). */
  public List<ShownValue> shown(Selection unitOrEdge) {
    StepRecording rec = recording.get();
    return rec == null ? List.of() : rec.shown(phase.get(), unitOrEdge, example());
  }

  // ---- commands ----

  /** Next phase; false at the last one. */
  public boolean next() {
    StepRecording rec = recording.get();
    if (rec == null || phaseIndex.get() >= rec.phases().size() - 1) {
      return false;
    }
    phaseIndex.set(phaseIndex.get() + 1);
    return true;
  }

  /** Previous phase; false at the first one. */
  public boolean previous() {
    if (recording.get() == null || phaseIndex.get() == 0) {
      return false;
    }
    phaseIndex.set(phaseIndex.get() - 1);
    return true;
  }

  public void first() {
    phaseIndex.set(0);
  }

  public void last() {
    StepRecording rec = recording.get();
    if (rec != null) {
      phaseIndex.set(rec.phases().size() - 1);
    }
  }

  public void select(Selection unitOrEdge) {
    selection.set(unitOrEdge);
  }
}
