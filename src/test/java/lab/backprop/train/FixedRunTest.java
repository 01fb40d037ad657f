package lab.backprop.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import lab.backprop.nn.Network;
import lab.backprop.nn.TrainingLoop;
import lab.backprop.run.RunOptions;
import lab.backprop.run.RunSetup;
import lab.backprop.run.RunSpec;
import org.junit.jupiter.api.Test;

/** A run of a fixed number of epochs, as {@code train} and a sweep's runs do it. */
class FixedRunTest {
  /** 100 moons, 80 training rows, 20 test rows. */
  private static final RunSpec SPLIT = RunOptions.parse("--n", "100", "--hidden", "6");

  /** The same points, all of them training rows. */
  private static final RunSpec ALL_TRAIN =
      RunOptions.parse("--n", "100", "--hidden", "6", "--ratio", "1");

  private static final int EPOCHS = 40;

  /** Accuracy after each epoch (index epoch - 1), measured by a listener on its own evaluator. */
  private static double[] accuracies(RunSetup setup, Evaluator eval) throws Exception {
    double[] acc = new double[EPOCHS];
    FixedRun.fresh(setup).train(EPOCHS, (epoch, net) -> acc[(int) epoch - 1] = eval.accuracy(net));
    return acc;
  }

  /** The first epoch whose accuracy is at least {@code target}; -1 when none. */
  private static long firstReaching(double[] acc, double target) {
    for (int k = 0; k < acc.length; k++) {
      if (acc[k] >= target) {
        return k + 1;
      }
    }
    return -1;
  }

  @Test
  void theTargetIsTheFirstEpochWhoseTestAccuracyMeetsIt() throws Exception {
    RunSetup setup = RunSetup.of(SPLIT);
    double[] test = accuracies(setup, new Evaluator(setup.test()));
    double[] train = accuracies(setup, new Evaluator(setup.train()));
    // a target met exactly (not exceeded) at its first epoch, reached at another epoch on the
    // training rows: only the test rows' accuracy, compared with >=, gives that epoch
    double target = Double.NaN;
    for (double a : test) {
      if (firstReaching(test, a) != firstReaching(train, a) && firstReaching(test, a) > 1) {
        target = a;
        break;
      }
    }
    assertThat(target).as("a target that tells test from train rows").isNotNaN();
    long expected = firstReaching(test, target);

    FixedRun.Result r = FixedRun.fresh(setup).train(EPOCHS, target, null);
    assertThat(r.epochsToTarget()).isEqualTo(expected);
    assertThat(test[(int) expected - 1]).isEqualTo(target);
    assertThat(r.epochs()).isEqualTo(EPOCHS);
    assertThat(r.diverged()).isFalse();
    // measuring the accuracy does not change the training
    Network plain = FixedRun.fresh(setup).train(EPOCHS, null).network();
    NetworkBits.assertSameBits(r.network().freeze(), plain.freeze());
  }

  @Test
  void withoutTestRowsTheTargetIsMetOnTheTrainingRows() throws Exception {
    RunSetup setup = RunSetup.of(ALL_TRAIN);
    assertThat(setup.test()).isNull();
    double[] train = accuracies(setup, new Evaluator(setup.train()));
    double best = train[0];
    for (double a : train) {
      best = Math.max(best, a);
    }
    FixedRun.Result r = FixedRun.fresh(setup).train(EPOCHS, best, null);
    assertThat(r.epochsToTarget()).isEqualTo(firstReaching(train, best));
    assertThat(r.test()).isNull();
    // above every accuracy seen: not reached; no target: not measured
    assertThat(FixedRun.fresh(setup).train(EPOCHS, best + 1e-9, null).epochsToTarget())
        .isEqualTo(-1);
    assertThat(FixedRun.fresh(setup).train(EPOCHS, null).epochsToTarget()).isEqualTo(-1);
  }

