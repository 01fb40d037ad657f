package lab.backprop.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import lab.backprop.run.RunOptions;
import lab.backprop.run.RunSpec;
import lab.backprop.train.Command;
import lab.backprop.train.CurveBreak;
import lab.backprop.train.History;
import lab.backprop.train.Trainer;
import lab.backprop.train.TrainerSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The breaks in a run's curves (a new data set here) survive a session file. */
class SessionCurveBreakTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path dir;

  @Test
  void aNewDataBreakIsSavedAndReadBackAtItsRow() throws Exception {
    RunSpec run = RunOptions.parse("--seed", "3", "--n", "120", "--hidden", "4");
    try (Trainer t = new Trainer(TrainerSettings.of(run))) {
      for (int e = 0; e < 3; e++) {
        t.sendAndAwait(new Command.StepEpoch(), WAIT);
      }
      t.sendAndAwait(new Command.SetData(run.data(), 11, 11), WAIT);
      t.sendAndAwait(new Command.StepEpoch(), WAIT);
      Path file = dir.resolve("break.session.json");
      SessionJson.write(file, t.capture().get());

      History read = SessionJson.read(file).historyBuffer().view();
      int breaks = 0;
      for (int k = 0; k < read.size(); k++) {
        if (read.curveBreak(k) != null) {
          breaks++;
          assertThat(read.curveBreak(k)).isEqualTo(CurveBreak.NEW_DATA);
          assertThat(read.epoch(k)).isEqualTo(3.0); // the data changed after epoch 3
        }
      }
      assertThat(breaks).isEqualTo(1);
      assertThat(read.isGap(read.size() - 1)).isFalse();
    }
  }
}
