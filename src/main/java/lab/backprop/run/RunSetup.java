package lab.backprop.run;

import java.io.IOException;
import lab.backprop.data.CsvData;
import lab.backprop.data.CsvFormatException;
import lab.backprop.data.Dataset;
import lab.backprop.io.InputFormatException;
import lab.backprop.nn.Network;
import lab.backprop.nn.Samples;
import lab.backprop.nn.TrainingLoop;

/**
 * What a run spec sets up, the same for every command and the window: the data set (generated with
 * {@code seeds.data}, or read from the file), its split ({@code seeds.split}), a fresh network
 * ({@code seeds.init}) and the training loop whose example order follows {@code seeds.order}.
 * {@code test} is null when the split leaves no rows.
 */
public record RunSetup(RunSpec spec, Dataset all, Samples train, Samples test) {

  /**
   * @throws InputFormatException when the data file is malformed or the output does not fit it
   * @throws IOException when the data file cannot be read
   */
  public static RunSetup of(RunSpec spec) throws IOException {
    Dataset all = load(spec);
    Dataset.Split split = all.split(spec.data().ratio(), spec.seeds().split());
    Samples test = split.test().size() > 0 ? samples(split.test()) : null;
    return new RunSetup(spec, all, samples(split.train()), test);
  }

  /** The data set of {@code spec}: generated, or read from its file and checked against it. */
  public static Dataset load(RunSpec spec) throws IOException {
    DataSpec d = spec.data();
    if (d.file() == null) {
      return d.generator(spec.seeds().data()).generate();
    }
    Dataset data;
    try {
      data = CsvData.read(d.file());
    } catch (CsvFormatException e) {
      throw new InputFormatException(d.file() + ": " + e.getMessage());
    }
    if (!NetworkSpec.fits(spec.network().output(), data.task(), data.classes())) {
      throw new InputFormatException(
          d.file()
              + ": output "
              + spec.network().output().jsonName()
              + " does not fit its "
              + (data.task() == lab.backprop.data.Task.REGRESSION
                  ? "targets (use mse)"
                  : data.classes() + " classes"));
    }
    return data;
  }

  public static Samples samples(Dataset data) {
    return new Samples(data.features(), data.labels(), data.targets());
  }

  /** A fresh network for this data, initialised from {@code seeds.init}. */
  public Network freshNetwork() {
    NetworkSpec n = spec.network();
    return Network.initialized(
        n.layerSizes(all.dimension(), all.classes()),
        n.activationArray(),
        n.output(),
        n.l2(),
        spec.seeds().init());
  }

  /** The training loop of this run for {@code net} (fresh or loaded). */
  public TrainingLoop loop(Network net) {
    return new TrainingLoop(
        net, train, spec.optimizer(), spec.training().batch(), spec.seeds().order());
  }
}
