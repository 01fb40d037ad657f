package lab.backprop.ui.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;
import lab.backprop.io.HistoryCsv;
import lab.backprop.io.NetworkJson;
import lab.backprop.io.PngFiles;
import lab.backprop.nn.FrozenNetwork;
import lab.backprop.train.RunState;
import lab.backprop.train.Snapshot;
import lab.backprop.ui.charts.ChartsPicture;
import lab.backprop.ui.charts.ChartsView;
import lab.backprop.ui.common.FxImages;
import lab.backprop.ui.diagram.NetworkDiagram;
import lab.backprop.ui.plot.BoundaryPicture;
import lab.backprop.ui.plot.BoundaryView;

/**
 * The window's exports: PNG pictures of the views or of the whole window at 1× or 2× (2× drawn at
 * twice the resolution by each view's own painter, not enlarged), the history as CSV, the network
 * as network JSON, and animated GIFs (see {@link GifExports}). Reads what the views show and the
 * trainer's published snapshot; never touches the trainer's network. FX thread.
 */
public final class Exporter {
  /** What can be saved as a picture. */
  public enum Picture {
    BOUNDARY("boundary"),
    DIAGRAM("diagram"),
    CHARTS("charts"),
    WINDOW("window");

    final String fileName;

    Picture(String fileName) {
      this.fileName = fileName;
    }
  }

  /** The window's parts the exports read. */
  public record Views(
      Parent window, BoundaryView boundary, NetworkDiagram diagram, ChartsView charts) {}

  private final Views views;
  private final Supplier<Snapshot> latest;
  private final Supplier<FrozenNetwork> boundaryNetwork;
  private final Consumer<String> reportError;
  private final GifExports gifs;
  private ExportDialogs dialogs = ExportDialogs.standard();

  /**
   * @param latest the trainer's newest snapshot
   * @param boundaryNetwork the network whose boundary the plot shows now (the step-through shows
   *     its own)
   * @param capture the exact state of the run, taken by the trainer between two steps
   * @param reportError shows a failure in the window's banner
   */
  public Exporter(
      Views views,
      Supplier<Snapshot> latest,
      Supplier<FrozenNetwork> boundaryNetwork,
      Supplier<CompletableFuture<RunState>> capture,
      Consumer<String> reportError) {
    this.views = views;
    this.latest = latest;
    this.boundaryNetwork = boundaryNetwork;
    this.reportError = reportError;
    this.gifs = new GifExports(this, capture);
  }

  /** The newest snapshot of the trainer. */
  Snapshot latest() {
    return latest.get();
  }

  /** Replaces the file dialog and the GIF settings dialog (tests). */
  public void setDialogs(ExportDialogs dialogs) {
    this.dialogs = dialogs;
  }

  ExportDialogs dialogs() {
    return dialogs;
  }

  Views views() {
    return views;
  }

  public GifExports gifs() {
    return gifs;
  }

  void reportError(String text) {
    reportError.accept(text);
  }

  /** Asks where to save {@code what} as PNG and saves it; false when cancelled or failed. */
  public boolean savePng(Picture what, double scale) {
    String suffix = scale == 1 ? "" : "@" + (int) scale + "x";
    Path file =
        dialogs.chooseSave(
            owner(),
            "Save the " + what.fileName + " as PNG",
            "PNG picture",
            "png",
            what.fileName + suffix + ".png");
    return file != null && savePng(what, scale, file);
  }

  /** Saves {@code what} as PNG to {@code file}; false (and a banner) when it failed. */
  public boolean savePng(Picture what, double scale, Path file) {
    try {
      PngFiles.write(file, picture(what, scale));
      return true;
    } catch (IOException | RuntimeException e) {
      reportError("Could not save the " + what.fileName + " picture: " + e.getMessage());
      return false;
    }
  }

  /** {@code what} at {@code scale} device pixels per layout unit, as the window shows it. */
  public BufferedImage picture(Picture what, double scale) {
    return switch (what) {
      case BOUNDARY -> boundary(views.boundary(), scale);
      case DIAGRAM -> diagram(views.diagram(), scale);
      case CHARTS -> charts(views.charts(), scale);
      case WINDOW -> window(scale);
    };
  }

