package lab.backprop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gradcheck} on a random network: the analytic gradient agrees with finite differences. */
class GradcheckCommandTest {
  private static final Pattern WORST = Pattern.compile("worst relative error (\\S+) at (\\S+)");

  @TempDir Path dir;

  /** A random 2-5-4-3 network with L2 on 6 random points, as network JSON. */
  private Path randomNetwork() throws IOException {
    Random random = new Random(7);
    int[] sizes = {2, 5, 4, 3};
    double[][][] W = new double[3][][];
    double[][] b = new double[3][];
    for (int l = 0; l < 3; l++) {
      W[l] = new double[sizes[l + 1]][sizes[l]];
      b[l] = new double[sizes[l + 1]];
      for (int j = 0; j < sizes[l + 1]; j++) {
        b[l][j] = random.nextGaussian() * 0.5;
        for (int i = 0; i < sizes[l]; i++) {
          W[l][j][i] = random.nextGaussian();
        }
      }
    }
    double[][] X = new double[6][2];
    int[] y = new int[6];
    for (int n = 0; n < 6; n++) {
      X[n][0] = random.nextGaussian();
      X[n][1] = random.nextGaussian();
      y[n] = n % 3;
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("layer_sizes", sizes);
    json.put("activation", new String[] {"tanh", "sigmoid"});
    json.put("output", "softmax_ce");
    json.put("l2_lambda", 0.01);
    json.put("W", W);
    json.put("b", b);
    json.put("X", X);
    json.put("y", y);
    Path file = dir.resolve("random.json");
    new ObjectMapper().writeValue(file.toFile(), json);
    return file;
  }

  @Test
  void smallErrorOnARandomNetwork() throws IOException {
    CliRun run = CliRun.of("gradcheck", randomNetwork().toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    Matcher m = WORST.matcher(run.out());
    assertThat(m.find()).as(run.out()).isTrue();
    assertThat(Double.parseDouble(m.group(1))).isLessThan(1e-6);
    assertThat(run.out()).contains("54 parameters").endsWith("ok\n");
  }

  @Test
  void exitCodeOneAboveTheTolerance() throws IOException {
    CliRun run = CliRun.of("gradcheck", "--tolerance", "1e-300", randomNetwork().toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("ABOVE the tolerance");
  }
}
