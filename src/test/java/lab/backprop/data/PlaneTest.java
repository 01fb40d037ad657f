package lab.backprop.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PlaneTest {
  private static final double EPS = 1e-12;

  /** Orthonormal directions of R⁴ (rows of a 4×4 Hadamard matrix / 2). */
  private static final double[][] Q = {
    {0.5, 0.5, 0.5, 0.5}, {0.5, -0.5, 0.5, -0.5}, {0.5, 0.5, -0.5, -0.5}, {0.5, -0.5, -0.5, 0.5}
  };

  private static final double[] MEAN = {1, 2, 3, 4};

  /**
   * MEAN ± s_k q_k for s = 3, 1, 0.5, 0.25: the covariance (divisor 8) is Σ 2 s_k² q_k q_kᵀ / 8.
   */
  private static double[][] crossData() {
    double[] s = {3, 1, 0.5, 0.25};
    double[][] X = new double[8][4];
    for (int k = 0; k < 4; k++) {
      for (int i = 0; i < 4; i++) {
        X[2 * k][i] = MEAN[i] + s[k] * Q[k][i];
        X[2 * k + 1][i] = MEAN[i] - s[k] * Q[k][i];
      }
    }
    return X;
  }

  @Test
  void principalAxesOfAKnownCross() {
    Plane.PrincipalAxes axes = Plane.principalAxes(crossData());
    assertThat(axes.mean()).containsExactly(new double[] {1, 2, 3, 4}, within(EPS));
    // variances 2·s²/8 = 9/4, 1/4, 1/16, 1/64
    assertThat(axes.variances())
        .containsExactly(new double[] {2.25, 0.25, 0.0625, 0.015625}, within(EPS));
    // PC1 = q1 (all components positive), PC2 = ±q2 with its largest component positive
    assertThat(axes.axis(0)).containsExactly(Q[0], within(EPS));
    double sign = Math.signum(axes.axis(1)[0]);
    for (int i = 0; i < 4; i++) {
      assertThat(axes.axis(1)[i]).isCloseTo(sign * Q[1][i], within(EPS));
    }
    assertThat(axes.share(0)).isCloseTo(2.25 / (2.25 + 0.25 + 0.0625 + 0.015625), within(EPS));
  }

  @Test
  void projectionOntoThePrincipalPlane() {
    double[][] X = crossData();
    Plane plane = Plane.principal(X);
    double sign = Math.signum(plane.v()[0]);
    // MEAN + 3 q1 lies at (3, 0); MEAN − q2 at (0, −1) up to PC2's sign; q3, q4 project to 0
    assertThat(plane.project(X[0])).containsExactly(new double[] {3, 0}, within(EPS));
    assertThat(plane.project(X[3])).containsExactly(new double[] {0, -sign}, within(EPS));
    assertThat(plane.project(X[4])).containsExactly(new double[] {0, 0}, within(EPS));
    assertThat(plane.xName()).isEqualTo("PC1 (87 % of the variance)");
    // lifting (2, 0.5) gives MEAN + 2 q1 + 0.5 PC2
    double[] out = new double[4];
    plane.lift(new double[] {2, 0.5}, 1, out);
    for (int i = 0; i < 4; i++) {
      assertThat(out[i]).isCloseTo(MEAN[i] + 2 * Q[0][i] + 0.5 * sign * Q[1][i], within(EPS));
    }
  }

  @Test
  void featurePlaneHoldsTheOtherFeaturesAtTheirMean() {
    double[][] X = {{1, 10, 100, 0}, {3, 20, 300, 4}};
    Plane plane = Plane.features(X, 2, 0);
    assertThat(plane.project(new double[] {7, 15, 200, 2})).containsExactly(200, 7);
    double[] out = new double[8];
    plane.lift(new double[] {5, 6, -1, -2}, 2, out);
    // features 3 and 1 from (a, b), features 2 and 4 at their means 15 and 2
    assertThat(out).containsExactly(6, 15, 5, 2, -2, 15, -1, 2);
    assertThat(plane.xName()).isEqualTo("x3");
    assertThat(plane.description()).contains("the other 2 inputs at their mean");
    assertThatThrownBy(() -> Plane.features(X, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Plane.features(X, 0, 4)).isInstanceOf(IllegalArgumentException.class);
  }
}
