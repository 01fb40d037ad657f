package lab.backprop.ui.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import lab.backprop.io.AnimatedGif;
import lab.backprop.train.Rewind;
import lab.backprop.train.RunState;
import lab.backprop.train.Snapshot;
import lab.backprop.ui.common.FxImages;
import lab.backprop.ui.stepthrough.StepThroughModel;

/**
 * Animated GIFs from the window, each with a progress bar and Cancel: training continued from the
 * run as it is now (its exact state is captured by the trainer between two steps, then trained on a
 * worker thread on a copy, so the window's own training goes on undisturbed), and the
 * step-through's phases, one frame each with the plot, the diagram and the equation.
 */
public final class GifExports {
  /** The settings the training dialog starts with. */
  public static final TrainingAnimation.Settings DEFAULTS =
      new TrainingAnimation.Settings(300, 40, 720, 360, 1, true, 100);

  /** How long each phase of the step-through is shown. */
  static final int PHASE_MILLIS = 2000;

  /** Pulses the boundary's picture must stay the same before a phase's frame is taken. */
  static final int SETTLED_PULSES = 3;

  static final int MAX_PULSES_PER_PHASE = 20;

  /** The most frames of a GIF of the rewound span. */
  public static final int SPAN_FRAMES = 60;

  private final Exporter exporter;
  private final Supplier<CompletableFuture<RunState>> capture;
  private Supplier<List<Rewind.Point>> rewindSpan = List::of;
  private Task<Void> running;

  GifExports(Exporter exporter, Supplier<CompletableFuture<RunState>> capture) {
    this.exporter = exporter;
    this.capture = capture;
  }

  /** The export in progress, or null. */
  public Task<Void> running() {
    return running;
  }

  /** Asks for the span, frames and size, then for the file, and starts the GIF of training. */
  public void trainingGif() {
    TrainingAnimation.Settings settings =
        exporter.dialogs().gifSettings(exporter.owner(), DEFAULTS);
    if (settings == null) {
      return;
    }
    Path file = chooseGif("Save the training as GIF", "training.gif");
    if (file != null) {
      trainingGif(settings, file);
    }
  }

  /** Starts writing the GIF of training with these settings to {@code file}. */
  public Task<Void> trainingGif(TrainingAnimation.Settings settings, Path file) {
    Task<Void> task =
        new AnimationTask() {
          @Override
          protected Void call() throws Exception {
            updateMessage("Taking the run's state…");
            RunState state = capture.get().get();
            updateMessage(
                "Training a copy for "
                    + settings.epochs()
                    + " epochs and drawing "
                    + settings.frames()
                    + " frames…");
            TrainingAnimation.write(file, TrainingAnimation.Run.of(state), settings, this);
            return null;
          }
        };
    return start(task, "Animated GIF of training");
  }

  /** Where the kept epochs of the scrubber's span come from (the scrubber's model). */
  public void setRewindSpan(Supplier<List<Rewind.Point>> span) {
    rewindSpan = span;
  }

  /**
   * Asks for the file and writes a GIF of the kept epochs from the first to the one the scrubber
   * shows (all of them when it shows the run as it is now), at most {@link #SPAN_FRAMES} frames.
   */
  public void rewindGif() {
    if (rewindSpan.get().size() < 2) {
      exporter.reportError("Train for a few epochs first: the GIF shows the epochs kept so far.");
      return;
    }
    Path file = chooseGif("Save the rewound span as GIF", "rewind.gif");
    if (file != null) {
      rewindGif(file);
    }
  }

  /** Starts writing the GIF of the scrubber's span to {@code file}. */
  public Task<Void> rewindGif(Path file) {
    List<Rewind.Point> points = List.copyOf(rewindSpan.get());
    Snapshot s = exporter.latest();
    TrainingAnimation.Span span =
        new TrainingAnimation.Span(
            points.stream().map(Rewind.Point::network).toList(),
            points.stream().mapToLong(Rewind.Point::epoch).toArray(),
            s.train(),
            s.test() != null && s.test().size() > 0 ? s.test() : null,
            s.history());
    TrainingAnimation.Settings settings =
        new TrainingAnimation.Settings(
            DEFAULTS.epochs(),
            SPAN_FRAMES,
            DEFAULTS.width(),
            DEFAULTS.height(),
            DEFAULTS.scale(),
            true,
            DEFAULTS.delayMillis());
    Task<Void> task =
        new AnimationTask() {
          @Override
          protected Void call() throws Exception {
            updateMessage(
                "Drawing epochs "
                    + span.epochs()[0]
                    + " to "
                    + span.epochs()[span.epochs().length - 1]
                    + "…");
            TrainingAnimation.writeSpan(file, span, settings, this);
            return null;
          }
        };
    return start(task, "Animated GIF of the rewound span");
  }

