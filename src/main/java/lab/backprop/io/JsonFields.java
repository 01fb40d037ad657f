package lab.backprop.io;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Typed access to the fields of a JSON tree. Every failure names the field by its path (e.g. {@code
 * W[0][2][1]}) and what was expected.
 */
final class JsonFields {
  private JsonFields() {}

  static JsonNode required(JsonNode object, String name) throws InputFormatException {
    JsonNode value = object.get(name);
    if (value == null || value.isNull()) {
      throw new InputFormatException("missing field \"" + name + "\"");
    }
    return value;
  }

  /** A required field of a nested object, named by its full path, e.g. optimizer.name. */
  static JsonNode required(JsonNode object, String parent, String name)
      throws InputFormatException {
    JsonNode value = object.get(name);
    if (value == null || value.isNull()) {
      throw new InputFormatException("missing field \"" + parent + "." + name + "\"");
    }
    return value;
  }

  static JsonNode array(JsonNode node, String path) throws InputFormatException {
    if (!node.isArray()) {
      throw new InputFormatException(path + " is " + describe(node) + ", expected a list [...]");
    }
    return node;
  }

  static JsonNode object(JsonNode node, String path) throws InputFormatException {
    if (!node.isObject()) {
      throw new InputFormatException(path + " is " + describe(node) + ", expected an object {...}");
    }
    return node;
  }

  static double number(JsonNode node, String path) throws InputFormatException {
    if (!node.isNumber()) {
      throw new InputFormatException(path + " is " + describe(node) + ", expected a number");
    }
    double value = node.doubleValue();
    if (!Double.isFinite(value)) {
      throw new InputFormatException(
          path + " is beyond the range of a double (±1.8e308), expected a finite number");
    }
    return value;
  }

  static int integer(JsonNode node, String path) throws InputFormatException {
    if (!node.isNumber()) {
      throw new InputFormatException(path + " is " + describe(node) + ", expected an integer");
    }
    double value = node.doubleValue();
    if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
      throw new InputFormatException(path + " = " + node + ", expected an integer");
    }
    return (int) value;
  }

  static String text(JsonNode node, String path) throws InputFormatException {
    if (!node.isTextual()) {
      throw new InputFormatException(path + " is " + describe(node) + ", expected a string");
    }
    return node.textValue();
  }

  /** A list with one entry per layer, as {@code source} (e.g. layer_sizes) says. */
  static JsonNode perLayer(JsonNode node, String path, int layers, String source)
      throws InputFormatException {
    array(node, path);
    if (node.size() != layers) {
      throw new InputFormatException(
          path + " has " + node.size() + " layers, " + source + " says " + layers);
    }
    return node;
  }

  /** A list of numbers of the given length. */
  static double[] vector(JsonNode node, String path, int length, String lengthSource)
      throws InputFormatException {
    array(node, path);
    if (node.size() != length) {
      throw new InputFormatException(
          path + " has " + node.size() + " entries, " + lengthSource + " says " + length);
    }
    double[] v = new double[length];
    for (int i = 0; i < length; i++) {
      v[i] = number(node.get(i), path + "[" + i + "]");
    }
    return v;
  }

  /** A [rows][cols] matrix of numbers. */
  static double[][] matrix(
      JsonNode node, String path, int rows, String rowSource, int cols, String colSource)
      throws InputFormatException {
    array(node, path);
    if (node.size() != rows) {
      throw new InputFormatException(
          path + " has " + node.size() + " rows, " + rowSource + " says " + rows);
    }
    double[][] m = new double[rows][];
    for (int r = 0; r < rows; r++) {
      m[r] = vector(node.get(r), path + "[" + r + "]", cols, colSource);
    }
    return m;
  }

  /**
   * Checks the {@code format} and {@code version} members of a file's root; {@code what} names the
   * kind of file in the message ("a run spec").
   */
  static void checkFormat(JsonNode root, String format, int version, String what)
      throws InputFormatException {
    JsonNode given = root.get("format");
    if (given == null || !format.equals(given.asText(null))) {
      throw new InputFormatException(
          "format is "
              + (given == null ? "missing" : describe(given))
              + ", expected \""
              + format
              + "\" (is this "
              + what
              + "?)");
    }
    JsonNode v = root.get("version");
    if (v == null || !v.isIntegralNumber()) {
      throw new InputFormatException(
          "version is " + (v == null ? "missing" : describe(v)) + ", expected " + version);
    }
    if (v.asLong() != version) {
      throw new InputFormatException(
          "version "
              + v.asText()
              + (v.asLong() > version
                  ? " is newer than this Backprop Lab reads (" + version + "): update the app"
                  : " is not known, expected " + version));
    }
  }

  /** Rejects a member of {@code node} not in {@code known}, naming it with {@code prefix}. */
  static void checkMembers(JsonNode node, String prefix, java.util.List<String> known)
      throws InputFormatException {
    for (java.util.Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new InputFormatException(
            "unknown field \"" + prefix + name + "\", expected one of " + String.join(", ", known));
      }
    }
  }

  static String describe(JsonNode node) {
    if (node.isArray()) {
      return "a list";
    }
    if (node.isObject()) {
      return "an object";
    }
    String text = node.toString();
    return text.length() > 40 ? text.substring(0, 37) + "..." : text;
  }
}
