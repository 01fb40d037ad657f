package lab.backprop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sweep} end to end: its rows against {@code train --json}, shards, threads, bad input. */
class SweepCommandTest {
  /** A small run: 100 moons, 150 epochs. */
  private static final List<String> RUN = List.of("--n", "100", "--epochs", "150");

  @TempDir Path dir;

  private static CliRun sweep(String... extra) {
    List<String> args = new ArrayList<>(List.of("sweep"));
    args.addAll(RUN);
    args.addAll(List.of(extra));
    return CliRun.of(args.toArray(String[]::new));
  }

  /** The CSV split into fields (a quoted field may hold commas). */
  private static List<List<String>> fields(String csv) {
    List<List<String>> rows = new ArrayList<>();
    for (String line : csv.strip().split("\n")) {
      List<String> row = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (char c : line.toCharArray()) {
        if (c == '"') {
          quoted = !quoted;
        } else if (c == ',' && !quoted) {
          row.add(field.toString());
          field.setLength(0);
        } else {
          field.append(c);
        }
      }
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }

  @Test
  void everyRowIsTrainJsonOfItsCellAndSeedBitForBit() throws IOException {
    CliRun run =
        sweep("--vary", "lr=0.5,200", "--vary", "hidden=3,4/4", "--seeds", "2", "--threads", "2");

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<List<String>> rows = fields(run.out());
    assertThat(rows.get(0))
        .containsExactly(
            "lr",
            "hidden",
            "seed",
            "train_loss",
            "test_loss",
            "train_accuracy",
            "test_accuracy",
            "diverged");
    assertThat(rows).hasSize(1 + 2 * 2 * 2);
    ObjectMapper json = new ObjectMapper();
    int divergedRows = 0;
    for (List<String> row : rows.subList(1, rows.size())) {
      List<String> args = new ArrayList<>(List.of("train"));
      args.addAll(RUN);
      args.addAll(List.of("--lr", row.get(0), "--hidden", row.get(1), "--seed", row.get(2)));
      args.add("--json");
      CliRun train = CliRun.of(args.toArray(String[]::new));
      JsonNode expected = json.readTree(train.out());
      String[] names = {"train_loss", "test_loss", "train_accuracy", "test_accuracy"};
      for (int k = 0; k < names.length; k++) {
        JsonNode value = expected.get(names[k]);
        if (value.isNull()) {
          assertThat(row.get(3 + k)).as(row + " " + names[k]).isEmpty();
        } else {
          assertThat(Double.doubleToRawLongBits(Double.parseDouble(row.get(3 + k))))
              .as(row + " " + names[k])
              .isEqualTo(Double.doubleToRawLongBits(value.doubleValue()));
        }
      }
      assertThat(row.get(7)).isEqualTo(Boolean.toString(expected.get("diverged").booleanValue()));
      assertThat(train.exitCode()).isEqualTo(row.get(7).equals("true") ? 1 : 0);
      divergedRows += row.get(7).equals("true") ? 1 : 0;
    }
    assertThat(divergedRows).as("lr 200 diverges in every cell").isEqualTo(4);
  }

  @Test
  void rowsComeInTheFixedOrderFirstAxisOutermostSeedsInnermost() {
    CliRun run =
        sweep(
            "--epochs",
            "2",
            "--seed",
            "7",
            "--vary",
            "activation=relu,tanh",
            "--vary",
            "lr=0.1,0.2,0.3",
            "--seeds",
            "2");

    List<List<String>> rows = fields(run.out());
    List<String> keys = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      keys.add(String.join(" ", row.subList(0, 3)));
    }
    assertThat(keys)
        .containsExactly(
            "relu 0.1 7",
            "relu 0.1 8",
            "relu 0.2 7",
            "relu 0.2 8",
            "relu 0.3 7",
            "relu 0.3 8",
            "tanh 0.1 7",
            "tanh 0.1 8",
            "tanh 0.2 7",
            "tanh 0.2 8",
            "tanh 0.3 7",
            "tanh 0.3 8");
  }

