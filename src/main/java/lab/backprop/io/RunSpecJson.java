package lab.backprop.io;

import static lab.backprop.io.JsonFields.describe;
import static lab.backprop.io.JsonFields.object;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import lab.backprop.nn.Activation;
import lab.backprop.run.DataSpec;
import lab.backprop.run.RunField;
import lab.backprop.run.RunSpec;
import lab.backprop.run.RunSpecBuilder;
import lab.backprop.run.SpecException;

/**
 * The JSON form of a run spec: {@code format} "backprop-lab-run", {@code version} 1, and the
 * sections {@code data}, {@code network}, {@code optimizer}, {@code training}, {@code seeds} whose
 * fields are those of {@link RunField}. Read strictly: an unknown field, a wrong type or a value
 * out of range gets a message naming the field; a field left out takes its default. A relative
 * {@code data.file} is relative to the spec file's folder.
 */
public final class RunSpecJson {
  public static final String FORMAT = "backprop-lab-run";
  public static final int VERSION = 1;

  private static final List<String> SECTIONS =
      List.of("data", "network", "optimizer", "training", "seeds");

  private RunSpecJson() {}

  /**
   * @throws InputFormatException naming the file and the field
   */
  public static RunSpec read(Path file) throws IOException {
    JsonNode root = Json.readObject(file);
    try {
      return fromTree(root, file.toAbsolutePath().getParent());
    } catch (InputFormatException e) {
      throw e.in(file);
    }
  }

  /**
   * A spec from a JSON tree; {@code folder} resolves a relative {@code data.file} (null: as is).
   */
  public static RunSpec fromTree(JsonNode root, Path folder) throws InputFormatException {
    JsonFields.checkFormat(root, FORMAT, VERSION, "a run spec");
    JsonFields.checkMembers(root, "", concat(List.of("format", "version"), SECTIONS));
    RunSpecBuilder b = new RunSpecBuilder();
    try {
      for (String section : SECTIONS) {
        JsonNode node = root.get(section);
        if (node != null) {
          readSection(b, object(node, section), section);
        }
      }
      checkFileExcludesGenerator(root.get("data"));
      if (b.file() != null && folder != null) {
        b.file(folder.resolve(b.file()));
      }
      return b.build();
    } catch (SpecException e) {
      throw new InputFormatException(e.getMessage());
    }
  }

  private static void readSection(RunSpecBuilder b, JsonNode node, String section)
      throws InputFormatException {
    List<RunField> fields = RunField.inSection(section);
    JsonFields.checkMembers(
        node, section + ".", fields.stream().map(RunField::key).collect(Collectors.toList()));
    for (RunField field : fields) {
      JsonNode value = node.get(field.key());
      if (value != null) {
        field.apply(b, text(field, value));
      }
    }
  }

  /** The value as the text {@link RunField#apply} reads, after checking its JSON type. */
  private static String text(RunField field, JsonNode value) throws InputFormatException {
    boolean ok =
        switch (field.kind()) {
          case TEXT -> value.isTextual();
          case INTEGER -> value.isIntegralNumber();
          case NUMBER -> value.isNumber();
          case BOOLEAN -> value.isBoolean();
          case INTEGER_LIST -> isListOf(value, JsonNode::isIntegralNumber);
          case NAME_OR_LIST -> value.isTextual() || isListOf(value, JsonNode::isTextual);
          case INTEGER_OR_FULL -> value.isIntegralNumber() || "full".equals(value.textValue());
        };
    if (!ok) {
      throw new InputFormatException(
          field.jsonPath() + " is " + describe(value) + ", expected " + expected(field.kind()));
    }
    if (value.isArray()) {
      List<String> parts = new ArrayList<>();
      value.forEach(v -> parts.add(v.asText()));
      return String.join(",", parts);
    }
    return value.asText();
  }

