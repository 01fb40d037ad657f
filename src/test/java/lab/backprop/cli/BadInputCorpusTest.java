package lab.backprop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import lab.backprop.data.CsvData;
import lab.backprop.io.Json;
import lab.backprop.ui.app.AppOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of bad input for every command: broken files of every kind (empty, binary, truncated,
 * wrong types, non-finite numbers, wrong shapes, over the size cap as sparse files, deep nesting,
 * named pipes, folders, missing and unreadable files) and absurd values of every option. Each ends
 * with its exit code (2 bad input, 1 divergence or a non-finite result), exactly one line on stderr
 * that names the problem, no stack trace, and no file left in the output folder (no temporary file
 * either); valid controls beside them still pass.
 */
class BadInputCorpusTest {
  private static final String NET =
      "\"layer_sizes\": [2, 3, 2], \"activation\": \"tanh\", \"output\": \"softmax_ce\","
          + " \"W\": [[[1, 2], [3, 4], [5, 6]], [[1, 2, 3], [4, 5, 6]]], \"b\": [[0, 0, 0], [0, 0]]";
  private static final String BATCH = "\"X\": [[0.5, 1], [1, -1]], \"y\": [0, 1]";
  private static final String STEPS =
      ", \"optimizer\": {\"name\": \"sgd\", \"lr\": 0.1}, \"batches\": [[0, 1]]";
  private static final String GOOD_CSV = "x1,x2,label\n0.5,1.0,0\n-0.5,0.25,1\n1,1,0\n";

  @TempDir static Path in;
  @TempDir Path out;

  /** Counts of the cases run, by kind, printed at the end. */
  private static final Map<String, Integer> COUNTS = new TreeMap<>();

  private static boolean fifos;

  @BeforeAll
  static void writeCorpus() throws IOException, InterruptedException {
    json("good.json", "{" + NET + ", " + BATCH + "}");
    json("good_steps.json", "{" + NET + ", " + BATCH + STEPS + "}");
    bytes("bom.json", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "{" + NET + "}"));
    json("empty.json", "");
    json("blank.json", "  \n\n");
    bytes("binary.json", new byte[] {0x7B, (byte) 0xFF, (byte) 0xFE, 0x00, 0x01, (byte) 0x80});
    bytes("utf16.json", "{\"a\": 1}".getBytes(StandardCharsets.UTF_16));
    json("truncated.json", "{" + NET.substring(0, 60));
    json("type_sizes.json", "{" + NET.replace("[2, 3, 2]", "\"big\"") + "}");
    json("type_w.json", "{" + NET.replace("[[1, 2], [3, 4], [5, 6]]", "{\"a\": 1}") + "}");
    json("nan.json", "{" + NET.replace("[5, 6]", "[5, NaN]") + ", " + BATCH + "}");
    json("infinity.json", "{" + NET.replace("[5, 6]", "[5, Infinity]") + ", " + BATCH + "}");
    json("e400.json", "{" + NET.replace("[5, 6]", "[5, 1e400]") + ", " + BATCH + "}");
    json("x_e400.json", "{" + NET + ", \"X\": [[0.5, -1e400], [1, -1]], \"y\": [0, 1]}");
    json("shape.json", "{" + NET.replace("[[0, 0, 0], [0, 0]]", "[[0, 0], [0, 0]]") + "}");
    json("sizes_huge.json", "{" + NET.replace("[2, 3, 2]", "[2, 3000000000, 2]") + "}");
    json("deep.json", "{\"W\": " + "[".repeat(100_000));
    json("array.json", "[]");
    sparse("huge.json", Json.MAX_BYTES + 1);
    json(
        "steps_batch.json", "{" + NET + ", " + BATCH + STEPS.replace("[[0, 1]]", "[[0, 7]]") + "}");
    json("steps_lr.json", "{" + NET + ", " + BATCH + STEPS.replace("0.1", "\"fast\"") + "}");
    // results that are not finite: an output weight of 1e308 (z overflows) and Adam, eps 0, on a
    // dead ReLU layer (0 / 0)
    json(
        "inf_loss.json",
        "{"
            + NET.replace("[[1, 2, 3], [4, 5, 6]]", "[[1e308, 1e308, 1e308], [0, 0, 0]]")
            + ", "
            + BATCH
            + "}");
    json(
        "dead_adam.json",
        "{"
            + NET.replace("\"tanh\"", "\"relu\"")
                .replace("[[1, 2], [3, 4], [5, 6]]", "[[-1, -1], [-1, -1], [-1, -1]]")
                .replace("[[0, 0, 0], [0, 0]]", "[[-9, -9, -9], [0, 0]]")
            + ", "
            + BATCH
            + ", \"optimizer\": {\"name\": \"adam\", \"lr\": 0.1, \"eps\": 0},"
            + " \"batches\": [[0, 1], [0, 1]]}");
    json(
        "init_1e300.json",
        "{"
            + NET.replace("[[1, 2], [3, 4], [5, 6]]", "[[1e300, 1], [3, 4], [5, 6]]")
                .replace("[[1, 2, 3], [4, 5, 6]]", "[[1e300, 2, 3], [-1e300, 5, 6]]")
            + "}");
    json(
        "init_3in.json",
        "{"
            + NET.replace("[2, 3, 2]", "[3, 3, 2]")
                .replace("[[1, 2], [3, 4], [5, 6]]", "[[1, 2, 0], [3, 4, 0], [5, 6, 0]]")
            + "}");

