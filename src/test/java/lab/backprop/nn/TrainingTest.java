package lab.backprop.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.List;
import lab.backprop.OracleFiles;
import org.junit.jupiter.api.Test;

class TrainingTest {

  static Samples moons() throws IOException {
    List<String> lines =
        Files.readAllLines(OracleFiles.oracle("moons/moons_200_noise0.2_seed0.csv"));
    assertThat(lines.get(0)).isEqualTo("x1,x2,label");
    int n = lines.size() - 1;
    double[][] x = new double[n][];
    int[] y = new int[n];
    for (int k = 0; k < n; k++) {
      String[] f = lines.get(k + 1).split(",");
      x[k] = new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])};
      y[k] = Integer.parseInt(f[2]);
    }
    return new Samples(x, y, null);
  }

  static double accuracy(Network net, Samples s) {
    int n = s.size();
    double[] x = new double[2 * n];
    for (int k = 0; k < n; k++) {
      x[2 * k] = s.X()[k][0];
      x[2 * k + 1] = s.X()[k][1];
    }
    double[] p = new double[2 * n];
    new Predictor().predict(net, x, n, p);
    int right = 0;
    for (int k = 0; k < n; k++) {
      int predicted = p[2 * k + 1] > p[2 * k] ? 1 : 0;
      right += predicted == s.y()[k] ? 1 : 0;
    }
    return right / (double) n;
  }

  static Network moonsNet(long seed) {
    return Network.initialized(
        new int[] {2, 8, 2}, new Activation[] {Activation.TANH}, OutputKind.SOFTMAX_CE, 0, seed);
  }

  @Test
  void tanhNetworkLearnsTheDefaultMoonsWithFullBatchSgd() throws IOException {
    Samples moons = moons();
    assertThat(moons.size()).isEqualTo(200);
    TrainingLoop loop =
        new TrainingLoop(moonsNet(7), moons, OptimizerSettings.of("sgd", 0.5), 0, 7);
    double accuracy = 0;
    while (loop.epoch() < 5000 && accuracy < 0.97) {
      for (int k = 0; k < 100; k++) {
        loop.stepEpoch();
      }
      accuracy = accuracy(loop.network(), moons);
    }
    assertThat(accuracy).as("after %d epochs", loop.epoch()).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void sameSeedGivesTheSameRunBitForBit() throws IOException {
    Samples moons = moons();
    for (String opt : new String[] {"sgd", "momentum", "nesterov", "adam"}) {
      TrainingLoop a =
          new TrainingLoop(moonsNet(3), moons, OptimizerSettings.of(opt, 0.05), 16, 11);
      TrainingLoop b =
          new TrainingLoop(moonsNet(3), moons, OptimizerSettings.of(opt, 0.05), 16, 11);
      for (int e = 0; e < 5; e++) {
        assertThat(a.nextBatchRows()).isEqualTo(b.nextBatchRows());
        assertThat(a.stepEpoch()).isEqualTo(b.stepEpoch());
      }
      a.stepExample();
      b.stepExample();
      a.stepBatch();
      b.stepBatch();
      assertThat(a.network().copyW()).isEqualTo(b.network().copyW());
      assertThat(a.network().copyB()).isEqualTo(b.network().copyB());
      assertThat(a.examplesSeen()).isEqualTo(5 * 200 + 1 + 16);
      TrainingLoop other =
          new TrainingLoop(moonsNet(3), moons, OptimizerSettings.of(opt, 0.05), 16, 12);
      other.stepEpoch();
      assertThat(other.network().copyW()).isNotEqualTo(moonsNet(3).copyW());
    }
  }

  @Test
  void nextBatchRowsAreTheRowsTheStepUses() throws IOException {
    Samples moons = moons();
    TrainingLoop loop =
        new TrainingLoop(moonsNet(5), moons, OptimizerSettings.of("sgd", 0.1), 32, 1);
    for (int k = 0; k < 21; k++) {
      int[] rows = loop.nextBatchRows();
      Network before = loop.network().copy();
      Backprop reference = new Backprop();
      double expectedLoss = reference.run(before, moons, rows, 0, rows.length);
      assertThat(loop.stepBatch()).isEqualTo(expectedLoss);
    }
    assertThat(loop.epoch()).isEqualTo(3); // 200 rows = 6 batches of 32 + one of 8 per epoch
  }

  @Test
  void epochsUseEveryRowOnceInAFreshOrder() throws IOException {
    Samples moons = moons();
    TrainingLoop loop =
        new TrainingLoop(moonsNet(5), moons, OptimizerSettings.of("sgd", 0.1), 1, 9);
    int[] first = new int[200];
    for (int k = 0; k < 200; k++) {
      first[k] = loop.nextExampleRow();
      loop.stepExample();
    }
    int[] second = loop.nextBatchRows();
    assertThat(first).containsExactlyInAnyOrder(java.util.stream.IntStream.range(0, 200).toArray());
    assertThat(loop.epoch()).isEqualTo(1);
    assertThat(second[0]).isBetween(0, 199);
    int[] secondEpoch = new int[200];
    for (int k = 0; k < 200; k++) {
      secondEpoch[k] = loop.nextExampleRow();
      loop.stepExample();
    }
    assertThat(secondEpoch).isNotEqualTo(first);
  }

  @Test
  void steadyStateTrainingAllocatesNothing() throws IOException {
    Samples moons = moons();
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    for (String opt : new String[] {"sgd", "adam"}) {
      for (int batch : new int[] {0, 32, 1}) {
        TrainingLoop loop =
            new TrainingLoop(moonsNet(1), moons, OptimizerSettings.of(opt, 0.01), batch, 1);
        for (int k = 0; k < 300; k++) {
          loop.stepEpoch();
        }
        long before = threads.getThreadAllocatedBytes(id);
        for (int k = 0; k < 300; k++) {
          loop.stepEpoch();
        }
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        assertThat(allocated).as("%s batch %d", opt, batch).isLessThan(1024);
      }
    }
  }

  @Test
  void largeLogitsGiveFiniteLossesAndGradients() {
    for (OutputKind o : OutputKind.values()) {
      int k = o == OutputKind.SOFTMAX_CE ? 3 : 1;
      for (double scale : new double[] {1000, -1000}) {
        Network net =
            new Network(
                new int[] {1, 1, k},
                new Activation[] {Activation.IDENTITY},
                o,
                0.01,
                new double[][][] {
                  {{1.0}},
                  o == OutputKind.SOFTMAX_CE
                      ? new double[][] {{1}, {-1}, {0}}
                      : new double[][] {{1}}
                },
                new double[][] {{0}, new double[k]});
        Samples s =
            o == OutputKind.MSE
                ? new Samples(new double[][] {{scale}}, null, new double[] {0})
                : new Samples(new double[][] {{scale}, {scale}}, new int[] {0, 1}, null);
        Trace trace = net.trace(s);
        assertThat(trace.loss()).as("%s %s", o, scale).isFinite();
        for (double[][] d : trace.dW()) {
          for (double[] row : d) {
            for (double v : row) {
              assertThat(v).isFinite();
            }
          }
        }
        if (o != OutputKind.MSE) {
          // One of the two rows is predicted with margin 1000 the wrong way: loss ≈ 1000/2.
          assertThat(trace.dataLoss()).isGreaterThan(400);
        }
      }
    }
  }
}
