package lab.backprop.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import lab.backprop.run.RunOptions;
import lab.backprop.train.Command;
import lab.backprop.train.RunState;
import lab.backprop.train.Trainer;
import lab.backprop.train.TrainerSettings;

/**
 * Malformed session files, each made from a good one by one change, with a part of the message that
 * must name what is wrong. Shared by the tests of the reader, of {@code train --resume}, of the
 * window's {@code --open} and of File ▸ Open.
 */
public final class BadSessions {
  private BadSessions() {}

  /** A malformed session: its file name, its text and what the message must contain. */
  public record Case(String name, String text, String expected) {
    public Path write(Path dir) throws IOException {
      Path f = dir.resolve(name + ".json");
      Files.writeString(f, text, StandardCharsets.UTF_8);
      return f;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** A good session (Adam, mini-batches, mid-epoch, its points written out), as a JSON tree. */
  public static ObjectNode good() throws Exception {
    return good(
        "--batch", "16", "--optimizer", "adam", "--lr", "0.01", "--n", "60", "--hidden", "3");
  }

  /** As {@link #good()} for the run of these options. */
  public static ObjectNode good(String... options) throws Exception {
    try (Trainer t = new Trainer(TrainerSettings.of(RunOptions.parse(options)))) {
      Duration wait = Duration.ofSeconds(30);
      t.sendAndAwait(new Command.StepEpoch(), wait);
      t.sendAndAwait(new Command.StepBatch(), wait);
      RunState state = t.capture().get();
      ObjectNode tree = SessionJson.toTree(state, null);
      ObjectNode points = tree.putObject("points");
      points.put("name", state.train().name());
      points.set("train", SessionJson.pointsTree(state.train()));
      points.set("test", SessionJson.pointsTree(state.test()));
      return tree;
    }
  }

  public static String text(JsonNode tree) throws IOException {
    return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
  }

  /** Every case, made from {@code good}. */
  public static List<Case> all(ObjectNode good) throws IOException {
    String text = text(good);
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("truncated", text.substring(0, text.length() / 2), "malformed JSON"));
    cases.add(new Case("empty", "", "is empty"));
    cases.add(new Case("a-list", "[1, 2]", "expected a JSON object"));
    cases.add(
        new Case(
            "nan", text.replaceFirst("\"W\" : \\[ \\[ \\[ [^,]+", "\"W\" : [ [ [ NaN"), "NaN"));
    List<Edit> edits = new ArrayList<>();
    edits.add(new Edit("run-spec-format", t -> t.put("format", "backprop-lab-run"), "format"));
    edits.add(new Edit("newer-version", t -> t.put("version", 2), "version 2 is newer"));
    edits.add(new Edit("old-version", t -> t.put("version", 0), "version 0 is not known"));
    edits.add(new Edit("version-as-text", t -> t.put("version", "1"), "version is \"1\""));
    edits.add(new Edit("unknown-field", t -> t.put("netwrok", 1), "unknown field \"netwrok\""));
    edits.add(new Edit("missing-network", t -> t.remove("network"), "missing field \"network\""));
    edits.add(
        new Edit("unknown-network-field", t -> obj(t, "network").put("bias", 0), "network.bias"));
    edits.add(
        new Edit(
            "W-row-missing", t -> arr(arr(obj(t, "network").get("W")).get(0)).remove(0), "W[0]"));
    edits.add(
        new Edit(
            "W-row-too-long",
            t -> arr(arr(arr(obj(t, "network").get("W")).get(1)).get(0)).add(0.5),
            "W[1][0] has 4 entries"));
    edits.add(
        new Edit(
            "b-too-short", t -> arr(arr(obj(t, "network").get("b")).get(0)).remove(0), "b[0]"));
    edits.add(
        new Edit(
            "W-infinite",
            t ->
                arr(arr(arr(obj(t, "network").get("W")).get(0)).get(0))
                    .set(0, new java.math.BigDecimal("1e999")),
            "W[0][0][0] is beyond the range"));
    edits.add(
        new Edit(
            "W-as-text",
            t -> arr(arr(arr(obj(t, "network").get("W")).get(0)).get(0)).set(0, "0.5"),
            "W[0][0][0] is \"0.5\", expected a number"));
    edits.add(
        new Edit(
            "layer-sizes-not-the-runs",
            t -> arr(obj(obj(t, "run"), "network").get("hidden")).set(0, 4),
            "does not match the run's network.hidden [4]"));
    edits.add(
        new Edit(
            "run-unknown-field",
            t -> obj(obj(t, "run"), "network").put("hiden", 4),
            "run: unknown field \"network.hiden\""));
    edits.add(
        new Edit("run-bad-lr", t -> obj(obj(t, "run"), "optimizer").put("lr", -1), "optimizer.lr"));
    edits.add(
        new Edit(
            "adam-moment-wrong-size",
            t -> arr(arr(obj(obj(t, "optimizer_state"), "m").get("W")).get(0)).remove(0),
            "optimizer_state.m.W[0]"));
    edits.add(
        new Edit(
            "adam-moment-extra-layer",
            t ->
                arr(obj(obj(t, "optimizer_state"), "s").get("b"))
                    .add(Json.MAPPER.createArrayNode()),
            "optimizer_state.s.b has 3 layers"));
    edits.add(
        new Edit(
            "adam-without-t", t -> obj(t, "optimizer_state").remove("t"), "optimizer_state.t"));
    edits.add(
        new Edit(
            "adam-negative-t", t -> obj(t, "optimizer_state").put("t", -3), "optimizer_state.t"));
    edits.add(
        new Edit(
            "velocity-for-adam",
            t -> obj(t, "optimizer_state").putObject("velocity"),
            "unknown field \"optimizer_state.velocity\""));
    edits.add(
        new Edit(
            "adam-negative-s",
            t -> arr(arr(obj(obj(t, "optimizer_state"), "s").get("b")).get(0)).set(0, -1.0),
            "optimizer_state.s.b[0] holds -1.0"));
    edits.add(
        new Edit(
            "order-repeats-a-row",
            t -> {
              ArrayNode p = arr(obj(t, "order").get("permutation"));
              p.set(1, p.get(0).intValue());
            },
            "order.permutation[1] = "));
    edits.add(
        new Edit(
            "order-too-short",
            t -> arr(obj(t, "order").get("permutation")).remove(0),
            "order.permutation has 47 entries, the training data has 48 rows"));
    edits.add(
        new Edit(
            "position-outside", t -> obj(t, "order").put("position", 48), "order.position = 48"));
    edits.add(
        new Edit(
            "random-not-whole", t -> obj(t, "order").put("random", 1.5), "order.random is 1.5"));
    edits.add(
        new Edit(
            "negative-epoch", t -> obj(t, "counters").put("epoch", -1), "counters.epoch = -1"));
    edits.add(
        new Edit(
            "into-epoch-past-the-end",
            t -> obj(t, "counters").put("examples_into_epoch", 48),
            "counters.examples_into_epoch = 48"));
    edits.add(
        new Edit(
            "steps-as-text", t -> obj(t, "counters").put("steps", "4"), "counters.steps is \"4\""));
    edits.add(
        new Edit(
            "history-columns-differ",
            t -> arr(obj(t, "history").get("train_loss")).add(0.5),
            "history.train_loss has"));
    edits.add(
        new Edit("history-stride", t -> obj(t, "history").put("stride", 3), "history.stride is 3"));
    edits.add(
        new Edit(
            "history-epoch-null",
            t -> arr(obj(t, "history").get("epoch")).set(0, Json.MAPPER.nullNode()),
            "history.epoch[0] is null"));
    edits.add(
        new Edit(
            "too-many-recent-losses",
            t -> {
              ArrayNode r = obj(t, "divergence").putArray("recent_losses");
              for (int k = 0; k < 21; k++) {
                r.add(0.5);
              }
            },
            "recent_losses has 21 values"));
    edits.add(
        new Edit(
            "best-W-row-too-long",
            t -> arr(arr(arr(obj(obj(t, "divergence"), "best").get("W")).get(1)).get(0)).add(0.5),
            "divergence.best.W[1][0] has 4 entries"));
    edits.add(
        new Edit(
            "best-unknown-field",
            t -> obj(obj(t, "divergence"), "best").put("step", 3),
            "divergence.best.step"));
    edits.add(
        new Edit(
            "best-loss-as-text",
            t -> obj(obj(t, "divergence"), "best").put("loss", "low"),
            "divergence.best.loss is \"low\", expected a number"));
    edits.add(
        new Edit(
            "best-epoch-negative",
            t -> obj(obj(t, "divergence"), "best").put("epoch", -1.5),
            "divergence.best.epoch = -1.5"));
    edits.add(new Edit("missing-grow-random", t -> t.remove("grow_random"), "grow_random"));
    edits.add(
        new Edit(
            "point-of-three-features",
            t -> arr(arr(obj(obj(t, "points"), "train").get("X")).get(0)).add(1.0),
            "points.train.X[0] has 3 entries"));
    edits.add(
        new Edit(
            "label-outside",
            t -> arr(obj(obj(t, "points"), "train").get("y")).set(0, 7),
            "points.train.y[0] = 7"));
    edits.add(
        new Edit(
            "no-training-points",
            t -> obj(obj(t, "points"), "train").putArray("X"),
            "points.train.X has no rows"));
    // an unknown field in each part is named with its path
    edits.add(
        new Edit(
            "counters-unknown-field",
            t -> obj(t, "counters").put("epochs", 1),
            "unknown field \"counters.epochs\""));
    edits.add(
        new Edit(
            "order-unknown-field",
            t -> obj(t, "order").put("seed", 1),
            "unknown field \"order.seed\""));
    edits.add(
        new Edit(
            "history-unknown-field",
            t -> obj(t, "history").putArray("loss"),
            "unknown field \"history.loss\""));
    edits.add(
        new Edit(
            "moment-unknown-field",
            t -> obj(obj(t, "optimizer_state"), "m").putArray("c"),
            "unknown field \"optimizer_state.m.c\""));
    edits.add(
        new Edit(
            "divergence-unknown-field",
            t -> obj(t, "divergence").put("worst", 1.0),
            "unknown field \"divergence.worst\""));
    edits.add(
        new Edit(
            "points-unknown-field",
            t -> obj(t, "points").put("colour", "red"),
            "unknown field \"points.colour\""));
    edits.add(
        new Edit(
            "train-points-with-targets",
            t -> obj(obj(t, "points"), "train").putArray("t"),
            "unknown field \"points.train.t\""));
    edits.add(
        new Edit(
            "test-points-with-weights",
            t -> obj(obj(t, "points"), "test").putArray("w"),
            "unknown field \"points.test.w\""));
    // the edges of the ranges: 2 classes are 0 and 1; 48 training rows are 0 … 47
    edits.add(
        new Edit(
            "label-one-past-the-classes",
            t -> arr(obj(obj(t, "points"), "test").get("y")).set(0, 2),
            "points.test.y[0] = 2, expected a class 0 to 1"));
    edits.add(
        new Edit(
            "label-negative",
            t -> arr(obj(obj(t, "points"), "train").get("y")).set(0, -1),
            "points.train.y[0] = -1, expected a class 0 to 1"));
    edits.add(
        new Edit(
            "order-row-one-past-the-end",
            t -> arr(obj(t, "order").get("permutation")).set(0, 48),
            "order.permutation[0] = 48: the permutation holds each row 0 … 47 once"));
    edits.add(
        new Edit(
            "order-row-negative",
            t -> arr(obj(t, "order").get("permutation")).set(0, -1),
            "order.permutation[0] = -1"));
    edits.add(
        new Edit(
            "position-negative",
            t -> obj(t, "order").put("position", -1),
            "order.position = -1, expected 0 … 47"));
    edits.add(
        new Edit(
            "break-unknown",
            t -> arr(obj(t, "history").get("break")).set(0, "oops"),
            "history.break[0] is \"oops\", expected null or one of \"diverged\", \"new data\""));
    for (Edit e : edits) {
      ObjectNode copy = good.deepCopy();
      e.change().accept(copy);
      cases.add(new Case(e.name(), text(copy), e.expected()));
    }
    return cases;
  }

  private record Edit(String name, Consumer<ObjectNode> change, String expected) {}

  private static ObjectNode obj(JsonNode parent, String name) {
    return (ObjectNode) parent.get(name);
  }

  private static ArrayNode arr(JsonNode node) {
    return (ArrayNode) node;
  }
}