    Files.writeString(in.resolve("good.csv"), GOOD_CSV);
    bytes("bom.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, GOOD_CSV));
    Files.writeString(in.resolve("empty.csv"), "");
    bytes("binary.csv", new byte[] {'x', '1', (byte) 0xC3, 0x28, 0x00, (byte) 0xFF, '\n'});
    Files.writeString(in.resolve("truncated.csv"), "x1,x2,label\n0.5,1.0,0\n0.25,");
    Files.writeString(in.resolve("type.csv"), "x1,x2,label\n0.5,one,0\n");
    Files.writeString(in.resolve("nan.csv"), "x1,x2,label\n0.5,NaN,0\n");
    Files.writeString(in.resolve("infinity.csv"), "x1,x2,target\n0.5,1,Infinity\n");
    Files.writeString(in.resolve("e400.csv"), "x1,x2,label\n1e400,1,0\n");
    Files.writeString(in.resolve("shape.csv"), "x1,x2,label\n0.5,1,0,7\n");
    Files.writeString(in.resolve("header.csv"), "a,b,c\n0.5,1,0\n");
    Files.writeString(in.resolve("label.csv"), "x1,x2,label\n0.5,1,100000\n");
    sparse("huge.csv", CsvData.MAX_BYTES + 1);

    json("spec_good.json", "{\"format\": \"backprop-lab-run\", \"version\": 1}");
    json(
        "spec_type.json",
        "{\"format\": \"backprop-lab-run\", \"version\": 1, \"optimizer\": {\"lr\": \"fast\"}}");
    json(
        "spec_e400.json",
        "{\"format\": \"backprop-lab-run\", \"version\": 1, \"optimizer\": {\"lr\": 1e400}}");
    json(
        "spec_data_fifo.json",
        "{\"format\": \"backprop-lab-run\", \"version\": 1,"
            + " \"data\": {\"file\": \"fifo\"}, \"network\": {\"output\": \"softmax_ce\"}}");
    json(
        "spec_data_huge.json",
        "{\"format\": \"backprop-lab-run\", \"version\": 1,"
            + " \"data\": {\"file\": \"huge.csv\"}, \"network\": {\"output\": \"softmax_ce\"}}");

    Files.createDirectory(in.resolve("folder.json"));
    Files.createDirectory(in.resolve("folder.csv"));
    Files.writeString(in.resolve("afile"), "not a folder");
    fifos = mkfifo(in.resolve("fifo"));
  }

