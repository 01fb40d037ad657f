package lab.backprop.ui.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import lab.backprop.data.Dataset;
import lab.backprop.io.InputFormatException;
import lab.backprop.io.Json;
import lab.backprop.io.NetworkJson;
import lab.backprop.io.RunSpecJson;
import lab.backprop.nn.FrozenNetwork;
import lab.backprop.nn.Network;
import lab.backprop.nn.TrainingLoop;
import lab.backprop.run.RunSetup;
import lab.backprop.run.RunSpec;
import lab.backprop.ui.charts.Curves;

/**
 * What the render command draws, read from a session file: the data (train and test rows), the
 * network, its history and a loop that continues the run.
 */
record RenderSource(RunSetup setup, TrainingLoop loop, Curves history) {

  FrozenNetwork network() {
    return loop.network().freeze();
  }

  Dataset trainSet() {
    return setup.trainSet();
  }

  Dataset testSet() {
    return setup.test() == null ? null : setup.testSet();
  }

  TrainingAnimation.Run run() {
    return new TrainingAnimation.Run(loop, trainSet(), testSet(), setup.train(), setup.test());
  }

  static RenderSource read(Path file) throws IOException {
    JsonNode root = Json.readObject(file);
    JsonNode run = root.get("run");
    JsonNode net = root.get("network");
    if (run == null || net == null) {
      throw new InputFormatException(file + ": a session needs \"run\" and \"network\"");
    }
    RunSpec spec = RunSpecJson.fromTree(run, file.toAbsolutePath().getParent());
    RunSetup setup = RunSetup.of(spec);
    Network network = NetworkJson.networkFromTree(net);
    RunSetup.checkFits(network, setup.all());
    return new RenderSource(setup, setup.loop(network), Curves.EMPTY);
  }
}
