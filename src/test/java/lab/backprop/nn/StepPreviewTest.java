package lab.backprop.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The optimizer copy and the step preview: stepping a copy equals stepping the original, and a
 * preview predicts exactly what the next real step does while changing nothing.
 */
class StepPreviewTest {
  private static Network net() {
    return RandomNets.network(
        new int[] {2, 5, 4, 2}, Activation.TANH, OutputKind.SOFTMAX_CE, 0.01, 3);
  }

  private static Samples data() {
    return RandomNets.samples(40, 2, OutputKind.SOFTMAX_CE, 2, 11);
  }

  private static OptimizerSettings settings(String name) {
    return OptimizerSettings.of(name, name.equals("adam") ? 0.01 : 0.1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sgd", "momentum", "nesterov", "adam"})
  void steppingTheCopyEqualsSteppingTheOriginal(String name) {
    Network a = net();
    Samples data = data();
    Optimizer original = Optimizer.create(settings(name));
    Backprop bp = new Backprop();
    for (int s = 0; s < 3; s++) { // build up velocity / moments / step count
      bp.run(a, data, null, 0, data.size());
      original.step(a, bp.dW(), bp.db());
    }
    Network b = a.copy();
    Optimizer copy = original.copyFor(a, b);
    for (int s = 0; s < 3; s++) {
      bp.run(a, data, null, 0, data.size());
      double[][] dW = deep(bp.dW());
      double[][] db = deep(bp.db());
      original.step(a, dW, db);
      copy.step(b, dW, db);
      assertThat(b.copyW()).isDeepEqualTo(a.copyW());
      assertThat(b.copyB()).isDeepEqualTo(a.copyB());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"momentum", "adam"})
  void steppingTheCopyLeavesTheOriginalsStateAlone(String name) {
    Network a = net();
    Samples data = data();
    Optimizer original = Optimizer.create(settings(name));
    Backprop bp = new Backprop();
    bp.run(a, data, null, 0, data.size());
    original.step(a, bp.dW(), bp.db());
    Network twin = a.copy();
    Optimizer twinOpt = original.copyFor(a, twin);
    Network scratch = a.copy();
    Optimizer copy = original.copyFor(a, scratch);
    for (int s = 0; s < 5; s++) {
      bp.run(scratch, data, null, 0, data.size());
      copy.step(scratch, bp.dW(), bp.db());
    }
    // the original's next step equals an untouched twin's
    bp.run(a, data, null, 0, data.size());
    double[][] dW = deep(bp.dW());
    double[][] db = deep(bp.db());
    original.step(a, dW, db);
    twinOpt.step(twin, dW, db);
    assertThat(a.copyW()).isDeepEqualTo(twin.copyW());
  }

  @ParameterizedTest
  @ValueSource(strings = {"sgd", "momentum", "adam"})
  void previewPredictsTheNextStepAndChangesNothing(String name) {
    Network net = net();
    TrainingLoop loop = new TrainingLoop(net, data(), settings(name), 8, 5);
    for (int s = 0; s < 7; s++) { // crosses an epoch: state and a reshuffled order
      loop.stepBatch();
    }
    Network beforeAll = net.copy();
    TrainingLoop.StepPreview example = loop.previewExample();
    TrainingLoop.StepPreview batch = loop.previewBatch();
    assertThat(net.copyW()).isDeepEqualTo(beforeAll.copyW());
    assertThat(batch.rows()).containsExactly(loop.nextBatchRows());
    assertThat(batch.before().copyW()).isDeepEqualTo(beforeAll.copyW());
    assertThat(batch.trace().samples().size()).isEqualTo(8);

    loop.stepBatch();
    assertThat(batch.after().copyW()).isDeepEqualTo(net.copyW());
    assertThat(batch.after().copyB()).isDeepEqualTo(net.copyB());
    assertThat(example.rows()).hasSize(1);
    assertThat(example.rows()[0]).isEqualTo(batch.rows()[0]);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sgd", "adam"})
  void previewOfTheNextExampleEqualsTheExampleStep(String name) {
    Network net = net();
    TrainingLoop loop = new TrainingLoop(net, data(), settings(name), 4, 9);
    loop.stepExample();
    loop.stepExample();
    TrainingLoop.StepPreview p = loop.previewExample();
    loop.stepExample();
    assertThat(p.after().copyW()).isDeepEqualTo(net.copyW());
  }

  @org.junit.jupiter.api.Test
  void previewRejectsRowsOutsideTheData() {
    TrainingLoop loop = new TrainingLoop(net(), data(), settings("sgd"), 4, 9);
    assertThatThrownBy(() -> loop.preview(new int[] {40}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("40");
  }

  @org.junit.jupiter.api.Test
  void copyNeedsTheSameShape() {
    Network a = net();
    Network other =
        RandomNets.network(new int[] {2, 3, 2}, Activation.TANH, OutputKind.SOFTMAX_CE, 0, 1);
    assertThatThrownBy(() -> Optimizer.create(settings("adam")).copyFor(a, other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("layer sizes");
  }

  private static double[][] deep(double[][] x) {
    double[][] c = new double[x.length][];
    for (int k = 0; k < x.length; k++) {
      c[k] = x[k].clone();
    }
    return c;
  }
}
