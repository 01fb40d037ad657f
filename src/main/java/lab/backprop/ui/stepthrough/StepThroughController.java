package lab.backprop.ui.stepthrough;

import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import lab.backprop.data.ClassNames;
import lab.backprop.data.DatasetSpec;
import lab.backprop.nn.FrozenNetwork;
import lab.backprop.nn.OutputKind;
import lab.backprop.run.DataSpec;
import lab.backprop.train.Command;
import lab.backprop.train.Command.PreviewStep.Scope;
import lab.backprop.train.Trainer;
import lab.backprop.ui.stepthrough.Phase.Kind;

/**
 * The step-through's conversation with the trainer, without controls: entering (training pauses and
 * the trainer is asked for a preview of its next step) and leaving (training resumes if it played
 * before), the trainer's preview answers matched to the request by sequence number, recording a
 * chosen training row, loading a preset. The recording it shows goes into the player's {@link
 * StepThroughModel}; views watch the properties. Use on one thread (the FX thread in the app).
 */
public final class StepThroughController {
  private final StepThroughModel model;
  private final TrainerLink trainer;
  private final Supplier<Trainer.Preview> previews;

  private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
  private final BooleanProperty recordsBatch = new SimpleBooleanProperty(this, "recordsBatch");
  private final BooleanProperty showsBoundaryBefore =
      new SimpleBooleanProperty(this, "showsBoundaryBefore");
  private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
  private final ReadOnlyObjectWrapper<FrozenNetwork> boundaryNetwork =
      new ReadOnlyObjectWrapper<>(this, "boundaryNetwork");

  private boolean resumeOnLeave;
  private long pendingPreview = -1;
  private int pendingPhase;

  /**
   * @param previews the trainer's newest preview answer (normally {@code Trainer::latestPreview})
   */
  public StepThroughController(
      StepThroughModel model, TrainerLink trainer, Supplier<Trainer.Preview> previews) {
    this.model = model;
    this.trainer = trainer;
    this.previews = previews;
    recordsBatch.addListener(
        (o, was, is) -> {
          if (active.get()) {
            requestPreview(scope(), 0, 0);
          }
        });
    model.recordingProperty().addListener(o -> updateBoundaryNetwork());
    model.phaseProperty().addListener(o -> updateBoundaryNetwork());
    showsBoundaryBefore.addListener(o -> updateBoundaryNetwork());
  }

  // ---- commands ----

  /** Pauses training and asks for the next step (example or batch, as toggled) at phase 0. */
  public void enter() {
    enter(0);
  }

  /** {@link #enter()} opening the recording at phase {@code phaseIndex}. */
  public void enter(int phaseIndex) {
    if (active.get()) {
      return;
    }
    resumeOnLeave = trainer.isRunning();
    active.set(true);
    trainer.pause();
    requestPreview(scope(), 0, phaseIndex);
  }

  /** Leaves; training resumes if it was playing when the step-through opened. */
  public void leave() {
    if (!active.get()) {
      return;
    }
    pendingPreview = -1;
    active.set(false);
    if (resumeOnLeave) {
      trainer.play();
    }
  }

  /** Records a step on training row {@code row}, staying at the current phase. */
  public void recordRow(int row) {
    requestPreview(Scope.ROW, row, model.phaseIndexProperty().get());
  }

  /** Loads a preset's data, optimizer and network into the trainer and shows its step. */
  public void loadPreset(Preset preset) {
    enter();
    pendingPreview = -1;
    boolean regression = preset.network().output() == OutputKind.MSE;
    // the worked example trains on its own one example: the status line's loss is the notes' L
    DatasetSpec data = regression ? DatasetSpec.WORKED_EXAMPLE : DatasetSpec.DEFAULT;
    // one change: Ctrl+Z takes the whole preset back
    trainer.dismissNoticeOf(
        trainer.sendCommand(
            new Command.Group(
                "preset",
                java.util.List.of(
                    new Command.SetData(DataSpec.of(data), 0, 0),
                    new Command.SetOptimizer(preset.optimizer()),
                    new Command.Load(preset.network())))));
    show(preset.record(), preset.note(), 0);
  }

  /**
   * Takes the trainer's answer to the pending preview, if it has come: call once per frame with the
   * newest snapshot's {@code commandsApplied}. An answer to an older request is ignored; a request
   * the trainer applied without answering was rejected (the banner says why) and is dropped.
   */
  public void takePreview(long commandsApplied) {
    takePreview(commandsApplied, null);
  }

  /** Like {@link #takePreview(long)}, for data whose classes are called {@code names}. */
  public void takePreview(long commandsApplied, ClassNames names) {
    if (pendingPreview < 0) {
      return;
    }
    Trainer.Preview p = previews.get();
    if (p != null && p.seq() == pendingPreview) {
      pendingPreview = -1;
      var step = p.step();
      show(
          new StepRecording(step.before(), step.trace(), step.optimizer(), step.after(), names),
          "",
          pendingPhase);
    } else if (commandsApplied >= pendingPreview) {
      pendingPreview = -1;
    }
  }

  private void requestPreview(Scope scope, int row, int phaseIndex) {
    pendingPhase = phaseIndex;
    pendingPreview = trainer.sendCommand(new Command.PreviewStep(scope, row));
  }

  private Scope scope() {
    return recordsBatch.get() ? Scope.NEXT_BATCH : Scope.NEXT_EXAMPLE;
  }

  private void show(StepRecording recording, String text, int phaseIndex) {
    model.recordingProperty().set(recording);
    model.phaseIndexProperty().set(Math.max(0, phaseIndex));
    note.set(text);
  }

  private void updateBoundaryNetwork() {
    StepRecording rec = model.recordingProperty().get();
    Phase phase = model.phaseProperty().get();
    if (rec == null || phase == null) {
      boundaryNetwork.set(null);
      return;
    }
    boolean after = phase.kind() == Kind.BOUNDARY_BEFORE_AFTER && !showsBoundaryBefore.get();
    boundaryNetwork.set(after ? rec.networkAfter() : rec.networkBefore());
  }

  // ---- state ----

  public StepThroughModel model() {
    return model;
  }

  /** True while the step-through is open. */
  public ReadOnlyBooleanProperty activeProperty() {
    return active.getReadOnlyProperty();
  }

  public boolean isActive() {
    return active.get();
  }

  /** Whether the next recording is of a mini-batch (else of one example). */
  public BooleanProperty recordsBatchProperty() {
    return recordsBatch;
  }

  /** In the last phase: show the decision boundary of before the step instead of after it. */
  public BooleanProperty showsBoundaryBeforeProperty() {
    return showsBoundaryBefore;
  }

  /** Text for the equation panel about the shown recording ("" for none). */
  public ReadOnlyStringProperty noteProperty() {
    return note.getReadOnlyProperty();
  }

  /** The network whose decision boundary the plot shows in the current phase, or null. */
  public ReadOnlyObjectProperty<FrozenNetwork> boundaryNetworkProperty() {
    return boundaryNetwork.getReadOnlyProperty();
  }

  /** Whether a preview has been asked for and not yet answered. */
  public boolean awaitsPreview() {
    return pendingPreview >= 0;
  }
}
