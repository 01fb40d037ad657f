package lab.backprop.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven recorded in the jar (pom.properties); "development build" outside a jar. */
final class VersionProvider implements IVersionProvider {
  private static final String POM_PROPERTIES =
      "/META-INF/maven/lab.backprop/backprop-lab/pom.properties";

  @Override
  public String[] getVersion() {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // fall through to the default below
    }
    return new String[] {
      "Backprop Lab " + properties.getProperty("version", "(development build)")
    };
  }
}
