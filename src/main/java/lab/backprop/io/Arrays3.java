package lab.backprop.io;

import com.fasterxml.jackson.databind.node.ArrayNode;

/** Nested double arrays as JSON lists (each double written so that it reads back exactly). */
final class Arrays3 {
  private Arrays3() {}

  static ArrayNode tree(double[] v) {
    ArrayNode node = Json.MAPPER.createArrayNode();
    for (double x : v) {
      node.add(x);
    }
    return node;
  }

  static ArrayNode tree(double[][] m) {
    ArrayNode node = Json.MAPPER.createArrayNode();
    for (double[] row : m) {
      node.add(tree(row));
    }
    return node;
  }

  static ArrayNode tree(double[][][] t) {
    ArrayNode node = Json.MAPPER.createArrayNode();
    for (double[][] m : t) {
      node.add(tree(m));
    }
    return node;
  }

  static ArrayNode tree(double[][][][] t) {
    ArrayNode node = Json.MAPPER.createArrayNode();
    for (double[][][] m : t) {
      node.add(tree(m));
    }
    return node;
  }
}
