package lab.backprop.io;

import static lab.backprop.io.JsonFields.array;
import static lab.backprop.io.JsonFields.describe;
import static lab.backprop.io.JsonFields.integer;
import static lab.backprop.io.JsonFields.matrix;
import static lab.backprop.io.JsonFields.number;
import static lab.backprop.io.JsonFields.object;
import static lab.backprop.io.JsonFields.required;
import static lab.backprop.io.JsonFields.text;
import static lab.backprop.io.JsonFields.vector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lab.backprop.data.ClassNames;
import lab.backprop.data.Dataset;
import lab.backprop.nn.Network;
import lab.backprop.nn.OptimizerKind;
import lab.backprop.nn.OptimizerState;
import lab.backprop.nn.OutputKind;
import lab.backprop.nn.TrainingLoop;
import lab.backprop.run.RunSetup;
import lab.backprop.run.RunSpec;
import lab.backprop.train.CurveBreak;
import lab.backprop.train.History;
import lab.backprop.train.HistoryBuffer;
import lab.backprop.train.RunState;

/**
 * The session file: {@code format} "backprop-lab-session", {@code version} 1, and the exact state
 * of a run ({@link RunState}): {@code run} (a run spec, as {@link RunSpecJson} writes it), {@code
 * network} (the network JSON: layer_sizes, activation, output, l2_lambda, W, b), {@code
 * optimizer_state} (momentum's {@code velocity}, Adam's {@code m}, {@code s} and {@code t}, each
 * moment shaped like {@code W} and {@code b}), {@code order} (the current epoch's {@code
 * permutation}, the {@code position} in it and the state of its {@code random} generator), {@code
 * counters}, {@code history} (the decimated metrics, null where a value does not exist, and {@code
 * break}: null, or why the curves break at that row), {@code divergence} (the {@code recent_losses}
 * the divergence rule averages and, optionally, the {@code best} weights a divergence goes back to:
 * {@code W}, {@code b}, their {@code loss}, null when not measured yet, and {@code epoch}), {@code
 * grow_random}, and {@code points} when the rows are not those the run spec generates (a data file,
 * edited points). Read strictly: an unknown field, a wrong type or shape, a number that is not
 * finite, or a part that does not fit the others is an {@link InputFormatException} naming the
 * field. Doubles read back exactly.
 */
public final class SessionJson {
  public static final String FORMAT = "backprop-lab-session";
  public static final int VERSION = 1;

  private static final List<String> KEYS =
      List.of(
          "format",
          "version",
          "run",
          "network",
          "optimizer_state",
          "order",
          "counters",
          "history",
          "divergence",
          "grow_random",
          "points");
  private static final List<String> NETWORK_KEYS =
      List.of("layer_sizes", "activation", "output", "l2_lambda", "W", "b");
  private static final List<String> ORDER_KEYS = List.of("permutation", "position", "random");
  private static final List<String> COUNTER_KEYS =
      List.of("epoch", "examples_into_epoch", "examples_seen", "steps");
  private static final List<String> HISTORY_COLUMNS =
      List.of("epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy");
  private static final List<String> POINT_KEYS = List.of("name", "train", "test", "class_names");
  private static final List<String> BEST_KEYS = List.of("W", "b", "loss", "epoch");

  private SessionJson() {}

  // ---------------------------------------------------------------- reading

  /**
   * @throws InputFormatException naming the file and the field
   * @throws IOException when the file cannot be read
   */
  public static RunState read(Path file) throws IOException {
    JsonNode root = Json.readObject(file);
    try {
      return fromTree(root, file.toAbsolutePath().getParent());
    } catch (InputFormatException e) {
      throw e.in(file);
    }
  }

