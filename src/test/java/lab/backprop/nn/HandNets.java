package lab.backprop.nn;

/** Small networks whose outputs are worked out by hand in the tests that use them. */
final class HandNets {
  private HandNets() {}

  /**
   * [1, 1, 1], identity hidden, weights 2 and 3, biases 1 and −1: hidden a = 2x + 1, output z = 3a
   * − 1 = 6x + 2.
   */
  static Network line(OutputKind output, double lambda) {
    return new Network(
        new int[] {1, 1, 1},
        new Activation[] {Activation.IDENTITY},
        output,
        lambda,
        new double[][][] {{{2}}, {{3}}},
        new double[][] {{1}, {-1}});
  }
}
