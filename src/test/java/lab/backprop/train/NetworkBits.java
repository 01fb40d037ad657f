package lab.backprop.train;

import static org.assertj.core.api.Assertions.assertThat;

import lab.backprop.nn.FrozenNetwork;

/** Asserts that two networks hold the same numbers to the last bit (tests). */
public final class NetworkBits {
  private NetworkBits() {}

  /** Same layers, activations, and every weight and bias bit for bit. */
  public static void assertSameBits(FrozenNetwork actual, FrozenNetwork expected) {
    assertThat(actual.layerSizes()).containsExactly(expected.layerSizes());
    assertThat(actual.activations()).containsExactly(expected.activations());
    double[][][] a = actual.copyW();
    double[][][] b = expected.copyW();
    for (int l = 0; l < a.length; l++) {
      for (int j = 0; j < a[l].length; j++) {
        for (int i = 0; i < a[l][j].length; i++) {
          assertThat(Double.doubleToRawLongBits(a[l][j][i]))
              .as("W[%d][%d][%d]", l, j, i)
              .isEqualTo(Double.doubleToRawLongBits(b[l][j][i]));
        }
      }
    }
    // deep equality of doubles compares their bits (Double.equals)
    assertThat(actual.copyB()).isDeepEqualTo(expected.copyB());
  }
}