  /** A run state from a JSON tree; {@code folder} resolves a relative {@code run.data.file}. */
  public static RunState fromTree(JsonNode root, Path folder) throws InputFormatException {
    JsonFields.checkFormat(root, FORMAT, VERSION, "a session");
    JsonFields.checkMembers(root, "", KEYS);
    RunSpec run = readRun(object(required(root, "run"), "run"), folder);
    Network net = readNetwork(object(required(root, "network"), "network"));
    JsonNode counters = object(required(root, "counters"), "counters");
    JsonFields.checkMembers(counters, "counters.", COUNTER_KEYS);
    long epoch = count(counters, "counters", "epoch");
    long examplesSeen = count(counters, "counters", "examples_seen");
    Dataset[] split = readPoints(root.get("points"), run, net);
    OptimizerState optimizer =
        readOptimizerState(
            object(required(root, "optimizer_state"), "optimizer_state"),
            run.optimizer().kind(),
            net);
    TrainingLoop.State loop =
        readOrder(
            object(required(root, "order"), "order"),
            split[0].size(),
            optimizer,
            epoch,
            examplesSeen);
    long into = count(counters, "counters", "examples_into_epoch");
    if (into >= split[0].size()) {
      throw new InputFormatException(
          "counters.examples_into_epoch = "
              + into
              + ", expected less than the "
              + split[0].size()
              + " training rows");
    }
    HistoryBuffer.Saved history = readHistory(object(required(root, "history"), "history"));
    JsonNode divergence = object(required(root, "divergence"), "divergence");
    JsonFields.checkMembers(divergence, "divergence.", List.of("recent_losses", "best"));
    double[] recent =
        numbers(required(divergence, "divergence", "recent_losses"), "divergence.recent_losses");
    RunState.Best best = divergence.has("best") ? readBest(divergence.get("best"), net) : null;
    try {
      return new RunState(
          run,
          split[0],
          split[1],
          net.freeze(),
          loop,
          epoch,
          into,
          examplesSeen,
          count(counters, "counters", "steps"),
          history,
          recent,
          longValue(required(root, "grow_random"), "grow_random"),
          best);
    } catch (IllegalArgumentException e) {
      throw new InputFormatException(e.getMessage());
    }
  }

  /** divergence.best: weights shaped like the network's, their loss (null: +∞) and epoch. */
  private static RunState.Best readBest(JsonNode node, Network net) throws InputFormatException {
    String path = "divergence.best";
    object(node, path);
    JsonFields.checkMembers(node, path + ".", BEST_KEYS);
    double[][] slots = slots(node, path, net);
    Network weights = net.copy();
    int[] sizes = net.layerSizes();
    for (int l = 0; l < net.numLayers(); l++) {
      for (int j = 0; j < sizes[l + 1]; j++) {
        for (int i = 0; i < sizes[l]; i++) {
          weights.setW(l, j, i, slots[2 * l][j * sizes[l] + i]);
        }
        weights.setB(l, j, slots[2 * l + 1][j]);
      }
    }
    JsonNode loss = required(node, path, "loss");
    double bestLoss = loss.isNull() ? Double.POSITIVE_INFINITY : number(loss, path + ".loss");
    double epoch = number(required(node, path, "epoch"), path + ".epoch");
    if (epoch < 0) {
      throw new InputFormatException(path + ".epoch = " + epoch + ", expected an epoch >= 0");
    }
    return new RunState.Best(weights.freeze(), bestLoss, epoch);
  }

  private static RunSpec readRun(JsonNode node, Path folder) throws InputFormatException {
    try {
      return RunSpecJson.fromTree(node, folder);
    } catch (InputFormatException e) {
      throw new InputFormatException("run: " + e.getMessage());
    }
  }

  private static Network readNetwork(JsonNode node) throws InputFormatException {
    JsonFields.checkMembers(node, "network.", NETWORK_KEYS);
    try {
      return NetworkJson.networkFromTree(node);
    } catch (InputFormatException e) {
      throw new InputFormatException("network: " + e.getMessage());
    }
  }

