package lab.backprop.io;

import static lab.backprop.io.JsonFields.array;
import static lab.backprop.io.JsonFields.integer;
import static lab.backprop.io.JsonFields.matrix;
import static lab.backprop.io.JsonFields.number;
import static lab.backprop.io.JsonFields.required;
import static lab.backprop.io.JsonFields.text;
import static lab.backprop.io.JsonFields.vector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import lab.backprop.nn.Activation;
import lab.backprop.nn.Network;
import lab.backprop.nn.OutputKind;
import lab.backprop.nn.Samples;

/**
 * The network JSON of DESIGN.md: {@code layer_sizes}, {@code activation} (one name or one per
 * hidden layer), {@code output}, {@code l2_lambda}, {@code W} ([out][in] per layer), {@code b}, and
 * optionally a batch {@code X} with labels {@code y} or targets {@code t}. Unknown keys are
 * ignored, so oracle cases (with {@code id}, expected values...) read as they are.
 */
public final class NetworkJson {
  private NetworkJson() {}

  /** A network and, when the JSON holds {@code X}, its batch (else null). */
  public record Parsed(Network network, Samples samples) {}

  public static Parsed read(Path file) throws IOException {
    JsonNode root = Json.readObject(file);
    try {
      return fromTree(root);
    } catch (InputFormatException e) {
      throw e.in(file);
    }
  }

  public static Parsed fromTree(JsonNode root) throws InputFormatException {
    Network network = networkFromTree(root);
    return new Parsed(network, samplesFromTree(root, network));
  }

  /** The network part of a JSON object. */
  public static Network networkFromTree(JsonNode root) throws InputFormatException {
    int[] sizes = layerSizes(required(root, "layer_sizes"));
    OutputKind output = outputKind(required(root, "output"));
    checkOutputUnits(output, sizes[sizes.length - 1]);
    Activation[] activations = activations(required(root, "activation"), sizes.length - 2);
    double l2 = root.hasNonNull("l2_lambda") ? number(root.get("l2_lambda"), "l2_lambda") : 0.0;
    if (l2 < 0) {
      throw new InputFormatException("l2_lambda = " + l2 + ", expected a number >= 0");
    }
    int layers = sizes.length - 1;
    JsonNode wNode = JsonFields.perLayer(required(root, "W"), "W", layers, "layer_sizes");
    JsonNode bNode = JsonFields.perLayer(required(root, "b"), "b", layers, "layer_sizes");
    double[][][] W = new double[layers][][];
    double[][] b = new double[layers][];
    for (int l = 0; l < layers; l++) {
      W[l] =
          matrix(
              wNode.get(l), "W[" + l + "]", sizes[l + 1], "layer_sizes", sizes[l], "layer_sizes");
      b[l] = vector(bNode.get(l), "b[" + l + "]", sizes[l + 1], "layer_sizes");
    }
    try {
      return new Network(sizes, activations, output, l2, W, b);
    } catch (IllegalArgumentException e) {
      throw new InputFormatException(e.getMessage());
    }
  }

  /** The batch of a JSON object ({@code X} with {@code y} or {@code t}), or null without X. */
  public static Samples samplesFromTree(JsonNode root, Network network)
      throws InputFormatException {
    if (!root.hasNonNull("X")) {
      for (String name : new String[] {"y", "t"}) {
        if (root.hasNonNull(name)) {
          throw new InputFormatException("\"" + name + "\" is given but \"X\" is missing");
        }
      }
      return null;
    }
    JsonNode xNode = array(root.get("X"), "X");
    int n = xNode.size();
    if (n == 0) {
      throw new InputFormatException("X has no rows, expected at least 1");
    }
    double[][] X = matrix(xNode, "X", n, "X", network.inputSize(), "layer_sizes");
    OutputKind output = network.output();
    if (output.isClassification()) {
      int classes = output == OutputKind.SOFTMAX_CE ? network.outputSize() : 2;
      return new Samples(X, labels(required(root, "y"), n, classes), null);
    }
    return new Samples(X, null, vector(required(root, "t"), "t", n, "X"));
  }

