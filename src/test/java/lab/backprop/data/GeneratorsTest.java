package lab.backprop.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Geometry, labels, balance, noise and determinism of circles, xor, spiral, blobs, regression. */
class GeneratorsTest {

  @Test
  void circlesAreTwoConcentricRingsOfRadiusOneAndAHalf() {
    Dataset circles = Generators.circles(101, 0.0, 3, true);
    assertThat(circles.classCounts()).containsExactly(50, 51);
    for (int n = 0; n < circles.size(); n++) {
      double radius = Math.hypot(circles.x(n, 0), circles.x(n, 1));
      assertThat(radius).isCloseTo(circles.label(n) == 0 ? 1.0 : 0.5, within(1e-15));
    }
  }

  @Test
  void unshuffledCirclesAreEquallySpacedFromAngleZero() {
    Dataset circles = Generators.circles(8, 0.0, 0, false);
    assertThat(circles.labels()).containsExactly(0, 0, 0, 0, 1, 1, 1, 1);
    double[][] expected = {
      {1, 0}, {0, 1}, {-1, 0}, {0, -1}, {0.5, 0}, {0, 0.5}, {-0.5, 0}, {0, -0.5}
    };
    for (int n = 0; n < 8; n++) {
      assertThat(circles.x(n, 0)).isCloseTo(expected[n][0], within(1e-15));
      assertThat(circles.x(n, 1)).isCloseTo(expected[n][1], within(1e-15));
    }
  }