  @Test
  void shardsOneAfterTheOtherAreTheWholeSweep() throws IOException {
    String[] sweep = {"--vary", "lr=0.1,0.3,1", "--vary", "hidden=2,5", "--seeds", "2"};
    Path whole = dir.resolve("whole.csv");
    assertThat(run(sweep, "--out", whole.toString()).exitCode()).isZero();

    StringBuilder joined = new StringBuilder();
    for (int i = 1; i <= 5; i++) {
      Path part = dir.resolve("part" + i + ".csv");
      CliRun r = run(sweep, "--shard", i + "/5", "--out", part.toString());
      assertThat(r.exitCode()).as(r.err()).isZero();
      List<String> lines = Files.readAllLines(part);
      if (i == 1) {
        joined.append(lines.get(0)).append('\n');
      }
      assertThat(lines.get(0)).isEqualTo(Files.readAllLines(whole).get(0));
      assertThat(lines.size() - 1).as("shard %d of 12 rows in 5 parts", i).isBetween(2, 3);
      for (String line : lines.subList(1, lines.size())) {
        joined.append(line).append('\n');
      }
    }
    assertThat(joined.toString()).isEqualTo(Files.readString(whole));
  }

  @Test
  void oneAndTwoThreadsWriteTheSameCsv() throws IOException {
    String[] sweep = {"--vary", "lr=0.05,0.5,5", "--vary", "batch=8,full", "--seeds", "2"};
    Path one = dir.resolve("one.csv");
    Path two = dir.resolve("two.csv");

    assertThat(run(sweep, "--threads", "1", "--out", one.toString()).exitCode()).isZero();
    assertThat(run(sweep, "--threads", "2", "--out", two.toString()).exitCode()).isZero();

    assertThat(Files.readString(one)).hasLineCount(13).isEqualTo(Files.readString(two));
  }

  @Test
  void aDivergingLearningRateIsMarkedNeverShownAsAResult() {
    CliRun run = sweep("--vary", "lr=1e6", "--epochs", "50");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()[1]).isEqualTo("1e6,0,,,,,true");
    assertThat(run.err()).contains("1 diverged");
  }

  @Test
  void withoutTestRowsTheTestColumnsAreEmpty() {
    CliRun run = sweep("--ratio", "1", "--vary", "hidden=2");

    List<String> row = fields(run.out()).get(1);
    assertThat(row.get(2)).isNotEmpty();
    assertThat(row.get(3)).isEmpty(); // test_loss
    assertThat(row.get(4)).isNotEmpty();
    assertThat(row.get(5)).isEmpty(); // test_accuracy
    assertThat(row.get(6)).isEqualTo("false");
  }

  @Test
  void variedSeedsAreTheSeedColumn() {
    CliRun run = sweep("--epochs", "3", "--vary", "seed=5,2", "--vary", "l2=0,0.01");

    List<List<String>> rows = fields(run.out());
    assertThat(rows.get(0).subList(0, 3)).containsExactly("l2", "seed", "train_loss");
    assertThat(rows.subList(1, 5).stream().map(r -> r.get(0) + " " + r.get(1)))
        .containsExactly("0 5", "0 2", "0.01 5", "0.01 2");
  }

  @Test
  void badVaryNamesValuesAndShardsAreOneLineAndExitTwo() {
    String[][] bad = {
      {"--vary", "lrr=0.1"},
      {"--vary", "lr=0.1,abc"},
      {"--vary", "lr=-1"},
      {"--vary", "lr="},
      {"--vary", "lr=0.1,,0.2"},
      {"--vary", "lr=0.1,0.1"},
      {"--vary", "lr=0.1", "--vary", "lr=0.2"},
      {"--vary", "hidden=0"},
      {"--vary", "no-shuffle=true"},
      {"--vary", "seed=1,2", "--seeds", "3"},
      {"--vary", "lr=0.1", "--seeds", "0"},
      {"--vary", "lr=0.1", "--shard", "0/2"},
      {"--vary", "lr=0.1", "--shard", "3/2"},
      {"--vary", "lr=0.1", "--shard", "1-2"},
      {"--vary", "lr=0.1", "--threads", "0"},
      {"--lr", "0.1"},
    };
    for (String[] args : bad) {
      CliRun r = sweep(args);
      assertThat(r.exitCode()).as(Arrays.toString(args)).isEqualTo(2);
      assertThat(r.err().strip())
          .as(Arrays.toString(args))
          .startsWith("error: ")
          .doesNotContain("\n");
      assertThat(r.out()).as(Arrays.toString(args)).isEmpty();
    }
    assertThat(sweep("--vary", "lr=0.1,abc").err()).contains("--vary lr=abc");
    assertThat(sweep("--vary", "lrr=1").err()).contains("lr, momentum");
  }

  private static CliRun run(String[] sweep, String... more) {
    List<String> args = new ArrayList<>(Arrays.asList(sweep));
    args.addAll(List.of(more));
    return sweep(args.toArray(String[]::new));
  }
}