  @Test
  void theMetricsAreThoseOfTheFinalNetwork() throws Exception {
    RunSetup setup = RunSetup.of(SPLIT);
    FixedRun.Result r = FixedRun.fresh(setup).train(EPOCHS, null);
    Evaluator train = new Evaluator(setup.train());
    Evaluator test = new Evaluator(setup.test());
    assertThat(r.train())
        .isEqualTo(
            new FixedRun.Metrics(
                train.totalLoss(r.network()),
                train.loss(r.network()),
                train.accuracy(r.network())));
    assertThat(r.test())
        .isEqualTo(
            new FixedRun.Metrics(
                test.totalLoss(r.network()), test.loss(r.network()), test.accuracy(r.network())));
    assertThat(r.divergence()).isNull();
  }

  @Test
  void goingOnFromASavedEpochGivesTheRunInOneGoBitForBit() throws Exception {
    RunSetup setup = RunSetup.of(SPLIT);
    Network net = setup.freshNetwork();
    TrainingLoop loop = setup.loop(net);
    Evaluator trainEval = new Evaluator(setup.train());
    Evaluator testEval = new Evaluator(setup.test());
    DivergenceWatch watch = new DivergenceWatch(setup, net);
    FixedRun first = new FixedRun(net, loop, trainEval, testEval, watch, 0);
    assertThat(first.train(15, null).epochs()).isEqualTo(15);

    FixedRun later = new FixedRun(net, loop, trainEval, testEval, watch, 15);
    assertThat(later.trainEvaluator()).isSameAs(trainEval);
    assertThat(later.testEvaluator()).isSameAs(testEval);
    assertThat(later.watch()).isSameAs(watch);
    List<Long> seen = new ArrayList<>();
    FixedRun.Result r = later.train(10, (epoch, n) -> seen.add(epoch));
    assertThat(seen).containsExactly(16L, 17L, 18L, 19L, 20L, 21L, 22L, 23L, 24L, 25L);
    assertThat(r.epochs()).isEqualTo(25);

    Network inOneGo = FixedRun.fresh(setup).train(25, null).network();
    NetworkBits.assertSameBits(r.network().freeze(), inOneGo.freeze());
  }

  @Test
  void aRunWithoutTestRowsHasNoTestEvaluator() throws Exception {
    FixedRun run = FixedRun.fresh(RunSetup.of(ALL_TRAIN));
    assertThat(run.testEvaluator()).isNull();
    assertThat(run.trainEvaluator()).isNotNull();
    assertThat(run.watch().message()).isNull();
  }

  @Test
  void anInterruptedRunStopsAfterItsEpoch() throws Exception {
    FixedRun run = FixedRun.fresh(RunSetup.of(SPLIT));
    List<Long> seen = new ArrayList<>();
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> run.train(EPOCHS, (epoch, n) -> seen.add(epoch)))
          .isInstanceOf(CancellationException.class)
          .hasMessage("cancelled at epoch 1");
      assertThat(seen).containsExactly(1L);
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void aDivergingRunEndsAtTheEpochItDiverged() throws Exception {
    RunSetup setup = RunSetup.of(RunOptions.parse("--n", "100", "--hidden", "6", "--lr", "1e6"));
    List<Long> seen = new ArrayList<>();
    FixedRun.Result r = FixedRun.fresh(setup).train(EPOCHS, 0.5, (epoch, n) -> seen.add(epoch));
    assertThat(r.diverged()).isTrue();
    assertThat(r.train()).isNull();
    assertThat(r.test()).isNull();
    assertThat(r.epochsToTarget()).isEqualTo(-1);
    // the listener heard every epoch before the one that diverged, and not that one
    assertThat(r.epochs()).isBetween(1L, (long) EPOCHS - 1);
    assertThat(seen).hasSize((int) r.epochs() - 1);
    assertThat(r.divergence()).startsWith("training diverged at epoch " + r.epochs() + ": ");
  }
}
