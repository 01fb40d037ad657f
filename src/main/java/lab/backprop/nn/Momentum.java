package lab.backprop.nn;

/**
 * Heavy-ball momentum as torch.optim.SGD: v ← μ·v + g; p ← p − lr·v. With Nesterov: p ← p − lr·(g +
 * μ·v), with the new v.
 */
final class Momentum extends AbstractOptimizer {
  private final boolean nesterov;
  private double[][] velocity;

  Momentum(OptimizerSettings settings, boolean nesterov) {
    super(settings);
    this.nesterov = nesterov;
  }

  @Override
  void allocateState(Network net) {
    velocity = zeroState(net);
  }

  @Override
  void copyStateArrays() {
    velocity = deepCopy(velocity);
  }

  @Override
  OptimizerState exportState() {
    return new OptimizerState(0, java.util.List.<double[][]>of(velocity));
  }

  @Override
  void importState(OptimizerState state) {
    velocity = state.moment(0);
  }

  @Override
  void update(int layer, double[] p, double[] g, int slot) {
    double lr = settings.lr();
    double mu = settings.momentum();
    double[] v = velocity[slot];
    if (nesterov) {
      for (int k = 0; k < p.length; k++) {
        double vk = mu * v[k] + g[k];
        v[k] = vk;
        p[k] -= lr * (g[k] + mu * vk);
      }
    } else {
      for (int k = 0; k < p.length; k++) {
        double vk = mu * v[k] + g[k];
        v[k] = vk;
        p[k] -= lr * vk;
      }
    }
  }
}
