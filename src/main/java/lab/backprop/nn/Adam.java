package lab.backprop.nn;

/**
 * Adam as torch.optim.Adam: m ← β1·m + (1 − β1)·g; s ← β2·s + (1 − β2)·g²; p ← p − (lr/(1 − β1ᵗ))·m
 * / (√s/√(1 − β2ᵗ) + eps), t counted from 1; eps outside the square root.
 */
final class Adam extends AbstractOptimizer {
  private double[][] m;
  private double[][] s;
  private long t;
  private double stepSize;
  private double correction2Sqrt;

  Adam(OptimizerSettings settings) {
    super(settings);
  }

  @Override
  void allocateState(Network net) {
    m = zeroState(net);
    s = zeroState(net);
    t = 0;
  }

  @Override
  void copyStateArrays() {
    m = deepCopy(m);
    s = deepCopy(s);
  }

  @Override
  public void reset() {
    super.reset();
    t = 0;
  }

  @Override
  OptimizerState exportState() {
    return new OptimizerState(t, java.util.List.of(m, s));
  }

  @Override
  void importState(OptimizerState state) {
    m = state.moment(0);
    s = state.moment(1);
    t = state.t();
  }

  @Override
  void update(int layer, double[] p, double[] g, int slot) {
    if (slot == 0) {
      t++;
      stepSize = settings.lr() / (1.0 - Math.pow(settings.beta1(), t));
      correction2Sqrt = Math.sqrt(1.0 - Math.pow(settings.beta2(), t));
    }
    double beta1 = settings.beta1();
    double beta2 = settings.beta2();
    double eps = settings.eps();
    double[] mk = m[slot];
    double[] sk = s[slot];
    for (int k = 0; k < p.length; k++) {
      double gk = g[k];
      double mv = beta1 * mk[k] + (1.0 - beta1) * gk;
      double sv = beta2 * sk[k] + (1.0 - beta2) * gk * gk;
      mk[k] = mv;
      sk[k] = sv;
      p[k] += -stepSize * (mv / (Math.sqrt(sv) / correction2Sqrt + eps));
    }
  }
}
