package lab.backprop.train;

import java.util.Objects;
import lab.backprop.data.Dataset;
import lab.backprop.nn.Activation;
import lab.backprop.nn.Network;
import lab.backprop.nn.OptimizerSettings;
import lab.backprop.nn.OutputKind;
import lab.backprop.run.DataSpec;
import lab.backprop.run.NetworkSpec;
import lab.backprop.run.Seeds;
import lab.backprop.run.TrainingSpec;

/**
 * An immutable request to the {@link Trainer}, applied on the trainer thread between steps, in the
 * order sent. Values that are wrong on their own (a negative rate, a missing field) are rejected
 * when the command is built; values that only the trainer can judge (a layer index, an output that
 * does not fit the data) are rejected by the trainer, which then publishes the reason in {@link
 * Snapshot#error()} and changes nothing.
 */
public sealed interface Command {

  /** Start or continue training at the speed setting. */
  record Play() implements Command {}

  /** Stop after the current step; the trainer then waits for commands. */
  record Pause() implements Command {}

  /** Pause, then train on the next single example (the step is recorded in the snapshot trace). */
  record StepExample() implements Command {}

  /** Pause, then train on the next mini-batch (the step is recorded in the snapshot trace). */
  record StepBatch() implements Command {}

  /** Pause, then finish the current epoch (or run a whole one). */
  record StepEpoch() implements Command {}

  /**
   * Pause and start afresh: a newly initialised network, counters and history cleared. With {@code
   * newSeed} the initialiser seed is replaced by a fresh one (shown in the settings).
   */
  record Reset(boolean newSeed) implements Command {}

  /**
   * Brings back the state of just before the newest command that discarded work ({@link Reset}, a
   * new data set ({@link SetData}), {@link SetInitSeed}, a {@link SetOutput} that re-initialises,
   * {@link Load}, or a {@link Group} of them): network, optimizer state, order of examples, the
   * run's settings (the speed stays), counters and history, exactly; training pauses and {@link
   * Snapshot#notice()} says what was undone. The trainer keeps the newest {@value
   * UndoStack#MAX_CHECKPOINTS} such states at most (fewer when they are large). With none, the
   * notice says there is nothing to undo.
   */
  record Undo() implements Command {}

  /**
   * Several commands applied one after the other as one change: a single {@link Undo} takes back
   * all of them, and when one is rejected the ones before it are taken back too.
   *
   * @param label what the change is, for the banner after an undo ("preset")
   */
  record Group(String label, java.util.List<Command> commands) implements Command {
    public Group {
      Objects.requireNonNull(label, "label");
      commands = java.util.List.copyOf(commands);
      for (Command c : commands) {
        if (c instanceof Undo || c instanceof Group || c instanceof PreviewStep) {
          throw new IllegalArgumentException("a group cannot hold " + c);
        }
      }
    }
  }

  /** The same activation in every hidden layer; weights and training continue. */
  record SetActivation(Activation activation) implements Command {
    public SetActivation {
      Objects.requireNonNull(activation, "activation");
    }
  }

  /** The activation of one hidden layer (0-based); weights and training continue. */
  record SetLayerActivation(int hidden, Activation activation) implements Command {
    public SetLayerActivation {
      Objects.requireNonNull(activation, "activation");
    }
  }

  /**
   * New hidden layer sizes, applied in place: units that stay keep their weights, new units and
   * layers get fresh small weights, removed ones are dropped; training continues. Added layers take
   * the activation of the last hidden layer.
   */
  record SetHiddenSizes(int[] hidden) implements Command {
    public SetHiddenSizes {
      hidden = hidden.clone();
      NetworkSpec.checkHidden(hidden);
    }

    @Override
    public int[] hidden() {
      return hidden.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof SetHiddenSizes s && java.util.Arrays.equals(hidden, s.hidden);
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(hidden);
    }

    @Override
    public String toString() {
      return "SetHiddenSizes" + java.util.Arrays.toString(hidden);
    }
  }

  /**
   * A new output function. It needs a fresh network: the trainer resets (keeping play/pause) and
   * says so in {@link Snapshot#notice()}. Rejected when the output does not fit the data's task.
   */
  record SetOutput(OutputKind output) implements Command {
    public SetOutput {
      Objects.requireNonNull(output, "output");
    }
  }

  /** L2 strength λ ≥ 0; training continues. */
  record SetL2(double l2) implements Command {
    public SetL2 {
      NetworkSpec.checkL2(l2);
    }
  }

  /** Learning rate of the current optimizer (its state is kept). */
  record SetLearningRate(double lr) implements Command {
    public SetLearningRate {
      OptimizerSettings.checkLr(lr);
    }
  }

  /** Another optimizer or hyper-parameters; a different optimizer starts with clear state. */
  record SetOptimizer(OptimizerSettings optimizer) implements Command {
    public SetOptimizer {
      Objects.requireNonNull(optimizer, "optimizer");
    }
  }

