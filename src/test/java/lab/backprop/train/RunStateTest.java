package lab.backprop.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import lab.backprop.data.Dataset;
import lab.backprop.nn.TrainingLoop;
import lab.backprop.run.RunOptions;
import lab.backprop.run.RunSetup;
import lab.backprop.run.RunSpec;
import org.junit.jupiter.api.Test;

/** A run's state refuses parts that do not fit each other, as a damaged session file would give. */
class RunStateTest {

  // 100 moons split 80:20: 80 training rows and 20 test rows of two features
  private static final RunSpec RUN = RunOptions.parse("--n", "100", "--hidden", "3");

  private static RunState startOf(RunSpec spec) throws Exception {
    RunSetup setup = RunSetup.of(spec);
    return RunState.start(spec, setup.trainSet(), setup.testSet(), setup.freshNetwork());
  }

  /** {@code s} with other rows and loop state, its other parts kept. */
  private static RunState with(
      RunState s, Dataset train, Dataset test, TrainingLoop.State loop, long examplesIntoEpoch) {
    return new RunState(
        s.run(),
        train,
        test,
        s.network(),
        loop,
        s.epoch(),
        examplesIntoEpoch,
        s.examplesSeen(),
        s.steps(),
        s.history(),
        s.recentLosses(),
        s.growRandom());
  }

  /** The same rows with a third feature, 0 everywhere. */
  private static Dataset threeFeatures(Dataset d) {
    double[][] x = new double[d.size()][];
    for (int i = 0; i < d.size(); i++) {
      x[i] = new double[] {d.x(i, 0), d.x(i, 1), 0};
    }
    return d.withFeatures(x);
  }

  @Test
  void theStartFitsAndItsCountersAreZero() throws Exception {
    RunState s = startOf(RUN);
    assertThat(new long[] {s.epoch(), s.examplesIntoEpoch(), s.examplesSeen(), s.steps()})
        .containsOnly(0);
    assertThat(s.train().size()).isEqualTo(80);
    assertThat(s.test().size()).isEqualTo(20);
    assertThat(s.network().layerSizes()).containsExactly(2, 3, 2);
    assertThat(with(s, s.train(), s.test(), s.loop(), 79).examplesIntoEpoch()).isEqualTo(79);
  }

  @Test
  void trainingRowsWithAnotherNumberOfFeaturesAreRefused() throws Exception {
    RunState s = startOf(RUN);
    assertThatThrownBy(() -> with(s, threeFeatures(s.train()), s.test(), s.loop(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the network takes 2 inputs, the data has 3 features");
  }

  @Test
  void testRowsWithAnotherNumberOfFeaturesAreRefused() throws Exception {
    RunState s = startOf(RUN);
    assertThatThrownBy(() -> with(s, s.train(), threeFeatures(s.test()), s.loop(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the network takes 2 inputs, the data has 3 features");
  }

  @Test
  void anOrderOfExamplesForAnotherNumberOfRowsIsRefused() throws Exception {
    RunState s = startOf(RUN);
    // 120 moons leave 96 training rows: that loop's order has 96 entries, not 80
    TrainingLoop.State other = startOf(RunOptions.parse("--n", "120", "--hidden", "3")).loop();
    assertThatThrownBy(() -> with(s, s.train(), s.test(), other, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("order has 96 entries, the training data has 80 rows");
  }

  @Test
  void anOptimizerStateOfAnotherOptimizerIsRefused() throws Exception {
    RunState s = startOf(RUN);
    RunSpec adam = RunOptions.parse("--n", "100", "--hidden", "3", "--optimizer", "adam");
    TrainingLoop.State adamLoop = startOf(adam).loop();
    assertThat(s.run().optimizer().kind()).isNotEqualTo(adam.optimizer().kind());
    // Adam keeps two moments (m and v); sgd, the default, keeps none
    assertThatThrownBy(() -> with(s, s.train(), s.test(), adamLoop, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith(", the state has 2 moments");
  }

  @Test
  void examplesIntoTheEpochStopOneShortOfTheTrainingRows() throws Exception {
    RunState s = startOf(RUN);
    assertThatThrownBy(() -> with(s, s.train(), s.test(), s.loop(), 80))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("examples_into_epoch is 80, expected 0 … 79 (the training rows)");
    assertThatThrownBy(() -> with(s, s.train(), s.test(), s.loop(), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("examples_into_epoch is -1");
  }
}
