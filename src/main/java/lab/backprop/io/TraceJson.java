package lab.backprop.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import lab.backprop.nn.Trace;

/**
 * A forward/backward {@link Trace} as the evaluation result of DESIGN.md: {@code loss}, {@code
 * data_loss}, {@code l2_term}, {@code Z}, {@code A}, {@code deltas}, {@code dW}, {@code db}, lists
 * indexed from the first hidden layer. Every double reads back to the same value.
 */
public final class TraceJson {
  private TraceJson() {}

  public static ObjectNode toTree(Trace trace) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("loss", trace.loss());
    root.put("data_loss", trace.dataLoss());
    root.put("l2_term", trace.l2Term());
    root.set("Z", Arrays3.tree(trace.Z()));
    root.set("A", Arrays3.tree(trace.A()));
    root.set("deltas", Arrays3.tree(trace.deltas()));
    root.set("dW", Arrays3.tree(trace.dW()));
    root.set("db", Arrays3.tree(trace.db()));
    return root;
  }

  /** The trace as one line of JSON. */
  public static String toLine(Trace trace) {
    try {
      return Json.MAPPER.writeValueAsString(toTree(trace));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
