package lab.backprop.run;

import java.io.IOException;
import lab.backprop.data.DataFiles;
import lab.backprop.data.Dataset;
import lab.backprop.data.Standardization;
import lab.backprop.data.Task;
import lab.backprop.nn.Network;
import lab.backprop.nn.Samples;
import lab.backprop.nn.TrainingLoop;

/**
 * What a run spec sets up, the same for every command and the window: the data set (generated with
 * {@code seeds.data}, built in, or read from the file), its split ({@code seeds.split}) and, for
 * real data, its standardisation on the training rows, a fresh network ({@code seeds.init}) and the
 * training loop whose example order follows {@code seeds.order}. {@code test} is null when the
 * split leaves no rows.
 */
public record RunSetup(
    RunSpec spec, Dataset all, Dataset trainSet, Dataset testSet, Samples train, Samples test) {

  /**
   * @throws IOException naming the data file when it cannot be read, is malformed, or does not fit
   *     the output
   */
  public static RunSetup of(RunSpec spec) throws IOException {
    return of(spec, load(spec));
  }

  /**
   * The split of {@code all} (the data set of {@code spec}) by {@code seeds.split}; real data is
   * standardised on the training rows when the spec says so (then {@code all} and both splits are).
   */
  public static RunSetup of(RunSpec spec, Dataset all) {
    Dataset.Split split = all.split(spec.data().ratio(), spec.seeds().split());
    Dataset train = split.train();
    Dataset test = split.test();
    if (spec.data().standardizes()) {
      Standardization standardization = Standardization.fit(train);
      all = standardization.apply(all);
      train = standardization.apply(train);
      test = standardization.apply(test);
    }
    Samples testSamples = test.size() > 0 ? samples(test) : null;
    return new RunSetup(spec, all, train, test, samples(train), testSamples);
  }

  /** The data set of {@code spec}: generated, or read from its file and checked against it. */
  public static Dataset load(RunSpec spec) throws IOException {
    Dataset data = load(spec.data(), spec.seeds().data());
    if (!NetworkSpec.fits(spec.network().output(), data.task(), data.classes())) {
      throw new IOException(
          spec.data().file()
              + ": output "
              + spec.network().output().jsonName()
              + " does not fit its "
              + (data.task() == Task.REGRESSION
                  ? "targets (use mse)"
                  : data.classes() + " classes"));
    }
    return data;
  }

  /**
   * The points of {@code d}: generated with {@code dataSeed}, or read from its file.
   *
   * @throws SpecException naming {@link RunField#NOISE} when the noise is so large that the
   *     generator makes points that are not finite numbers
   */
  public static Dataset load(DataSpec d, long dataSeed) throws IOException {
    if (d.file() == null) {
      try {
        return d.generator(dataSeed).generate();
      } catch (IllegalArgumentException e) { // the generator's settings are checked already
        String which = e.getMessage().replaceFirst(", expected .*", "");
        throw new SpecException(
            RunField.NOISE,
            d.noise()
                + " is too large: the generator makes points that are not finite ("
                + which
                + ")");
      }
    }
    Dataset data = DataFiles.read(d.file());
    if (data.dimension() > NetworkSpec.MAX_INPUTS) {
      throw new IOException(
          d.file()
              + ": has "
              + data.dimension()
              + " features, more than the "
              + NetworkSpec.MAX_INPUTS
              + " inputs a network takes");
    }
    return data;
  }

  /**
   * @throws IllegalArgumentException unless {@code net} takes {@code data}'s features and its
   *     output fits the data's task and classes
   */
  public static void checkFits(Network net, Dataset data) {
    if (net.inputSize() != data.dimension()) {
      throw new IllegalArgumentException(
          "the network takes "
              + net.inputSize()
              + " inputs, the data has "
              + data.dimension()
              + " features");
    }
    if (!NetworkSpec.fits(net.output(), data.task(), data.classes())
        || NetworkSpec.outputSize(net.output(), data.classes()) != net.outputSize()) {
      throw new IllegalArgumentException(
          "the network's output ("
              + net.output().jsonName()
              + ", "
              + net.outputSize()
              + " units) does not fit "
              + data.name()
              + (data.classes() > 0 ? " (" + data.classes() + " classes)" : " (regression)"));
    }
  }

  public static Samples samples(Dataset data) {
    return new Samples(data.features(), data.labels(), data.targets());
  }

  /** A fresh network for this data, initialised from {@code seeds.init}. */
  public Network freshNetwork() {
    return freshNetwork(spec, all);
  }

  /** A fresh network of {@code spec} for data shaped like {@code data}. */
  public static Network freshNetwork(RunSpec spec, Dataset data) {
    NetworkSpec n = spec.network();
    return Network.initialized(
        n.layerSizes(data.dimension(), data.classes()),
        n.activationArray(),
        n.output(),
        n.l2(),
        spec.seeds().init());
  }

  /** The training loop of this run for {@code net} (fresh or loaded). */
  public TrainingLoop loop(Network net) {
    return loop(spec, net, train);
  }

  /** The training loop of {@code spec} for {@code net} on {@code train}. */
  public static TrainingLoop loop(RunSpec spec, Network net, Samples train) {
    return new TrainingLoop(
        net, train, spec.optimizer(), spec.training().batch(), spec.seeds().order());
  }
}
