package lab.backprop.ui.stepthrough;

import lab.backprop.data.Dataset;
import lab.backprop.nn.Network;
import lab.backprop.nn.OptimizerSettings;
import lab.backprop.nn.Samples;

/**
 * A network and the rows to step through, loadable in one click.
 *
 * @param name shown in the menu
 * @param network the network (a fresh copy each time {@link Presets} is asked)
 * @param samples the rows of the step (one example for both presets)
 * @param optimizer the update rule the step shows
 * @param note text for the equation panel (e.g. where a write-up's hand rounding differs), or ""
 * @param dataset the data set the rows come from (for the decision boundary), or null
 */
public record Preset(
    String name,
    Network network,
    Samples samples,
    OptimizerSettings optimizer,
    String note,
    Dataset dataset) {

  /** Records the preset's step with a fresh optimizer ({@link StepRecording#record}). */
  public StepRecording record() {
    return StepRecording.record(network, samples, optimizer);
  }
}
