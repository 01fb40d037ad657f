package lab.backprop.ui.export;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * JavaFX without a screen, for the command line's pictures that only FX draws (the diagram): the
 * toolkit is started on Monocle's headless platform with the software pipeline, the one the UI
 * tests use, so no display, X server or GPU is needed.
 */
final class HeadlessFx {
  /** Kept: a logger only referenced weakly would lose its level. */
  private static final Logger FX_LOG = Logger.getLogger("javafx");

  private static boolean started;

  private HeadlessFx() {}

  /** Runs {@code work} on the FX thread, starting the toolkit headless first when none runs. */
  static synchronized <T> T call(Callable<T> work) throws Exception {
    start();
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            result.complete(work.call());
          } catch (Throwable e) {
            result.completeExceptionally(e);
          }
        });
    try {
      return result.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }

  private static void start() {
    if (started) {
      return;
    }
    setIfAbsent("glass.platform", "Monocle");
    setIfAbsent("monocle.platform", "Headless");
    setIfAbsent("prism.order", "sw");
    setIfAbsent("java.awt.headless", "true");
    // the jar loads JavaFX from the class path; the toolkit's warning about that is no news here
    FX_LOG.setLevel(Level.SEVERE);
    try {
      Platform.startup(() -> {});
    } catch (IllegalStateException alreadyRunning) {
      // a window or a test started it: use that one
    }
    Platform.setImplicitExit(false);
    started = true;
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
