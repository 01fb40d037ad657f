package lab.backprop.ui.stepthrough;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lab.backprop.data.ClassNames;
import lab.backprop.nn.Activation;
import lab.backprop.nn.Backprop;
import lab.backprop.nn.FrozenNetwork;
import lab.backprop.nn.Network;
import lab.backprop.nn.Optimizer;
import lab.backprop.nn.OptimizerSettings;
import lab.backprop.nn.OutputKind;
import lab.backprop.nn.Samples;
import lab.backprop.nn.Trace;
import lab.backprop.ui.diagram.NetworkPicture;
import lab.backprop.ui.diagram.NetworkPictures;
import lab.backprop.ui.stepthrough.Phase.Kind;
import lab.backprop.ui.stepthrough.ShownValue.Quantity;

/**
 * One recorded training step, immutable: the network before it, the engine's {@link Trace} of the
 * step (one example = one row, or a mini-batch), the optimizer settings and the network after the
 * optimizer's update. Every number it shows is read from these — it computes none itself.
 *
 * <p>Layers are numbered as in the seeds (see {@link Selection}): unit layer 0 is x, k = 1…L; the
 * engine's index is k − 1. Units are 0-based. {@code example} is a row of the step's batch: for a
 * batch the gradients (∂L/∂w, ∂L/∂b, the update) are the batch's, z, a and δ are that row's (δ
 * includes the 1/N of the mean, as in the engine).
 */
public final class StepRecording {
  private final FrozenNetwork before;
  private final Trace trace;
  private final OptimizerSettings optimizer;
  private final FrozenNetwork after;
  private final NetworkPicture pictureBefore;
  private final NetworkPicture pictureAfter;
  private final double lossAfter;
  private final List<Phase> phases;

  /**
   * A recording of a step the caller has made: {@code trace} is {@code before}'s forward/backward
   * pass on the step's rows and {@code after} is {@code before} after the optimizer's update with
   * that trace's gradients. The networks are copied.
   *
   * @throws IllegalArgumentException when the shapes of the three disagree
   */
  public StepRecording(Network before, Trace trace, OptimizerSettings optimizer, Network after) {
    this(before, trace, optimizer, after, null);
  }

  /**
   * Like {@link #StepRecording(Network, Trace, OptimizerSettings, Network)}, for data whose classes
   * are called {@code names} (null, or names of another number of classes: numbered).
   */
  public StepRecording(
      Network before, Trace trace, OptimizerSettings optimizer, Network after, ClassNames names) {
    if (before == null || trace == null || optimizer == null || after == null) {
      throw new IllegalArgumentException("step recording: network, trace, optimizer and after");
    }
    if (trace.Z().length != before.numLayers()) {
      throw new IllegalArgumentException(
          "trace: has " + trace.Z().length + " layers, the network " + before.numLayers());
    }
    if (!Arrays.equals(before.layerSizes(), after.layerSizes())) {
      throw new IllegalArgumentException(
          "network after: layer sizes "
              + Arrays.toString(after.layerSizes())
              + ", before "
              + Arrays.toString(before.layerSizes()));
    }
    this.before = before.freeze();
    this.trace = trace;
    this.optimizer = optimizer;
    this.after = after.freeze();
    this.pictureBefore = NetworkPictures.of(this.before, names);
    this.pictureAfter = NetworkPictures.of(this.after, names);
    Samples rows = trace.samples();
    this.lossAfter = new Backprop().loss(after, rows, null, 0, rows.size());
    this.phases = Phases.of(this.before, rows.size(), optimizer);
  }

  /**
   * Records one step of {@code net} on all rows of {@code samples}: the engine's forward/backward
   * pass ({@link Backprop#run}) on a copy, then one {@link Optimizer#step} with a <b>fresh</b>
   * optimizer (zero velocity/moments, Adam's step count 1) on another copy. {@code net} is not
   * changed. When the live trainer's optimizer has state, use the constructor with the trainer's
   * own result instead.
   */
  public static StepRecording record(Network net, Samples samples, OptimizerSettings optimizer) {
    Network before = net.copy();
    Backprop backprop = new Backprop();
    backprop.run(before, samples, null, 0, samples.size());
    Trace trace = backprop.toTrace(before, samples, null, 0, samples.size());
    Network after = before.copy();
    Optimizer.create(optimizer).step(after, backprop.dW(), backprop.db());
    return new StepRecording(before, trace, optimizer, after);
  }

