package lab.backprop.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lab.backprop.nn.Activation;
import lab.backprop.nn.FrozenNetwork;
import lab.backprop.run.RunOptions;
import org.junit.jupiter.api.Test;

/**
 * What the session goes back to when a step fails or the run diverges, called directly (no thread):
 * the expected weights are copies the test took itself at the moment they should be kept.
 */
class TrainingSessionRecoveryTest {
  private static TrainingSession session(String... options) {
    return new TrainingSession(TrainerSettings.of(RunOptions.parse(options)));
  }

  /** The training loss of the session's network, measured by the test's own evaluator. */
  private static double loss(TrainingSession s) {
    return new Evaluator(TrainingSession.samples(s.train())).loss(s.network());
  }

  /** Steps whole epochs at an absurd learning rate until the session diverges. */
  private static void divergeNow(TrainingSession s) {
    s.apply(new Command.SetLearningRate(1e300));
    for (int k = 0; k < 40 && s.diverged == null; k++) {
      s.apply(new Command.StepEpoch());
    }
    assertThat(s.diverged).as("diverged within 40 epochs").isNotNull();
    assertThat(s.running).isFalse();
  }

  @Test
  void aFailedStepGoesBackToTheWeightsBeforeIt() {
    for (Command step :
        List.of(new Command.StepExample(), new Command.StepBatch(), new Command.StepEpoch())) {
      TrainingSession s = session("--batch", "16");
      s.apply(new Command.StepEpoch());
      FrozenNetwork before = s.network().freeze();
      s.apply(step);
      assertThat(s.network().copyW()[0]).as("%s trained", step).isNotEqualTo(before.copyW()[0]);
      s.restoreAfterFailure();
      NetworkBits.assertSameBits(s.network().freeze(), before);
    }
  }

  @Test
  void aFailureThatLeftTheWeightsNotFiniteStartsAfresh() {
    TrainingSession s = session();
    FrozenNetwork fresh = s.network().freeze();
    s.apply(new Command.StepEpoch());
    s.network().setW(0, 0, 0, Double.NaN); // as if the step had written NaN and then failed
    s.apply(new Command.Reset(false)); // the backup is gone with the reset
    s.network().setW(0, 0, 0, Double.NaN);
    s.restoreAfterFailure();
    NetworkBits.assertSameBits(s.network().freeze(), fresh);
  }

  @Test
  void aDivergenceGoesBackToTheWeightsOfTheLowestLossMeasured() {
    TrainingSession s = session();
    s.evaluate();
    FrozenNetwork bestWeights = s.network().freeze();
    double bestLoss = loss(s);
    long bestEpoch = 0;
    for (int e = 1; e <= 4; e++) {
      s.apply(new Command.StepEpoch());
      s.evaluate();
      if (loss(s) < bestLoss) {
        bestLoss = loss(s);
        bestWeights = s.network().freeze();
        bestEpoch = e;
      }
    }
    assertThat(bestEpoch).as("the loss fell").isPositive();
    divergeNow(s);
    NetworkBits.assertSameBits(s.network().freeze(), bestWeights);
    assertThat(s.diverged)
        .contains("back to the weights of epoch " + bestEpoch)
        .contains(String.format(java.util.Locale.ROOT, "(loss %.4g)", bestLoss));
    // the losses of the diverging epochs are forgotten: the next measurement starts the window
    RunState state = s.capture();
    assertThat(state.recentLosses()).containsExactly(loss(s));
    assertThat(s.history.view().isGap(s.history.view().size() - 2)).isTrue();
  }

  @Test
  void aChangeByTheUserIsWhatADivergenceGoesBackTo() {
    List<Command> changes =
        List.of(
            new Command.SetWeight(0, 1, 0, 0.75),
            new Command.SetBias(1, 0, -0.5),
            new Command.SetActivation(Activation.RELU),
            new Command.SetLayerActivation(0, Activation.SIGMOID),
            new Command.SetL2(0.01));
    for (Command change : changes) {
      TrainingSession s = session();
      for (int e = 0; e < 3; e++) {
        s.apply(new Command.StepEpoch());
        s.evaluate();
      }
      s.apply(change);
      // the trainer measures again what is stale before it publishes
      assertThat(s.metricsStale).as("%s: metrics stale", change).isTrue();
      FrozenNetwork changed = s.network().freeze();
      divergeNow(s);
      NetworkBits.assertSameBits(s.network().freeze(), changed);
      // its loss was never measured: the message names no loss
      assertThat(s.diverged).as("%s", change).contains("back to the weights of epoch 3 —");
    }
  }

  @Test
  void changingTheParametersDropsTheRecordedStep() {
    TrainingSession s = session("--batch", "16");
    s.stepBatch(true);
    assertThat(s.lastStep).isNotNull();
    s.apply(new Command.SetWeight(0, 0, 0, 0.25));
    assertThat(s.lastStep).as("a step recorded with other weights").isNull();
    s.stepBatch(true);
    s.apply(new Command.SetActivation(Activation.RELU));
    assertThat(s.lastStep).isNull();
    s.stepBatch(true);
    s.apply(new Command.SetLayerActivation(0, Activation.TANH));
    assertThat(s.lastStep).isNull();
    s.stepBatch(true);
    s.apply(new Command.SetBias(0, 0, 0.25));
    assertThat(s.lastStep).isNull();
  }

  @Test
  void aResetStartsTheHistoryAgain() {
    TrainingSession s = session();
    s.evaluate();
    FrozenNetwork fresh = s.network().freeze();
    for (int e = 0; e < 3; e++) {
      s.apply(new Command.StepEpoch());
      s.evaluate();
    }
    assertThat(s.history.view().size()).isEqualTo(4);
    s.apply(new Command.Reset(false));
    s.evaluate();
    History h = s.history.view();
    assertThat(h.epochs()).containsExactly(0);
    assertThat(h.trainLoss(0)).isEqualTo(loss(s));
    NetworkBits.assertSameBits(s.network().freeze(), fresh);
  }

  @Test
  void anOpenedSessionKeepsItsDivergenceWindowAndForgetsTheOldRunsEpochs() {
    TrainingSession first = session();
    first.apply(new Command.StepEpoch());
    first.evaluate();
    RunState atOne = first.capture();
    assertThat(atOne.recentLosses()).hasSizeGreaterThan(0);

    TrainingSession s = session();
    for (int e = 0; e < 3; e++) {
      s.apply(new Command.StepEpoch());
    }
    assertThat(s.rewind.at(3)).isNotNull();
    s.apply(new Command.Restore(atOne, "saved.json"));
    assertThat(s.epoch).isEqualTo(1);
    assertThat(s.rewind.at(3)).as("an epoch of the run that was replaced").isNull();
    assertThat(s.capture().recentLosses()).containsExactly(atOne.recentLosses());
  }
}
