package lab.backprop.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lab.backprop.nn.Network;
import lab.backprop.run.RunOptions;
import lab.backprop.run.RunSetup;
import lab.backprop.run.RunSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Command.Rewind}: the trainer keeps the ends of epochs, and training on from epoch k gives,
 * bit for bit, the weights of the run that was never interrupted; Ctrl+Z brings the later epochs
 * back.
 */
class TrainerRewindTest {
  private static final Duration WAIT = Duration.ofSeconds(60);

  private final List<Trainer> trainers = new ArrayList<>();

  @AfterEach
  void closeTrainers() {
    trainers.forEach(Trainer::close);
  }

  private Trainer start(RunSpec run) {
    Trainer t = new Trainer(TrainerSettings.of(run));
    trainers.add(t);
    return t;
  }

  private static Snapshot epochs(Trainer t, int n) throws Exception {
    for (int k = 1; k < n; k++) {
      t.send(new Command.StepEpoch());
    }
    return t.sendAndAwait(new Command.StepEpoch(), WAIT);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "--optimizer sgd --lr 0.3",
        "--optimizer sgd --lr 0.1 --batch 16",
        "--optimizer momentum --lr 0.05 --batch 16",
        "--optimizer nesterov --lr 0.05 --batch 7",
        "--optimizer adam --lr 0.01 --batch 32",
        "--optimizer adam --lr 0.02"
      })
  void resumingFromEpochKGivesTheUninterruptedRunBitForBit(String options) throws Exception {
    RunSpec run = RunOptions.parse((options + " --seed 5 --hidden 6,5").split(" "));
    int k = 7;
    int m = 9;
    // the reference: the same run trained for k + m epochs in one go, outside any trainer
    Network reference = FixedRun.fresh(RunSetup.of(run)).train(k + m, null).network();
    Network atK = FixedRun.fresh(RunSetup.of(run)).train(k, null).network();

    Trainer t = start(run);
    Snapshot later = epochs(t, k + 12);
    assertThat(later.rewind().indexOf(k)).isNotNegative();
    assertThat(later.rewind().get(later.rewind().indexOf(k)).network().copyW())
        .isDeepEqualTo(atK.copyW());

    Snapshot back = t.sendAndAwait(new Command.Rewind(k), WAIT);
    assertThat(back.error()).isNull();
    assertThat(back.epoch()).isEqualTo(k);
    assertThat(back.running()).isFalse();
    assertThat(back.network().copyW()).isDeepEqualTo(atK.copyW());
    assertThat(back.network().copyB()).isDeepEqualTo(atK.copyB());
    assertThat(back.notice()).contains("Resumed from epoch 7").contains("exactly");
    assertThat(back.undo()).isEqualTo("resume from epoch 7");
    assertThat(back.rewind().get(back.rewind().size() - 1).epoch()).isEqualTo(k);
    // the history stops at k: the later epochs' metrics are cut
    History h = back.history();
    for (int r = 0; r < h.size(); r++) {
      assertThat(h.epoch(r)).isLessThanOrEqualTo(k);
    }
    assertThat(h.epoch(h.size() - 1)).isEqualTo(k);

    Snapshot resumed = epochs(t, m);
    assertThat(resumed.epoch()).isEqualTo(k + m);
    assertThat(resumed.network().copyW()).isDeepEqualTo(reference.copyW());
    assertThat(resumed.network().copyB()).isDeepEqualTo(reference.copyB());

    Snapshot undone = t.sendAndAwait(new Command.Undo(), WAIT);
    assertThat(undone.epoch()).isEqualTo(later.epoch());
    assertThat(undone.network().copyW()).isDeepEqualTo(later.network().copyW());
    assertThat(undone.rewind().epochs()).isEqualTo(later.rewind().epochs());
  }

  @Test
  void playingAtAPaceRecordsTheEndOfEveryEpochAndResumesExactly() throws Exception {
    // mini-batches stepped one at a time, as the window's pace does: the epochs end inside steps
    RunSpec run =
        RunOptions.parse("--optimizer", "adam", "--lr", "0.01", "--batch", "50", "--seed", "2");
    Network reference = FixedRun.fresh(RunSetup.of(run)).train(6, null).network();
    Trainer t = start(run);
    for (int k = 0; k < 4 * 8; k++) { // 160 rows in batches of 50: 4 steps an epoch
      t.send(new Command.StepBatch());
    }
    Snapshot s = t.sendAndAwait(new Command.StepBatch(), WAIT);
    assertThat(s.epoch()).isEqualTo(8);
    assertThat(s.rewind().epochs()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
    t.send(new Command.Rewind(3));
    Snapshot resumed = epochs(t, 3);
    assertThat(resumed.network().copyW()).isDeepEqualTo(reference.copyW());
  }

  @Test
  void aNetworkTooLargeForTheOptimizerStateRestartsTheOptimizerAndSaysSo() throws Exception {
    // 2-512-512-2 with Adam: a point with both moments is 6.4 MB, fewer than 32 fit in 64 MiB
    RunSpec run =
        RunOptions.parse(
            "--hidden", "512,512", "--optimizer", "adam", "--lr", "0.001", "--seed", "1");
    Network atTwo = FixedRun.fresh(RunSetup.of(run)).train(2, null).network();
    Trainer t = start(run);
    Snapshot later = epochs(t, 4);
    assertThat(later.rewind().points()).allMatch(p -> !p.exact());
    Snapshot back = t.sendAndAwait(new Command.Rewind(2), WAIT);
    assertThat(back.network().copyW()).isDeepEqualTo(atTwo.copyW());
    assertThat(back.notice()).contains("Resumed from epoch 2").contains("adam").contains("afresh");
  }

  @Test
  void anEpochNotKeptIsRejectedAndChangesNothing() throws Exception {
    Trainer t = start(RunOptions.parse("--seed", "4"));
    Snapshot before = epochs(t, 3);
    Snapshot after = t.sendAndAwait(new Command.Rewind(99), WAIT);
    assertThat(after.error()).contains("epoch 99 is not kept");
    assertThat(after.epoch()).isEqualTo(3);
    assertThat(after.network().copyW()).isDeepEqualTo(before.network().copyW());
    assertThat(after.undo()).isNull();
  }

  @Test
  void aResetStartsANewStoreAndUndoBringsTheOldOneBack() throws Exception {
    Trainer t = start(RunOptions.parse("--seed", "4"));
    Snapshot trained = epochs(t, 5);
    Snapshot reset = t.sendAndAwait(new Command.Reset(false), WAIT);
    assertThat(reset.rewind().epochs()).containsExactly(0);
    Snapshot undone = t.sendAndAwait(new Command.Undo(), WAIT);
    assertThat(undone.rewind().epochs()).isEqualTo(trained.rewind().epochs());
  }
}
