package lab.backprop.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lab.backprop.OracleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** make_moons against scikit-learn 1.2.1 (oracle-samples/moons) and against its own geometry. */
class MoonsTest {
  private static final double TOLERANCE = 2e-15;

  @ParameterizedTest
  @CsvSource({
    "moons_7_noise0.1_seed3.csv, 7, 0.1, 3, true",
    "moons_200_noise0.2_seed0.csv, 200, 0.2, 0, true",
    "moons_100_noise0.3_seed42_noshuffle.csv, 100, 0.3, 42, false"
  })
  void matchesScikitLearn(String file, int n, double noise, long seed, boolean shuffle)
      throws IOException {
    OracleCsv expected = OracleCsv.moons(file);
    Dataset moons = Generators.moons(n, noise, seed, shuffle);

    assertThat(moons.size()).isEqualTo(n);
    assertThat(moons.classes()).isEqualTo(2);
    assertThat(moons.task()).isEqualTo(Task.CLASSIFICATION);
    assertSameRows(expected, moons);
  }

  private static void assertSameRows(OracleCsv expected, Dataset moons) {
    assertThat(moons.labels()).containsExactly(expected.labels());
    for (int row = 0; row < expected.labels().length; row++) {
      for (int d = 0; d < 2; d++) {
        assertThat(moons.x(row, d))
            .as("row %d, x%d", row, d + 1)
            .isCloseTo(expected.X()[row][d], within(TOLERANCE));
      }
    }
  }

  @Test
  void defaultSpecIsTheClassicHomeworkData() throws IOException {
    OracleCsv expected = OracleCsv.moons("moons_200_noise0.2_seed0.csv");
    Dataset data = DatasetSpec.DEFAULT.generate();
    assertSameRows(expected, data); // every coordinate: they tell n, noise and seed
  }

  @Test
  void noiseZeroUnshuffledIsTheExactLayout() {
    int n = 9; // 4 outer, 5 inner
    Dataset moons = Generators.moons(n, 0.0, 0, false);
    assertThat(moons.labels()).containsExactly(0, 0, 0, 0, 1, 1, 1, 1, 1);
    double[] outerAngles = {0, Math.PI / 3, 2 * Math.PI / 3, Math.PI};
    double[] innerAngles = {0, Math.PI / 4, Math.PI / 2, 3 * Math.PI / 4, Math.PI};
    for (int i = 0; i < 4; i++) {
      assertThat(moons.x(i, 0)).isCloseTo(Math.cos(outerAngles[i]), within(TOLERANCE));
      assertThat(moons.x(i, 1)).isCloseTo(Math.sin(outerAngles[i]), within(TOLERANCE));
    }
    for (int i = 0; i < 5; i++) {
      assertThat(moons.x(4 + i, 0)).isCloseTo(1 - Math.cos(innerAngles[i]), within(TOLERANCE));
      assertThat(moons.x(4 + i, 1)).isCloseTo(0.5 - Math.sin(innerAngles[i]), within(TOLERANCE));
    }
    // The last angle is exactly π, not 3·(π/3): sin gives the double nearest sin(Math.PI).
    assertThat(moons.x(3, 0)).isEqualTo(-1.0);
    assertThat(moons.x(3, 1)).isEqualTo(Math.sin(Math.PI));
    assertThat(moons.x(8, 0)).isEqualTo(2.0);
  }

  @Test
  void onePointIsTheFirstPointOfTheLowerMoon() {
    Dataset moons = Generators.moons(1, 0.0, 0, true);
    assertThat(moons.size()).isEqualTo(1);
    assertThat(moons.labels()).containsExactly(1);
    assertThat(moons.classes()).isEqualTo(2);
    assertThat(moons.features()[0]).containsExactly(0.0, 0.5);
  }

  @ParameterizedTest
  @CsvSource({"1, 0, 1", "2, 1, 1", "5, 2, 3", "7, 3, 4", "201, 100, 101"})
  void oddSizesGiveTheLowerMoonOneMorePoint(int n, int class0, int class1) {
    assertThat(Generators.moons(n, 0.1, 11, true).classCounts()).containsExactly(class0, class1);
  }

