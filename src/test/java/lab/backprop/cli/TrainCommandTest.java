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
}
