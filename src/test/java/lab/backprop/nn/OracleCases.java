package lab.backprop.nn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import lab.backprop.OracleFiles;

/**
 * Reading the oracle JSON files and comparing with their tolerance (public for the tests of other
 * packages that need a network and its expected values, e.g. the step-through's).
 */
public final class OracleCases {
  private OracleCases() {}

  public static JsonNode read(String name) throws IOException {
    return new ObjectMapper().readTree(OracleFiles.oracle(name).toFile());
  }

  public static List<JsonNode> cases(String name) throws IOException {
    List<JsonNode> list = new ArrayList<>();
    read(name).get("cases").forEach(list::add);
    return list;
  }

  public static double[] vector(JsonNode node) {
    double[] v = new double[node.size()];
    for (int k = 0; k < v.length; k++) {
      v[k] = node.get(k).asDouble();
    }
    return v;
  }

  public static int[] ints(JsonNode node) {
    int[] v = new int[node.size()];
    for (int k = 0; k < v.length; k++) {
      v[k] = node.get(k).asInt();
    }
    return v;
  }

  public static double[][] matrix(JsonNode node) {
    double[][] m = new double[node.size()][];
    for (int k = 0; k < m.length; k++) {
      m[k] = vector(node.get(k));
    }
    return m;
  }

  public static double[][][] matrices(JsonNode node) {
    double[][][] m = new double[node.size()][][];
    for (int k = 0; k < m.length; k++) {
      m[k] = matrix(node.get(k));
    }
    return m;
  }

  /** The network of a case in the DESIGN.md network JSON. */
  public static Network network(JsonNode c) {
    int[] sizes = ints(c.get("layer_sizes"));
    Activation[] acts = new Activation[sizes.length - 2];
    JsonNode act = c.get("activation");
    for (int h = 0; h < acts.length; h++) {
      acts[h] = Activation.fromName(act.isArray() ? act.get(h).asText() : act.asText());
    }
    return new Network(
        sizes,
        acts,
        OutputKind.fromName(c.get("output").asText()),
        c.get("l2_lambda").asDouble(),
        matrices(c.get("W")),
        matrix(c.get("b")));
  }

  public static Samples samples(JsonNode c) {
    return new Samples(
        matrix(c.get("X")),
        c.has("y") ? ints(c.get("y")) : null,
        c.has("t") ? vector(c.get("t")) : null);
  }

  static void assertClose(String what, double got, double expected) {
    double tol = 1e-12 + 1e-10 * Math.abs(expected);
    assertThat(Math.abs(got - expected))
        .as("%s: got %s, expected %s", what, got, expected)
        .isLessThanOrEqualTo(tol);
  }

  static void assertClose(String what, double[] got, double[] expected) {
    assertThat(got.length).as("%s length", what).isEqualTo(expected.length);
    for (int k = 0; k < got.length; k++) {
      assertClose(what + "[" + k + "]", got[k], expected[k]);
    }
  }

  static void assertClose(String what, double[][] got, double[][] expected) {
    assertThat(got.length).as("%s rows", what).isEqualTo(expected.length);
    for (int k = 0; k < got.length; k++) {
      assertClose(what + "[" + k + "]", got[k], expected[k]);
    }
  }

  static void assertClose(String what, double[][][] got, double[][][] expected) {
    assertThat(got.length).as("%s layers", what).isEqualTo(expected.length);
    for (int k = 0; k < got.length; k++) {
      assertClose(what + "[" + k + "]", got[k], expected[k]);
    }
  }
}
