package lab.backprop;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code ../shared/oracle-samples}, the expected values of an independent autodiff. */
public final class OracleFiles {
  private OracleFiles() {}

  public static Path shared() {
    String configured = System.getProperty("backproplab.shared");
    Path path = configured != null ? Path.of(configured) : Path.of("..", "shared");
    if (!Files.isDirectory(path)) {
      throw new IllegalStateException("shared folder not found at " + path.toAbsolutePath());
    }
    return path;
  }

  public static Path oracle(String name) {
    return shared().resolve("oracle-samples").resolve(name);
  }
}
