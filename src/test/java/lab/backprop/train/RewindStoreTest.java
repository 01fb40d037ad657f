package lab.backprop.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import lab.backprop.nn.Activation;
import lab.backprop.nn.FrozenNetwork;
import lab.backprop.nn.Network;
import lab.backprop.nn.OptimizerKind;
import lab.backprop.nn.OptimizerSettings;
import lab.backprop.nn.OptimizerState;
import lab.backprop.nn.OutputKind;
import lab.backprop.nn.TrainingLoop;
import lab.backprop.run.RunOptions;
import lab.backprop.run.RunSpec;
import org.junit.jupiter.api.Test;

/** The store of epochs to go back to: which it keeps, and that it stays within 64 MiB. */
class RewindStoreTest {
  private static final long MIB_64 = 64L * 1024 * 1024;

  private static final java.util.Map<FrozenNetwork, java.util.Map<OptimizerKind, OptimizerState>>
      ZERO_STATES = new java.util.IdentityHashMap<>();

  private static RewindPoint point(
      long epoch, RunSpec run, FrozenNetwork net, OptimizerKind kind, int rows, boolean keep) {
    OptimizerState zero =
        ZERO_STATES
            .computeIfAbsent(net, n -> new java.util.EnumMap<>(OptimizerKind.class))
            .computeIfAbsent(kind, k -> OptimizerState.zero(k, net.toNetwork()));
    int[] order = new int[rows];
    for (int k = 0; k < rows; k++) {
      order[k] = k;
    }
    TrainingLoop.State loop = new TrainingLoop.State(zero, order, 0, epoch, epoch * rows, 42);
    return RewindPoint.of(epoch, run, net, loop, keep, epoch * rows, epoch, new double[0], 7);
  }

  private static final RunSpec SMALL_RUN = RunOptions.parse("--hidden", "8");
  private static final FrozenNetwork SMALL =
      Network.initialized(
              new int[] {2, 8, 2}, new Activation[] {Activation.TANH}, OutputKind.SOFTMAX_CE, 0, 1)
          .freeze();

  /**
   * The kept epochs as the class comment states them, computed here on their own: the first, the
   * last D = 128 (C = 256 points of a small network), and the older multiples of the least power of
   * two S of which at most M = 127 lie in (first, E − D].
   */
  private static TreeSet<Long> documented(long first, long newest) {
    int dense = 128;
    int older = 127;
    TreeSet<Long> kept = new TreeSet<>();
    kept.add(first);
    for (long e = Math.max(first, newest - dense + 1); e <= newest; e++) {
      kept.add(e);
    }
    long s = 1;
    while (true) {
      int count = 0;
      for (long e = first + 1; e <= newest - dense; e++) {
        if (e % s == 0) {
          count++;
        }
      }
      if (count <= older) {
        break;
      }
      s *= 2;
    }
    for (long e = first + 1; e <= newest - dense; e++) {
      if (e % s == 0) {
        kept.add(e);
      }
    }
    return kept;
  }

  private static List<Long> list(long[] epochs) {
    List<Long> l = new ArrayList<>();
    for (long e : epochs) {
      l.add(e);
    }
    return l;
  }

  @Test
  void keepsTheEpochsAsDocumentedTheFirstAndTheNewest() {
    RewindStore store = new RewindStore();
    for (long e = 0; e <= 3000; e++) {
      store.add(point(e, SMALL_RUN, SMALL, OptimizerKind.SGD, 160, true));
      if (e % 97 == 0 || e == 3000 || e < 300) {
        assertThat(list(store.epochs()))
            .as("at epoch %d", e)
            .containsExactlyElementsOf(documented(0, e));
      }
    }
    assertThat(store.size()).isLessThanOrEqualTo(256);
    long[] kept = store.epochs();
    assertThat(kept[0]).isZero();
    assertThat(kept[kept.length - 1]).isEqualTo(3000);
    // at 3000 epochs: 2,872 older epochs at a stride of 32 is 89 (16 would be 179 > 127)
    assertThat(store.stride()).isEqualTo(32);
    assertThat(kept).hasSize(1 + 128 + 2872 / 32);
  }

  @Test
  void aPointCountsEightBytesPerParameterAndMomentFourPerTrainingRowAnd512More() {
    // 2-8-2: (2 + 1)·8 + (8 + 1)·2 = 42 parameters
    assertThat(RewindPoint.parameters(new int[] {2, 8, 2})).isEqualTo(42);
    // 784-256-64-10: 785·256 + 257·64 + 65·10 = 200,960 + 16,448 + 650
    assertThat(RewindPoint.parameters(new int[] {784, 256, 64, 10})).isEqualTo(218_058);
    // Adam's two moments and 100 rows: 8·42·3 + 4·100 + 512
    assertThat(RewindPoint.bytes(new int[] {2, 8, 2}, 2, 100)).isEqualTo(1_920);
    // plain SGD (no moments), 160 rows: 8·42 + 4·160 + 512
    assertThat(point(0, SMALL_RUN, SMALL, OptimizerKind.SGD, 160, true).bytes()).isEqualTo(1_488);
  }

