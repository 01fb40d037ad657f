package lab.backprop.ui.stepthrough;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import lab.backprop.ui.plot.BoundaryView;
import lab.backprop.ui.plot.PlotExtent;

/**
 * Rings around the recorded step's example(s) over the decision-boundary plot, the shown row's
 * larger. A canvas laid over the {@link BoundaryView} by its parent, redrawn by {@link #draw()}.
 */
public final class StepMarks extends Canvas {
  private final BoundaryView boundary;
  private final StepThroughModel model;

  public StepMarks(BoundaryView boundary, StepThroughModel model) {
    this.boundary = boundary;
    this.model = model;
    setMouseTransparent(true);
    setManaged(false);
  }

  /** Rings the step's example(s), with the plot's current size and extent. */
  public void draw() {
    GraphicsContext g = getGraphicsContext2D();
    setVisible(true);
    setLayoutX(boundary.getLayoutX());
    setLayoutY(boundary.getLayoutY());
    if (getWidth() != boundary.getWidth() || getHeight() != boundary.getHeight()) {
      setWidth(boundary.getWidth());
      setHeight(boundary.getHeight());
    }
    g.clearRect(0, 0, getWidth(), getHeight());
    StepRecording rec = model.recordingProperty().get();
    var plane = boundary.plane();
    int d = rec == null ? 0 : rec.units(0);
    if (rec == null || (plane == null ? d != 2 : plane.dimension() != d)) {
      return;
    }
    PlotExtent extent = boundary.shownExtent();
    int example = model.example();
    for (int n = 0; n < rec.batchSize(); n++) {
      double[] input = new double[d];
      for (int i = 0; i < d; i++) {
        input[i] = rec.x(n, i);
      }
      double[] ab = plane == null ? input : plane.project(input);
      double x = boundary.sx(extent, ab[0]);
      double y = boundary.sy(extent, ab[1]);
      double r = n == example ? 14 : 8;
      g.setStroke(Color.rgb(20, 20, 20));
      g.setLineWidth(n == example ? 4 : 2);
      g.strokeOval(x - r, y - r, 2 * r, 2 * r);
      if (n == example) {
        g.setStroke(Color.WHITE);
        g.setLineWidth(1.5);
        g.strokeOval(x - r - 3, y - r - 3, 2 * r + 6, 2 * r + 6);
      }
    }
  }

  /** Clears and hides the rings (hidden, so the plot's repaints do not redraw this layer too). */
  public void clear() {
    getGraphicsContext2D().clearRect(0, 0, getWidth(), getHeight());
    setVisible(false);
  }
}