  // ---- the phases ----

  /** The timeline, in order (4L + 3 phases for L weight layers). */
  public List<Phase> phases() {
    return phases;
  }

  /** Position of the phase of {@code kind} about {@code layer} (−1 for UPDATE and BOUNDARY). */
  public int indexOf(Kind kind, int layer) {
    for (int p = 0; p < phases.size(); p++) {
      if (phases.get(p).kind() == kind && phases.get(p).layer() == layer) {
        return p;
      }
    }
    throw new IllegalArgumentException("no phase " + kind + " for layer " + layer);
  }

  // ---- shape ----

  /** L, the number of weight layers (hidden layers + 1). */
  public int numLayers() {
    return before.numLayers();
  }

  /** Number of units of unit layer k (0 = input). */
  public int units(int k) {
    return before.layerSize(k);
  }

  /** N, the rows of the step. */
  public int batchSize() {
    return trace.samples().size();
  }

  public OutputKind output() {
    return before.output();
  }

  /** Activation of hidden layer k (1…L−1). */
  public Activation activation(int k) {
    return before.activation(k - 1);
  }

  public double l2Lambda() {
    return before.l2Lambda();
  }

  public OptimizerSettings optimizer() {
    return optimizer;
  }

  /** The engine's trace of the step (shared: do not modify its arrays). */
  public Trace trace() {
    return trace;
  }

  /** The network before the step (for the decision boundary). */
  public FrozenNetwork networkBefore() {
    return before;
  }

  /** The network after the step. */
  public FrozenNetwork networkAfter() {
    return after;
  }

  /** The diagram's picture of the network before the step. */
  public NetworkPicture pictureBefore() {
    return pictureBefore;
  }

  /** The diagram's picture of the network after the step. */
  public NetworkPicture pictureAfter() {
    return pictureAfter;
  }

  // ---- the engine's values ----

  /** Input feature i of row n. */
  public double x(int n, int i) {
    return trace.samples().X()[n][i];
  }

  /** What the classes are called (as the diagram's output units say). */
  public ClassNames classNames() {
    return pictureBefore.classNames();
  }

  /** The label of row n (classification). */
  public int label(int n) {
    return trace.samples().y()[n];
  }

  /** The target of row n (mse). */
  public double target(int n) {
    return trace.samples().t()[n];
  }

  public double z(int k, int n, int j) {
    return trace.Z()[k - 1][n][j];
  }

  /** a_k of row n; a₀ = x; a_L is ŷ (probabilities, or z_L for mse). */
  public double a(int k, int n, int j) {
    return k == 0 ? x(n, j) : trace.A()[k - 1][n][j];
  }

  /** δ_k = ∂L/∂z_k of row n (includes the 1/N). */
  public double delta(int k, int n, int j) {
    return trace.deltas()[k - 1][n][j];
  }

  /** The weight the step used. */
  public double w(int k, int to, int from) {
    return trace.W()[k - 1][to][from];
  }

  public double b(int k, int j) {
    return trace.b()[k - 1][j];
  }

  /** ∂L/∂w of the batch (λw included). */
  public double dW(int k, int to, int from) {
    return trace.dW()[k - 1][to][from];
  }

  public double db(int k, int j) {
    return trace.db()[k - 1][j];
  }

  /** The weight after the optimizer step. */
  public double newW(int k, int to, int from) {
    return after.w(k - 1, to, from);
  }

  public double newB(int k, int j) {
    return after.b(k - 1, j);
  }

  /** Total loss of the step (data + L2) with the parameters before it. */
  public double loss() {
    return trace.loss();
  }

  public double dataLoss() {
    return trace.dataLoss();
  }

  public double l2Term() {
    return trace.l2Term();
  }

  /** Total loss on the same rows with the parameters after the step (computed by the engine). */
  public double lossAfter() {
    return lossAfter;
  }

  // ---- what to show ----