  private static boolean isListOf(JsonNode value, java.util.function.Predicate<JsonNode> item) {
    if (!value.isArray() || value.isEmpty()) {
      return false;
    }
    for (JsonNode v : value) {
      if (!item.test(v)) {
        return false;
      }
    }
    return true;
  }

  private static String expected(RunField.Kind kind) {
    return switch (kind) {
      case TEXT -> "a string";
      case INTEGER -> "a whole number";
      case NUMBER -> "a number";
      case BOOLEAN -> "true or false";
      case INTEGER_LIST -> "a list of whole numbers like [8, 8]";
      case NAME_OR_LIST -> "a name or a list of names";
      case INTEGER_OR_FULL -> "a whole number or \"full\"";
    };
  }

  private static void checkFileExcludesGenerator(JsonNode data) throws InputFormatException {
    if (data == null || !data.has("file")) {
      return;
    }
    for (RunField f : List.of(RunField.DATASET, RunField.N, RunField.NOISE, RunField.CLASSES)) {
      if (data.has(f.key())) {
        throw new InputFormatException(
            f.jsonPath() + " and data.file exclude each other: the points come from the file");
      }
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  // ---------------------------------------------------------------- writing

  /**
   * Writes {@code spec} atomically; a data file is written relative to {@code file}'s folder when
   * it lies below it.
   */
  public static void write(Path file, RunSpec spec) throws IOException {
    AtomicFiles.writeString(file, toJson(spec, file.toAbsolutePath().getParent()) + "\n");
  }

  /** The spec as pretty-printed JSON; {@code folder} (may be null) relativises the data file. */
  public static String toJson(RunSpec spec, Path folder) {
    try {
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toTree(spec, folder));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ObjectNode toTree(RunSpec spec, Path folder) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    DataSpec d = spec.data();
    ObjectNode data = root.putObject("data");
    if (d.file() != null) {
      data.put("file", relative(d.file(), folder));
    } else {
      data.put("dataset", d.dataset());
      data.put("n", d.n());
      data.put("noise", d.noise());
      data.put("classes", d.classes());
      data.put("shuffle", d.shuffle());
    }
    data.put("ratio", d.ratio());
    data.put("standardize", d.standardize());
    ObjectNode network = root.putObject("network");
    ArrayNode hidden = network.putArray("hidden");
    spec.network().hidden().forEach(hidden::add);
    List<Activation> acts = spec.network().activations();
    if (acts.stream().distinct().count() == 1) {
      network.put("activation", acts.get(0).jsonName());
    } else {
      ArrayNode list = network.putArray("activation");
      acts.forEach(a -> list.add(a.jsonName()));
    }
    network.put("output", spec.network().output().jsonName());
    network.put("l2", spec.network().l2());
    ObjectNode opt = root.putObject("optimizer");
    opt.put("name", spec.optimizer().kind().jsonName());
    opt.put("lr", spec.optimizer().lr());
    opt.put("momentum", spec.optimizer().momentum());
    opt.put("beta1", spec.optimizer().beta1());
    opt.put("beta2", spec.optimizer().beta2());
    opt.put("eps", spec.optimizer().eps());
    ObjectNode training = root.putObject("training");
    if (spec.training().fullBatch()) {
      training.put("batch", "full");
    } else {
      training.put("batch", spec.training().batch());
    }
    training.put("epochs", spec.training().epochs());
    ObjectNode seeds = root.putObject("seeds");
    seeds.put("data", spec.seeds().data());
    seeds.put("split", spec.seeds().split());
    seeds.put("init", spec.seeds().init());
    seeds.put("order", spec.seeds().order());
    return root;
  }

  private static String relative(Path file, Path folder) {
    Path absolute = file.toAbsolutePath().normalize();
    if (folder != null && absolute.startsWith(folder.toAbsolutePath().normalize())) {
      return folder.toAbsolutePath().normalize().relativize(absolute).toString();
    }
    return folder == null ? file.toString() : absolute.toString();
  }
}
