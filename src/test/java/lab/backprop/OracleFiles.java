package lab.backprop;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * Locates the expected values of an independent autodiff: the project's own copy of the reference
 * data, in the test resources ({@code src/test/resources/oracle-samples}, whose README says where
 * every number comes from).
 */
public final class OracleFiles {
  private OracleFiles() {}

  public static Path oracle(String name) {
    URL folder = OracleFiles.class.getResource("/oracle-samples/README.md");
    if (folder == null) {
      throw new IllegalStateException("oracle-samples not found on the test class path");
    }
    try {
      return Path.of(folder.toURI()).getParent().resolve(name);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
