package lab.backprop.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import lab.backprop.data.BuiltInData;
import lab.backprop.data.Dataset;
import org.junit.jupiter.api.Test;

class RunSetupTest {

  @Test
  void realDataIsStandardisedOnTheTrainingRowsOnly() throws IOException {
    RunSetup setup = RunSetup.of(RunOptions.parse("--dataset", "iris", "--seed", "3"));
    Dataset.Split raw = BuiltInData.load("iris").split(0.8, 3);
    int n = raw.train().size();
    assertThat(setup.trainSet().size()).isEqualTo(n);
    for (int k = 0; k < 4; k++) {
      double mean = 0;
      for (int r = 0; r < n; r++) {
        mean += raw.train().x(r, k);
      }
      mean /= n;
      double variance = 0;
      for (int r = 0; r < n; r++) {
        variance += (raw.train().x(r, k) - mean) * (raw.train().x(r, k) - mean);
      }
      double sd = Math.sqrt(variance / n);
      for (int r = 0; r < raw.test().size(); r++) {
        assertThat(setup.testSet().x(r, k))
            .isCloseTo((raw.test().x(r, k) - mean) / sd, within(1e-12));
      }
      double trainMean = 0;
      for (int r = 0; r < n; r++) {
        trainMean += setup.trainSet().x(r, k);
      }
      assertThat(trainMean / n).isCloseTo(0, within(1e-12));
    }
    assertThat(setup.testSet().labels()).containsExactly(raw.test().labels());
  }

  @Test
  void theOptionKeepsRealDataAndGeneratedPointsAreNeverStandardised() throws IOException {
    RunSetup kept =
        RunSetup.of(RunOptions.parse("--dataset", "iris", "--seed", "3", "--no-standardize"));
    assertThat(kept.trainSet()).isEqualTo(BuiltInData.load("iris").split(0.8, 3).train());

    RunSetup moons = RunSetup.of(RunOptions.parse("--dataset", "moons"));
    assertThat(moons.all()).isEqualTo(RunSetup.load(RunSpec.DEFAULT));
  }
}