  /**
   * The numbers a unit or an edge shows when the timeline stands at {@code phase}: each appears at
   * the phase that computes it and stays (x and w from the start; z, b at the weighted sum; a at
   * the activation or output; δ at its delta phase; ∂L/∂b, ∂L/∂w at the gradients; new b, new w at
   * the update).
   */
  public List<ShownValue> shown(Phase phase, Selection selection, int example) {
    int now = phases.indexOf(phase);
    if (now < 0) {
      throw new IllegalArgumentException("phase: not one of this recording's phases");
    }
    checkExample(example);
    List<ShownValue> values = new ArrayList<>();
    int k = selection.layer();
    int j = selection.unit();
    int n = example;
    if (selection instanceof Selection.Edge e) {
      int i = e.from();
      String w = Notation.weightText(k, j, i);
      values.add(new ShownValue(Quantity.W, w, w(k, j, i)));
      if (now >= indexOf(Kind.GRADIENTS, k)) {
        values.add(new ShownValue(Quantity.DW, "∂L/∂" + w, dW(k, j, i)));
      }
      if (now >= indexOf(Kind.UPDATE, -1)) {
        values.add(new ShownValue(Quantity.NEW_W, "new " + w, newW(k, j, i)));
      }
      return values;
    }
    if (k == 0) {
      values.add(new ShownValue(Quantity.X, "x" + Notation.sub(j + 1), x(n, j)));
      return values;
    }
    if (now >= indexOf(Kind.PRE_ACTIVATION, k)) {
      values.add(new ShownValue(Quantity.B, Notation.unitText("b", k, j), b(k, j)));
      values.add(new ShownValue(Quantity.Z, Notation.unitText("z", k, j), z(k, n, j)));
    }
    Kind aKind = k == numLayers() ? Kind.OUTPUT_AND_LOSS : Kind.ACTIVATION;
    if (now >= indexOf(aKind, k)) {
      values.add(new ShownValue(Quantity.A, Notation.unitText("a", k, j), a(k, n, j)));
    }
    Kind dKind = k == numLayers() ? Kind.OUTPUT_DELTA : Kind.HIDDEN_DELTA;
    if (now >= indexOf(dKind, k)) {
      values.add(new ShownValue(Quantity.DELTA, Notation.unitText("δ", k, j), delta(k, n, j)));
    }
    if (now >= indexOf(Kind.GRADIENTS, k)) {
      values.add(new ShownValue(Quantity.DB, "∂L/∂" + Notation.unitText("b", k, j), db(k, j)));
    }
    if (now >= indexOf(Kind.UPDATE, -1)) {
      values.add(new ShownValue(Quantity.NEW_B, "new " + Notation.unitText("b", k, j), newB(k, j)));
    }
    return values;
  }

  /**
   * The selection a phase's substituted equation is about: {@code preferred} when it belongs to the
   * phase (an edge into layer k counts as its unit for a unit phase), else the phase's first unit
   * or edge.
   */
  public Selection selectionFor(Phase phase, Selection preferred) {
    int k = phase.layer();
    boolean fits =
        preferred != null
            && preferred.layer() <= numLayers()
            && preferred.unit() < units(preferred.layer())
            && (!(preferred instanceof Selection.Edge e) || e.from() < units(e.layer() - 1));
    switch (phase.kind()) {
      case GRADIENTS:
        return fits && preferred.layer() == k ? preferred : new Selection.Edge(k, 0, 0);
      case UPDATE:
      case BOUNDARY_BEFORE_AFTER:
        return fits && preferred.layer() >= 1 ? preferred : new Selection.Edge(1, 0, 0);
      default:
        return new Selection.Unit(k, fits && preferred.layer() == k ? preferred.unit() : 0);
    }
  }

  /** The phase's equation with the numbers of {@code selection} (see {@link #selectionFor}). */
  public Substitution substitute(Phase phase, Selection selection, int example) {
    checkExample(example);
    return new Substitutions(this, example).of(phase, selectionFor(phase, selection));
  }

  private void checkExample(int example) {
    if (example < 0 || example >= batchSize()) {
      throw new IndexOutOfBoundsException(
          "example " + example + " is outside the step's " + batchSize() + " rows");
    }
  }
}
