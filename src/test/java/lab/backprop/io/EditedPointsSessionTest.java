package lab.backprop.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import lab.backprop.data.Dataset;
import lab.backprop.run.RunOptions;
import lab.backprop.train.Command;
import lab.backprop.train.RunState;
import lab.backprop.train.Trainer;
import lab.backprop.train.TrainerSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Points edited in the window ({@link Command.SetPoints}) are kept in a saved session. */
class EditedPointsSessionTest {
  @TempDir Path dir;

  @Test
  void editedPointsSurviveASavedSession() throws Exception {
    try (Trainer t =
        new Trainer(TrainerSettings.of(RunOptions.parse("--n", "30", "--seed", "2")))) {
      var before = t.sendAndAwait(new Command.StepEpoch(), Duration.ofSeconds(20));
      double[][] X = before.train().features();
      X[0] = new double[] {5.5, -7.25}; // a moved point
      Dataset moved = before.train().withFeatures(X);
      t.sendAndAwait(
          new Command.SetPoints(moved, before.test(), "moved point", false),
          Duration.ofSeconds(20));
      RunState state = t.capture().get(20, TimeUnit.SECONDS);
      Path file = dir.resolve("s.json");
      SessionJson.write(file, state);
      RunState read = SessionJson.read(file);
      assertThat(read.train().features()).isDeepEqualTo(X);
      assertThat(read.train().labels()).containsExactly(before.train().labels());
      assertThat(read.test().features()).isDeepEqualTo(before.test().features());
    }
  }
}
