package lab.backprop.ui.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lab.backprop.io.SessionJson;
import lab.backprop.nn.FrozenNetwork;
import lab.backprop.run.RunSpec;
import lab.backprop.train.Command;
import lab.backprop.train.RunState;
import lab.backprop.train.Snapshot;

/**
 * The window's session file: saving the exact state of the run (asked of the trainer thread, which
 * alone owns the network, and written on a background thread), opening one (read and checked on a
 * background thread; only a good file reaches the trainer, so a bad one leaves the work as it was),
 * the current file, whether there is work not saved, and the recent files. Properties change on the
 * FX thread (or the thread of {@code fx}).
 */
public final class SessionModel {
  private final Supplier<CompletableFuture<RunState>> capture;
  private final Supplier<Snapshot> snapshots;
  private final ToLongFunction<Command> send;
  private final Consumer<String> problem;
  private final SessionPrefs prefs;
  private final Executor fx;
  private final Executor io;

  private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
  private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(this, "unsaved");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
  private final ObservableList<Path> recent = FXCollections.observableArrayList();
  private final String appTitle;

  /** What was last saved or opened (or the run at the start): no unsaved work while it stands. */
  private record Baseline(long steps, RunSpec run, FrozenNetwork network) {}

  private Baseline baseline;
  private Snapshot latest;

  /**
   * @param capture asks the trainer for the exact state of its run ({@code Trainer::capture})
   * @param snapshots the trainer's newest snapshot ({@code Trainer::latest})
   * @param send sends a command to the trainer
   * @param problem shows a problem with a file in the banner (null: the last one is over)
   * @param fx runs a task on the FX thread ({@code Platform::runLater})
   */
  public SessionModel(
      String appTitle,
      Supplier<CompletableFuture<RunState>> capture,
      Supplier<Snapshot> snapshots,
      ToLongFunction<Command> send,
      Consumer<String> problem,
      SessionPrefs prefs,
      Executor fx) {
    this.appTitle = appTitle;
    this.capture = capture;
    this.snapshots = snapshots;
    this.send = send;
    this.problem = problem;
    this.prefs = prefs;
    this.fx = fx;
    this.io = backgroundThread();
    recent.setAll(prefs.recentFiles());
    file.addListener(o -> updateTitle());
    unsaved.addListener(o -> updateTitle());
    updateTitle();
  }

