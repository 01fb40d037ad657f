package lab.backprop.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import lab.backprop.data.Dataset;
import lab.backprop.io.SessionJson;
import lab.backprop.nn.FrozenNetwork;
import lab.backprop.train.RunState;
import lab.backprop.ui.charts.Curves;

/** What the render command draws: a session's data, network and history, and its continuation. */
record RenderSource(RunState state) {

  static RenderSource read(Path file) throws IOException {
    return new RenderSource(SessionJson.read(file));
  }

  FrozenNetwork network() {
    return state.network();
  }

  Dataset trainSet() {
    return state.train();
  }

  /** The test rows, or null when there are none. */
  Dataset testSet() {
    return state.test().size() > 0 ? state.test() : null;
  }

  Curves history() {
    return HistoryCurves.of(state.historyBuffer().view());
  }

  /** The run going on exactly where the session stopped, on a loop of its own. */
  TrainingAnimation.Run run() {
    return TrainingAnimation.Run.of(state);
  }
}