  @Test
  void theOptimizerStateIsKeptWhenExactly32PointsFit() {
    // one layer 8735 → 10: 8,736·10 = 87,360 parameters; with Adam 24·87,360 + 512 = 2 MiB, and
    // 64 MiB holds 32 of them
    int[] sizes = {8735, 10};
    assertThat(RewindPoint.bytes(sizes, 2, 0)).isEqualTo(2L << 20);
    assertThat(RewindStore.keepsOptimizer(sizes, 2, 0)).isTrue();
    // one training row (4 bytes) more, and only 31 fit
    assertThat(RewindStore.keepsOptimizer(sizes, 2, 1)).isFalse();
  }

  @Test
  void theStoreHoldsTheBytesOfThePointsItKeeps() {
    RewindStore store = new RewindStore();
    for (long e = 0; e < 10; e++) {
      store.add(point(e, SMALL_RUN, SMALL, OptimizerKind.SGD, 160, true));
    }
    assertThat(store.bytes()).isEqualTo(10 * 1_488);
    store.dropAfter(6);
    assertThat(store.bytes()).isEqualTo(7 * 1_488);
    store.add(point(3, SMALL_RUN, SMALL, OptimizerKind.SGD, 160, true));
    assertThat(list(store.epochs())).containsExactly(0L, 1L, 2L, 3L);
    assertThat(store.bytes()).isEqualTo(4 * 1_488);
  }

  /** A point of the small network that declares it holds {@code bytes}. */
  private static RewindPoint declared(long epoch, long bytes) {
    RewindPoint p = point(epoch, SMALL_RUN, SMALL, OptimizerKind.SGD, 160, true);
    return new RewindPoint(epoch, SMALL_RUN, SMALL, p.loop(), true, 0, 0, new double[0], 0, bytes);
  }

  /**
   * 42 points of 1.5 MiB (63 MiB; 64 MiB holds 42 of them, so all stay), then one of 1 MiB (64 MiB
   * holds 64 of those, so none is thinned by count) and one byte more or not.
   */
  private static RewindStore bigPointsThenASmallOne(long smallBytes) {
    RewindStore store = new RewindStore();
    for (long e = 0; e < 42; e++) {
      store.add(declared(e, 3L << 19));
    }
    assertThat(store.size()).isEqualTo(42);
    store.add(declared(42, smallBytes));
    return store;
  }

  @Test
  void pointsOfMixedSizesStayWithin64MibByDroppingTheOldestAfterTheFirst() {
    RewindStore atBound = bigPointsThenASmallOne(1L << 20);
    assertThat(atBound.size()).as("exactly 64 MiB: everything stays").isEqualTo(43);
    assertThat(atBound.bytes()).isEqualTo(MIB_64);

    RewindStore over = bigPointsThenASmallOne((1L << 20) + 1);
    long[] kept = over.epochs();
    assertThat(kept).hasSize(42);
    assertThat(kept[0]).isZero();
    assertThat(kept[1]).as("epoch 1 went").isEqualTo(2);
    assertThat(over.bytes()).isEqualTo(41 * (3L << 19) + (1L << 20) + 1);
  }

  @Test
  void aRunOpenedAtALaterEpochKeepsThatEpochFirst() {
    RewindStore store = new RewindStore();
    for (long e = 37; e <= 1000; e++) {
      store.add(point(e, SMALL_RUN, SMALL, OptimizerKind.SGD, 160, true));
    }
    assertThat(list(store.epochs())).containsExactlyElementsOf(documented(37, 1000));
    assertThat(store.epochs()[0]).isEqualTo(37);
  }

  @Test
  void aPointAtAnEpochKeptAlreadyReplacesItAndDropAfterCutsTheLaterOnes() {
    RewindStore store = new RewindStore();
    for (long e = 0; e <= 10; e++) {
      store.add(point(e, SMALL_RUN, SMALL, OptimizerKind.SGD, 160, true));
    }
    RewindPoint again = point(10, SMALL_RUN, SMALL, OptimizerKind.SGD, 160, true);
    store.add(again);
    assertThat(store.size()).isEqualTo(11);
    assertThat(store.at(10)).isSameAs(again);
    RewindStore copy = store.copy();
    store.dropAfter(4);
    assertThat(list(store.epochs())).containsExactly(0L, 1L, 2L, 3L, 4L);
    assertThat(copy.size()).as("a copy is independent").isEqualTo(11);
    assertThat(store.view().indexOf(4)).isEqualTo(4);
    assertThat(store.view().indexOf(5)).isEqualTo(-1);
  }