  private static ExecutorService backgroundThread() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "backprop-session-files");
          t.setDaemon(true);
          return t;
        });
  }

  public ReadOnlyObjectProperty<Path> fileProperty() {
    return file.getReadOnlyProperty();
  }

  /** The session file the work was last saved to or opened from; null if none. */
  public Path file() {
    return file.get();
  }

  public ReadOnlyBooleanProperty unsavedProperty() {
    return unsaved.getReadOnlyProperty();
  }

  /** Whether the run changed (trained, edited, another run) since it was last saved or opened. */
  public boolean hasUnsavedWork() {
    return unsaved.get();
  }

  /** True while a file is being saved or opened. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** The window's title: the file's name and a * for unsaved work, then the app's name. */
  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /** The recent session files, newest first. */
  public ObservableList<Path> recentFiles() {
    return FXCollections.unmodifiableObservableList(recent);
  }

  public SessionPrefs prefs() {
    return prefs;
  }

  // ---- per frame ----

  /** Looks at the trainer's newest snapshot (a few times a second) for unsaved work. */
  public void refresh() {
    update(snapshots.get());
  }

  /** Takes the newest snapshot: the first one is the work at the start, saved as it were. */
  void update(Snapshot s) {
    if (s == null || s == latest) {
      return;
    }
    latest = s;
    if (baseline == null) {
      baseline = new Baseline(s.steps(), s.settings().run(), s.network());
    }
    unsaved.set(!matches(s, baseline));
  }

  private static boolean matches(Snapshot s, Baseline b) {
    return s.steps() == b.steps()
        && s.settings().run().equals(b.run())
        && sameWeights(s.network(), b.network());
  }

  private static boolean sameWeights(FrozenNetwork a, FrozenNetwork b) {
    return a == b
        || Arrays.equals(a.layerSizes(), b.layerSizes())
            && Arrays.deepEquals(a.copyW(), b.copyW())
            && Arrays.deepEquals(a.copyB(), b.copyB());
  }

  // ---- commands ----

  /**
   * Saves the exact state of the run, as the trainer has it once the commands sent so far are
   * applied (training goes on meanwhile), to {@code target}, atomically. On failure the banner says
   * why and the future fails.
   */
  public CompletableFuture<RunState> save(Path target) {
    CompletableFuture<RunState> done = new CompletableFuture<>();
    busy.set(true);
    CompletableFuture<RunState> state;
    try {
      state = capture.get();
    } catch (RuntimeException e) {
      state = CompletableFuture.failedFuture(e);
    }
    state
        .thenApplyAsync(s -> write(target, s), io)
        .whenCompleteAsync(
            (s, error) -> {
              busy.set(false);
              if (error != null) {
                problem.accept("Could not save " + message(error, target));
                done.completeExceptionally(unwrap(error));
                return;
              }
              problem.accept(null);
              file.set(target);
              remember(target);
              baseline = new Baseline(s.steps(), s.run(), s.network());
              if (latest != null) {
                unsaved.set(!matches(latest, baseline));
              }
              done.complete(s);
            },
            fx);
    return done;
  }

  private static RunState write(Path target, RunState state) {
    try {
      SessionJson.write(target, state);
      return state;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads and checks {@code source} off the FX thread; a good session replaces the run (an undoable
   * change), a bad one is named in the banner and changes nothing.
   */
  public CompletableFuture<RunState> open(Path source) {
    CompletableFuture<RunState> done = new CompletableFuture<>();
    busy.set(true);
    CompletableFuture.supplyAsync(() -> read(source), io)
        .whenCompleteAsync(
            (state, error) -> {
              busy.set(false);
              if (error != null) {
                problem.accept(
                    "Could not open "
                        + message(error, source)
                        + " (the current work is unchanged)");
                if (unwrap(error) instanceof NoSuchFileException) {
                  forget(source);
                }
                done.completeExceptionally(unwrap(error));
                return;
              }
              opened(source, state);
              done.complete(state);
            },
            fx);
    return done;
  }

  /** Puts a session already read and checked (e.g. the window's --open) in place of the run. */
  public void opened(Path source, RunState state) {
    problem.accept(null);
    send.applyAsLong(new Command.Restore(state, name(source)));
    file.set(source);
    remember(source);
    baseline = new Baseline(state.steps(), state.run(), state.network());
    unsaved.set(false);
  }

  private static RunState read(Path source) {
    try {
      return SessionJson.read(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Empties the list of recent files. */
  public void clearRecent() {
    prefs.setRecent(List.of());
    recent.clear();
  }

  private void remember(Path f) {
    recent.setAll(prefs.addRecent(f));
  }

  private void forget(Path f) {
    List<Path> kept =
        recent.stream().filter(p -> !p.equals(f.toAbsolutePath().normalize())).toList();
    prefs.setRecent(kept);
    recent.setAll(kept);
  }

  private void updateTitle() {
    Path f = file.get();
    title.set((unsaved.get() ? "*" : "") + (f == null ? "" : name(f) + " — ") + appTitle);
  }

  private static String name(Path f) {
    Path n = f.getFileName();
    return n == null ? f.toString() : n.toString();
  }

  private static Throwable unwrap(Throwable e) {
    while ((e instanceof CompletionException || e instanceof UncheckedIOException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }

  /** One line naming the file by its name (not its whole path) and what is wrong. */
  private static String message(Throwable error, Path f) {
    Throwable e = unwrap(error);
    String text = e instanceof NoSuchFileException ? f + ": no such file" : e.getMessage();
    if (text == null) {
      text = e.getClass().getSimpleName();
    }
    String whole = f.toString();
    if (text.startsWith(whole)) {
      text = name(f) + text.substring(whole.length());
    } else if (!text.startsWith(name(f))) {
      text = name(f) + ": " + text;
    }
    return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
  }
}