  @Test
  void shuffleWithoutNoisePermutesTheLayoutRows() {
    Dataset plain = Generators.moons(60, 0.0, 0, false);
    Dataset shuffled = Generators.moons(60, 0.0, 5, true);
    List<String> expected = rows(plain);
    List<String> got = rows(shuffled);
    assertThat(got).containsExactlyInAnyOrderElementsOf(expected).isNotEqualTo(expected);
    int[] labels = shuffled.labels();
    int[] sorted = labels.clone();
    Arrays.sort(sorted);
    assertThat(labels).isNotEqualTo(sorted);
  }

  private static List<String> rows(Dataset data) {
    List<String> rows = new ArrayList<>();
    for (int n = 0; n < data.size(); n++) {
      rows.add(data.x(n, 0) + "," + data.x(n, 1) + "," + data.label(n));
    }
    return rows;
  }

  @Test
  void sameSeedSameData() {
    assertThat(Generators.moons(150, 0.25, 9, true))
        .isEqualTo(Generators.moons(150, 0.25, 9, true));
    assertThat(Generators.moons(150, 0.25, 9, true))
        .isNotEqualTo(Generators.moons(150, 0.25, 10, true));
  }

  /**
   * The radial test of moons_stats.json: each point's distance R to its moon's circle centre is
   * Rice(ν = 1, σ = noise). z-test of mean((R−1)²) and one-sample KS against the tabulated CDF.
   */
  @ParameterizedTest
  @CsvSource({"0.1, 7", "0.2, 123", "0.3, 2024"})
  void radialDistancesFollowTheRiceDistribution(String noise, long seed) throws IOException {
    JsonNode rice =
        new ObjectMapper()
            .readTree(OracleFiles.oracle("moons/moons_stats.json").toFile())
            .get("rice")
            .get(noise);
    int n = 4000;
    Dataset moons = Generators.moons(n, Double.parseDouble(noise), seed, true);
    double[] r = new double[n];
    double sumSq = 0;
    for (int i = 0; i < n; i++) {
      double cx = moons.label(i) == 0 ? 0.0 : 1.0;
      double cy = moons.label(i) == 0 ? 0.0 : 0.5;
      r[i] = Math.hypot(moons.x(i, 0) - cx, moons.x(i, 1) - cy);
      sumSq += (r[i] - 1) * (r[i] - 1);
    }
    JsonNode moments = rice.get("moments");
    double z =
        (sumSq / n - moments.get("E_(R-1)^2").asDouble())
            / Math.sqrt(moments.get("Var_(R-1)^2").asDouble() / n);
    assertThat(Math.abs(z)).as("z of mean (R-1)^2").isLessThan(4);

    double[] tableR = toArray(rice.get("cdf_table").get("r"));
    double[] tableCdf = toArray(rice.get("cdf_table").get("cdf"));
    Arrays.sort(r);
    double d = 0;
    for (int i = 0; i < n; i++) {
      double cdf = interpolate(tableR, tableCdf, r[i]);
      d = Math.max(d, Math.max((i + 1.0) / n - cdf, cdf - (double) i / n));
    }
    assertThat(d).as("KS distance").isLessThan(1.9495 / Math.sqrt(n));
  }

  private static double[] toArray(JsonNode array) {
    double[] values = new double[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = array.get(i).asDouble();
    }
    return values;
  }

  private static double interpolate(double[] xs, double[] ys, double x) {
    if (x <= xs[0]) {
      return x < xs[0] ? 0.0 : ys[0];
    }
    if (x >= xs[xs.length - 1]) {
      return 1.0;
    }
    int k = Arrays.binarySearch(xs, x);
    if (k >= 0) {
      return ys[k];
    }
    int hi = -k - 1;
    int lo = hi - 1;
    double w = (x - xs[lo]) / (xs[hi] - xs[lo]);
    return ys[lo] + w * (ys[hi] - ys[lo]);
  }

  @Test
  void badArgumentsNameTheField() {
    assertThatThrownBy(() -> Generators.moons(0, 0.1, 0, true)).hasMessageContaining("n must be");
    assertThatThrownBy(() -> Generators.moons(10, -0.1, 0, true)).hasMessageContaining("noise");
    assertThatThrownBy(() -> Generators.moons(10, Double.NaN, 0, true))
        .hasMessageContaining("noise");
    assertThatThrownBy(() -> Generators.moons(10, 0.1, -1, true)).hasMessageContaining("seed");
  }
}