  private BufferedImage boundary(BoundaryView view, double scale) {
    Snapshot s = latest.get();
    FrozenNetwork net = boundaryNetwork.get();
    return BoundaryPicture.render(
        new BoundaryPicture.Scene(
            net == null ? s.network() : net,
            s.train(),
            s.test() != null && s.test().size() > 0 ? s.test() : null,
            view.showTestPointsProperty().get()),
        view.getWidth(),
        view.getHeight(),
        scale);
  }

  private static BufferedImage diagram(NetworkDiagram view, double scale) {
    return FxImages.opaque(view.picture(view.getWidth(), view.getHeight(), scale));
  }

  private BufferedImage charts(ChartsView view, double scale) {
    return ChartsPicture.render(
        HistoryCurves.of(latest.get().history()),
        view.logScaleProperty().get(),
        view.getWidth(),
        view.getHeight(),
        scale);
  }

  /**
   * The whole window. At 2× the controls and text are drawn at twice the resolution by the scene
   * graph, and the boundary plot, every network diagram and the charts (pictures and canvases,
   * which a snapshot would only enlarge) are painted again at 2× and put in their places.
   */
  private BufferedImage window(double scale) {
    Parent root = views.window();
    SnapshotParameters params = new SnapshotParameters();
    if (scale != 1) {
      params.setTransform(new Scale(scale, scale));
    }
    BufferedImage image = FxImages.opaque(root.snapshot(params, null));
    if (scale == 1) {
      return image;
    }
    Graphics2D g = image.createGraphics();
    try {
      for (Node node : shown(root)) {
        BufferedImage part =
            node instanceof BoundaryView b
                ? boundary(b, scale)
                : node instanceof NetworkDiagram d
                    ? diagram(d, scale)
                    : ChartsPicture.single(
                        HistoryCurves.of(latest.get().history()),
                        views.charts().logScaleProperty().get(),
                        views.charts().chartPanes().indexOf(node),
                        ((Region) node).getWidth(),
                        ((Region) node).getHeight(),
                        scale);
        Bounds b = root.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        g.drawImage(
            part,
            (int) Math.round((b.getMinX() - root.getLayoutBounds().getMinX()) * scale),
            (int) Math.round((b.getMinY() - root.getLayoutBounds().getMinY()) * scale),
            null);
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  /** The views under {@code root} that are drawn again at 2×, shown and of some size. */
  private List<Node> shown(Parent root) {
    List<Node> found = new ArrayList<>();
    collect(root, found);
    return found;
  }

  private void collect(Parent parent, List<Node> found) {
    for (Node child : parent.getChildrenUnmodifiable()) {
      if (!child.isVisible() || child.getLayoutBounds().getWidth() < 20) {
        continue;
      }
      if (child instanceof BoundaryView
          || child instanceof NetworkDiagram
          || views.charts().chartPanes().contains(child)) {
        found.add(child);
      } else if (child instanceof Parent p) {
        collect(p, found);
      }
    }
  }

  /** Asks where and saves the loss and accuracy history as CSV. */
  public boolean saveHistoryCsv() {
    Path file =
        dialogs.chooseSave(owner(), "Save the history as CSV", "CSV table", "csv", "history.csv");
    if (file == null) {
      return false;
    }
    try {
      HistoryCsv.write(file, latest.get().history());
      return true;
    } catch (IOException | RuntimeException e) {
      reportError("Could not save the history: " + e.getMessage());
      return false;
    }
  }

  /** Asks where and saves the network as network JSON. */
  public boolean saveNetworkJson() {
    Path file =
        dialogs.chooseSave(owner(), "Save the network as JSON", "Network JSON", "json", "net.json");
    if (file == null) {
      return false;
    }
    try {
      NetworkJson.write(file, latest.get().network().toNetwork(), null);
      return true;
    } catch (IOException | RuntimeException e) {
      reportError("Could not save the network: " + e.getMessage());
      return false;
    }
  }

  javafx.stage.Window owner() {
    return views.window().getScene() == null ? null : views.window().getScene().getWindow();
  }
}