  public static ObjectNode toTree(Network network, Samples samples) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    ArrayNode sizes = root.putArray("layer_sizes");
    Arrays.stream(network.layerSizes()).forEach(sizes::add);
    Activation[] activations = network.activations();
    if (Arrays.stream(activations).distinct().count() == 1) {
      root.put("activation", activations[0].jsonName());
    } else {
      ArrayNode names = root.putArray("activation");
      Arrays.stream(activations).forEach(a -> names.add(a.jsonName()));
    }
    root.put("output", network.output().jsonName());
    root.put("l2_lambda", network.l2Lambda());
    root.set("W", Arrays3.tree(network.copyW()));
    root.set("b", Arrays3.tree(network.copyB()));
    if (samples != null) {
      root.set("X", Arrays3.tree(samples.X()));
      if (samples.y() != null) {
        ArrayNode y = root.putArray("y");
        Arrays.stream(samples.y()).forEach(y::add);
      }
      if (samples.t() != null) {
        root.set("t", Arrays3.tree(samples.t()));
      }
    }
    return root;
  }

  /** The network (and batch, when not null) as one line of JSON. */
  public static String toJson(Network network, Samples samples) {
    try {
      return Json.MAPPER.writeValueAsString(toTree(network, samples));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the network (and batch, when not null) atomically, pretty-printed. */
  public static void write(Path file, Network network, Samples samples) throws IOException {
    ObjectNode tree = toTree(network, samples);
    AtomicFiles.writeString(
        file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n");
  }

  private static int[] layerSizes(JsonNode node) throws InputFormatException {
    array(node, "layer_sizes");
    int count = node.size();
    if (count < 3 || count > Network.MAX_HIDDEN_LAYERS + 2) {
      throw new InputFormatException(
          "layer_sizes has "
              + count
              + " entries, expected input, 1 to "
              + Network.MAX_HIDDEN_LAYERS
              + " hidden layers and output (3 to "
              + (Network.MAX_HIDDEN_LAYERS + 2)
              + " entries)");
    }
    int[] sizes = new int[count];
    for (int i = 0; i < count; i++) {
      sizes[i] = integer(node.get(i), "layer_sizes[" + i + "]");
      boolean hidden = i > 0 && i < count - 1;
      int max = hidden ? Network.MAX_UNITS : i == 0 ? Network.MAX_INPUTS : Integer.MAX_VALUE;
      if (sizes[i] < 1 || sizes[i] > max) {
        throw new InputFormatException(
            "layer_sizes["
                + i
                + "] = "
                + sizes[i]
                + ", expected "
                + (max < Integer.MAX_VALUE
                    ? "1 to " + max + (hidden ? " units" : " inputs")
                    : "at least 1 unit"));
      }
    }
    return sizes;
  }

  private static OutputKind outputKind(JsonNode node) throws InputFormatException {
    String name = text(node, "output");
    for (OutputKind kind : OutputKind.values()) {
      if (kind.jsonName().equals(name)) {
        return kind;
      }
    }
    throw new InputFormatException(
        "output \""
            + name
            + "\" is not one of "
            + Arrays.stream(OutputKind.values())
                .map(OutputKind::jsonName)
                .collect(Collectors.joining(", ")));
  }

  private static void checkOutputUnits(OutputKind output, int units) throws InputFormatException {
    if (output == OutputKind.SOFTMAX_CE && units < 2) {
      throw new InputFormatException(
          "output \"softmax_ce\" needs at least 2 output units, layer_sizes ends with " + units);
    }
    if (output != OutputKind.SOFTMAX_CE && units != 1) {
      throw new InputFormatException(
          "output \""
              + output.jsonName()
              + "\" needs 1 output unit, layer_sizes ends with "
              + units);
    }
  }

  private static Activation[] activations(JsonNode node, int hiddenLayers)
      throws InputFormatException {
    Activation[] result = new Activation[hiddenLayers];
    if (node.isArray()) {
      if (node.size() != hiddenLayers) {
        throw new InputFormatException(
            "activation has "
                + node.size()
                + " names, layer_sizes has "
                + hiddenLayers
                + " hidden layers");
      }
      for (int i = 0; i < hiddenLayers; i++) {
        result[i] = activation(node.get(i), "activation[" + i + "]");
      }
    } else {
      Arrays.fill(result, activation(node, "activation"));
    }
    return result;
  }

  private static Activation activation(JsonNode node, String path) throws InputFormatException {
    String name = text(node, path);
    for (Activation a : Activation.values()) {
      if (a.jsonName().equals(name)) {
        return a;
      }
    }
    throw new InputFormatException(
        path
            + " \""
            + name
            + "\" is not one of "
            + Arrays.stream(Activation.values())
                .map(Activation::jsonName)
                .collect(Collectors.joining(", ")));
  }

  private static int[] labels(JsonNode node, int n, int classes) throws InputFormatException {
    array(node, "y");
    if (node.size() != n) {
      throw new InputFormatException("y has " + node.size() + " entries, X has " + n + " rows");
    }
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = integer(node.get(i), "y[" + i + "]");
      if (y[i] < 0 || y[i] >= classes) {
        throw new InputFormatException(
            "y["
                + i
                + "] = "
                + y[i]
                + " but the output has "
                + classes
                + " classes (labels 0 to "
                + (classes - 1)
                + ")");
      }
    }
    return y;
  }
}
