package lab.backprop.io;

import static lab.backprop.io.JsonFields.array;
import static lab.backprop.io.JsonFields.integer;
import static lab.backprop.io.JsonFields.number;
import static lab.backprop.io.JsonFields.object;
import static lab.backprop.io.JsonFields.required;
import static lab.backprop.io.JsonFields.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import lab.backprop.nn.Network;
import lab.backprop.nn.OptimizerKind;
import lab.backprop.nn.OptimizerSettings;
import lab.backprop.nn.Samples;

/**
 * The input of the {@code steps} command: a network JSON with its data ({@code X}, {@code y}/{@code
 * t}), plus {@code "optimizer": {"name", "lr", "momentum", "beta1", "beta2", "eps"}} and {@code
 * "batches": [[row indices], ...]}; and its result {@code {"loss_before", "W_after", "b_after"}}.
 */
public final class StepsJson {
  private StepsJson() {}

  public record Input(
      Network network, Samples samples, OptimizerSettings optimizer, int[][] batches) {}

  public static Input read(Path file) throws IOException {
    JsonNode root = Json.readObject(file);
    try {
      return fromTree(root);
    } catch (InputFormatException e) {
      throw e.in(file);
    }
  }

  public static Input fromTree(JsonNode root) throws InputFormatException {
    NetworkJson.Parsed parsed = NetworkJson.fromTree(root);
    if (parsed.samples() == null) {
      throw new InputFormatException("missing field \"X\" (the rows the batches index)");
    }
    OptimizerSettings optimizer = optimizer(required(root, "optimizer"));
    int[][] batches = batches(required(root, "batches"), parsed.samples().size());
    return new Input(parsed.network(), parsed.samples(), optimizer, batches);
  }

  /** The result: one entry per step; {@code W[k]}/{@code b[k]} are the parameters after step k. */
  public static String resultLine(double[] lossBefore, double[][][][] W, double[][][] b) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.set("loss_before", Arrays3.tree(lossBefore));
    root.set("W_after", Arrays3.tree(W));
    ArrayNode bAfter = root.putArray("b_after");
    for (double[][] step : b) {
      bAfter.add(Arrays3.tree(step));
    }
    try {
      return Json.MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static OptimizerSettings optimizer(JsonNode node) throws InputFormatException {
    object(node, "optimizer");
    OptimizerSettings defaults = OptimizerSettings.DEFAULT;
    String name = text(required(node, "optimizer", "name"), "optimizer.name");
    double lr = number(required(node, "optimizer", "lr"), "optimizer.lr");
    try {
      return new OptimizerSettings(
          OptimizerKind.fromName(name),
          lr,
          optional(node, "momentum", defaults.momentum()),
          optional(node, "beta1", defaults.beta1()),
          optional(node, "beta2", defaults.beta2()),
          optional(node, "eps", defaults.eps()));
    } catch (IllegalArgumentException e) {
      throw new InputFormatException("optimizer: " + e.getMessage());
    }
  }

  private static double optional(JsonNode node, String name, double fallback)
      throws InputFormatException {
    return node.hasNonNull(name) ? number(node.get(name), "optimizer." + name) : fallback;
  }

  private static int[][] batches(JsonNode node, int rows) throws InputFormatException {
    array(node, "batches");
    int[][] batches = new int[node.size()][];
    for (int k = 0; k < batches.length; k++) {
      String path = "batches[" + k + "]";
      JsonNode batch = array(node.get(k), path);
      if (batch.isEmpty()) {
        throw new InputFormatException(path + " is empty, expected at least one row index");
      }
      batches[k] = new int[batch.size()];
      for (int i = 0; i < batch.size(); i++) {
        int row = integer(batch.get(i), path + "[" + i + "]");
        if (row < 0 || row >= rows) {
          throw new InputFormatException(
              path
                  + "["
                  + i
                  + "] = "
                  + row
                  + " but X has "
                  + rows
                  + " rows (0 to "
                  + (rows - 1)
                  + ")");
        }
        batches[k][i] = row;
      }
    }
    return batches;
  }
}
