package lab.backprop.ui.stepthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import lab.backprop.nn.TrainingLoop;
import lab.backprop.run.DataSpec;
import lab.backprop.train.Command;
import lab.backprop.train.Command.PreviewStep.Scope;
import lab.backprop.train.Trainer;
import lab.backprop.ui.stepthrough.Phase.Kind;
import org.junit.jupiter.api.Test;

/** The step-through's conversation with a stand-in trainer: plain JUnit, no FX toolkit. */
class StepThroughControllerTest {

  /** Records what is asked of it; every command gets the next sequence number. */
  private static final class FakeTrainer implements TrainerLink {
    final List<Command> sent = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    boolean running;
    long dismissedUpTo = -1;

    @Override
    public boolean isRunning() {
      return running;
    }

    @Override
    public void play() {
      calls.add("play");
      running = true;
    }

    @Override
    public void pause() {
      calls.add("pause");
      running = false;
    }

    @Override
    public long sendCommand(Command command) {
      sent.add(command);
      return sent.size();
    }

    @Override
    public void dismissNoticeOf(long seq) {
      dismissedUpTo = seq;
    }

    Command last() {
      return sent.get(sent.size() - 1);
    }
  }

  private final FakeTrainer trainer = new FakeTrainer();
  private Trainer.Preview answer;
  private final StepThroughController controller =
      new StepThroughController(new StepThroughModel(), trainer, () -> answer);

  /** The trainer's answer to command {@code seq}: a step of the two-moons preset's network. */
  private static Trainer.Preview previewAnswer(long seq) {
    StepRecording step = Presets.twoMoons().record();
    return new Trainer.Preview(
        seq,
        new TrainingLoop.StepPreview(
            step.networkBefore().toNetwork(),
            step.trace(),
            step.optimizer(),
            step.networkAfter().toNetwork(),
            new int[] {0}));
  }

  private StepRecording shown() {
    return controller.model().recordingProperty().get();
  }

  @Test
  void enteringPausesTrainingAndAsksForThePreviewOfTheNextExample() {
    trainer.running = true;
    controller.enter();
    assertThat(controller.isActive()).isTrue();
    assertThat(trainer.calls).containsExactly("pause");
    assertThat(trainer.sent).containsExactly(new Command.PreviewStep(Scope.NEXT_EXAMPLE, 0));
    assertThat(controller.awaitsPreview()).isTrue();

    controller.enter(); // already open: nothing more is sent
    assertThat(trainer.sent).hasSize(1);
  }

  @Test
  void anAnswerToAnOlderRequestIsIgnoredAndTheAnswerToTheNewestIsShownAtTheAskedPhase() {
    controller.enter(5);
    controller.recordsBatchProperty().set(true); // a second request, for the batch, at phase 0
    assertThat(trainer.last()).isEqualTo(new Command.PreviewStep(Scope.NEXT_BATCH, 0));

    answer = previewAnswer(1);
    controller.takePreview(1);
    assertThat(shown()).as("stale answer").isNull();
    assertThat(controller.awaitsPreview()).isTrue();

    answer = previewAnswer(2);
    controller.takePreview(2);
    assertThat(shown()).isNotNull();
    assertThat(shown().trace()).isSameAs(answer.step().trace());
    assertThat(controller.model().phaseIndexProperty().get()).isZero();
    assertThat(controller.awaitsPreview()).isFalse();
  }

  @Test
  void aRequestTheTrainerAppliedWithoutAnAnswerIsDropped() {
    controller.enter();
    controller.takePreview(0);
    assertThat(controller.awaitsPreview()).as("not yet applied").isTrue();
    controller.takePreview(1); // applied, and the newest answer is not to it: rejected
    assertThat(controller.awaitsPreview()).isFalse();
    answer = previewAnswer(1);
    controller.takePreview(1);
    assertThat(shown()).isNull();
  }