  /** Examples per step; {@link TrainerSettings#FULL_BATCH} (0) means all training rows. */
  record SetBatchSize(int batchSize) implements Command {
    public SetBatchSize {
      TrainingSpec.checkBatch(batchSize);
    }
  }

  /** Steps per second (1 … 10,000) or {@link TrainerSettings#FULL_SPEED}. */
  record SetSpeed(double stepsPerSecond) implements Command {
    public SetSpeed {
      TrainerSettings.checkSpeed(stepsPerSecond);
    }
  }

  /**
   * A new data set (made with {@code dataSeed}) and split ({@code splitSeed}). The network is kept
   * when it fits the new data (same input size, and the output fits the task and number of
   * classes); otherwise the output becomes the task's default and the network is reset, with a
   * notice.
   */
  record SetData(DataSpec data, long dataSeed, long splitSeed) implements Command {
    public SetData {
      Objects.requireNonNull(data, "data");
      new Seeds(dataSeed, splitSeed, 0, 0); // checks the two seeds
    }
  }

  /**
   * Trains on these points from now on (points edited, added or removed by hand, or data read by
   * the window): the network is kept when it fits them (same inputs, an output that fits the
   * classes), else reset as for {@link SetData}. The run spec's data is left as it was. Like a new
   * data set it can be undone; a {@code continuesEdit} command (a drag in progress) belongs to the
   * undo step of the one before it.
   *
   * @param label what the change is, for the banner after an undo ("added point")
   */
  record SetPoints(Dataset train, Dataset test, String label, boolean continuesEdit)
      implements Command {
    public SetPoints {
      Objects.requireNonNull(train, "train");
      Objects.requireNonNull(test, "test");
      Objects.requireNonNull(label, "label");
      if (train.size() == 0) {
        throw new IllegalArgumentException("there must be at least one training point");
      }
      if (test.size() > 0
          && (test.task() != train.task()
              || test.classes() != train.classes()
              || test.dimension() != train.dimension())) {
        throw new IllegalArgumentException("the test points do not match the training points");
      }
    }
  }

  record SetWeight(int layer, int j, int i, double value) implements Command {
    public SetWeight {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("value must be finite, got " + value);
      }
    }
  }

  /** Sets b_l[j] to a finite value. */
  record SetBias(int layer, int j, double value) implements Command {
    public SetBias {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("value must be finite, got " + value);
      }
    }
  }

  /**
   * A new seed of the initial weights and the example order; the network is re-initialised with it
   * (keeping play/pause), with a notice.
   */
  record SetInitSeed(long seed) implements Command {
    public SetInitSeed {
      Seeds.all(seed); // checks the range
    }
  }

  /**
   * Replaces the network by a copy of {@code network} (e.g. read from a file); counters and history
   * restart, play/pause is kept. Rejected when it does not fit the data.
   */
  record Load(Network network) implements Command {
    public Load {
      network = Objects.requireNonNull(network, "network").copy();
    }
  }

  /**
   * Puts the run of {@code state} in place of the current one (e.g. a session opened from a file),
   * exactly as it was captured: it goes on as that run would have. Pauses; can be undone; the
   * notice names {@code source} (e.g. the file's name).
   */
  record Restore(RunState state, String source) implements Command {
    public Restore {
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(source, "source");
    }
  }

  /**
   * Goes back to the end of a kept epoch ({@link Snapshot#rewind()}) and trains on from there: the
   * weights, the run's settings then, the order of the examples and, where it was kept ({@link
   * Rewind.Point#exact()}), the optimizer's state, so that training goes on bit for bit as the run
   * did; where it was not, the optimizer starts afresh and the notice says so. The history after
   * that epoch is cut. Pauses; like a reset it can be undone, which brings back the later epochs.
   * Rejected when the epoch is not kept.
   */
  record Rewind(long epoch) implements Command {
    public Rewind {
      if (epoch < 0) {
        throw new IllegalArgumentException("epoch must be >= 0, got " + epoch);
      }
    }
  }

  /**
   * Records what the next step would do, without doing it or changing anything else (network,
   * optimizer state, order of examples, counters, play/pause): the network before, the engine's
   * trace and the network after the update, computed on copies of the network and the optimizer
   * state. The result is published in {@link Trainer#latestPreview()} under this command's sequence
   * number. A step-through view sends {@link Pause} first.
   *
   * @param scope the next example, the next mini-batch, or one training row
   * @param row the training row for {@link Scope#ROW} (0-based index into the training set)
   */
  record PreviewStep(Scope scope, int row) implements Command {
    public PreviewStep {
      Objects.requireNonNull(scope, "scope");
      if (scope == Scope.ROW && row < 0) {
        throw new IllegalArgumentException("row must be >= 0, got " + row);
      }
    }

    /** The next example or mini-batch of training, or one given training row. */
    public enum Scope {
      NEXT_EXAMPLE,
      NEXT_BATCH,
      ROW
    }
  }
}
