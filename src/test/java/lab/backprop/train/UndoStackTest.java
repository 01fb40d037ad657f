package lab.backprop.train;

import static org.assertj.core.api.Assertions.assertThat;

import lab.backprop.data.Dataset;
import lab.backprop.nn.Activation;
import lab.backprop.nn.Network;
import lab.backprop.nn.OptimizerKind;
import lab.backprop.nn.OptimizerSettings;
import lab.backprop.nn.OutputKind;
import lab.backprop.nn.Samples;
import lab.backprop.nn.TrainingLoop;
import lab.backprop.run.RunOptions;
import org.junit.jupiter.api.Test;

/** The undo stack's two bounds, with the bytes of each checkpoint worked out by hand. */
class UndoStackTest {
  /**
   * A checkpoint of a 2-3-2 network ((2 + 1)·3 + (3 + 1)·2 = 17 parameters), 10 training and 5 test
   * rows of 2 inputs, a history of 4 points and a kept epoch declared to hold 1,000 bytes: 8·(4·17
   * + (10 + 5)·(2 + 2)) + 4·10 + 8·6·4 + 1,000 = 1,024 + 40 + 192 + 1,000 = 2,256 bytes.
   */
  private static final long BYTES = 2_256;

  private static Dataset rows(int n) {
    double[][] X = new double[n][];
    int[] y = new int[n];
    for (int k = 0; k < n; k++) {
      X[k] = new double[] {k, -k};
      y[k] = k % 2;
    }
    return Dataset.classification("rows", X, y, 2);
  }

  private static Checkpoint checkpoint(String label) {
    Network net =
        Network.initialized(
            new int[] {2, 3, 2}, new Activation[] {Activation.TANH}, OutputKind.SOFTMAX_CE, 0, 1);
    Dataset train = rows(10);
    TrainingLoop loop =
        new TrainingLoop(
            net,
            new Samples(train.features(), train.labels(), null),
            OptimizerSettings.of(OptimizerKind.SGD, 0.1),
            0,
            1);
    ParameterBackup best = new ParameterBackup();
    best.save(net);
    RewindStore rewind = new RewindStore();
    rewind.add(
        new RewindPoint(
            0,
            RunOptions.parse("--hidden", "3"),
            net.freeze(),
            loop.state(),
            true,
            0,
            0,
            new double[0],
            0,
            1_000));
    return new Checkpoint(
        label,
        null,
        train,
        rows(5),
        net,
        loop,
        null,
        null,
        best,
        0,
        0,
        new HistoryBuffer(4),
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        false,
        false,
        null,
        rewind);
  }

  @Test
  void aCheckpointCountsItsParametersFourTimesItsRowsHistoryAndKeptEpochs() {
    assertThat(checkpoint("reset").bytes()).isEqualTo(BYTES);
  }

  @Test
  void beyondTheCountTheOldestGoes() {
    UndoStack undo = new UndoStack(3, Long.MAX_VALUE);
    assertThat(undo.pop()).isNull();
    assertThat(undo.peekLabel()).isNull();
    for (String label : new String[] {"a", "b", "c", "d"}) {
      undo.push(checkpoint(label));
    }
    assertThat(undo.size()).isEqualTo(3);
    assertThat(undo.peekLabel()).isEqualTo("d");
    assertThat(undo.pop().label()).isEqualTo("d");
    assertThat(undo.pop().label()).isEqualTo("c");
    assertThat(undo.pop().label()).isEqualTo("b");
    assertThat(undo.pop()).isNull();
    assertThat(undo.size()).isZero();
  }

  @Test
  void beyondTheBytesTheOldestGoesAndAPopGivesItsBytesBack() {
    UndoStack undo = new UndoStack(20, 2 * BYTES);
    undo.push(checkpoint("a"));
    undo.push(checkpoint("b"));
    assertThat(undo.size()).as("exactly at the bound: both stay").isEqualTo(2);
    undo.push(checkpoint("c"));
    assertThat(undo.size()).isEqualTo(2);
    assertThat(undo.pop().label()).isEqualTo("c");
    // b alone now: room for one more
    undo.push(checkpoint("d"));
    assertThat(undo.size()).isEqualTo(2);
    assertThat(undo.pop().label()).isEqualTo("d");
    assertThat(undo.pop().label()).isEqualTo("b");
  }

  @Test
  void theNewestStaysEvenWhenItAloneIsOverTheBound() {
    UndoStack undo = new UndoStack(20, BYTES - 1);
    undo.push(checkpoint("a"));
    undo.push(checkpoint("b"));
    assertThat(undo.size()).isEqualTo(1);
    assertThat(undo.peekLabel()).isEqualTo("b");
  }
}
