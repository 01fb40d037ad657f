package lab.backprop.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lab.backprop.data.Dataset;
import lab.backprop.nn.FrozenNetwork;
import lab.backprop.nn.Predictor;
import lab.backprop.run.RunOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link Command.SetPoints}: training goes on on edited points; the predictions of every row. */
class TrainerPointsTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final List<Trainer> trainers = new ArrayList<>();

  @AfterEach
  void close() {
    trainers.forEach(Trainer::close);
  }

  private Trainer start(String... options) {
    Trainer t = new Trainer(TrainerSettings.of(RunOptions.parse(options)));
    trainers.add(t);
    return t;
  }

  static final Dataset FOUR =
      Dataset.classification(
          "four", new double[][] {{-1, -1}, {1, 1}, {-1, 1}, {1, -1}}, new int[] {0, 1, 0, 1}, 2);

  static Command addedPoint() {
    return new Command.SetPoints(FOUR, FOUR.subset(new int[0]), "added point", false);
  }

  @Test
  void theNetworkKeepsTrainingOnEditedPointsThatFitIt() throws Exception {
    Trainer t = start("--seed", "1");
    t.send(new Command.StepEpoch());
    Snapshot before = t.sendAndAwait(new Command.StepEpoch(), WAIT);
    Snapshot edited = t.sendAndAwait(addedPoint(), WAIT);
    assertThat(edited.error()).isNull();
    assertThat(edited.train().features()).isDeepEqualTo(FOUR.features());
    assertThat(edited.test().size()).isZero();
    // the same weights, the same epoch count: training goes on
    assertThat(edited.network().copyW()).isDeepEqualTo(before.network().copyW());
    assertThat(edited.epoch()).isEqualTo(2);
    assertThat(edited.undo()).isEqualTo("added point");
    Snapshot trained = t.sendAndAwait(new Command.StepEpoch(), WAIT);
    assertThat(trained.epoch()).isEqualTo(3);
    assertThat(trained.examplesSeen()).isEqualTo(before.examplesSeen() + 4);
  }

  @Test
  void aDragContinuesTheUndoStepOfTheEditItBelongsTo() throws Exception {
    Trainer t = start("--seed", "1");
    Snapshot before = t.sendAndAwait(new Command.StepEpoch(), WAIT);
    Dataset empty = FOUR.subset(new int[0]);
    t.send(new Command.SetPoints(FOUR, empty, "moved point", false));
    for (double x = 0; x < 1; x += 0.25) {
      Dataset moved =
          Dataset.classification(
              "four",
              new double[][] {{-1, -1}, {1, 1}, {-1, 1}, {x, -1}},
              new int[] {0, 1, 0, 1},
              2);
      t.send(new Command.SetPoints(moved, empty, "moved point", true));
    }
    Snapshot undone = t.sendAndAwait(new Command.Undo(), WAIT);
    assertThat(undone.notice()).isEqualTo("Undid moved point: back to epoch 1");
    assertThat(undone.train().features()).isDeepEqualTo(before.train().features());
    assertThat(undone.undo()).isNull();
  }

  @Test
  void pointsWithMoreInputsResetTheNetworkAndSaySo() throws Exception {
    Trainer t = start("--seed", "1");
    double[][] X = {{0, 0, 0, 1}, {1, 0, 0, 0}, {0, 1, 1, 0}};
    Dataset three = Dataset.classification("three", X, new int[] {0, 1, 2}, 3);
    Snapshot s =
        t.sendAndAwait(
            new Command.SetPoints(three, three.subset(new int[0]), "import", false), WAIT);
    assertThat(s.network().layerSizes()).containsExactly(4, 8, 3);
    assertThat(s.notice())
        .isEqualTo(
            "Data set changed to three (3 classes): the output is softmax_ce and the network was reset");
  }

  @Test
  void predictionsAreTheArgmaxOfEachRowAndGiveTheAccuracy() throws Exception {
    Trainer t = start("--dataset", "blobs", "--classes", "3", "--n", "90", "--seed", "2");
    t.send(new Command.StepEpoch());
    Snapshot s = t.sendAndAwait(new Command.StepEpoch(), WAIT);
    Predictions p = s.predictions();
    assertThat(p.classes()).isEqualTo(3);
    assertThat(p.train().size()).isEqualTo(s.train().size());
    assertThat(p.test().size()).isEqualTo(s.test().size());
    // a second computation: one forward pass per row and the largest probability
    FrozenNetwork net = s.network();
    Predictor predictor = new Predictor();
    int right = 0;
    for (int r = 0; r < s.train().size(); r++) {
      double[] out = new double[3];
      predictor.predict(net, s.train().features()[r], 1, out);
      int best = out[0] >= out[1] && out[0] >= out[2] ? 0 : out[1] >= out[2] ? 1 : 2;
      assertThat(p.train().classes()[r]).as("row %d", r).isEqualTo(best);
      assertThat(p.train().confidence()[r]).isEqualTo(out[best]);
      right += best == s.train().label(r) ? 1 : 0;
    }
    assertThat(s.trainAccuracy()).isEqualTo((double) right / s.train().size());
    ConfusionMatrix m = ConfusionMatrix.of(s.train().labels(), p.train().classes(), 3);
    assertThat(m.accuracy()).isEqualTo(s.trainAccuracy());
  }

  @Test
  void regressionHasNoPredictions() throws Exception {
    Trainer t = start("--dataset", "regression");
    assertThat(t.sendAndAwait(new Command.StepEpoch(), WAIT).predictions()).isNull();
  }
}
