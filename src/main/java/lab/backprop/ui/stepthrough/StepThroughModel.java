package lab.backprop.ui.stepthrough;

import java.util.List;
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

  public StepThroughModel() {
    recording.addListener(
        (obs, old, now) -> {
          phaseIndex.set(0);
          example.set(0);
          update();
        });
    phaseIndex.addListener(obs -> update());
    selection.addListener(obs -> update());
    example.addListener(obs -> update());
  }

  private void update() {
    StepRecording rec = recording.get();
    if (rec == null) {
      phase.set(null);
      effectiveSelection.set(null);
      substitution.set(null);
      return;
    }
    List<Phase> phases = rec.phases();
    int p = Math.max(0, Math.min(phaseIndex.get(), phases.size() - 1));
    if (p != phaseIndex.get()) {
      phaseIndex.set(p); // re-enters update()
      return;
    }
    int n = Math.max(0, Math.min(example.get(), rec.batchSize() - 1));
    if (n != example.get()) {
      example.set(n);
      return;
    }
    Phase current = phases.get(p);
    Selection chosen = rec.selectionFor(current, selection.get());
    phase.set(current);
    effectiveSelection.set(chosen);
    substitution.set(rec.substitute(current, chosen, n));
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
    return rec == null ? List.of() : rec.shown(phase.get(), unitOrEdge, example.get());
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