  @Test
  void xorLabelsAreTheSignQuadrants() {
    Dataset xor = Generators.xor(4001, 0.0, 8, true);
    assertThat(xor.classCounts()).containsExactly(2000, 2001);
    int[] quadrants = new int[4];
    double sumAbs1 = 0;
    double sumAbs2 = 0;
    for (int n = 0; n < xor.size(); n++) {
      double x1 = xor.x(n, 0);
      double x2 = xor.x(n, 1);
      assertThat(Math.abs(x1)).isGreaterThan(0).isLessThanOrEqualTo(1);
      assertThat(Math.abs(x2)).isGreaterThan(0).isLessThanOrEqualTo(1);
      assertThat(xor.label(n)).isEqualTo(x1 * x2 > 0 ? 0 : 1);
      quadrants[(x1 > 0 ? 0 : 1) + (x2 > 0 ? 0 : 2)]++;
      sumAbs1 += Math.abs(x1);
      sumAbs2 += Math.abs(x2);
    }
    // Quadrants I, II, IV, III: class 0 splits 1000/1000 over I and III, class 1 1000/1001 over
    // II and IV.
    assertThat(quadrants[0]).isEqualTo(1000);
    assertThat(quadrants[3]).isEqualTo(1000);
    assertThat(new int[] {quadrants[1], quadrants[2]}).containsExactlyInAnyOrder(1000, 1001);
    // |x| uniform in (0, 1]: mean 1/2, standard error sqrt(1/12 / N).
    double fourSe = 4 * Math.sqrt(1.0 / 12 / xor.size());
    assertThat(sumAbs1 / xor.size()).isCloseTo(0.5, within(fourSe));
    assertThat(sumAbs2 / xor.size()).isCloseTo(0.5, within(fourSe));
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3})
  void spiralArmsFollowTheirCurve(int classes) {
    Dataset spiral = Generators.spiral(301, classes, 0.0, 4, true);
    assertThat(spiral.classes()).isEqualTo(classes);
    int[] counts = spiral.classCounts();
    assertThat(counts).hasSize(classes);
    for (int count : counts) {
      assertThat(count).isBetween(301 / classes, 301 / classes + 1);
    }
    for (int n = 0; n < spiral.size(); n++) {
      double x1 = spiral.x(n, 0);
      double x2 = spiral.x(n, 1);
      double r = Math.hypot(x1, x2);
      assertThat(r).isBetween(0.2, 1.5);
      double s = (r - 0.2) / 1.3;
      double angle = 2 * Math.PI * spiral.label(n) / classes + 3 * Math.PI * s;
      assertThat(x1).isCloseTo(r * Math.cos(angle), within(1e-12));
      assertThat(x2).isCloseTo(r * Math.sin(angle), within(1e-12));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3})
  void cleanSpiralArmsAreSeparated(int classes) {
    Dataset spiral = Generators.spiral(300, classes, 0.0, 1, true);
    for (int n = 0; n < spiral.size(); n++) {
      assertThat(spiral.label(nearestOther(spiral, n)))
          .as("nearest neighbour of row %d", n)
          .isEqualTo(spiral.label(n));
    }
  }

  private static int nearestOther(Dataset data, int row) {
    int best = -1;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (int m = 0; m < data.size(); m++) {
      double d = Math.hypot(data.x(m, 0) - data.x(row, 0), data.x(m, 1) - data.x(row, 1));
      if (m != row && d < bestDistance) {
        best = m;
        bestDistance = d;
      }
    }
    return best;
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4, 5})
  void cleanBlobsSitOnDistinctCentresOnACircle(int classes) {
    Dataset blobs = Generators.blobs(23, classes, 0.0, 2, true);
    assertThat(blobs.classes()).isEqualTo(classes);
    for (int count : blobs.classCounts()) {
      assertThat(count).isBetween(23 / classes, 23 / classes + 1);
    }
    for (int n = 0; n < blobs.size(); n++) {
      assertThat(blobs.features()[n])
          .containsExactly(Generators.blobCentre(blobs.label(n), classes));
    }
    for (int c = 0; c < classes; c++) {
      double[] centre = Generators.blobCentre(c, classes);
      assertThat(Math.hypot(centre[0], centre[1])).isCloseTo(1.2, within(1e-15));
      double[] next = Generators.blobCentre((c + 1) % classes, classes);
      // Neighbouring centres are a chord 2·1.2·sin(π/classes) apart.
      assertThat(Math.hypot(next[0] - centre[0], next[1] - centre[1]))
          .isCloseTo(2.4 * Math.sin(Math.PI / classes), within(1e-12));
    }
    assertThat(Generators.blobCentre(0, classes)[1]).isCloseTo(1.2, within(1e-15));
  }

  @Test
  void blobSpreadIsTheNoise() {
    int classes = 4;
    double sigma = 0.2;
    Dataset blobs = Generators.blobs(8000, classes, sigma, 6, true);
    for (int c = 0; c < classes; c++) {
      double[] centre = Generators.blobCentre(c, classes);
      double[] sum = new double[2];
      double sumSq = 0;
      int m = 0;
      for (int n = 0; n < blobs.size(); n++) {
        if (blobs.label(n) == c) {
          for (int d = 0; d < 2; d++) {
            double r = blobs.x(n, d) - centre[d];
            sum[d] += r;
            sumSq += r * r;
          }
          m++;
        }
      }
      assertThat(sum[0] / m).isCloseTo(0, within(4 * sigma / Math.sqrt(m)));
      assertThat(sum[1] / m).isCloseTo(0, within(4 * sigma / Math.sqrt(m)));
      // Σr²/σ² over 2m values is χ²(2m): mean 2m, sd 2√m.
      assertThat(sumSq / (sigma * sigma)).isCloseTo(2.0 * m, within(4 * 2 * Math.sqrt(m)));
    }
  }

  @Test
  void cleanRegressionTargetsAreTheSurface() {
    Dataset data = Generators.regression(500, 0.0, 12, true);
    assertThat(data.task()).isEqualTo(Task.REGRESSION);
    assertThat(data.classes()).isZero();
    assertThat(data.labels()).isNull();
    for (int n = 0; n < data.size(); n++) {
      double x1 = data.x(n, 0);
      double x2 = data.x(n, 1);
      assertThat(x1).isBetween(-2.0, 2.0);
      assertThat(x2).isBetween(-1.5, 1.5);
      assertThat(data.target(n)).isEqualTo(Generators.surface(x1, x2));
    }
    // Hand values of sin(π x1 / 2)·cos(π x2 / 2).
    assertThat(Generators.surface(1, 0)).isEqualTo(1.0);
    assertThat(Generators.surface(-1, 0)).isEqualTo(-1.0);
    assertThat(Generators.surface(0, 0.7)).isEqualTo(0.0);
    assertThat(Generators.surface(1, 1)).isCloseTo(0.0, within(1e-16));
    assertThat(Generators.surface(1.0 / 3, 2.0 / 3)).isCloseTo(0.25, within(1e-15));
  }

  @Test
  void regressionNoiseIsOnTheTargetOnly() {
    double sigma = 0.1;
    Dataset clean = Generators.regression(4000, 0.0, 13, true);
    Dataset noisy = Generators.regression(4000, sigma, 13, true);
    assertThat(noisy.features()).isDeepEqualTo(clean.features());
    double sum = 0;
    double sumSq = 0;
    for (int n = 0; n < noisy.size(); n++) {
      double r = noisy.target(n) - clean.target(n);
      sum += r;
      sumSq += r * r;
    }
    int n = noisy.size();
    assertThat(sum / n).isCloseTo(0, within(4 * sigma / Math.sqrt(n)));
    assertThat(sumSq / (sigma * sigma)).isCloseTo(n, within(4 * Math.sqrt(2.0 * n)));
  }

  /**
   * The layout and the shuffle come before the noise: the same seed with noise σ and with noise 0
   * gives the same labels, and positions that differ by independent N(0, σ²) values.
   */
  @ParameterizedTest
  @CsvSource({"moons, 2", "circles, 2", "xor, 2", "spiral, 2", "spiral, 3", "blobs, 5"})
  void noiseJittersThePositionsOnly(String name, int classes) {
    double sigma = 0.15;
    Dataset clean = new DatasetSpec(name, 3000, 0.0, 21, true, classes).generate();
    Dataset noisy = new DatasetSpec(name, 3000, sigma, 21, true, classes).generate();
    assertThat(noisy.labels()).containsExactly(clean.labels());
    double sum = 0;
    double sumSq = 0;
    for (int n = 0; n < noisy.size(); n++) {
      for (int d = 0; d < 2; d++) {
        double r = noisy.x(n, d) - clean.x(n, d);
        sum += r;
        sumSq += r * r;
      }
    }
    int k = 2 * noisy.size();
    assertThat(sum / k).isCloseTo(0, within(4 * sigma / Math.sqrt(k)));
    assertThat(sumSq / (sigma * sigma)).isCloseTo(k, within(4 * Math.sqrt(2.0 * k)));
  }

  @ParameterizedTest
  @CsvSource({
    "moons, 2",
    "circles, 2",
    "xor, 2",
    "spiral, 2",
    "spiral, 3",
    "blobs, 2",
    "blobs, 5",
    "regression, 2"
  })
  void everyGeneratorIsDeterministicAndSeedSensitive(String name, int classes) {
    IntFunction<Dataset> bySeed =
        seed -> new DatasetSpec(name, 120, 0.2, seed, true, classes).generate();
    assertThat(bySeed.apply(5)).isEqualTo(bySeed.apply(5));
    assertThat(bySeed.apply(5)).isNotEqualTo(bySeed.apply(6));
    assertThat(bySeed.apply(5).name()).isEqualTo(name);
  }

  @ParameterizedTest
  @CsvSource({"moons, 2", "circles, 2", "xor, 2", "spiral, 3", "blobs, 5", "regression, 2"})
  void cleanDataLiesInTheMoonsRange(String name, int classes) {
    Dataset data = new DatasetSpec(name, 500, 0.0, 1, true, classes).generate();
    for (int n = 0; n < data.size(); n++) {
      assertThat(data.x(n, 0)).isBetween(-2.0, 3.0);
      assertThat(data.x(n, 1)).isBetween(-1.5, 2.0);
    }
  }

  @Test
  void unshuffledLabelsComeInClassOrder() {
    assertThat(Generators.spiral(7, 3, 0.1, 0, false).labels())
        .containsExactly(0, 0, 1, 1, 2, 2, 2);
    assertThat(Generators.blobs(5, 2, 0.1, 0, false).labels()).containsExactly(0, 0, 1, 1, 1);
    assertThat(Generators.xor(5, 0.1, 0, false).labels()).containsExactly(0, 0, 1, 1, 1);
  }

  @Test
  void classCountsOutOfRangeAreRejected() {
    assertThatThrownBy(() -> Generators.spiral(10, 4, 0.1, 0, true))
        .hasMessageContaining("classes for spiral must be in 2 … 3");
    assertThatThrownBy(() -> Generators.blobs(10, 1, 0.1, 0, true))
        .hasMessageContaining("classes for blobs must be in 2 … 5");
  }

  @Test
  void everyGeneratorRejectsAnEmptySetAndNegativeNoise() {
    assertThatThrownBy(() -> Generators.circles(0, 0.1, 0, true)).hasMessageContaining("n must");
    assertThatThrownBy(() -> Generators.xor(0, 0.1, 0, true)).hasMessageContaining("n must");
    assertThatThrownBy(() -> Generators.spiral(0, 2, 0.1, 0, true)).hasMessageContaining("n must");
    assertThatThrownBy(() -> Generators.blobs(0, 2, 0.1, 0, true)).hasMessageContaining("n must");
    assertThatThrownBy(() -> Generators.regression(10, -0.1, 0, true))
        .hasMessageContaining("noise must");
  }

  @Test
  void unshuffledXorAlternatesQuadrantsWithinEachClass() {
    // n0 = 3 (odd): class 0 in I, III, I; class 1 from its own first point in IV, II, IV
    Dataset xor = Generators.xor(6, 0.0, 4, false);
    int[][] signs = {{1, 1}, {-1, -1}, {1, 1}, {1, -1}, {-1, 1}, {1, -1}};
    for (int n = 0; n < 6; n++) {
      assertThat(Math.signum(xor.x(n, 0))).as("row %d x1", n).isEqualTo(signs[n][0]);
      assertThat(Math.signum(xor.x(n, 1))).as("row %d x2", n).isEqualTo(signs[n][1]);
    }
  }

  @Test
  void blobCentresGoRoundCounterclockwiseFromTheTop() {
    // angles π/2, π, 3π/2, 2π at radius 1.2
    double[][] expected = {{0, 1.2}, {-1.2, 0}, {0, -1.2}, {1.2, 0}};
    for (int c = 0; c < 4; c++) {
      assertThat(Generators.blobCentre(c, 4)).containsExactly(expected[c], within(1e-15));
    }
  }

  @Test
  void linspaceIncludesBothEnds() {
    assertThat(Generators.linspace(1, 3, 3)).containsExactly(1, 2, 3);
    assertThat(Generators.linspace(-1, 0.5, 4)).containsExactly(-1, -0.5, 0, 0.5);
    assertThat(Generators.linspace(2, 7, 1)).containsExactly(2);
    assertThat(Generators.linspace(2, 7, 0)).isEmpty();
  }

  /**
   * A second, plain reading of the documented recipe: 2n uniform draws (x1 then x2 per row), the
   * optional permutation, then one normal per target.
   */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void regressionFollowsItsDrawOrder(boolean shuffle) {
    int n = 7;
    double sigma = 0.3;
    NumpyRandomState random = new NumpyRandomState(17);
    double[][] rows = new double[n][];
    for (int k = 0; k < n; k++) {
      double x1 = -2 + 4 * random.randomSample();
      rows[k] = new double[] {x1, -1.5 + 3 * random.randomSample()};
    }
    int[] order = shuffle ? random.permutation(n) : new int[] {0, 1, 2, 3, 4, 5, 6};
    Dataset data = Generators.regression(n, sigma, 17, shuffle);
    for (int k = 0; k < n; k++) {
      double[] x = rows[order[k]];
      double target =
          Math.sin(Math.PI * x[0] / 2) * Math.cos(Math.PI * x[1] / 2) + sigma * random.gauss();
      assertThat(data.x(k, 0)).isCloseTo(x[0], within(1e-15));
      assertThat(data.x(k, 1)).isCloseTo(x[1], within(1e-15));
      assertThat(data.target(k)).isCloseTo(target, within(1e-12));
    }
  }
}
