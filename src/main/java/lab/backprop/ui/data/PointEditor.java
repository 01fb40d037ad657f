package lab.backprop.ui.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.ToLongFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import lab.backprop.data.ClassNames;
import lab.backprop.data.CsvData;
import lab.backprop.data.Dataset;
import lab.backprop.data.Task;
import lab.backprop.io.AtomicFiles;
import lab.backprop.run.DataSpec;
import lab.backprop.run.RunSpec;
import lab.backprop.train.Command;
import lab.backprop.train.Snapshot;

/**
 * Your own points: adds, moves and removes points of a classification data set with two inputs,
 * clears them all, imports a CSV file and exports the points as one. Each edit is sent to the
 * trainer as a {@link Command.SetPoints}, so the network keeps training on the edited data and
 * Ctrl+Z takes the edit back (a drag is one edit). Points are indexed as drawn: the training
 * points, then the test points. Added points are training points.
 *
 * <p>"Clear all" leaves a draft with no points (the trainer needs at least one training point):
 * training pauses, the plot shows no points, and the first point added replaces the data; until
 * then {@link #cancelDraft()} (Ctrl+Z) brings the points back. Used on one thread (the FX thread).
 */
public final class PointEditor {
  /** Where commands go (the trainer's {@code send}); returns the sequence number. */
  private final ToLongFunction<Command> sink;

  private final BooleanProperty editing = new SimpleBooleanProperty(this, "editing", false);
  private final IntegerProperty selectedClass = new SimpleIntegerProperty(this, "selectedClass", 0);
  private final ReadOnlyIntegerWrapper classes = new ReadOnlyIntegerWrapper(this, "classes", 2);
  private final ReadOnlyObjectWrapper<ClassNames> classNames =
      new ReadOnlyObjectWrapper<>(this, "classNames", ClassNames.numbered(2));
  private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable");
  private final ReadOnlyBooleanWrapper cleared = new ReadOnlyBooleanWrapper(this, "cleared");

  private Dataset train;
  private Dataset test;
  private RunSpec run;
  private long applied;

  /** The points as last sent, until the trainer has applied that command. */
  private Dataset sentTrain;

  private Dataset sentTest;
  private long sentSeq;

  public PointEditor(ToLongFunction<Command> sink) {
    this.sink = sink;
    editable.addListener(
        (o, was, is) -> {
          if (!is) {
            editing.set(false);
          }
        });
  }

  /** Takes the newest snapshot's points (once per frame). */
  public void update(Snapshot s) {
    applied = s.commandsApplied();
    run = s.settings().run();
    if (s.train() != train) {
      if (train != null && cleared.get() && applied >= sentSeq) {
        cleared.set(false); // the data changed under the draft (an undo, a new data set)
      }
      train = s.train();
      test = s.test();
    }
    boolean ok = train.dimension() == 2 && train.task() == Task.CLASSIFICATION;
    editable.set(ok);
    classNames.set(ok ? train.classNames() : ClassNames.numbered(2));
    classes.set(ok ? train.classes() : 2);
    if (selectedClass.get() >= classes.get()) {
      selectedClass.set(0);
    }
  }

  /** The training points as the plot should show them: none while "clear all" is a draft. */
  public Dataset shownTrain(Dataset snapshotTrain) {
    return cleared.get() ? snapshotTrain.subset(new int[0]) : snapshotTrain;
  }

  /** The test points as the plot should show them. */
  public Dataset shownTest(Dataset snapshotTest) {
    return cleared.get() ? snapshotTest.subset(new int[0]) : snapshotTest;
  }

  // ---- edits ----

  /** Adds a training point of class {@code cls} at (x, y). */
  public void add(double x, double y, int cls) {
    if (!editable.get()) {
      return;
    }
    Dataset tr = currentTrain();
    Dataset te = currentTest();
    if (cleared.get()) {
      tr = tr.subset(new int[0]);
      te = te.subset(new int[0]);
    }
    double[][] X = append(tr.features(), new double[] {x, y});
    int[] labels = Arrays.copyOf(tr.labels(), tr.size() + 1);
    labels[tr.size()] = Math.max(0, Math.min(classes.get() - 1, cls));
    String label = cleared.get() ? "clear all" : "added point";
    send(
        Dataset.classification(tr.name(), X, labels, tr.classes()).withClassNames(tr.classNames()),
        te,
        label,
        false);
    cleared.set(false);
  }

  /**
   * Moves point {@code index} to (x, y); {@code continuing} for the moves after the first of one
   * drag (they share its undo step).
   */
  public void move(int index, double x, double y, boolean continuing) {
    if (!editable.get() || cleared.get()) {
      return;
    }
    Dataset tr = currentTrain();
    Dataset te = currentTest();
    boolean inTest = index >= tr.size();
    Dataset d = inTest ? te : tr;
    int row = inTest ? index - tr.size() : index;
    if (row < 0 || row >= d.size()) {
      return;
    }
    double[][] X = d.features();
    X[row] = new double[] {x, y};
    Dataset moved = d.withFeatures(X);
    send(inTest ? tr : moved, inTest ? moved : te, "moved point", continuing);
  }