  /** The train and test rows: those in the file, or those the run spec generates. */
  private static Dataset[] readPoints(JsonNode node, RunSpec run, Network net)
      throws InputFormatException {
    if (node == null) {
      if (run.data().file() != null) {
        throw new InputFormatException(
            "missing field \"points\": the run's data comes from a file, so the session holds"
                + " its rows");
      }
      try {
        RunSetup setup = RunSetup.of(run, RunSetup.load(run));
        return new Dataset[] {setup.trainSet(), setup.testSet()};
      } catch (IOException | IllegalArgumentException e) {
        throw new InputFormatException("run.data: " + e.getMessage());
      }
    }
    object(node, "points");
    JsonFields.checkMembers(node, "points.", POINT_KEYS);
    String name = text(required(node, "points", "name"), "points.name");
    JsonNode trainNode = object(required(node, "points", "train"), "points.train");
    JsonNode testNode = object(required(node, "points", "test"), "points.test");
    boolean regression = net.output() == OutputKind.MSE;
    String target = regression ? "t" : "y";
    for (JsonNode part : List.of(trainNode, testNode)) {
      JsonFields.checkMembers(
          part, part == trainNode ? "points.train." : "points.test.", List.of("X", target));
    }
    double[][] xTrain = rows(trainNode, "points.train", net.inputSize(), false);
    double[][] xTest = rows(testNode, "points.test", net.inputSize(), true);
    int n = xTrain.length + xTest.length;
    double[][] X = new double[n][];
    System.arraycopy(xTrain, 0, X, 0, xTrain.length);
    System.arraycopy(xTest, 0, X, xTrain.length, xTest.length);
    Dataset all;
    try {
      if (regression) {
        double[] t = new double[n];
        System.arraycopy(targets(trainNode, "points.train", xTrain.length), 0, t, 0, xTrain.length);
        System.arraycopy(
            targets(testNode, "points.test", xTest.length), 0, t, xTrain.length, xTest.length);
        all = Dataset.regression(name, X, t);
      } else {
        int classes = net.output() == OutputKind.SOFTMAX_CE ? net.outputSize() : 2;
        int[] y = new int[n];
        System.arraycopy(
            labels(trainNode, "points.train", xTrain.length, classes), 0, y, 0, xTrain.length);
        System.arraycopy(
            labels(testNode, "points.test", xTest.length, classes),
            0,
            y,
            xTrain.length,
            xTest.length);
        all = Dataset.classification(name, X, y, classes);
        JsonNode names = node.get("class_names");
        if (names != null) {
          all = all.withClassNames(classNames(names, classes));
        }
      }
    } catch (IllegalArgumentException e) {
      throw new InputFormatException("points: " + e.getMessage());
    }
    return new Dataset[] {all.subset(range(0, xTrain.length)), all.subset(range(xTrain.length, n))};
  }

  private static int[] range(int from, int to) {
    int[] r = new int[to - from];
    for (int k = 0; k < r.length; k++) {
      r[k] = from + k;
    }
    return r;
  }

  private static double[][] rows(JsonNode part, String path, int dimension, boolean mayBeEmpty)
      throws InputFormatException {
    JsonNode x = array(required(part, path, "X"), path + ".X");
    if (x.isEmpty() && !mayBeEmpty) {
      throw new InputFormatException(path + ".X has no rows, expected at least 1");
    }
    return matrix(x, path + ".X", x.size(), path + ".X", dimension, "network.layer_sizes");
  }

  private static double[] targets(JsonNode part, String path, int n) throws InputFormatException {
    return vector(required(part, path, "t"), path + ".t", n, path + ".X");
  }

  /** The optional "class_names": one distinct text per class, in label order. */
  private static ClassNames classNames(JsonNode node, int classes) throws InputFormatException {
    array(node, "points.class_names");
    if (node.size() != classes) {
      throw new InputFormatException(
          "points.class_names has " + node.size() + " names, the network " + classes + " classes");
    }
    List<String> names = new ArrayList<>();
    for (int c = 0; c < classes; c++) {
      names.add(text(node.get(c), "points.class_names[" + c + "]"));
    }
    try {
      return ClassNames.of(names);
    } catch (IllegalArgumentException e) {
      throw new InputFormatException("points.class_names: " + e.getMessage());
    }
  }

