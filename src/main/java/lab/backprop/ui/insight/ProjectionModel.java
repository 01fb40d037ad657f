package lab.backprop.ui.insight;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import lab.backprop.data.Dataset;
import lab.backprop.data.Plane;

/**
 * Which plane of the input space the plot shows for data with more than two inputs: the first two
 * principal components of the training inputs (the default) or two chosen features, both through
 * the data mean. The principal components of a large data set are computed on a background thread;
 * until they are ready {@link #planeFor} returns null. Used on one thread (the FX thread).
 */
public final class ProjectionModel {
  /** The two kinds of plane. */
  public enum Mode {
    PRINCIPAL_COMPONENTS("Principal components"),
    FEATURES("Two inputs");

    private final String label;

    Mode(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** Work (rows × inputs²) above which the principal components are computed off the FX thread. */
  static final double SYNC_LIMIT = 2e6;

  private final ObjectProperty<Mode> mode =
      new SimpleObjectProperty<>(this, "mode", Mode.PRINCIPAL_COMPONENTS);
  private final IntegerProperty featureX = new SimpleIntegerProperty(this, "featureX", 1);
  private final IntegerProperty featureY = new SimpleIntegerProperty(this, "featureY", 2);
  private final ReadOnlyIntegerWrapper dimension = new ReadOnlyIntegerWrapper(this, "dimension", 2);
  private final Executor background;

  private record Key(Dataset train, Mode mode, int x, int y) {}

  private Key key;
  private CompletableFuture<Plane> plane;

  public ProjectionModel() {
    this(
        task -> {
          Thread t = new Thread(task, "backprop-projection");
          t.setDaemon(true);
          t.setPriority(Thread.MIN_PRIORITY);
          t.start();
        });
  }

  /** With the executor that computes large principal components (tests: a direct one). */
  public ProjectionModel(Executor background) {
    this.background = background;
  }

  /**
   * The plane to show the points of {@code train} on: null for two inputs, and null while the
   * principal components are being computed. The same Plane instance for the same data and choice.
   */
  public Plane planeFor(Dataset train) {
    int d = train.dimension();
    dimension.set(d);
    if (d <= 2) {
      key = null;
      plane = null;
      return null;
    }
    int x = clamp(featureX.get(), d);
    int y = clamp(featureY.get(), d);
    Key wanted = new Key(train, mode.get(), x, y);
    if (!wanted.equals(key)) {
      key = wanted;
      plane = start(wanted);
    }
    return plane.isDone() && !plane.isCompletedExceptionally() ? plane.join() : null;
  }

  /** The failure of the last computation, or null. */
  public Throwable failure() {
    if (plane == null || !plane.isCompletedExceptionally()) {
      return null;
    }
    try {
      plane.join();
      return null;
    } catch (java.util.concurrent.CompletionException e) {
      return e.getCause();
    }
  }

  /** Whether the plane for the current data is still being computed. */
  public boolean computing() {
    return plane != null && !plane.isDone();
  }

  private CompletableFuture<Plane> start(Key k) {
    double[][] X = k.train().features();
    if (k.mode() == Mode.FEATURES) {
      int y = k.y() == k.x() ? (k.x() % X[0].length) + 1 : k.y();
      return CompletableFuture.completedFuture(Plane.features(X, k.x() - 1, y - 1));
    }
    double work = (double) X.length * X[0].length * X[0].length;
    if (work <= SYNC_LIMIT) {
      return CompletableFuture.completedFuture(Plane.principal(X));
    }
    return CompletableFuture.supplyAsync(() -> Plane.principal(X), background);
  }

  private static int clamp(int feature, int d) {
    return Math.max(1, Math.min(d, feature));
  }

  public ObjectProperty<Mode> modeProperty() {
    return mode;
  }

  /** The horizontal axis's input (1-based) in {@link Mode#FEATURES}. */
  public IntegerProperty featureXProperty() {
    return featureX;
  }

  /** The vertical axis's input (1-based) in {@link Mode#FEATURES}. */
  public IntegerProperty featureYProperty() {
    return featureY;
  }

  /** Inputs of the data last seen. */
  public ReadOnlyIntegerProperty dimensionProperty() {
    return dimension.getReadOnlyProperty();
  }

  @Override
  public String toString() {
    return "ProjectionModel[" + mode.get() + ", " + Objects.toString(key) + "]";
  }
}
