package lab.backprop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lab.backprop.io.NetworkJson;
import lab.backprop.nn.Activation;
import lab.backprop.nn.Network;
import lab.backprop.nn.OutputKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train} end to end on a small run. */
class TrainCommandTest {
  @TempDir Path dir;

  private CliRun train(Path out, Path log, String... extra) {
    return train(300, out, log, extra);
  }

  private CliRun train(int epochs, Path out, Path log, String... extra) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "train",
                "--n",
                "100",
                "--hidden",
                "8,8",
                "--lr",
                "0.5",
                "--epochs",
                Integer.toString(epochs),
                "--out",
                out.toString(),
                "--log",
                log.toString()));
    args.addAll(List.of(extra));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void writesALoadableNetworkAndALearningCurve() throws IOException {
    Path net = dir.resolve("net.json");
    Path curve = dir.resolve("curve.csv");

    CliRun run = train(net, curve);

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    String[] lines = run.outLines();
    assertThat(lines).hasSize(3);
    assertThat(lines[0])
        .startsWith(
            "300 epochs on 80 of 100 rows of moons: 2-8-8-2 tanh, softmax_ce, sgd lr 0.5, full batch");
    assertThat(lines[1]).matches("train +loss \\d\\.\\d{6}  accuracy \\d\\.\\d{4}");
    assertThat(lines[2]).matches("test +loss \\d\\.\\d{6}  accuracy \\d\\.\\d{4}");

    Network loaded = NetworkJson.read(net).network();
    assertThat(loaded.layerSizes()).containsExactly(2, 8, 8, 2);
    assertThat(loaded.activations()).containsOnly(Activation.TANH);
    assertThat(loaded.output()).isEqualTo(OutputKind.SOFTMAX_CE);
    assertThat(loaded.isFinite()).isTrue();

    List<String> rows = Files.readAllLines(curve);
    assertThat(rows.get(0)).isEqualTo("epoch,train_loss,test_loss,train_accuracy,test_accuracy");
    assertThat(rows).hasSize(1 + 301);
    String[] first = rows.get(1).split(",");
    String[] last = rows.get(rows.size() - 1).split(",");
    assertThat(first[0]).isEqualTo("0");
    assertThat(last[0]).isEqualTo("300");
    // two-moons is learnable: 300 epochs of lr 0.5 cut the loss well below its start (about ln 2)
    assertThat(Double.parseDouble(last[1])).isLessThan(0.6 * Double.parseDouble(first[1]));
    assertThat(Double.parseDouble(last[3])).isGreaterThan(0.8);
    // the printed figures are the curve's last row
    assertThat(lines[1])
        .contains(String.format(java.util.Locale.ROOT, "loss %.6f", Double.parseDouble(last[1])));
    assertThat(lines[2])
        .contains(
            String.format(java.util.Locale.ROOT, "accuracy %.4f", Double.parseDouble(last[4])));
  }

  @Test
  void isDeterministicAndResumesFromInit() throws IOException {
    Path net1 = dir.resolve("a.json");
    Path net2 = dir.resolve("b.json");
    Path curve1 = dir.resolve("a.csv");
    assertThat(train(net1, curve1).exitCode()).isZero();
    assertThat(train(net2, dir.resolve("b.csv")).exitCode()).isZero();
    assertThat(Files.readString(net2)).isEqualTo(Files.readString(net1));

    // --init starts from the saved weights: its epoch-0 row is the first run's last row
    Path curve3 = dir.resolve("c.csv");
    CliRun resumed = train(1, dir.resolve("c.json"), curve3, "--init", net1.toString());
    assertThat(resumed.exitCode()).isZero();
    List<String> first = Files.readAllLines(curve1);
    String resumedStart = Files.readAllLines(curve3).get(1);
    assertThat(resumedStart.substring(resumedStart.indexOf(',')))
        .isEqualTo(first.get(first.size() - 1).substring(first.get(first.size() - 1).indexOf(',')));
  }

  @Test
  void trainsOnACsvFile() throws IOException {
    Path csv = dir.resolve("data.csv");
    assertThat(CliRun.of("dataset", "--n", "60", "--out", csv.toString()).exitCode()).isZero();
    CliRun run = CliRun.of("train", "--data", csv.toString(), "--epochs", "5", "--ratio", "1");
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()[0]).contains("on 60 of 60 rows");
    assertThat(run.outLines()[2]).contains("no rows");
  }

  @Test
  void irisWithEightHiddenUnitsReachesNinetyPercentOnItsTestRows() throws IOException {
    // the run's defaults otherwise: tanh, SGD lr 0.1, full batch, 1000 epochs, 30 test rows
    for (String seed : new String[] {"0", "1", "2"}) {
      CliRun run =
          CliRun.of("train", "--dataset", "iris", "--hidden", "8", "--seed", seed, "--json");
      assertThat(run.exitCode()).isZero();
      var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
      assertThat(json.get("test_accuracy").asDouble())
          .as("seed " + seed)
          .isGreaterThanOrEqualTo(0.9);
    }
  }

  @Test
  void plotsTheLossAndAccuracyOfEveryEpochAsPng() throws IOException {
    Path png = dir.resolve("metrics.png");
    Path log = dir.resolve("curve.csv");
    CliRun run =
        CliRun.of(
            "train",
            "--dataset",
            "iris",
            "--hidden",
            "8",
            "--epochs",
            "30",
            "--plot",
            png.toString(),
            "--log",
            log.toString());
    assertThat(run.exitCode()).isZero();
    java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    assertThat(image.getHeight()).isEqualTo(524);
    // both panels hold the train (blue) and the test (orange) curves
    for (int panel = 0; panel < 2; panel++) {
      assertThat(countColour(image, panel * 640, 0x0072B2))
          .as("train, panel " + panel)
          .isGreaterThan(100);
      assertThat(countColour(image, panel * 640, 0xE69F00))
          .as("test, panel " + panel)
          .isGreaterThan(100);
    }
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("metrics.png", "curve.csv");
    }

    Path regression = dir.resolve("regression.png");
    assertThat(
            CliRun.of(
                    "train",
                    "--dataset",
                    "regression",
                    "--epochs",
                    "5",
                    "--ratio",
                    "1",
                    "--plot",
                    regression.toString())
                .exitCode())
        .isZero();
    java.awt.image.BufferedImage loss = javax.imageio.ImageIO.read(regression.toFile());
    assertThat(loss.getWidth()).as("the loss alone: no accuracy for regression").isEqualTo(640);
    assertThat(countColour(loss, 0, 0xE69F00)).as("no test rows, no test curve").isZero();
  }

  @Test
  void aPlotThatCannotBeWrittenIsBadInputBeforeTraining() {
    CliRun run =
        CliRun.of(
            "train", "--plot", dir.resolve("missing/metrics.png").toString(), "--epochs", "1");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--plot");
  }

  private static int countColour(java.awt.image.BufferedImage image, int x0, int rgb) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = x0; x < Math.min(image.getWidth(), x0 + 640); x++) {
        count += (image.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
      }
    }
    return count;
  }
}
