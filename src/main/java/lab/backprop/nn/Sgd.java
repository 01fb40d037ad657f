package lab.backprop.nn;

/** Plain gradient descent: p ← p − lr·g. */
final class Sgd extends AbstractOptimizer {
  Sgd(OptimizerSettings settings) {
    super(settings);
  }

  @Override
  void allocateState(Network net) {}

  @Override
  void update(int layer, double[] p, double[] g, int slot) {
    double lr = settings.lr();
    for (int k = 0; k < p.length; k++) {
      p[k] -= lr * g[k];
    }
  }
}
