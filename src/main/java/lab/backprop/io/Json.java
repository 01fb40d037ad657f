package lab.backprop.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import lab.backprop.data.InputFiles;

/**
 * The one Jackson configuration of the app. Doubles are written with {@link Double#toString} and
 * read with {@link Double#parseDouble}, so every value reads back to the same double.
 */
public final class Json {
  private Json() {}

  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The largest JSON file read: 64 MiB, checked before reading. */
  public static final long MAX_BYTES = 64L << 20;

  /**
   * Reads a JSON object from a file: a regular file of at most {@link #MAX_BYTES} of UTF-8 text
   * (see {@link InputFiles}), nested at most 1000 deep.
   *
   * @throws InputFormatException naming the file and, for malformed JSON, the line and column
   * @throws IOException when the file cannot be read (the message names it)
   */
  public static JsonNode readObject(Path file) throws IOException {
    try (Reader in = InputFiles.openText(file, MAX_BYTES, "a JSON file")) {
      JsonNode node = MAPPER.readTree(in);
      if (node == null || node.isMissingNode()) {
        throw new InputFormatException(file + ": is empty, expected a JSON object {...}");
      }
      return requireObject(node).orElseThrow(() -> notAnObject(file));
    } catch (JsonProcessingException e) {
      throw malformed(e).in(file);
    }
  }

  /** Reads a JSON object from text; {@code source} names it in messages. */
  public static JsonNode readObject(String text, String source) throws InputFormatException {
    try {
      return requireObject(MAPPER.readTree(text)).orElseThrow(() -> notAnObject(source));
    } catch (JsonProcessingException e) {
      throw malformed(e).in(source);
    }
  }

  private static java.util.Optional<JsonNode> requireObject(JsonNode node) {
    return node != null && node.isObject()
        ? java.util.Optional.of(node)
        : java.util.Optional.empty();
  }

  private static InputFormatException notAnObject(Object source) {
    return new InputFormatException(source + ": expected a JSON object {...}");
  }

  private static InputFormatException malformed(JsonProcessingException e) {
    JsonLocation where = e.getLocation();
    String at =
        where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
    String why =
        String.valueOf(e.getOriginalMessage())
            .replaceAll("\\s+", " ")
            .replaceAll(
                "\\(start marker at \\[Source: [^]]*; line: (\\d+), column: (\\d+)\\]\\)",
                "(opened at line $1, column $2)")
            .replaceAll(" ?\\[Source: [^]]*\\]", "")
            .replaceAll(", from `[^`]*`", "")
            .trim();
    return new InputFormatException("malformed JSON" + at + ": " + why);
  }
}