  /** Removes point {@code index}; the last training point cannot be removed (use clear all). */
  public boolean remove(int index) {
    if (!editable.get() || cleared.get()) {
      return false;
    }
    Dataset tr = currentTrain();
    Dataset te = currentTest();
    boolean inTest = index >= tr.size();
    Dataset d = inTest ? te : tr;
    int row = inTest ? index - tr.size() : index;
    if (row < 0 || row >= d.size() || (!inTest && tr.size() == 1)) {
      return false;
    }
    int[] keep = new int[d.size() - 1];
    for (int r = 0, k = 0; r < d.size(); r++) {
      if (r != row) {
        keep[k++] = r;
      }
    }
    Dataset less = d.subset(keep);
    send(inTest ? tr : less, inTest ? less : te, "removed point", false);
    return true;
  }

  /** Removes every point (a draft until a point is added: see the class comment). */
  public void clearAll() {
    if (!editable.get() || cleared.get()) {
      return;
    }
    sink.applyAsLong(new Command.Pause());
    cleared.set(true);
  }

  /** Brings back the points of before "clear all"; false if there was no draft. */
  public boolean cancelDraft() {
    if (!cleared.get()) {
      return false;
    }
    cleared.set(false);
    return true;
  }

  /**
   * Reads {@code file} as the data set (as a data file given with {@code --data}, with the current
   * share of training rows and seeds); a malformed file is reported in the banner with its line and
   * column, and the current data stay.
   */
  public void importCsv(Path file) {
    cleared.set(false);
    DataSpec d = run.data();
    sink.applyAsLong(
        new Command.SetData(
            new DataSpec(
                d.dataset(),
                d.n(),
                d.noise(),
                d.classes(),
                d.shuffle(),
                file.toAbsolutePath(),
                d.ratio(),
                d.standardize()),
            run.seeds().data(),
            run.seeds().split()));
  }

  /** Writes the points shown (training, then test) as CSV, atomically. */
  public void exportCsv(Path file) throws IOException {
    Dataset all = allPoints();
    AtomicFiles.write(file, writer -> CsvData.write(all, writer));
  }

  /** The training and then the test points as one data set. */
  Dataset allPoints() {
    Dataset tr = currentTrain();
    Dataset te = currentTest();
    int n = tr.size() + te.size();
    double[][] X = new double[n][];
    System.arraycopy(tr.features(), 0, X, 0, tr.size());
    System.arraycopy(te.features(), 0, X, tr.size(), te.size());
    if (tr.task() == Task.REGRESSION) {
      double[] t = Arrays.copyOf(tr.targets(), n);
      System.arraycopy(te.targets(), 0, t, tr.size(), te.size());
      return Dataset.regression(tr.name(), X, t);
    }
    int[] y = Arrays.copyOf(tr.labels(), n);
    System.arraycopy(te.labels(), 0, y, tr.size(), te.size());
    return Dataset.classification(tr.name(), X, y, tr.classes()).withClassNames(tr.classNames());
  }

  private void send(Dataset tr, Dataset te, String label, boolean continuing) {
    sentTrain = tr;
    sentTest = te;
    sentSeq = sink.applyAsLong(new Command.SetPoints(tr, te, label, continuing));
  }

  /** The points edits start from: those last sent until the trainer has applied them. */
  private Dataset currentTrain() {
    return sentTrain != null && applied < sentSeq ? sentTrain : train;
  }

  private Dataset currentTest() {
    return sentTrain != null && applied < sentSeq ? sentTest : test;
  }

  private static double[][] append(double[][] X, double[] row) {
    double[][] out = Arrays.copyOf(X, X.length + 1);
    out[X.length] = row;
    return out;
  }

  // ---- properties ----

  /** Whether clicks on the plot edit the points. */
  public BooleanProperty editingProperty() {
    return editing;
  }

  /** The class a left click adds (0-based). */
  public IntegerProperty selectedClassProperty() {
    return selectedClass;
  }

  public ReadOnlyIntegerProperty classesProperty() {
    return classes.getReadOnlyProperty();
  }

  /** What the classes of the points are called (set before {@link #classesProperty}). */
  public ReadOnlyObjectProperty<ClassNames> classNamesProperty() {
    return classNames.getReadOnlyProperty();
  }

  /** Whether the points can be edited: a classification data set with two inputs. */
  public ReadOnlyBooleanProperty editableProperty() {
    return editable.getReadOnlyProperty();
  }

  /** True while "clear all" is a draft (no points shown, training paused). */
  public ReadOnlyBooleanProperty clearedProperty() {
    return cleared.getReadOnlyProperty();
  }
}
