package lab.backprop.ui.stepthrough;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import lab.backprop.ui.common.Palette;
import lab.backprop.ui.diagram.DiagramLayout;
import lab.backprop.ui.diagram.NetworkDiagram;
import lab.backprop.ui.diagram.NetworkPicture;
import lab.backprop.ui.stepthrough.Phase.Direction;
import lab.backprop.ui.stepthrough.Phase.Kind;
import lab.backprop.ui.stepthrough.ShownValue.Quantity;

/**
 * The network diagram of the step-through player: the current phase's layers lit and the rest
 * faded, values travelling along the lit edges (forward left to right, backward right to left, at
 * {@link #setProgress progress} 0…1 of the phase's animation), the phase's numbers next to the lit
 * nodes and edges (z, a, δ, w, ∂L/∂w, new w, 3–4 significant digits) and the selected unit or edge
 * ringed. Layers wider than {@link #WIDE} units show the numbers of the selected unit's path only.
 * It shows the recording's networks (before the step; after it from the update phase on).
 */
public final class StepDiagram extends NetworkDiagram {
  /** Layers with more units than this label only the selected unit's numbers. */
  public static final int WIDE = 12;

  /** At most this many edge labels per phase (the selected edge always among them). */
  static final int MAX_EDGE_LABELS = 8;

  private static final Color LIT = Color.rgb(230, 120, 0);
  private static final Color DOT_FORWARD = Color.rgb(0, 90, 200);
  private static final Color DOT_BACKWARD = Color.rgb(200, 30, 30);

  private final StepThroughModel model;
  private double progress = 1;
  private double fontSize = 20;

  /** The labels drawn at the last redraw: "node k,j" or "edge k,j,i" → text (for tests). */
  private final Map<String, String> drawnLabels = new LinkedHashMap<>();

  public StepDiagram(StepThroughModel model) {
    this.model = model;
    getStyleClass().add("step-diagram");
    setMaxTitleSize(16);
    setOnNodeClicked((column, unit) -> model.select(new Selection.Unit(column, unit)));
    setOnEdgeClicked((l, j, i) -> model.select(new Selection.Edge(l + 1, j, i)));
    // whichever fires first while a new recording comes in draws the new recording's picture
    model.recordingProperty().addListener(o -> showInputImage());
    model.exampleProperty().addListener(o -> showInputImage());
    model.recordingProperty().addListener(o -> refresh());
    model.phaseProperty().addListener(o -> refresh());
    model.effectiveSelectionProperty().addListener(o -> refresh());
    model.exampleProperty().addListener(o -> refresh());
  }

  /** Animation position within the current phase, 0 (start) … 1 (settled). */
  public void setProgress(double t) {
    double clamped = Math.max(0, Math.min(1, t));
    if (clamped != progress) {
      progress = clamped;
      redraw();
    }
  }

  private int inputImageSide;

  public double progress() {
    return progress;
  }

  /** Size in pixels of the numbers drawn next to nodes and edges, at type scale 1. */
  public void setFontSize(double size) {
    this.fontSize = size;
    redraw();
  }

  /** Size in pixels of the numbers drawn next to nodes and edges, as drawn. */
  public double valueFontSize() {
    return fontSize * typeScale();
  }

  /** Texts drawn at the last redraw, keyed "node k,j" (unit j of layer k) or "edge k,j,i". */
  public Map<String, String> drawnLabels() {
    return Map.copyOf(drawnLabels);
  }

  /** Shows the picture of the current recording and phase (the network before or after). */
  private void refresh() {
    StepRecording rec = model.recordingProperty().get();
    Phase phase = model.phaseProperty().get();
    if (rec == null || phase == null) {
      redraw();
      return;
    }
    boolean after = phase.kind() == Kind.UPDATE || phase.kind() == Kind.BOUNDARY_BEFORE_AFTER;
    NetworkPicture wanted = after ? rec.pictureAfter() : rec.pictureBefore();
    if (wanted != picture()) {
      setPicture(wanted);
    } else {
      redraw();
    }
  }

