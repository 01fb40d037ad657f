package lab.backprop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lab.backprop.nn.OptimizerState;
import lab.backprop.train.RunState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The session file: what it holds, that it reads back exactly, and that bad ones are named. */
class SessionJsonTest {
  @TempDir static Path dir;

  private static ObjectNode good;

  @BeforeAll
  static void makeGood() throws Exception {
    good = BadSessions.good();
  }

  static List<BadSessions.Case> badSessions() throws Exception {
    return BadSessions.all(BadSessions.good());
  }

  @Test
  void thereAreAtLeastTwentyKindsOfBadFile() throws Exception {
    assertThat(badSessions()).hasSizeGreaterThanOrEqualTo(20);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSessions")
  void aBadSessionIsRejectedNamingTheFileAndTheField(BadSessions.Case bad) throws Exception {
    Path f = bad.write(dir);
    assertThatThrownBy(() -> SessionJson.read(f))
        .isInstanceOf(InputFormatException.class)
        .hasMessageStartingWith(f.toString())
        .hasMessageContaining(bad.expected())
        .hasMessageNotContaining("\n");
  }

  @Test
  void theGoodSessionReadsAndWritesBackTheSameTree() throws Exception {
    Path f = dir.resolve("good.json");
    Files.writeString(f, BadSessions.text(good));
    RunState state = SessionJson.read(f);
    ObjectNode again = SessionJson.toTree(state, null);
    // the points are the generator's: the file need not hold them
    assertThat(again.has("points")).isFalse();
    ObjectNode expected = good.deepCopy();
    expected.remove("points");
    assertThat(again).isEqualTo(expected);
    assertThat(again.get("counters").get("examples_into_epoch").asInt()).isEqualTo(16);
    assertThat(again.get("optimizer_state").get("t").asInt()).isEqualTo(4);
  }

  @Test
  void adamBeforeItsFirstStepReadsBack() throws Exception {
    ObjectNode tree = good.deepCopy();
    ((ObjectNode) tree.get("optimizer_state")).put("t", 0);
    Path f = dir.resolve("t0.json");
    Files.writeString(f, BadSessions.text(tree));

    assertThat(SessionJson.read(f).loop().optimizer().t()).isEqualTo(0);
  }

  @Test
  void bestWeightsFromBeforeTrainingReadBack() throws Exception {
    ObjectNode tree = good.deepCopy();
    ((ObjectNode) tree.get("divergence").get("best")).put("epoch", 0.0);
    Path f = dir.resolve("best0.json");
    Files.writeString(f, BadSessions.text(tree));

    assertThat(SessionJson.read(f).best().epoch()).isEqualTo(0.0);
  }

  @Test
  void regressionPointsReadBackWithTheirTargetsInTrainThenTestOrder() throws Exception {
    ObjectNode tree =
        BadSessions.good("--dataset", "regression", "--n", "20", "--batch", "4", "--hidden", "2");
    var points = tree.get("points");
    // the rows in the file, moved off the generator's so they must be read from it
    var trainT = (com.fasterxml.jackson.databind.node.ArrayNode) points.get("train").get("t");
    var testT = (com.fasterxml.jackson.databind.node.ArrayNode) points.get("test").get("t");
    trainT.set(0, 12.5);
    testT.set(testT.size() - 1, -7.25);
    Path f = dir.resolve("regression.json");
    Files.writeString(f, BadSessions.text(tree));

    RunState read = SessionJson.read(f);
    assertThat(read.train().size()).isEqualTo(trainT.size());
    assertThat(read.test().size()).isEqualTo(testT.size());
    for (int i = 0; i < trainT.size(); i++) {
      assertThat(read.train().target(i)).isEqualTo(trainT.get(i).doubleValue());
    }
    for (int i = 0; i < testT.size(); i++) {
      assertThat(read.test().target(i)).isEqualTo(testT.get(i).doubleValue());
    }
    assertThat(read.train().target(0)).isEqualTo(12.5);
    assertThat(read.test().target(testT.size() - 1)).isEqualTo(-7.25);
    // and they are written out again, the generator no longer makes them
    assertThat(SessionJson.toTree(read, null).get("points")).isEqualTo(points);
  }

  @Test
  void regressionPointsWithoutTargetsAreNamed() throws Exception {
    ObjectNode tree = BadSessions.good("--dataset", "regression", "--n", "20", "--hidden", "2");
    ((ObjectNode) tree.get("points").get("test")).remove("t");
    Path f = dir.resolve("no-targets.json");
    Files.writeString(f, BadSessions.text(tree));

    assertThatThrownBy(() -> SessionJson.read(f))
        .isInstanceOf(InputFormatException.class)
        .hasMessageContaining("missing field \"points.test.t\"");
  }

  @Test
  void doublesReadBackExactly() throws Exception {
    double[] awkward = {
      0.1 + 0.2, Double.MIN_VALUE, -Double.MAX_VALUE, -0.0, 1.0 / 3, 6.02214076e23
    };
    ObjectNode tree = good.deepCopy();
    var w = (com.fasterxml.jackson.databind.node.ArrayNode) tree.get("network").get("W").get(0);
    var m =
        (com.fasterxml.jackson.databind.node.ArrayNode)
            tree.get("optimizer_state").get("m").get("W").get(0);
    for (int k = 0; k < awkward.length; k++) {
      ((com.fasterxml.jackson.databind.node.ArrayNode) w.get(k % 3)).set(k / 3 % 2, awkward[k]);
      ((com.fasterxml.jackson.databind.node.ArrayNode) m.get(k % 3)).set(k / 3 % 2, awkward[k]);
    }
    Path f = dir.resolve("awkward.json");
    Files.writeString(f, BadSessions.text(tree));
    RunState read = SessionJson.read(f);
    Path again = dir.resolve("again.json");
    SessionJson.write(again, read);
    RunState twice = SessionJson.read(again);
    double[][][] W = twice.network().copyW();
    double[][] mW = twice.loop().optimizer().moment(0);
    for (int k = 0; k < awkward.length; k++) {
      int j = k % 3;
      int i = k / 3 % 2;
      assertThat(Double.doubleToRawLongBits(W[0][j][i]))
          .as("W %d", k)
          .isEqualTo(Double.doubleToRawLongBits(awkward[k]));
      assertThat(Double.doubleToRawLongBits(mW[0][j * 2 + i]))
          .as("m %d", k)
          .isEqualTo(Double.doubleToRawLongBits(awkward[k]));
    }
  }

  @Test
  void pointsThatAreNotGeneratedAreWrittenOut() throws Exception {
    ObjectNode tree = good.deepCopy();
    // one training point moved: the run spec no longer makes these rows
    var x0 =
        (com.fasterxml.jackson.databind.node.ArrayNode)
            tree.get("points").get("train").get("X").get(0);
    x0.set(0, 9.5);
    Path f = dir.resolve("edited.json");
    Files.writeString(f, BadSessions.text(tree));
    RunState read = SessionJson.read(f);
    assertThat(read.train().x(0, 0)).isEqualTo(9.5);
    ObjectNode again = SessionJson.toTree(read, null);
    assertThat(again.get("points")).isEqualTo(tree.get("points"));
  }

  @Test
  void eachOptimizerKeepsItsOwnMoments() {
    assertThat(OptimizerState.momentNames(lab.backprop.nn.OptimizerKind.SGD)).isEmpty();
    assertThat(OptimizerState.momentNames(lab.backprop.nn.OptimizerKind.MOMENTUM))
        .containsExactly("velocity");
    assertThat(OptimizerState.momentNames(lab.backprop.nn.OptimizerKind.ADAM))
        .containsExactly("m", "s");
  }
}