  @Test
  void aLargeNetworkWithAdamStaysWithin64MibAndDropsTheOptimizerState() {
    // MNIST's shape: 784-256-64-10, Adam (two moments), 8,000 training rows
    int[] sizes = {784, 256, 64, 10};
    FrozenNetwork net =
        Network.initialized(
                sizes,
                new Activation[] {Activation.RELU, Activation.RELU},
                OutputKind.SOFTMAX_CE,
                0,
                1)
            .freeze();
    RunSpec run =
        RunOptions.parse("--hidden", "256,64", "--activation", "relu", "--optimizer", "adam");
    assertThat(run.optimizer().kind()).isEqualTo(OptimizerKind.ADAM);
    // 784·256 + 256 + 256·64 + 64 + 64·10 + 10 = 218,058 parameters
    long parameters = 218_058;
    int moments = 2;
    int rows = 8000;
    // with its two moments a point holds 3 · 8 · 218,058 B ≈ 5.2 MB: only 12 fit, fewer than 32
    assertThat(MIB_64 / (3 * 8 * parameters + 4 * rows)).isEqualTo(12);
    assertThat(RewindStore.keepsOptimizer(sizes, moments, rows)).isFalse();
    assertThat(weightsAndBiases(net)).isEqualTo(parameters);
    RewindStore store = new RewindStore();
    for (long e = 0; e <= 2000; e++) {
      store.add(point(e, run, net, OptimizerKind.ADAM, rows, false));
      long counted = 0;
      for (long k : store.epochs()) {
        RewindPoint p = store.at(k);
        counted += 8 * (parameters + momentValues(p)) + 4L * p.loop().order().length;
      }
      assertThat(counted).as("bytes at epoch %d", e).isLessThanOrEqualTo(MIB_64);
      assertThat(store.bytes()).isLessThanOrEqualTo(MIB_64);
    }
    // without the moments 8 · 218,058 + 4 · 8,000 B ≈ 1.78 MB: C = 37 points fit, D = 19, M = 17;
    // at epoch 2000 the older epochs 1 … 1981 are kept at a stride of 128 (15 of them)
    assertThat(store.size()).isEqualTo(1 + 19 + 15);
    assertThat(store.stride()).isEqualTo(128);
    assertThat(store.at(2000).exact()).isFalse();
    assertThat(store.at(0)).isNotNull();
    assertThat(store.view().points()).allMatch(p -> !p.exact());
  }

  @Test
  void theLargestNetworkStillKeepsTheFirstAndTheNewestWithin64Mib() {
    int[] sizes = {784, 512, 512, 512, 512, 512, 512, 10};
    Activation[] relu = new Activation[6];
    java.util.Arrays.fill(relu, Activation.RELU);
    FrozenNetwork net = Network.initialized(sizes, relu, OutputKind.SOFTMAX_CE, 0, 1).freeze();
    RunSpec run = RunOptions.parse("--optimizer", "adam");
    RewindStore store = new RewindStore();
    for (long e = 0; e <= 50; e++) {
      store.add(point(e, run, net, OptimizerKind.ADAM, 100_000, false));
      assertThat(store.bytes()).isLessThanOrEqualTo(MIB_64);
    }
    long[] kept = store.epochs();
    assertThat(kept[0]).isZero();
    assertThat(kept[kept.length - 1]).isEqualTo(50);
    assertThat(kept.length).isBetween(2, 4);
  }

  @Test
  void aSmallNetworkKeepsTheOptimizerState() {
    RunSpec adam = RunOptions.parse("--optimizer", "adam");
    RewindPoint p =
        point(
            3,
            adam,
            SMALL,
            OptimizerKind.ADAM,
            160,
            RewindStore.keepsOptimizer(new int[] {2, 8, 2}, 2, 160));
    assertThat(p.exact()).isTrue();
    assertThat(p.loop().optimizer().moments()).hasSize(2);
  }

  private static long weightsAndBiases(FrozenNetwork n) {
    long count = 0;
    for (double[][] w : n.copyW()) {
      for (double[] row : w) {
        count += row.length;
      }
    }
    for (double[] b : n.copyB()) {
      count += b.length;
    }
    return count;
  }

  private static long momentValues(RewindPoint p) {
    long count = 0;
    for (double[][] m : p.loop().optimizer().moments()) {
      for (double[] a : m) {
        count += a.length;
      }
    }
    return count;
  }

  @Test
  void optimizerSettingsOfTheRunAreKeptWithThePoint() {
    RunSpec run = SMALL_RUN.withOptimizer(OptimizerSettings.of(OptimizerKind.SGD, 0.3));
    RewindPoint p = point(1, run, SMALL, OptimizerKind.SGD, 160, true);
    assertThat(p.run().optimizer().lr()).isEqualTo(0.3);
  }
}