  @Override
  protected void drawDecorations(GraphicsContext g, DiagramLayout layout) {
    drawnLabels.clear();
    StepRecording rec = model.recordingProperty().get();
    Phase phase = model.phaseProperty().get();
    if (rec == null || phase == null || layout.columns() != rec.numLayers() + 1) {
      return;
    }
    double w = canvas().getWidth();
    double h = canvas().getHeight();
    g.setFill(Color.rgb(255, 255, 255, 0.72));
    g.fillRect(0, layout.top() + 8, w, h - layout.top() - 8);
    Selection sel = model.effectiveSelectionProperty().get();
    for (int k : phase.edgeLayers()) {
      drawLitEdges(g, layout, rec, phase, k, sel);
    }
    for (int k : phase.unitLayers()) {
      drawLitNodes(g, layout, rec, k);
    }
    drawSelection(g, layout, sel);
    drawEdgeLabels(g, layout, rec, phase, sel);
    drawNodeLabels(g, layout, rec, phase, sel);
    drawCaption(g, rec, phase, w, h);
  }

  /**
   * The side of the square image the inputs form (0 when they are not an image): set by the window
   * for image data, so the example is drawn as the picture it is beside the input column.
   */
  public void setInputImageSide(int side) {
    if (side != inputImageSide) {
      inputImageSide = side;
      showInputImage();
    }
  }

