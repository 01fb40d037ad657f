package lab.backprop.run;

import java.util.Objects;
import lab.backprop.data.Task;
import lab.backprop.nn.OptimizerSettings;

/**
 * Everything needed to reproduce a run from nothing: the data, the network, the optimizer, the
 * training and the seeds. Immutable. Its one JSON form is {@code io.RunSpecJson}; its one option
 * vocabulary is {@link RunOptions}; {@link RunField} lists every field with its JSON path, option,
 * default and limits.
 */
public record RunSpec(
    DataSpec data,
    NetworkSpec network,
    OptimizerSettings optimizer,
    TrainingSpec training,
    Seeds seeds) {

  /**
   * Moons (n 200, noise 0.2), 80 % for training, 2-8-2 tanh with softmax cross-entropy, no L2, SGD
   * with lr 0.1, full batch, 1000 epochs, every seed 0.
   */
  public static final RunSpec DEFAULT =
      new RunSpec(
          DataSpec.DEFAULT,
          NetworkSpec.DEFAULT,
          OptimizerSettings.DEFAULT,
          TrainingSpec.DEFAULT,
          Seeds.DEFAULT);

  /**
   * @throws SpecException when the output cannot learn the generated data set
   */
  public RunSpec {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(optimizer, "optimizer");
    Objects.requireNonNull(training, "training");
    Objects.requireNonNull(seeds, "seeds");
    Task task = data.task();
    if (task != null && !NetworkSpec.fits(network.output(), task, data.classes())) {
      throw new SpecException(
          RunField.OUTPUT,
          network.output().jsonName()
              + " does not fit data set "
              + data.dataset()
              + (task == Task.REGRESSION
                  ? " (regression needs mse)"
                  : " ("
                      + data.classes()
                      + " classes need softmax_ce"
                      + (data.classes() == 2 ? " or sigmoid_bce)" : ")")));
    }
  }

  public RunSpec withData(DataSpec newData) {
    return new RunSpec(newData, network, optimizer, training, seeds);
  }

  public RunSpec withNetwork(NetworkSpec newNetwork) {
    return new RunSpec(data, newNetwork, optimizer, training, seeds);
  }

  public RunSpec withOptimizer(OptimizerSettings newOptimizer) {
    return new RunSpec(data, network, newOptimizer, training, seeds);
  }

  public RunSpec withTraining(TrainingSpec newTraining) {
    return new RunSpec(data, network, optimizer, newTraining, seeds);
  }

  public RunSpec withSeeds(Seeds newSeeds) {
    return new RunSpec(data, network, optimizer, training, newSeeds);
  }

  /** A builder holding this spec's values, for changing several fields at once. */
  public RunSpecBuilder toBuilder() {
    return new RunSpecBuilder(this);
  }
}