  /** What the output folder holds. */
  private List<Path> left() throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.toList();
    }
  }

  @AfterAll
  static void printCounts() {
    int total = COUNTS.values().stream().mapToInt(Integer::intValue).sum();
    System.out.println("bad-input corpus: " + total + " cases " + COUNTS);
  }

  private static void json(String name, String content) throws IOException {
    Files.writeString(in.resolve(name), content);
  }

  private static void bytes(String name, byte[] content) throws IOException {
    Files.write(in.resolve(name), content);
  }

  private static byte[] concat(byte[] head, String text) {
    byte[] tail = text.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  /** A file of {@code size} bytes that takes no room: the size check must refuse it unread. */
  private static void sparse(String name, long size) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(in.resolve(name).toFile(), "rw")) {
      f.setLength(size);
    }
  }

  private static boolean mkfifo(Path path) throws InterruptedException {
    try {
      Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false; // no mkfifo here
    }
  }

  private static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** One case: the arguments ({in} and {out} stand for the folders), exit code, message part. */
  private record Case(String kind, int exit, String message, String args) {}

  private static final List<Case> CASES = new ArrayList<>();

  private static void c(String kind, int exit, String message, String args) {
    CASES.add(new Case(kind, exit, message, args));
  }

  static {
    // every JSON input × every kind of broken file
    String[] jsonCommands = {
      "grad {in}/%s",
      "steps {in}/%s",
      "gradcheck {in}/%s",
      "train --epochs 1 --init {in}/%s",
      "bench --epochs 1 --repeat 1 --warmup 0 --grid 2 --init {in}/%s",
      "train --epochs 1 --spec {in}/%s",
    };
    Object[][] jsonFiles = {
      {"empty", "empty.json", "empty.json: is empty, expected a JSON object"},
      {"empty", "blank.json", "blank.json: is empty, expected a JSON object"},
      {"binary", "binary.json", "binary.json: is not UTF-8 text"},
      {"binary", "utf16.json", "utf16.json: is not UTF-8 text"},
      {"truncated", "truncated.json", "truncated.json: malformed JSON at line 1"},
      {"wrong type", "type_sizes.json", "layer_sizes is \"big\", expected a list"},
      {"wrong type", "array.json", "array.json: expected a JSON object"},
      {"non-finite", "nan.json", "nan.json: malformed JSON at line 1"},
      {"non-finite", "infinity.json", "infinity.json: malformed JSON at line 1"},
      {"non-finite", "e400.json", "W[0][2][1] is beyond the range of a double (±1.8e308)"},
      {"wrong shape", "shape.json", "b[0] has 2 entries, layer_sizes says 3"},
      {"huge size", "sizes_huge.json", "layer_sizes[1] = 3000000000, expected an integer"},
      {"huge size", "huge.json", "huge.json: is 64.0 MiB, over the limit of 64 MiB for a JSON"},
      {
        "deep nesting",
        "deep.json",
        "deep.json: malformed JSON: Document nesting depth (1001) exceeds the maximum allowed (1000)"
      },
      {"folder", "folder.json", "folder.json: is a folder, expected a JSON file"},
      {"missing", "missing.json", "missing.json: no such file"},
      {"fifo", "fifo", "fifo: is a named pipe (FIFO), expected a JSON file"},
    };
    for (String command : jsonCommands) {
      for (Object[] f : jsonFiles) {
        // a run spec is checked for its format before its content
        boolean content = f[1].toString().matches("(type_sizes|e400|shape|sizes_huge)\\.json");
        String message =
            command.contains("--spec") && content
                ? f[1] + ": format is missing, expected \"backprop-lab-run\""
                : (String) f[2];
        c((String) f[0], 2, message, command.formatted(f[1]));
      }
    }
    c(
        "non-finite",
        2,
        "X[0][1] is beyond the range of a double (±1.8e308)",
        "grad {in}/x_e400.json");
    c("wrong shape", 2, "batches[0][1] = 7 but X has 2 rows", "steps {in}/steps_batch.json");
    c("wrong type", 2, "optimizer.lr is \"fast\", expected a number", "steps {in}/steps_lr.json");
    c(
        "wrong type",
        2,
        "optimizer.lr is \"fast\", expected a number",
        "train --spec {in}/spec_type.json");
    c(
        "non-finite",
        2,
        "optimizer.lr: expected a finite number > 0, got Infinity",
        "train --spec {in}/spec_e400.json");
    c(
        "wrong shape",
        2,
        "--init {in}/init_3in.json: the network takes 3 inputs, the data has 2",
        "train --init {in}/init_3in.json");

    // every CSV input (--data, and a spec's data.file) × every kind of broken file
    String[] csvCommands = {
      "train --epochs 1 --data {in}/%s",
      "bench --repeat 1 --warmup 0" + " --epochs 1 --grid 2 --data {in}/%s"
    };
    Object[][] csvFiles = {
      {"empty", "empty.csv", "empty.csv: line 1, column 1: the file is empty"},
      {"binary", "binary.csv", "binary.csv: is not UTF-8 text"},
      {"truncated", "truncated.csv", "truncated.csv: line 3, column 3: expected 3 columns"},
      {"wrong type", "type.csv", "type.csv: line 2, column 2: \"one\" is not a number"},
      {"wrong type", "header.csv", "header.csv: line 1, column 1: header \"a\", expected \"x1\""},
      {"non-finite", "nan.csv", "nan.csv: line 2, column 2: \"NaN\" is not a number"},
      {"non-finite", "infinity.csv", "line 2, column 3: \"Infinity\" is not a number"},
      {"non-finite", "e400.csv", "e400.csv: line 2, column 1: \"1e400\" is out of the range"},
      {"wrong shape", "shape.csv", "shape.csv: line 2, column 4: expected 3 columns"},
      {"huge size", "label.csv", "label.csv: line 2, column 3: label 100000 is too large"},
      {"huge size", "huge.csv", "huge.csv: is 64.0 MiB, over the limit of 64 MiB for a CSV"},
      {"folder", "folder.csv", "folder.csv: is a folder, expected a CSV file"},
      {"missing", "missing.csv", "missing.csv: no such file"},
      {"fifo", "fifo", "fifo: is a named pipe (FIFO), expected a CSV file"},
    };
    for (String command : csvCommands) {
      for (Object[] f : csvFiles) {
        c((String) f[0], 2, (String) f[2], command.formatted(f[1]));
      }
    }
    c(
        "fifo",
        2,
        "fifo: is a named pipe (FIFO), expected a CSV file",
        "train --spec {in}/spec_data_fifo.json");
    c(
        "huge size",
        2,
        "huge.csv: is 64.0 MiB, over the limit",
        "train --spec {in}/spec_data_huge.json");

    // absurd option values
    String[][] options = {
      {"--n 1000000000", "--n 1000000000: expected 1 to 100000"},
      {"--n -1", "--n -1: expected 1 to 100000"},
      {"--n 1e3", "--n 1e3: \"1e3\" is not a whole number"},
      {"--noise NaN", "--noise NaN: expected a finite number >= 0"},
      {"--noise -1", "--noise -1: expected a finite number >= 0"},
      {"--noise Infinity", "--noise Infinity: expected a finite number >= 0"},
      {
        "--noise 1e308",
        "--noise 1.0E308 is too large: the generator makes points that are not" + " finite"
      },
      {"--seed -1", "--seed -1: expected 0 to 4294967295"},
      {"--seed 99999999999999999999", "is not a whole number"},
      {"--dataset spiral --classes 9", "spiral takes 2 to 3 classes, got 9"},
      {"--dataset ''", ": expected one of moons, circles"},
    };
    for (String[] o : options) {
      c("absurd option", 2, o[1], "dataset --out {out}/d.csv " + o[0]);
      c("absurd option", 2, o[1], "train --epochs 1 " + o[0]);
    }
    String[][] runOptions = {
      {"--lr NaN", "--lr NaN: expected a finite number > 0"},
      {"--lr Infinity", "--lr Infinity: expected a finite number > 0"},
      {"--lr 0", "--lr 0: expected a finite number > 0"},
      {"--lr -1e308", "--lr -1e308: expected a finite number > 0"},
      {"--momentum 1", "--momentum 1"},
      {"--momentum NaN", "--momentum NaN"},
      {"--beta1 -0.1", "--beta1 -0.1"},
      {"--beta2 1", "--beta2 1"},
      {"--eps -1", "--eps -1"},
      {"--eps NaN", "--eps NaN"},
      {"--l2 -1", "--l2 -1"},
      {"--l2 Infinity", "--l2 Infinity"},
      {"--batch 0", "--batch 0: expected 1 to 1000000 or full"},
      {"--batch 10000000000", "--batch 10000000000"},
      {"--epochs 0", "--epochs 0: expected 1 to 10000000"},
      {"--epochs 1000000000000", "--epochs 1000000000000"},
      {"--ratio 0", "--ratio 0: expected 0 < ratio <= 1"},
      {"--ratio NaN", "--ratio NaN: expected 0 < ratio <= 1"},
      {"--hidden 8,", "--hidden 8,: \"8,\" is not a comma-separated list"},
      {"--hidden ,8", "--hidden ,8: \",8\" is not a comma-separated list"},
      {"--hidden 8,,8", "is not a comma-separated list"},
      {"--hidden 0", "--hidden 0: each layer has 1 to 512 units"},
      {"--hidden 1000000", "--hidden 1000000: each layer has 1 to 512 units"},
      {"--activation tanh,", "--activation tanh,"},
      {"--output softmax", "--output softmax"},
      {"--optimizer adamw", "--optimizer adamw"},
    };
    for (String[] o : runOptions) {
      c("absurd option", 2, o[1], "train " + o[0]);
      c("absurd option", 2, o[1], "bench --warmup 0 --repeat 1 " + o[0]);
    }
    c("absurd option", 2, "--repeat 100000 is out of range", "bench --repeat 100000");
    c("absurd option", 2, "--grid 1000000 is out of range", "bench --grid 1000000");
    c("absurd option", 2, "--warmup NaN is out of range", "bench --warmup NaN");
    c("absurd option", 2, "--h NaN is out of range", "gradcheck --h NaN {in}/good.json");
    c("absurd option", 2, "--h 1.0 is out of range", "gradcheck --h 1 {in}/good.json");
    c(
        "absurd option",
        2,
        "--tolerance -1.0 is out of range",
        "gradcheck --tolerance -1 {in}/good.json");
    c("absurd option", 2, "--sample 0 is out of range", "gradcheck --sample 0 {in}/good.json");

    // outputs that cannot be written, found before any work
    for (String command :
        new String[] {
          "train --epochs 1 --out %s",
          "train --epochs 1 --log %s",
          "dataset --out %s",
          "spec --out %s"
        }) {
      c("output", 2, "{out}: is a folder, expected a file name", command.formatted("{out}"));
      c("output", 2, "folder {out}/nope does not exist", command.formatted("{out}/nope/x"));
      c(
          "output",
          2,
          "folder {in}/afile is a regular file, not a folder",
          command.formatted("{in}/afile/x"));
      c(
          "fifo",
          2,
          "{in}/fifo: is a named pipe (FIFO), expected a regular file",
          command.formatted("{in}/fifo"));
    }

    // divergence and results that are not finite: exit 1
    c(
        "divergence",
        1,
        "training diverged at epoch 2: the loss is Infinity; try a smaller --lr",
        "train --lr 1e308 --out {out}/net.json --log {out}/curve.csv");
    c(
        "divergence",
        1,
        "training diverged at epoch 20: the loss is",
        "train --lr 100 --activation relu --out {out}/net.json --log {out}/curve.csv");
    c(
        "divergence",
        1,
        "the mean of the last 20 epochs is above 6.931 (10 times chance level)",
        "train --lr 100 --optimizer adam --out {out}/net.json");
    c(
        "divergence",
        1,
        "training diverged at epoch 20: the loss is 1.350e+300",
        "train --init {in}/init_1e300.json --out {out}/net.json");
    c(
        "divergence",
        1,
        "training diverged at epoch 2: the loss is Infinity",
        "bench --lr 1e308 --warmup 0 --repeat 1 --grid 2");
    c(
        "divergence",
        1,
        "inf_loss.json: the result is not finite: loss = ",
        "grad {in}/good.json {in}/inf_loss.json");
    c(
        "divergence",
        1,
        "dead_adam.json: step 0: not finite after the update: W[0]",
        "steps {in}/dead_adam.json");
  }

  @TestFactory
  Stream<DynamicTest> everyCaseEndsWithOneLineAndItsExitCode() {
    return CASES.stream()
        .map(k -> DynamicTest.dynamicTest(k.kind() + ": " + k.args(), () -> check(k)));
  }

  private void check(Case k) throws IOException {
    if (k.args().contains("fifo") || k.message().contains("fifo")) {
      assumeTrue(fifos, "mkfifo is not available");
    }
    String[] args =
        Stream.of(k.args().split(" +"))
            .map(a -> a.equals("''") ? "" : a)
            .map(a -> a.replace("{in}", in.toString()).replace("{out}", out.toString()))
            .toArray(String[]::new);
    String message = k.message().replace("{in}", in.toString()).replace("{out}", out.toString());

    CliRun run = CliRun.of(args);

    assertThat(run.exitCode()).as(run.err() + run.out()).isEqualTo(k.exit());
    assertThat(run.out()).as("stdout").isEmpty();
    assertThat(run.err()).endsWith("\n");
    String line = run.err().strip();
    assertThat(line).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(line).startsWith("error: ").contains(message);
    assertThat(left()).as("files left in the output folder").isEmpty();
    COUNTS.merge(k.kind(), 1, Integer::sum);
  }

  // ------------------------------------------------------------------ controls and specials

  @Test
  void validControlsStillPass() throws IOException {
    assertThat(CliRun.of("grad", in.resolve("good.json").toString()).exitCode()).isZero();
    assertThat(CliRun.of("steps", in.resolve("good_steps.json").toString()).exitCode()).isZero();
    assertThat(CliRun.of("gradcheck", in.resolve("good.json").toString()).exitCode()).isZero();
    String bom = in.resolve("bom.json").toString();
    assertThat(CliRun.of("train", "--epochs", "2", "--init", bom).exitCode()).isZero();
    for (String csv : new String[] {"good.csv", "bom.csv"}) {
      CliRun run = CliRun.of("train", "--epochs", "2", "--data", in.resolve(csv).toString());
      assertThat(run.exitCode()).as(run.err()).isZero();
    }
    String spec = in.resolve("spec_good.json").toString();
    assertThat(CliRun.of("train", "--epochs", "2", "--spec", spec).exitCode()).isZero();
    Path net = out.resolve("net.json");
    Path curve = out.resolve("curve.csv");
    CliRun train =
        CliRun.of("train", "--epochs", "30", "--out", net.toString(), "--log", curve.toString());
    assertThat(train.exitCode()).as(train.err()).isZero();
    assertThat(Files.readAllLines(curve)).hasSize(32);
    assertThat(left()).containsExactlyInAnyOrder(net, curve);
    COUNTS.merge("valid control", 8, Integer::sum);
  }

  @Test
  void theCapsAreTheOnesTheHelpSays() {
    assertThat(lab.backprop.data.InputFiles.size(Json.MAX_BYTES)).isEqualTo("64 MiB");
    assertThat(lab.backprop.data.InputFiles.size(CsvData.MAX_BYTES)).isEqualTo("64 MiB");
    assertThat(CliRun.of("--help").out()).contains("at most 64 MiB");
    assertThat(CliRun.of("train", "--help").out()).contains("at most 64");
  }

  @Test
  void outputsTakeTheModeOfTheUmaskNotOwnerOnly() throws IOException {
    Path plain = out.resolve("plain");
    Files.newOutputStream(plain).close(); // the mode any new file gets here
    Path csv = out.resolve("d.csv");
    assertThat(CliRun.of("dataset", "--n", "5", "--out", csv.toString()).exitCode()).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(csv)))
        .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)));
  }

  @Test
  void divergenceWithJsonPrintsDivergedAndExitsOne() throws IOException {
    CliRun run =
        CliRun.of("train", "--lr", "1e308", "--json", "--out", out.resolve("n").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().strip())
        .isEqualTo(
            "{\"train_loss\":null,\"test_loss\":null,\"train_accuracy\":null,"
                + "\"test_accuracy\":null,\"epochs\":2,\"diverged\":true}");
    assertThat(run.err().strip()).startsWith("error: training diverged at epoch 2");
    assertThat(left()).isEmpty();
    COUNTS.merge("divergence", 1, Integer::sum);
  }

  /**
   * A full device (the system's /dev/full, or one made here when running as root, so that a mistake
   * cannot replace the system's) is written to, not replaced; the failure names it.
   */
  @Test
  void aFullDeviceFailsNamingItAndStaysADevice() throws IOException, InterruptedException {
    Path device = Path.of("/dev/full");
    if (root()) {
      device = out.resolve("full");
      Process p = new ProcessBuilder("mknod", device.toString(), "c", "1", "7").start();
      assumeTrue(p.waitFor() == 0, "mknod failed");
    }
    assumeTrue(Files.exists(device));
    for (String[] args :
        new String[][] {
          {"dataset", "--n", "5", "--out", device.toString()},
          {"train", "--epochs", "1", "--out", device.toString()},
          {"train", "--epochs", "1", "--log", device.toString()},
        }) {
      CliRun run = CliRun.of(args);
      assertThat(run.exitCode()).isNotZero();
      assertThat(run.err().strip())
          .isEqualTo("error: " + device + ": cannot write: No space left on device");
      assertThat(Files.isRegularFile(device)).isFalse();
      assertThat(Files.isDirectory(device)).isFalse();
      COUNTS.merge("output", 1, Integer::sum);
    }
    assertThat(left()).allMatch(p -> p.getFileName().toString().equals("full"));
  }

  @Test
  void anUnreadableFileIsNamed() throws IOException {
    assumeTrue(!root(), "root reads every file");
    Path secret = in.resolve("secret.json");
    Files.writeString(secret, "{}");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("-w-------"));
    CliRun run = CliRun.of("grad", secret.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("error: " + secret + ": permission denied");
    COUNTS.merge("unreadable", 1, Integer::sum);
  }

  @Test
  void theWindowChecksItsOutputsBeforeItOpens() {
    String[][] cases = {
      {"--screenshot", out + "/nope/s.png", "--screenshot " + out + "/nope/s.png: folder"},
      {"--perf-report", out.toString(), "--perf-report " + out + ": is a folder"},
      {"--perf-report", out + "/nope/p.json", "does not exist"},
    };
    for (String[] k : cases) {
      assertThat(
              org.assertj.core.api.Assertions.catchThrowableOfType(
                  () -> AppOptions.parse(k[0], k[1]), AppOptions.BadOptionsException.class))
          .hasMessageContaining(k[2]);
      COUNTS.merge("window output", 1, Integer::sum);
    }
  }
}
