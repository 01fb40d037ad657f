package lab.backprop.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import lab.backprop.OracleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every vector of moons_rng_vectors.json (numpy 1.24 RandomState). */
class NumpyRandomStateTest {

  static Stream<JsonNode> cases() throws IOException {
    JsonNode root =
        new ObjectMapper().readTree(OracleFiles.oracle("moons/moons_rng_vectors.json").toFile());
    List<JsonNode> cases = new ArrayList<>();
    root.get("cases").forEach(cases::add);
    assertThat(cases).extracting(c -> c.get("seed").asLong()).contains(0L, 1L, 42L, 4294967295L);
    return cases.stream();
  }

  private static long[] longs(JsonNode array) {
    long[] values = new long[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = array.get(i).asLong();
    }
    return values;
  }

  private static double[] doubles(JsonNode array) {
    double[] values = new double[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = Double.parseDouble(array.get(i).asText());
    }
    return values;
  }

  @ParameterizedTest
  @MethodSource("cases")
  void firstTenOutputs(JsonNode c) {
    NumpyRandomState random = new NumpyRandomState(c.get("seed").asLong());
    long[] expected = longs(c.get("uint32_first10"));
    for (long value : expected) {
      assertThat(random.nextUint32()).isEqualTo(value);
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void outputs620To629AcrossTheSecondRegeneration(JsonNode c) {
    NumpyRandomState random = new NumpyRandomState(c.get("seed").asLong());
    for (int i = 0; i < 620; i++) {
      random.nextUint32();
    }
    long[] expected = longs(c.get("uint32_index620_to_629"));
    for (long value : expected) {
      assertThat(random.nextUint32()).isEqualTo(value);
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void randomSampleDoubles(JsonNode c) {
    NumpyRandomState random = new NumpyRandomState(c.get("seed").asLong());
    for (double value : doubles(c.get("doubles_first6"))) {
      assertThat(random.randomSample()).isEqualTo(value);
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void gauss(JsonNode c) {
    NumpyRandomState random = new NumpyRandomState(c.get("seed").asLong());
    for (double value : doubles(c.get("gauss_first6"))) {
      assertThat(random.gauss()).isEqualTo(value);
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void shuffleOfTen(JsonNode c) {
    int[] p = new NumpyRandomState(c.get("seed").asLong()).permutation(10);
    assertThat(p).containsExactly(toInts(longs(c.get("shuffle_arange10"))));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void shuffleOfTwoHundred(JsonNode c) {
    int[] p = new NumpyRandomState(c.get("seed").asLong()).permutation(200);
    int[] expected = toInts(longs(c.get("shuffle_arange200_first20")));
    for (int i = 0; i < expected.length; i++) {
      assertThat(p[i]).as("p[%d]", i).isEqualTo(expected[i]);
    }
    assertThat(p).containsExactlyInAnyOrder(identity(200));
  }

  private static int[] toInts(long[] values) {
    int[] ints = new int[values.length];
    for (int i = 0; i < ints.length; i++) {
      ints[i] = (int) values[i];
    }
    return ints;
  }

  private static int[] identity(int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    return p;
  }

  @Test
  void readmeExamplesForSeedZero() {
    assertThat(new NumpyRandomState(0).nextUint32()).isEqualTo(2357136044L);
    assertThat(new NumpyRandomState(0).randomSample()).isEqualTo(0.5488135039273248);
    assertThat(new NumpyRandomState(0).gauss()).isEqualTo(1.764052345967664);
  }

  @Test
  void boundedIntOfZeroDrawsNothing() {
    NumpyRandomState a = new NumpyRandomState(5);
    NumpyRandomState b = new NumpyRandomState(5);
    assertThat(a.boundedInt(0)).isZero();
    assertThat(a.nextUint32()).isEqualTo(b.nextUint32());
  }

  @Test
  void boundedIntUsesTheMaskAndRejects() {
    // max 4 → mask 7: outputs & 7 above 4 are rejected, each using up one output.
    NumpyRandomState reference = new NumpyRandomState(42);
    NumpyRandomState random = new NumpyRandomState(42);
    for (int k = 0; k < 50; k++) {
      long expected;
      do {
        expected = reference.nextUint32() & 7;
      } while (expected > 4);
      assertThat(random.boundedInt(4)).isEqualTo(expected);
    }
  }

  @Test
  void normalWithScaleIsScaledGauss() {
    NumpyRandomState a = new NumpyRandomState(1);
    NumpyRandomState b = new NumpyRandomState(1);
    for (int k = 0; k < 5; k++) {
      assertThat(a.normal(0.3)).isEqualTo(0.3 * b.gauss());
    }
  }

  @Test
  void rejectsSeedsOutsideTheUnsigned32BitRange() {
    assertThatThrownBy(() -> new NumpyRandomState(-1)).hasMessageContaining("seed");
    assertThatThrownBy(() -> new NumpyRandomState(4294967296L))
        .hasMessageContaining("0 … 4294967295");
  }

  @Test
  void boundedIntCoversTheWhole32BitRange() {
    // max 2³² − 1 → mask of all ones: the output itself, never rejected
    NumpyRandomState reference = new NumpyRandomState(9);
    NumpyRandomState random = new NumpyRandomState(9);
    for (int k = 0; k < 3; k++) {
      assertThat(random.boundedInt(NumpyRandomState.MAX_SEED)).isEqualTo(reference.nextUint32());
    }
    assertThatThrownBy(() -> random.boundedInt(-1)).hasMessageContaining("0 … 4294967295");
    assertThatThrownBy(() -> random.boundedInt(NumpyRandomState.MAX_SEED + 1))
        .hasMessageContaining("0 … 4294967295");
  }

  @Test
  void uniformScalesTheSampleIntoTheInterval() {
    // seed 0's first sample is 0.5488135039273248: 2 + 3 · that
    assertThat(new NumpyRandomState(0).uniform(2, 5)).isCloseTo(3.6464405117819744, within(1e-15));
    assertThat(new NumpyRandomState(0).uniform(-2, 2)).isCloseTo(0.1952540157092992, within(1e-15));
  }
}
