package lab.backprop.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import lab.backprop.nn.Activation;
import lab.backprop.nn.Network;
import lab.backprop.nn.OptimizerSettings;
import lab.backprop.nn.TrainingLoop;
import lab.backprop.run.RunOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each settings command reaches both the run spec and the engine: the trainer's next step is the
 * step of a separate {@link TrainingLoop} given the same settings; bad indices are refused with the
 * valid range (worked out from the 2-8-2 network on 160 training rows).
 */
class TrainerCommandsTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private final Trainer t = new Trainer(TrainerSettings.of(RunOptions.parse("--batch", "16")));

  @AfterEach
  void close() {
    t.close();
  }

  @Test
  void optimizerLearningRateAndBatchSizeReachTheNextSteps() throws Exception {
    Snapshot before = t.latest();
    OptimizerSettings adam = OptimizerSettings.of("adam", 0.02);
    Snapshot s = t.sendAndAwait(new Command.SetOptimizer(adam), WAIT);
    assertThat(s.settings().run().optimizer()).isEqualTo(adam);
    s = t.sendAndAwait(new Command.SetBatchSize(10), WAIT);
    assertThat(s.settings().run().training().batch()).isEqualTo(10);

    Network reference = before.network().toNetwork();
    TrainingLoop loop =
        new TrainingLoop(
            reference,
            TrainingSession.samples(before.train()),
            adam,
            10,
            before.settings().run().seeds().order());
    loop.stepBatch();
    Snapshot stepped = t.sendAndAwait(new Command.StepBatch(), WAIT);
    assertThat(stepped.examplesSeen()).isEqualTo(10);
    assertThat(stepped.network().copyW()).isDeepEqualTo(reference.copyW());
    assertThat(stepped.network().copyB()).isDeepEqualTo(reference.copyB());

    s = t.sendAndAwait(new Command.SetLearningRate(0.005), WAIT);
    assertThat(s.settings().run().optimizer().lr()).isEqualTo(0.005);
    loop.setOptimizer(adam.withLr(0.005));
    loop.stepBatch();
    stepped = t.sendAndAwait(new Command.StepBatch(), WAIT);
    assertThat(stepped.network().copyW()).isDeepEqualTo(reference.copyW());
    assertThat(stepped.network().copyB()).isDeepEqualTo(reference.copyB());
  }

  @Test
  void l2AndInitSeedReachTheNetwork() throws Exception {
    Snapshot before = t.latest();
    Snapshot s = t.sendAndAwait(new Command.SetL2(0.01), WAIT);
    assertThat(s.network().l2Lambda()).isEqualTo(0.01);
    assertThat(s.settings().run().network().l2()).isEqualTo(0.01);

    t.sendAndAwait(new Command.StepEpoch(), WAIT);
    s = t.sendAndAwait(new Command.SetInitSeed(5), WAIT);
    assertThat(s.notice()).isEqualTo("Initialiser seed set to 5: the network was re-initialised");
    assertThat(s.settings().run().seeds().init()).isEqualTo(5);
    assertThat(s.epoch()).isZero();
    assertThat(s.network().copyW()).isNotEqualTo(before.network().copyW());
  }

  @Test
  void indicesOutsideTheNetworkOrTheDataAreRefusedNamingTheRange() throws Exception {
    assertRefused(new Command.SetWeight(0, 8, 0, 1), "j must be 0 to 7, got 8");
    assertRefused(new Command.SetWeight(0, 0, 2, 1), "i must be 0 to 1, got 2");
    assertRefused(new Command.SetWeight(2, 0, 0, 1), "layer must be 0 to 1, got 2");
    assertRefused(new Command.SetBias(1, 2, 1), "j must be 0 to 1, got 2");
    assertRefused(new Command.SetBias(2, 0, 1), "layer must be 0 to 1, got 2");
    assertRefused(new Command.SetLayerActivation(1, Activation.RELU), "hidden must be 0 to 0");
    assertRefused(
        new Command.PreviewStep(Command.PreviewStep.Scope.ROW, 160), "row must be 0 to 159");

    Snapshot ok = t.sendAndAwait(new Command.SetBias(1, 1, 0.25), WAIT);
    assertThat(ok.network().b(1, 1)).isEqualTo(0.25);
    ok = t.sendAndAwait(new Command.SetWeight(0, 7, 1, -0.5), WAIT);
    assertThat(ok.network().w(0, 7, 1)).isEqualTo(-0.5);
    t.sendAndAwait(new Command.Play(), WAIT); // clears the error
    ok = t.sendAndAwait(new Command.PreviewStep(Command.PreviewStep.Scope.ROW, 159), WAIT);
    assertThat(ok.error()).isNull();
  }

  private void assertRefused(Command command, String message) throws Exception {
    Snapshot s = t.sendAndAwait(command, WAIT);
    assertThat(s.error()).as(command.toString()).contains(message);
  }
}
