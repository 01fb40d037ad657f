package lab.backprop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Compares a JSON value with the oracle's, recursively: the same list shapes, and every number
 * within |got − expected| ≤ 1e-12 + 1e-10·|expected| (the oracle README's tolerance).
 */
final class OracleCompare {
  private OracleCompare() {}

  static void assertClose(JsonNode got, JsonNode expected, String path) {
    if (expected.isArray()) {
      assertThat(got.isArray()).as(path + " is a list").isTrue();
      assertThat(got.size()).as(path + " length").isEqualTo(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        assertClose(got.get(i), expected.get(i), path + "[" + i + "]");
      }
    } else if (expected.isNumber()) {
      assertThat(got.isNumber()).as(path + " is a number").isTrue();
      double e = expected.doubleValue();
      double g = got.doubleValue();
      if (!(Math.abs(g - e) <= 1e-12 + 1e-10 * Math.abs(e))) {
        fail(path + ": got " + g + ", expected " + e + " (difference " + (g - e) + ")");
      }
    } else {
      fail(path + ": unexpected oracle value " + expected);
    }
  }
}
