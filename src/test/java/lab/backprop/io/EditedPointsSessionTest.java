package lab.backprop.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import lab.backprop.data.ClassNames;
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

  @Test
  void namedClassesOfPointsInTheFileSurviveASavedSession() throws Exception {
    try (Trainer t =
        new Trainer(TrainerSettings.of(RunOptions.parse("--n", "30", "--seed", "2")))) {
      var before = t.sendAndAwait(new Command.StepEpoch(), Duration.ofSeconds(20));
      ClassNames names = ClassNames.of(java.util.List.of("cat", "dog"));
      t.sendAndAwait(
          new Command.SetPoints(
              before.train().withClassNames(names),
              before.test().withClassNames(names),
              "named",
              false),
          Duration.ofSeconds(20));
      RunState state = t.capture().get(20, TimeUnit.SECONDS);
      Path file = dir.resolve("s.json");
      SessionJson.write(file, state);
      assertThat(java.nio.file.Files.readString(file)).contains("\"class_names\"");
      RunState read = SessionJson.read(file);
      assertThat(read.train().classNames().names()).containsExactly("cat", "dog");
      assertThat(read.test().classNames().names()).containsExactly("cat", "dog");
    }
  }

  @Test
  void numberedClassesAreNotWrittenAndTheDefaultIsClassOneAndTwo() throws Exception {
    try (Trainer t =
        new Trainer(TrainerSettings.of(RunOptions.parse("--n", "30", "--seed", "2")))) {
      var before = t.sendAndAwait(new Command.StepEpoch(), Duration.ofSeconds(20));
      double[][] X = before.train().features();
      X[0] = new double[] {1.5, 2.5};
      t.sendAndAwait(
          new Command.SetPoints(before.train().withFeatures(X), before.test(), "moved", false),
          Duration.ofSeconds(20));
      Path file = dir.resolve("s.json");
      SessionJson.write(file, t.capture().get(20, TimeUnit.SECONDS));
      assertThat(java.nio.file.Files.readString(file)).doesNotContain("class_names");
      assertThat(SessionJson.read(file).train().classNames().names())
          .containsExactly("class 1", "class 2");
    }
  }
}
