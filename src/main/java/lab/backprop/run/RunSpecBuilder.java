package lab.backprop.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lab.backprop.nn.Activation;
import lab.backprop.nn.OptimizerKind;
import lab.backprop.nn.OptimizerSettings;
import lab.backprop.nn.OutputKind;

/**
 * A run spec under construction, field by field (as options and JSON fields are read). {@link
 * #build} checks everything; an output left unset becomes the default for the data's task.
 */
public final class RunSpecBuilder {
  String dataset;
  int n;
  double noise;
  int classes;
  boolean shuffle;
  Path file;
  double ratio;
  boolean standardize;
  List<Integer> hidden;
  List<Activation> activations;
  OutputKind output;
  double l2;
  OptimizerKind optimizer;
  double lr;
  double momentum;
  double beta1;
  double beta2;
  double eps;
  int batch;
  int epochs;
  long dataSeed;
  long splitSeed;
  long initSeed;
  long orderSeed;

  /** Whether the output was set explicitly (else it follows the data set's task). */
  private boolean outputGiven;

  public RunSpecBuilder() {
    this(RunSpec.DEFAULT);
    outputGiven = false;
  }

  RunSpecBuilder(RunSpec s) {
    dataset = s.data().dataset();
    n = s.data().n();
    noise = s.data().noise();
    classes = s.data().classes();
    shuffle = s.data().shuffle();
    file = s.data().file();
    ratio = s.data().ratio();
    standardize = s.data().standardize();
    hidden = s.network().hidden();
    activations = s.network().activations();
    output = s.network().output();
    outputGiven = true;
    l2 = s.network().l2();
    optimizer = s.optimizer().kind();
    lr = s.optimizer().lr();
    momentum = s.optimizer().momentum();
    beta1 = s.optimizer().beta1();
    beta2 = s.optimizer().beta2();
    eps = s.optimizer().eps();
    batch = s.training().batch();
    epochs = s.training().epochs();
    dataSeed = s.seeds().data();
    splitSeed = s.seeds().split();
    initSeed = s.seeds().init();
    orderSeed = s.seeds().order();
  }

  /** Sets the output; {@code null} lets it follow the data set's task (as when never set). */
  public RunSpecBuilder output(OutputKind value) {
    output = value;
    outputGiven = value != null;
    return this;
  }

  /** Whether an output was given (a file's data set needs one before {@link #build}). */
  public boolean outputGiven() {
    return outputGiven;
  }

  public RunSpecBuilder dataset(String name) {
    dataset = name;
    file = null;
    return this;
  }

  public RunSpecBuilder file(Path value) {
    file = value;
    return this;
  }

  public Path file() {
    return file;
  }

  /** The hidden sizes; the activations follow when they were given as one name. */
  public RunSpecBuilder hidden(List<Integer> sizes) {
    boolean oneActivation = activations.stream().distinct().count() == 1;
    hidden = new ArrayList<>(sizes);
    if (oneActivation && activations.size() != sizes.size()) {
      activations = repeat(activations.get(0), sizes.size());
    }
    return this;
  }

  /** One activation for every hidden layer, or one per layer. */
  public RunSpecBuilder activations(List<Activation> names) {
    activations = names.size() == 1 ? repeat(names.get(0), hidden.size()) : List.copyOf(names);
    return this;
  }

  private static List<Activation> repeat(Activation a, int times) {
    return java.util.Collections.nCopies(times, a);
  }

  /**
   * @throws SpecException naming the first field out of range
   */
  public RunSpec build() {
    DataSpec data = new DataSpec(dataset, n, noise, classes, shuffle, file, ratio, standardize);
    OutputKind out = outputGiven ? output : null;
    if (out == null) {
      if (data.task() == null) {
        throw new SpecException(RunField.OUTPUT, "give the output for a data file");
      }
      out = NetworkSpec.defaultOutput(data.task());
    }
    NetworkSpec network = new NetworkSpec(hidden, activations, out, l2);
    OptimizerSettings opt;
    try {
      opt = new OptimizerSettings(optimizer, lr, momentum, beta1, beta2, eps);
    } catch (IllegalArgumentException e) {
      throw new SpecException(optimizerField(e.getMessage()), afterColon(e.getMessage()));
    }
    return new RunSpec(
        data,
        network,
        opt,
        new TrainingSpec(batch, epochs),
        new Seeds(dataSeed, splitSeed, initSeed, orderSeed));
  }

  private static RunField optimizerField(String message) {
    for (RunField f : List.of(RunField.LR, RunField.MOMENTUM, RunField.BETA1, RunField.BETA2)) {
      if (message.startsWith(f.key() + ":")) {
        return f;
      }
    }
    return message.startsWith("eps:") ? RunField.EPS : RunField.OPTIMIZER;
  }

  private static String afterColon(String message) {
    int colon = message.indexOf(": ");
    return colon < 0 ? message : message.substring(colon + 2);
  }
}