  /**
   * The stepped example's inputs x as a grey image over the folded input column (its smallest value
   * white, its largest black), when they form one.
   */
  private void showInputImage() {
    StepRecording rec = model.recordingProperty().get();
    int side = inputImageSide;
    if (rec == null || side == 0 || rec.units(0) != side * side) {
      setInputImage(0, null, null);
      return;
    }
    int n = Math.max(0, Math.min(rec.batchSize() - 1, model.example()));
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < side * side; i++) {
      lo = Math.min(lo, rec.x(n, i));
      hi = Math.max(hi, rec.x(n, i));
    }
    double span = hi > lo ? hi - lo : 1;
    int[] argb = new int[side * side];
    for (int i = 0; i < argb.length; i++) {
      int v = 255 - (int) Math.round(255 * (rec.x(n, i) - lo) / span);
      argb[i] = 0xFF000000 | v << 16 | v << 8 | v;
    }
    setInputImage(
        side,
        argb,
        rec.batchSize() > 1
            ? "x: example " + (n + 1) + " of the batch"
            : "x: the example stepped through");
  }

  // ---- edges ----

  /** The value an edge's colour and width show in this phase: w, ∂L/∂w, or the change of w. */
  private static double edgeValue(StepRecording rec, Phase phase, int k, int j, int i) {
    return switch (phase.kind()) {
      case GRADIENTS -> rec.dW(k, j, i);
      case UPDATE -> rec.newW(k, j, i) - rec.w(k, j, i);
      default -> rec.w(k, j, i);
    };
  }

  private void drawLitEdges(
      GraphicsContext g,
      DiagramLayout layout,
      StepRecording rec,
      Phase phase,
      int k,
      Selection sel) {
    int in = rec.units(k - 1);
    int out = rec.units(k);
    double max = 1e-300;
    for (int j = 0; j < out; j++) {
      for (int i = 0; i < in; i++) {
        max = Math.max(max, Math.abs(edgeValue(rec, phase, k, j, i)));
      }
    }
    boolean wide = in > WIDE || out > WIDE;
    double maxWidth = Math.max(2, Math.min(9, layout.radius() * 0.5));
    for (int j = 0; j < out; j++) {
      for (int i = 0; i < in; i++) {
        boolean onPath = onPath(sel, k, j, i);
        if ((wide && !onPath) || !shown(layout, k, j, i)) {
          continue;
        }
        double v = edgeValue(rec, phase, k, j, i);
        double m = Math.abs(v) / max;
        g.setStroke(Palette.signColor(v, 0.35 + 0.6 * m));
        g.setLineWidth(1 + (maxWidth - 1) * m);
        g.strokeLine(layout.x(k - 1), layout.y(k - 1, i), layout.x(k), layout.y(k, j));
      }
    }
    if (progress < 1 && phase.direction() != Direction.NONE) {
      drawDots(g, layout, phase, k, in, out, wide, sel);
    }
  }

  /** Whether both ends of edge (k, j, i) have nodes (a collapsed wide layer leaves some out). */
  private static boolean shown(DiagramLayout layout, int k, int j, int i) {
    return layout.isShown(k - 1, i) && layout.isShown(k, j);
  }

  /** Whether edge (k, j, i) touches the selected unit or is the selected edge. */
  private static boolean onPath(Selection sel, int k, int j, int i) {
    if (sel == null) {
      return false;
    }
    if (sel instanceof Selection.Edge e) {
      return e.layer() == k && (e.to() == j || e.from() == i);
    }
    return (sel.layer() == k && sel.unit() == j) || (sel.layer() == k - 1 && sel.unit() == i);
  }

  private void drawDots(
      GraphicsContext g,
      DiagramLayout layout,
      Phase phase,
      int k,
      int in,
      int out,
      boolean wide,
      Selection sel) {
    boolean back = phase.direction() == Direction.BACKWARD;
    double t = back ? 1 - progress : progress;
    double r = Math.max(4, Math.min(9, layout.radius() * 0.35));
    g.setFill(back ? DOT_BACKWARD : DOT_FORWARD);
    for (int j = 0; j < out; j++) {
      for (int i = 0; i < in; i++) {
        if ((wide && !onPath(sel, k, j, i)) || !shown(layout, k, j, i)) {
          continue;
        }
        double x0 = layout.x(k - 1);
        double y0 = layout.y(k - 1, i);
        double x = x0 + t * (layout.x(k) - x0);
        double y = y0 + t * (layout.y(k, j) - y0);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
      }
    }
  }

  // ---- nodes ----

  private void drawLitNodes(GraphicsContext g, DiagramLayout layout, StepRecording rec, int k) {
    double r = layout.radius();
    double pulse = progress < 1 ? 3 + 5 * Math.sin(Math.PI * progress) : 3;
    g.setStroke(LIT);
    g.setLineWidth(3);
    for (int u : layout.shownUnits(k)) {
      double x = layout.x(k);
      double y = layout.y(k, u);
      g.strokeOval(x - r - pulse, y - r - pulse, 2 * (r + pulse), 2 * (r + pulse));
    }
  }

  private void drawSelection(GraphicsContext g, DiagramLayout layout, Selection sel) {
    if (sel == null) {
      return;
    }
    g.setStroke(Color.rgb(20, 20, 20));
    g.setLineWidth(3.5);
    if (sel instanceof Selection.Edge e) {
      if (!shown(layout, e.layer(), e.to(), e.from())) {
        return;
      }
      g.setLineDashes(10, 6);
      g.strokeLine(
          layout.x(e.layer() - 1),
          layout.y(e.layer() - 1, e.from()),
          layout.x(e.layer()),
          layout.y(e.layer(), e.to()));
      g.setLineDashes();
      return;
    }
    if (!layout.isShown(sel.layer(), sel.unit())) {
      return;
    }
    double r = layout.radius() + 9;
    double x = layout.x(sel.layer());
    double y = layout.y(sel.layer(), sel.unit());
    g.strokeOval(x - r, y - r, 2 * r, 2 * r);
  }

  // ---- numbers ----

  /** The quantity a node of layer k shows in this phase, or null. */
  private static Quantity nodeQuantity(Phase phase, int k, int layers) {
    int p = phase.layer();
    return switch (phase.kind()) {
      case INPUT -> Quantity.X;
      case PRE_ACTIVATION -> k == p ? Quantity.Z : (k == 0 ? Quantity.X : Quantity.A);
      case ACTIVATION, OUTPUT_AND_LOSS -> Quantity.A;
      case OUTPUT_DELTA, HIDDEN_DELTA -> Quantity.DELTA;
      case GRADIENTS -> k == p ? Quantity.DELTA : (k == 0 ? Quantity.X : Quantity.A);
      case UPDATE, BOUNDARY_BEFORE_AFTER -> null;
    };
  }

  private void drawNodeLabels(
      GraphicsContext g, DiagramLayout layout, StepRecording rec, Phase phase, Selection sel) {
    int n = model.example();
    Font font = Font.font(null, FontWeight.BOLD, valueFontSize());
    for (int k : phase.unitLayers()) {
      Quantity q = nodeQuantity(phase, k, rec.numLayers());
      if (q == null) {
        continue;
      }
      boolean wide = rec.units(k) > WIDE;
      for (int u = 0; u < rec.units(k); u++) {
        boolean selected = sel != null && sel.layer() == k && sel.unit() == u;
        if ((wide && !selected) || !layout.isShown(k, u)) {
          continue;
        }
        ShownValue v = find(rec.shown(phase, new Selection.Unit(k, u), n), q);
        if (v == null) {
          continue;
        }
        String text = shortName(v) + " = " + v.text();
        drawnLabels.put("node " + k + "," + u, text);
        double r = layout.radius();
        double x = layout.x(k);
        double y = layout.y(k, u);
        switch (side(phase, k, rec.numLayers())) {
          case LEFT -> label(g, text, x - r - 8, y, font, TextAlignment.RIGHT, Color.BLACK);
          case RIGHT -> label(g, text, x + r + 8, y, font, TextAlignment.LEFT, Color.BLACK);
          default ->
              label(
                  g,
                  text,
                  x,
                  y - r - valueFontSize() * 0.8,
                  font,
                  TextAlignment.CENTER,
                  Color.BLACK);
        }
      }
    }
  }

  private enum Side {
    LEFT,
    RIGHT,
    ABOVE
  }

  /**
   * Where the numbers of layer k go: with two lit layers, outside the pair (left of the left one,
   * right of the right one) so the edge labels between them stay free; above a node where the side
   * has no room (left of the input, right of the output).
   */
  private static Side side(Phase phase, int k, int layers) {
    List<Integer> lit = phase.unitLayers();
    Side side;
    if (lit.size() > 1) {
      side = k == java.util.Collections.min(lit) ? Side.LEFT : Side.RIGHT;
    } else {
      side = k == layers ? Side.LEFT : Side.RIGHT;
    }
    if ((side == Side.LEFT && k == 0) || (side == Side.RIGHT && k == layers)) {
      return Side.ABOVE;
    }
    return side;
  }

  /** The label of a shown value (its name in the seeds' notation). */
  private static String shortName(ShownValue v) {
    return v.label();
  }

  private static ShownValue find(List<ShownValue> values, Quantity q) {
    for (ShownValue v : values) {
      if (v.quantity() == q) {
        return v;
      }
    }
    return null;
  }

  /** The edges whose numbers the phase shows, the selected edge first. */
  private static List<Selection.Edge> labelledEdges(StepRecording rec, Phase phase, Selection sel) {
    List<Selection.Edge> edges = new ArrayList<>();
    if (sel == null) {
      return edges;
    }
    if (sel instanceof Selection.Edge e) {
      edges.add(e);
    }
    int k = phase.layer();
    switch (phase.kind()) {
      case PRE_ACTIVATION -> {
        for (int i = 0; i < rec.units(k - 1); i++) {
          edges.add(new Selection.Edge(k, sel.unit(), i));
        }
      }
      case HIDDEN_DELTA -> {
        for (int m = 0; m < rec.units(k + 1); m++) {
          edges.add(new Selection.Edge(k + 1, m, sel.unit()));
        }
      }
      case GRADIENTS, UPDATE -> {
        int layer = sel.layer() >= 1 ? sel.layer() : 1;
        int to = Math.min(sel.unit(), rec.units(layer) - 1);
        for (int i = 0; i < rec.units(layer - 1); i++) {
          edges.add(new Selection.Edge(layer, to, i));
        }
      }
      default -> {}
    }
    List<Selection.Edge> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(edges));
    return distinct.size() > MAX_EDGE_LABELS ? distinct.subList(0, MAX_EDGE_LABELS) : distinct;
  }

  private static Quantity edgeQuantity(Phase phase) {
    return switch (phase.kind()) {
      case GRADIENTS -> Quantity.DW;
      case UPDATE -> Quantity.NEW_W;
      case PRE_ACTIVATION, HIDDEN_DELTA -> Quantity.W;
      default -> null;
    };
  }

  private void drawEdgeLabels(
      GraphicsContext g, DiagramLayout layout, StepRecording rec, Phase phase, Selection sel) {
    Quantity q = edgeQuantity(phase);
    if (q == null) {
      return;
    }
    int n = model.example();
    Font font = Font.font(null, FontWeight.NORMAL, valueFontSize() * 0.9);
    List<Selection.Edge> edges = labelledEdges(rec, phase, sel);
    // edges that share their target get the label near the source, and the other way round
    boolean shareTarget = phase.kind() != Kind.HIDDEN_DELTA;
    for (Selection.Edge e : edges) {
      ShownValue v = find(rec.shown(phase, e, n), q);
      if (v == null || !shown(layout, e.layer(), e.to(), e.from())) {
        continue;
      }
      double t = shareTarget ? 0.4 : 0.6;
      double x0 = layout.x(e.layer() - 1);
      double y0 = layout.y(e.layer() - 1, e.from());
      double x = x0 + t * (layout.x(e.layer()) - x0);
      double y = y0 + t * (layout.y(e.layer(), e.to()) - y0);
      String text = v.label() + " = " + v.text();
      drawnLabels.put("edge " + e.layer() + "," + e.to() + "," + e.from(), text);
      label(g, text, x, y, font, TextAlignment.CENTER, Color.rgb(30, 30, 30));
    }
  }

  private void drawCaption(GraphicsContext g, StepRecording rec, Phase phase, double w, double h) {
    String caption =
        switch (phase.kind()) {
          case UPDATE -> "edges: change of w (blue +, orange −), width ∝ |Δw|";
          case GRADIENTS -> "edges: ∂L/∂w (blue +, orange −), width ∝ |∂L/∂w|";
          default ->
              rec.batchSize() > 1
                  ? "z, a, δ of row " + (model.example() + 1) + " of the batch (↑ ↓)"
                  : "";
        };
    if (caption.isEmpty()) {
      return;
    }
    Font font = Font.font(valueFontSize() * 0.8);
    label(
        g,
        caption,
        w / 2,
        h - valueFontSize() * 0.8,
        font,
        TextAlignment.CENTER,
        Color.rgb(60, 60, 60));
  }

  /** Text on a white rounded box, centred vertically on y, kept inside the canvas. */
  private void label(
      GraphicsContext g, String text, double x, double y, Font font, TextAlignment align, Color c) {
    Text probe = new Text(text);
    probe.setFont(font);
    double tw = probe.getLayoutBounds().getWidth();
    double th = probe.getLayoutBounds().getHeight();
    double left =
        switch (align) {
          case RIGHT -> x - tw;
          case CENTER -> x - tw / 2;
          default -> x;
        };
    left = Math.max(6, Math.min(canvas().getWidth() - tw - 6, left));
    g.setFill(Color.rgb(255, 255, 255, 0.9));
    g.fillRoundRect(left - 4, y - th / 2 - 2, tw + 8, th + 4, 8, 8);
    g.setStroke(Color.rgb(150, 150, 150));
    g.setLineWidth(1);
    g.strokeRoundRect(left - 4, y - th / 2 - 2, tw + 8, th + 4, 8, 8);
    g.setFill(c);
    g.setFont(font);
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.CENTER);
    g.fillText(text, left, y);
    g.setTextBaseline(VPos.BASELINE);
  }

  // ---- hover: full precision ----

  @Override
  public String describeNode(int[] node) {
    return describe(new Selection.Unit(node[0], node[1]), super.describeNode(node));
  }

  @Override
  public String describeEdge(int[] edge) {
    return describe(
        new Selection.Edge(edge[0] + 1, edge[1], edge[2]),
        "W" + (edge[0] + 1) + "[" + (edge[1] + 1) + ", " + (edge[2] + 1) + "]");
  }

  private String describe(Selection s, String fallback) {
    StepRecording rec = model.recordingProperty().get();
    if (rec == null || model.phaseProperty().get() == null) {
      return fallback;
    }
    StringBuilder b = new StringBuilder();
    for (ShownValue v : model.shown(s)) {
      b.append(b.length() > 0 ? "\n" : "").append(v.label()).append(" = ").append(v.fullText());
    }
    b.append(b.length() > 0 ? "\n" : "").append("click to follow it in the equation");
    return b.toString();
  }
}
