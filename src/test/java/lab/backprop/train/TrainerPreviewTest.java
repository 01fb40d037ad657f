package lab.backprop.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import lab.backprop.nn.TrainingLoop;
import lab.backprop.run.RunOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Command.PreviewStep}: it predicts the next real step exactly and leaves the trainer as a
 * pause and resume would (compared with a twin trainer that only pauses).
 */
class TrainerPreviewTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private Trainer a;
  private Trainer b;

  @AfterEach
  void close() {
    if (a != null) {
      a.close();
    }
    if (b != null) {
      b.close();
    }
  }

  /** Moons, 160 training rows, mini-batches of 32 (an epoch is 5 steps). */
  private static TrainerSettings settings(String optimizer) {
    return TrainerSettings.of(
        RunOptions.parse(
            "--hidden",
            "5,4",
            "--optimizer",
            optimizer,
            "--lr",
            optimizer.equals("adam") ? "0.01" : "0.1",
            "--batch",
            "32"));
  }

  private static Trainer.Preview preview(Trainer t, Command.PreviewStep command) throws Exception {
    long seq = t.send(command);
    t.await(s -> s.commandsApplied() >= seq, WAIT);
    Trainer.Preview p = t.latestPreview();
    assertThat(p).isNotNull();
    assertThat(p.seq()).isEqualTo(seq);
    return p;
  }

  @ParameterizedTest
  @ValueSource(strings = {"sgd", "momentum", "adam"})
  void previewAfterWeightsAreWhatTheRealStepProduces(String optimizer) throws Exception {
    a = new Trainer(settings(optimizer));
    for (int k = 0; k < 4; k++) {
      a.send(new Command.StepBatch()); // optimizer state builds up
    }
    TrainingLoop.StepPreview batch =
        preview(a, new Command.PreviewStep(Command.PreviewStep.Scope.NEXT_BATCH, 0)).step();
    assertThat(batch.rows()).hasSize(32);
    Snapshot after = a.sendAndAwait(new Command.StepBatch(), WAIT);
    assertThat(batch.after().copyW()).isDeepEqualTo(after.network().copyW());
    assertThat(batch.after().copyB()).isDeepEqualTo(after.network().copyB());
    assertThat(a.latest().lastStep().W()).isDeepEqualTo(batch.before().copyW());

    TrainingLoop.StepPreview example =
        preview(a, new Command.PreviewStep(Command.PreviewStep.Scope.NEXT_EXAMPLE, 0)).step();
    Snapshot afterExample = a.sendAndAwait(new Command.StepExample(), WAIT);
    assertThat(example.after().copyW()).isDeepEqualTo(afterExample.network().copyW());
  }

  @Test
  void aPreviewOfOneRowUsesThatRow() throws Exception {
    a = new Trainer(settings("sgd"));
    TrainingLoop.StepPreview p =
        preview(a, new Command.PreviewStep(Command.PreviewStep.Scope.ROW, 17)).step();
    Snapshot s = a.latest();
    assertThat(p.rows()).containsExactly(17);
    assertThat(p.trace().samples().X()[0]).containsExactly(s.train().x(17, 0), s.train().x(17, 1));
    assertThat(p.trace().samples().y()[0]).isEqualTo(s.train().label(17));
  }

  @Test
  void aBadRowIsRejectedWithAMessage() throws Exception {
    a = new Trainer(settings("sgd"));
    Snapshot s =
        a.sendAndAwait(new Command.PreviewStep(Command.PreviewStep.Scope.ROW, 10_000), WAIT);
    assertThat(s.error()).contains("row");
    assertThat(a.latestPreview()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"momentum", "adam"})
  void previewsLeaveTheTrainerAsPauseAndResumeWould(String optimizer) throws Exception {
    a = new Trainer(settings(optimizer));
    b = new Trainer(settings(optimizer));
    for (Trainer t : new Trainer[] {a, b}) {
      for (int k = 0; k < 3; k++) {
        t.send(new Command.StepBatch());
      }
      t.send(new Command.Pause());
    }
    // a enters the step-through several times; b only pauses
    preview(a, new Command.PreviewStep(Command.PreviewStep.Scope.NEXT_BATCH, 0));
    preview(a, new Command.PreviewStep(Command.PreviewStep.Scope.NEXT_EXAMPLE, 0));
    preview(a, new Command.PreviewStep(Command.PreviewStep.Scope.ROW, 99));
    // 6 more steps cross the epoch boundary: the next epoch's order comes from the random stream,
    // and momentum/Adam's state decides the weights
    Snapshot sa = null;
    Snapshot sb = null;
    for (int k = 0; k < 6; k++) {
      sa = a.sendAndAwait(new Command.StepBatch(), WAIT);
      sb = b.sendAndAwait(new Command.StepBatch(), WAIT);
    }
    assertThat(sa.network().copyW()).isDeepEqualTo(sb.network().copyW());
    assertThat(sa.network().copyB()).isDeepEqualTo(sb.network().copyB());
    assertThat(sa.epoch()).isEqualTo(sb.epoch()).isEqualTo(1);
    assertThat(sa.examplesSeen()).isEqualTo(sb.examplesSeen());
    assertThat(sa.steps()).isEqualTo(sb.steps());
    assertThat(sa.running()).isEqualTo(sb.running()).isFalse();
    assertThat(sa.lastStep().samples().X()).isDeepEqualTo(sb.lastStep().samples().X());
  }

  @Test
  void aPreviewDuringPlayKeepsPlaying() throws Exception {
    a = new Trainer(settings("sgd"));
    a.send(new Command.Play());
    a.await(s -> s.epoch() >= 3, WAIT);
    preview(a, new Command.PreviewStep(Command.PreviewStep.Scope.NEXT_BATCH, 0));
    long epoch = a.latest().epoch();
    Snapshot s = a.await(x -> x.epoch() > epoch + 2, WAIT);
    assertThat(s.running()).isTrue();
  }
}