  private static int[] labels(JsonNode part, String path, int n, int classes)
      throws InputFormatException {
    JsonNode node = array(required(part, path, "y"), path + ".y");
    if (node.size() != n) {
      throw new InputFormatException(
          path + ".y has " + node.size() + " entries, " + path + ".X has " + n + " rows");
    }
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = integer(node.get(i), path + ".y[" + i + "]");
      if (y[i] < 0 || y[i] >= classes) {
        throw new InputFormatException(
            path + ".y[" + i + "] = " + y[i] + ", expected a class 0 to " + (classes - 1));
      }
    }
    return y;
  }

  private static OptimizerState readOptimizerState(JsonNode node, OptimizerKind kind, Network net)
      throws InputFormatException {
    List<String> names = OptimizerState.momentNames(kind);
    List<String> keys = new ArrayList<>(names);
    if (OptimizerState.countsSteps(kind)) {
      keys.add("t");
    }
    JsonFields.checkMembers(node, "optimizer_state.", keys);
    List<double[][]> moments = new ArrayList<>();
    for (String name : names) {
      String path = "optimizer_state." + name;
      JsonNode moment = object(required(node, "optimizer_state", name), path);
      JsonFields.checkMembers(moment, path + ".", List.of("W", "b"));
      moments.add(slots(moment, path, net));
    }
    long t = 0;
    if (OptimizerState.countsSteps(kind)) {
      t = longValue(required(node, "optimizer_state", "t"), "optimizer_state.t");
      if (t < 0) {
        throw new InputFormatException("optimizer_state.t = " + t + ", expected a count >= 0");
      }
    }
    try {
      OptimizerState state = new OptimizerState(t, moments);
      state.checkFits(kind, net);
      return state;
    } catch (IllegalArgumentException e) {
      throw new InputFormatException("optimizer_state." + e.getMessage());
    }
  }

  /** A moment shaped like W and b, as the optimizer's flat slots (2l: W_l row-major, 2l+1: b_l). */
  private static double[][] slots(JsonNode moment, String path, Network net)
      throws InputFormatException {
    int layers = net.numLayers();
    int[] sizes = net.layerSizes();
    JsonNode w =
        JsonFields.perLayer(
            required(moment, path, "W"), path + ".W", layers, "network.layer_sizes");
    JsonNode b =
        JsonFields.perLayer(
            required(moment, path, "b"), path + ".b", layers, "network.layer_sizes");
    double[][] slots = new double[2 * layers][];
    for (int l = 0; l < layers; l++) {
      double[][] m =
          matrix(
              w.get(l),
              path + ".W[" + l + "]",
              sizes[l + 1],
              "network.layer_sizes",
              sizes[l],
              "network.layer_sizes");
      double[] flat = new double[sizes[l + 1] * sizes[l]];
      for (int j = 0; j < m.length; j++) {
        System.arraycopy(m[j], 0, flat, j * sizes[l], sizes[l]);
      }
      slots[2 * l] = flat;
      slots[2 * l + 1] =
          vector(b.get(l), path + ".b[" + l + "]", sizes[l + 1], "network.layer_sizes");
    }
    return slots;
  }

  private static TrainingLoop.State readOrder(
      JsonNode node, int rows, OptimizerState optimizer, long epoch, long examplesSeen)
      throws InputFormatException {
    JsonFields.checkMembers(node, "order.", ORDER_KEYS);
    JsonNode p = array(required(node, "order", "permutation"), "order.permutation");
    if (p.size() != rows) {
      throw new InputFormatException(
          "order.permutation has "
              + p.size()
              + " entries, the training data has "
              + rows
              + " rows");
    }
    int[] permutation = new int[p.size()];
    boolean[] seen = new boolean[rows];
    for (int k = 0; k < permutation.length; k++) {
      permutation[k] = integer(p.get(k), "order.permutation[" + k + "]");
      if (permutation[k] < 0 || permutation[k] >= rows || seen[permutation[k]]) {
        throw new InputFormatException(
            "order.permutation["
                + k
                + "] = "
                + permutation[k]
                + ": the permutation holds each row 0 … "
                + (rows - 1)
                + " once");
      }
      seen[permutation[k]] = true;
    }
    int position = integer(required(node, "order", "position"), "order.position");
    if (position < 0 || position >= rows) {
      throw new InputFormatException(
          "order.position = " + position + ", expected 0 … " + (rows - 1));
    }
    long random = longValue(required(node, "order", "random"), "order.random");
    TrainingLoop.State state =
        new TrainingLoop.State(optimizer, permutation, position, epoch, examplesSeen, random);
    return state;
  }

  private static HistoryBuffer.Saved readHistory(JsonNode node) throws InputFormatException {
    List<String> keys = new ArrayList<>(HISTORY_COLUMNS);
    keys.addAll(List.of("break", "last_pending", "appends", "stride"));
    JsonFields.checkMembers(node, "history.", keys);
    double[][] columns = new double[HISTORY_COLUMNS.size()][];
    for (int c = 0; c < columns.length; c++) {
      String name = HISTORY_COLUMNS.get(c);
      JsonNode column = array(required(node, "history", name), "history." + name);
      if (c > 0 && column.size() != columns[0].length) {
        throw new InputFormatException(
            "history."
                + name
                + " has "
                + column.size()
                + " entries, history.epoch has "
                + columns[0].length);
      }
      columns[c] = new double[column.size()];
      for (int k = 0; k < column.size(); k++) {
        JsonNode v = column.get(k);
        String path = "history." + name + "[" + k + "]";
        columns[c][k] = v.isNull() && c > 0 ? Double.NaN : number(v, path);
      }
    }
    CurveBreak[] breaks = readBreaks(node, columns[0].length);
    JsonNode pending = required(node, "history", "last_pending");
    if (!pending.isBoolean()) {
      throw new InputFormatException(
          "history.last_pending is " + describe(pending) + ", expected true or false");
    }
    try {
      return new HistoryBuffer.Saved(
          History.of(columns[0], columns[1], columns[2], columns[3], columns[4], breaks),
          pending.booleanValue(),
          count(node, "history", "appends"),
          count(node, "history", "stride"));
    } catch (IllegalArgumentException e) {
      throw new InputFormatException("history." + e.getMessage());
    }
  }

  /** The history's "break" column: null for a measured point, else the break's label. */
  private static CurveBreak[] readBreaks(JsonNode node, int rows) throws InputFormatException {
    JsonNode column = array(required(node, "history", "break"), "history.break");
    if (column.size() != rows) {
      throw new InputFormatException(
          "history.break has " + column.size() + " entries, history.epoch has " + rows);
    }
    CurveBreak[] breaks = new CurveBreak[rows];
    for (int k = 0; k < rows; k++) {
      JsonNode v = column.get(k);
      if (v.isNull()) {
        continue;
      }
      for (CurveBreak b : CurveBreak.values()) {
        if (v.isTextual() && b.label().equals(v.textValue())) {
          breaks[k] = b;
        }
      }
      if (breaks[k] == null) {
        throw new InputFormatException(
            "history.break["
                + k
                + "] is "
                + describe(v)
                + ", expected null or one of "
                + java.util.Arrays.stream(CurveBreak.values())
                    .map(b -> '"' + b.label() + '"')
                    .collect(java.util.stream.Collectors.joining(", ")));
      }
    }
    return breaks;
  }

  private static double[] numbers(JsonNode node, String path) throws InputFormatException {
    array(node, path);
    return vector(node, path, node.size(), path);
  }

  private static long count(JsonNode object, String parent, String name)
      throws InputFormatException {
    String path = parent + "." + name;
    long value = longValue(required(object, parent, name), path);
    if (value < 0) {
      throw new InputFormatException(path + " = " + value + ", expected a count >= 0");
    }
    return value;
  }

  private static long longValue(JsonNode node, String path) throws InputFormatException {
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      throw new InputFormatException(
          path + " is " + describe(node) + ", expected a whole number (64 bits)");
    }
    return node.longValue();
  }

  // ---------------------------------------------------------------- writing

  /** Writes {@code state} atomically. */
  public static void write(Path file, RunState state) throws IOException {
    AtomicFiles.writeString(file, toJson(state, file.toAbsolutePath().getParent()) + "\n");
  }

  /** The session as JSON: objects indented, each list on one line. */
  public static String toJson(RunState state, Path folder) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withArrayIndenter(DefaultPrettyPrinter.NopIndenter.instance);
    try {
      return Json.MAPPER.writer(printer).writeValueAsString(toTree(state, folder));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ObjectNode toTree(RunState state, Path folder) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    root.set("run", RunSpecJson.toTree(state.run(), folder));
    Network net = state.network().toNetwork();
    root.set("network", NetworkJson.toTree(net, null));
    root.set("optimizer_state", optimizerTree(state, net));
    ObjectNode order = root.putObject("order");
    ArrayNode permutation = order.putArray("permutation");
    for (int r : state.loop().order()) {
      permutation.add(r);
    }
    order.put("position", state.loop().position());
    order.put("random", state.loop().random());
    ObjectNode counters = root.putObject("counters");
    counters.put("epoch", state.epoch());
    counters.put("examples_into_epoch", state.examplesIntoEpoch());
    counters.put("examples_seen", state.examplesSeen());
    counters.put("steps", state.steps());
    root.set("history", historyTree(state.history()));
    ObjectNode divergence = root.putObject("divergence");
    divergence.set("recent_losses", Arrays3.tree(state.recentLosses()));
    if (state.best() != null) {
      divergence.set("best", bestTree(state.best()));
    }
    root.put("grow_random", state.growRandom());
    if (!generated(state)) {
      ObjectNode points = root.putObject("points");
      points.put("name", state.train().name());
      ClassNames names = state.train().classNames();
      if (!names.numbered()) {
        ArrayNode named = points.putArray("class_names");
        names.names().forEach(named::add);
      }
      points.set("train", pointsTree(state.train()));
      points.set("test", pointsTree(state.test()));
    }
    return root;
  }

  /** Whether the run spec generates exactly the state's rows (then the file need not hold them). */
  private static boolean generated(RunState state) {
    if (state.run().data().file() != null) {
      return false;
    }
    try {
      RunSetup setup = RunSetup.of(state.run(), RunSetup.load(state.run()));
      return setup.trainSet().equals(state.train()) && setup.testSet().equals(state.test());
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  private static ObjectNode optimizerTree(RunState state, Network net) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    OptimizerKind kind = state.run().optimizer().kind();
    OptimizerState optimizer = state.loop().optimizer();
    List<String> names = OptimizerState.momentNames(kind);
    int[] sizes = net.layerSizes();
    for (int k = 0; k < names.size(); k++) {
      double[][] slots = optimizer.moment(k);
      ObjectNode moment = node.putObject(names.get(k));
      ArrayNode w = moment.putArray("W");
      ArrayNode b = moment.putArray("b");
      for (int l = 0; l < net.numLayers(); l++) {
        double[][] m = new double[sizes[l + 1]][sizes[l]];
        for (int j = 0; j < m.length; j++) {
          System.arraycopy(slots[2 * l], j * sizes[l], m[j], 0, sizes[l]);
        }
        w.add(Arrays3.tree(m));
        b.add(Arrays3.tree(slots[2 * l + 1]));
      }
    }
    if (OptimizerState.countsSteps(kind)) {
      node.put("t", optimizer.t());
    }
    return node;
  }

  private static ObjectNode bestTree(RunState.Best best) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.set("W", Arrays3.tree(best.network().copyW()));
    node.set("b", Arrays3.tree(best.network().copyB()));
    if (Double.isInfinite(best.loss())) {
      node.putNull("loss");
    } else {
      node.put("loss", best.loss());
    }
    node.put("epoch", best.epoch());
    return node;
  }

  private static ObjectNode historyTree(HistoryBuffer.Saved saved) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    History h = saved.points();
    double[][] columns = {
      h.epochs(), h.trainLosses(), h.testLosses(), h.trainAccuracies(), h.testAccuracies()
    };
    for (int c = 0; c < columns.length; c++) {
      ArrayNode column = node.putArray(HISTORY_COLUMNS.get(c));
      for (double v : columns[c]) {
        if (!Double.isFinite(v)) { // a gap, or a value that does not exist
          column.addNull();
        } else {
          column.add(v);
        }
      }
    }
    ArrayNode breaks = node.putArray("break");
    for (int k = 0; k < h.size(); k++) {
      CurveBreak why = h.curveBreak(k);
      if (why == null) {
        breaks.addNull();
      } else {
        breaks.add(why.label());
      }
    }
    node.put("last_pending", saved.lastPending());
    node.put("appends", saved.appends());
    node.put("stride", saved.stride());
    return node;
  }

  /** Rows as {@code X} with {@code y} or {@code t}. */
  static ObjectNode pointsTree(Dataset data) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.set("X", Arrays3.tree(data.size() == 0 ? new double[0][] : data.features()));
    if (data.labels() != null) {
      ArrayNode y = node.putArray("y");
      for (int label : data.labels()) {
        y.add(label);
      }
    } else {
      node.set("t", Arrays3.tree(data.targets()));
    }
    return node;
  }
}