  @Test
  void leavingResumesTrainingOnlyIfItWasPlayingWhenTheStepThroughOpened() {
    trainer.running = true;
    controller.enter();
    controller.leave();
    assertThat(controller.isActive()).isFalse();
    assertThat(trainer.calls).containsExactly("pause", "play");

    trainer.calls.clear();
    trainer.running = false;
    controller.enter();
    controller.leave();
    assertThat(trainer.calls).containsExactly("pause");

    controller.leave(); // closed already: no second resume
    assertThat(trainer.calls).containsExactly("pause");
  }

  @Test
  void anAnswerArrivingAfterLeavingIsNotShown() {
    controller.enter();
    controller.leave();
    answer = previewAnswer(1);
    controller.takePreview(1);
    assertThat(shown()).isNull();
  }

  @Test
  void recordingAClickedRowKeepsTheCurrentPhase() {
    controller.enter();
    answer = previewAnswer(1);
    controller.takePreview(1);
    controller.model().phaseIndexProperty().set(4);

    controller.recordRow(17);
    assertThat(trainer.last()).isEqualTo(new Command.PreviewStep(Scope.ROW, 17));
    answer = previewAnswer(2);
    controller.takePreview(2);
    assertThat(controller.model().phaseIndexProperty().get()).isEqualTo(4);
  }

  @Test
  void togglingTheScopeWhileClosedSendsNothing() {
    controller.recordsBatchProperty().set(true);
    assertThat(trainer.sent).isEmpty();
    controller.enter();
    assertThat(trainer.sent).containsExactly(new Command.PreviewStep(Scope.NEXT_BATCH, 0));
  }

  @Test
  void aPresetSendsItsDataOptimizerAndNetworkAndShowsItsOwnStep() {
    Preset preset = Presets.workedExample();
    controller.loadPreset(preset);
    assertThat(controller.isActive()).isTrue();
    assertThat(trainer.sent).hasSize(2);
    assertThat(trainer.sent.get(0)).isInstanceOf(Command.PreviewStep.class);
    // one group, so that one Ctrl+Z takes the whole preset back
    Command.Group group = (Command.Group) trainer.sent.get(1);
    assertThat(group.label()).isEqualTo("preset");
    assertThat(group.commands()).hasSize(3);
    assertThat(group.commands().get(0))
        .isEqualTo(
            new Command.SetData(
                new DataSpec("worked-example", 200, 0.2, 2, true, null, 0.8), 0, 0));
    assertThat(group.commands().get(1)).isEqualTo(new Command.SetOptimizer(preset.optimizer()));
    assertThat(((Command.Load) group.commands().get(2)).network().copyW())
        .isDeepEqualTo(preset.network().copyW());
    assertThat(trainer.dismissedUpTo).as("the preset's notice is not shown").isEqualTo(2);
    assertThat(controller.noteProperty().get()).isEqualTo(preset.note());
    assertThat(shown().networkBefore().copyW()).isDeepEqualTo(preset.network().copyW());

    // the preview the entry asked for is not shown over the preset's step
    answer = previewAnswer(1);
    controller.takePreview(2);
    assertThat(shown().trace()).isNotSameAs(answer.step().trace());
    assertThat(shown().networkBefore().copyW()).isDeepEqualTo(preset.network().copyW());
  }

  @Test
  void theBoundaryShowsTheNetworkAfterTheStepInTheLastPhaseUnlessBeforeIsAsked() {
    controller.loadPreset(Presets.twoMoons());
    StepRecording rec = shown();
    assertThat(controller.boundaryNetworkProperty().get()).isSameAs(rec.networkBefore());
    controller.model().last();
    assertThat(controller.model().phaseProperty().get().kind())
        .isEqualTo(Kind.BOUNDARY_BEFORE_AFTER);
    assertThat(controller.boundaryNetworkProperty().get()).isSameAs(rec.networkAfter());
    controller.showsBoundaryBeforeProperty().set(true);
    assertThat(controller.boundaryNetworkProperty().get()).isSameAs(rec.networkBefore());
  }
}
