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

  @Test
  void featurePlaneBoundsAndNames() {
    double[][] X = {{1, 10, 100, 0}, {3, 20, 300, 4}};
    Plane first = Plane.features(X, 0, 1);
    assertThat(first.project(new double[] {7, 15, 200, 2})).containsExactly(7, 15);
    assertThat(first.yName()).isEqualTo("x2");
    Plane last = Plane.features(X, 3, 0);
    assertThat(last.xName()).isEqualTo("x4");
    assertThat(last.yName()).isEqualTo("x1");
    assertThat(last.dimension()).isEqualTo(4);
    assertThatThrownBy(() -> Plane.features(X, 4, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Plane.features(X, -1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Plane.features(X, 0, -1)).isInstanceOf(IllegalArgumentException.class);
    // the message counts features from 1, as the user does
    assertThatThrownBy(() -> Plane.features(X, 1, 1))
        .hasMessage("features must be two different ones of 1 … 4, got 2, 2");
  }

  @Test
  void principalNamesBothAxesWithTheirShare() {
    // PC2 carries 0.25 / 2.578125 = 9.7 % of the variance
    assertThat(Plane.principal(crossData()).yName()).isEqualTo("PC2 (10 %)");
  }

  @Test
  void constantDataHasNoShareOfVariance() {
    double[][] X = {{1, 2}, {1, 2}, {1, 2}};
    Plane.PrincipalAxes axes = Plane.principalAxes(X);
    assertThat(axes.variances()).containsExactly(0, 0);
    assertThat(axes.share(0)).isEqualTo(0);
    assertThat(Plane.principal(X).xName()).isEqualTo("PC1 (0 % of the variance)");
  }

  @Test
  void principalAxesNeedTwoFeatures() {
    assertThat(Plane.principalAxes(new double[][] {{0, 0}, {2, 2}}).variances())
        .containsExactly(new double[] {2, 0}, within(EPS));
    assertThatThrownBy(() -> Plane.principalAxes(new double[][] {{1}, {2}}))
        .hasMessage("principal components need at least 2 features, got 1");
  }

  @Test
  void signedScalesToUnitLengthWithTheLargestComponentPositive() {
    // |(3, −4)| = 5, and −4 is the largest: (3, −4) / −5
    assertThat(Plane.signed(new double[] {3, -4}))
        .containsExactly(new double[] {-0.6, 0.8}, within(EPS));
    assertThat(Plane.signed(new double[] {0, 2, 0})).containsExactly(0, 1, 0);
    // a tie goes to the first component
    double r = Math.sqrt(0.5);
    assertThat(Plane.signed(new double[] {-1, 1}))
        .containsExactly(new double[] {r, -r}, within(EPS));
    // a zero vector stays (+)zero: no NaN, no −0
    assertThat(Plane.signed(new double[] {0, 0})).isEqualTo(new double[] {0.0, 0.0});
  }

  @Test
  void accessorsReturnCopies() {
    Plane plane =
        new Plane(new double[] {1, 2}, new double[] {1, 0}, new double[] {0, 1}, "a", "b", "c");
    plane.origin()[0] = 9;
    plane.u()[0] = 9;
    plane.v()[0] = 9;
    assertThat(plane.origin()).containsExactly(1, 2);
    assertThat(plane.u()).containsExactly(1, 0);
    assertThat(plane.v()).containsExactly(0, 1);
    assertThat(plane.dimension()).isEqualTo(2);
  }

  @Test
  void planesAreEqualByTheirValues() {
    double[] o = {1, 2};
    double[] e1 = {1, 0};
    double[] e2 = {0, 1};
    Plane plane = new Plane(o, e1, e2, "a", "b", "c");
    Plane same = new Plane(o.clone(), e1.clone(), e2.clone(), "a", "b", "c");
    assertThat(plane).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(plane).isNotEqualTo("a plane");
    assertThat(plane).isNotEqualTo(new Plane(new double[] {1, 3}, e1, e2, "a", "b", "c"));
    assertThat(plane).isNotEqualTo(new Plane(o, e2, e2, "a", "b", "c"));
    assertThat(plane).isNotEqualTo(new Plane(o, e1, e1, "a", "b", "c"));
    assertThat(plane).isNotEqualTo(new Plane(o, e1, e2, "x", "b", "c"));
    assertThat(plane).isNotEqualTo(new Plane(o, e1, e2, "a", "x", "c"));
    assertThat(plane).isNotEqualTo(new Plane(o, e1, e2, "a", "b", "x"));
    // swapped directions are another plane's axes and should not share the hash
    assertThat(plane.hashCode()).isNotEqualTo(new Plane(o, e2, e1, "a", "b", "c").hashCode());
    assertThat(plane.toString()).isEqualTo("Plane[a × b, c]");
  }
}