  /**
   * Writes a GIF of the step-through shown now, one frame per phase (the plot, the diagram and the
   * equation as the window shows them), and goes back to the phase shown before.
   */
  public void stepThroughGif(StepThroughModel model) {
    if (model.recordingProperty().get() == null) {
      exporter.reportError("Open the step-through (T) to save its phases as a GIF.");
      return;
    }
    Path file = chooseGif("Save the step-through as GIF", "step-through.gif");
    if (file != null) {
      stepThroughGif(model, file);
    }
  }

  /** The file chooser for a GIF; null when cancelled. */
  private Path chooseGif(String title, String defaultName) {
    return exporter
        .dialogs()
        .chooseSave(exporter.owner(), title, "GIF animation", "gif", defaultName);
  }

  /** Takes one frame per phase (over the next pulses) and then writes them to {@code file}. */
  public CompletableFuture<Task<Void>> stepThroughGif(StepThroughModel model, Path file) {
    Node area = ((BorderPane) exporter.views().window()).getCenter();
    int phases = model.recordingProperty().get().phases().size();
    int shown = model.phaseIndexProperty().get();
    List<BufferedImage> frames = new ArrayList<>();
    CompletableFuture<Task<Void>> started = new CompletableFuture<>();
    ProgressWindow progress =
        ProgressWindow.show(exporter.owner(), "Animated GIF of the step-through");
    progress.setMessage("Taking one picture per phase…");
    AnimationTimer taker =
        new AnimationTimer() {
          private int phase = -1;
          private int pulses;
          private int still;
          private Object lastRaster;

          @Override
          public void handle(long now) {
            if (progress.cancelled()) {
              stop();
              model.phaseIndexProperty().set(shown);
              progress.close();
              started.cancel(false);
              return;
            }
            if (phase < 0 || frames.size() > phase) {
              phase++;
              if (phase == phases) {
                stop();
                model.phaseIndexProperty().set(shown);
                progress.close();
                started.complete(writeFrames(frames, file));
                return;
              }
              model.phaseIndexProperty().set(phase);
              pulses = 0;
              still = 0;
              lastRaster = null;
              return;
            }
            // the boundary before and after the update is painted by a worker: wait until it stays
            Object raster = exporter.views().boundary().raster();
            still = raster == lastRaster ? still + 1 : 0;
            lastRaster = raster;
            if (still >= SETTLED_PULSES || ++pulses >= MAX_PULSES_PER_PHASE) {
              frames.add(FxImages.opaque(area.snapshot(null, null)));
              progress.setProgress(0.5 * frames.size() / phases);
            }
          }
        };
    taker.start();
    return started;
  }

  private Task<Void> writeFrames(List<BufferedImage> frames, Path file) {
    int width = frames.get(0).getWidth();
    int height = frames.get(0).getHeight();
    Task<Void> task =
        new Task<>() {
          @Override
          protected Void call() throws Exception {
            updateMessage("Writing " + frames.size() + " frames…");
            try (AnimatedGif gif = AnimatedGif.open(file)) {
              for (int k = 0; k < frames.size(); k++) {
                if (isCancelled()) {
                  return null;
                }
                int delay = k == frames.size() - 1 ? 2 * PHASE_MILLIS : PHASE_MILLIS;
                gif.add(sameSize(frames.get(k), width, height), delay);
                updateProgress(0.5 + 0.5 * (k + 1) / frames.size(), 1);
              }
              gif.commit();
            }
            return null;
          }
        };
    return start(task, "Animated GIF of the step-through");
  }

  /** A frame of the first frame's size (the window may have been resized meanwhile). */
  private static BufferedImage sameSize(BufferedImage frame, int width, int height) {
    if (frame.getWidth() == width && frame.getHeight() == height) {
      return frame;
    }
    BufferedImage fitted = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = fitted.createGraphics();
    try {
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.drawImage(frame, 0, 0, null);
    } finally {
      g.dispose();
    }
    return fitted;
  }

  private Task<Void> start(Task<Void> task, String title) {
    ProgressWindow window = ProgressWindow.show(exporter.owner(), title);
    window.bind(task);
    task.setOnSucceeded(e -> finished(window));
    task.setOnCancelled(e -> finished(window));
    task.setOnFailed(
        e -> {
          finished(window);
          Throwable error = task.getException();
          if (!(error instanceof TrainingAnimation.Cancelled)) {
            exporter.reportError(
                "Could not save the GIF: "
                    + (error.getMessage() == null ? error.toString() : error.getMessage()));
          }
        });
    running = task;
    Thread worker = new Thread(task, "gif-export");
    worker.setDaemon(true);
    worker.setPriority(Thread.MIN_PRIORITY);
    worker.start();
    return task;
  }

  private void finished(ProgressWindow window) {
    window.close();
    running = null;
  }

  /** A task that is the animation's progress (Task coalesces the updates for the FX thread). */
  private abstract static class AnimationTask extends Task<Void>
      implements TrainingAnimation.Progress {
    @Override
    public void update(double fraction) {
      updateProgress(fraction, 1);
    }

    @Override
    public boolean shouldStop() {
      return isCancelled();
    }
  }
}
