package lab.backprop.ui.diagram;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import lab.backprop.data.ClassNames;
import lab.backprop.ui.common.Palette;

/**
 * A Canvas drawing of a network: one column of nodes per layer, edges coloured by the sign of the
 * weight and as wide as |w| relative to the largest, hidden units showing a thumbnail of their
 * activation over the input plane when there is room. Hovering a node or an edge shows its exact
 * values; clicking an edge opens a field to type a new weight, reported to {@link
 * #setOnWeightEdited}. Reusable: it only draws the {@link NetworkPicture} it is given and optional
 * per-node values.
 */
public class NetworkDiagram extends Region {
  /** Receives a typed weight: weight layer l (0 = into the first hidden layer), unit j, input i. */
  @FunctionalInterface
  public interface WeightEditHandler {
    void weightEdited(int layer, int j, int i, double value);
  }

  /** Receives a clicked node: column (0 = input … last = output) and unit, both 0-based. */
  @FunctionalInterface
  public interface NodeClickHandler {
    void nodeClicked(int column, int unit);
  }

  /** Receives a clicked edge: weight layer l (0 = into the first hidden layer), unit j, input i. */
  @FunctionalInterface
  public interface EdgeClickHandler {
    void edgeClicked(int layer, int j, int i);
  }

  private final Canvas canvas = new Canvas();
  private NodeClickHandler onNodeClicked;
  private EdgeClickHandler onEdgeClicked;
  private final Label hoverCard = new Label();
  private final TextField editor = new TextField();
  private NetworkPicture picture;
  private int[][][] thumbnails; // [hidden layer][unit] -> argb, thumbSize²
  private int thumbSize;
  private DiagramLayout layout;
  private WeightEditHandler onWeightEdited;
  private int[] editing; // {l, j, i}
  private Runnable onEditorClosed;
  private int[] hovered; // node {c, u} or edge {l, j, i}
  private boolean hoveredIsEdge;
  private double maxTitleSize = 13;
  private double typeScale = 1;

  public NetworkDiagram() {
    getStyleClass().add("network-diagram");
    hoverCard.getStyleClass().add("hover-card");
    hoverCard.setVisible(false);
    hoverCard.setMouseTransparent(true);
    hoverCard.setManaged(false);
    editor.getStyleClass().add("weight-editor");
    editor.setId("weightEditor");
    editor.setVisible(false);
    editor.setManaged(false);
    editor.setPrefColumnCount(14);
    getChildren().addAll(canvas, hoverCard, editor);
    setMinSize(120, 100);
    canvas.setOnMouseMoved(this::onMove);
    canvas.setOnMouseExited(e -> hideHover());
    canvas.setOnMouseClicked(this::onClick);
    editor.setOnAction(e -> commitEdit());
    editor.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            closeEditor(true);
            e.consume();
          }
        });
    editor
        .focusedProperty()
        .addListener(
            (obs, was, is) -> {
              if (!is) {
                closeEditor(false);
              }
            });
  }

  public Canvas canvas() {
    return canvas;
  }

  public DiagramLayout diagramLayout() {
    return layout;
  }

  /** The picture shown, null before the first. */
  public NetworkPicture picture() {
    return picture;
  }

  public void setOnNodeClicked(NodeClickHandler handler) {
    this.onNodeClicked = handler;
  }

  /** When set, clicking an edge calls {@code handler} instead of opening the weight field. */
  public void setOnEdgeClicked(EdgeClickHandler handler) {
    this.onEdgeClicked = handler;
  }

  /** Largest font size of the layer titles (13 by default; larger for a projector). */
  public void setMaxTitleSize(double size) {
    this.maxTitleSize = size;
    relayout();
    redraw();
  }

  /** Scales the titles, the labels and the lines by {@code s} (presentation mode). */
  public void setTypeScale(double s) {
    if (s != typeScale) {
      typeScale = s;
      relayout();
      redraw();
    }
  }

  public double typeScale() {
    return typeScale;
  }

  /** The layer titles' font size at most, in pixels. */
  public double titleSize() {
    return maxTitleSize * typeScale;
  }

  public void setOnWeightEdited(WeightEditHandler handler) {
    this.onWeightEdited = handler;
  }

  /** Shows {@code picture}. */
  public void setPicture(NetworkPicture picture) {
    boolean shapeChanged = !picture.sameShape(this.picture);
    this.picture = picture;
    if (shapeChanged) {
      thumbnails = null;
      relayout();
    }
    redraw();
    refreshHover();
  }

  /** Whether the current size leaves room for unit thumbnails (callers then compute them). */
  public boolean wantsThumbnails() {
    return layout != null && layout.thumbnailsFit();
  }

  /**
   * Activation pictures of the hidden units: {@code thumbs[h][u]} is {@code size × size} ARGB for
   * hidden layer h, unit u; null to show plain nodes.
   */
  public void setThumbnails(int[][][] thumbs, int size) {
    setThumbnails(thumbs, size, true);
  }

  /** Like {@link #setThumbnails(int[][][], int)}; without {@code redraw} they show at the next. */
  public void setThumbnails(int[][][] thumbs, int size, boolean redraw) {
    this.thumbnails = thumbs;
    this.thumbSize = size;
    if (redraw) {
      redraw();
    }
  }

  @Override
  protected void layoutChildren() {
    double w = snapSizeX(getWidth());
    double h = snapSizeY(getHeight());
    if (canvas.getWidth() != w || canvas.getHeight() != h) {
      canvas.setWidth(w);
      canvas.setHeight(h);
      relayout();
      redraw();
    }
    hoverCard.autosize();
    editor.autosize();
  }

  private void relayout() {
    Arranged a = layoutFor(canvas.getWidth(), canvas.getHeight());
    layout = a == null ? null : a.layout();
    titles = a == null ? null : a.titles();
  }

  /** The layer titles' places at the last layout (null before the first picture). */
  private DiagramTitles.Plan titles;

  /** A layout and the titles over it. */
  private record Arranged(DiagramLayout layout, DiagramTitles.Plan titles) {}

  /** The least size of the layer titles: they shrink to it before they are shortened. */
  double leastTitleSize() {
    return Math.max(10, 0.6 * titleSize());
  }

  private DiagramTitles.Plan titlesFor(double width, DiagramLayout at) {
    int cols = at.columns();
    int[] s = picture.layerSizes();
    List<DiagramTitles.Column> columns = new java.util.ArrayList<>();
    double[] x = new double[cols];
    for (int c = 0; c < cols; c++) {
      x[c] = at.x(c);
      boolean out = c == cols - 1;
      columns.add(
          new DiagramTitles.Column(
              c == 0 ? "input" : out ? "output" : "hidden " + c,
              c == 0 ? "in" : out ? "out" : "h" + c,
              Integer.toString(s[c]),
              c == 0 ? "" : out ? picture.output() : picture.activation(c - 1)));
    }
    return DiagramTitles.plan(
        columns,
        x,
        width,
        titleSize(),
        leastTitleSize(),
        (text, size, bold) ->
            textWidth(text, bold ? Font.font(null, FontWeight.BOLD, size) : Font.font(size)));
  }

  /**
   * The layout at {@code width × height}: above the footer's strip when a layer has more edges than
   * are drawn (the footer says so, and no node hides under it).
   */
  private Arranged layoutFor(double width, double height) {
    if (picture == null) {
      return null;
    }
    // the columns' x depend on the width only: the titles are placed over them first
    DiagramTitles.Plan plan =
        titlesFor(width, new DiagramLayout(picture.layerSizes(), width, height));
    DiagramLayout full = new DiagramLayout(picture.layerSizes(), width, height, plan.height());
    for (int l = 0; l + 1 < full.columns(); l++) {
      if (full.shownUnits(l).length * full.shownUnits(l + 1).length > MAX_EDGES_PER_LAYER) {
        return new Arranged(
            new DiagramLayout(picture.layerSizes(), width, height - 20 * typeScale, plan.height()),
            plan);
      }
    }
    return new Arranged(full, plan);
  }

  public void redraw() {
    draw(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight());
  }

  /** The size drawn at: the canvas's, or a picture's (see {@link #picture}). */
  private double drawWidth;

  private double drawHeight;

  /**
   * The diagram as it is drawn at {@code width × height} layout units, painted at {@code scale}
   * pixels per unit (at 2 every line and label is drawn at twice the resolution, not enlarged),
   * without hover marks: a new image for export. FX thread.
   */
  public WritableImage picture(double width, double height, double scale) {
    Canvas target = new Canvas(Math.round(width * scale), Math.round(height * scale));
    GraphicsContext g = target.getGraphicsContext2D();
    g.scale(scale, scale);
    DiagramLayout shownLayout = layout;
    DiagramTitles.Plan shownTitles = titles;
    int[] shownHover = hovered;
    Arranged a = layoutFor(width, height);
    layout = a == null ? null : a.layout();
    titles = a == null ? null : a.titles();
    hovered = null;
    try {
      draw(g, width, height);
    } finally {
      layout = shownLayout;
      titles = shownTitles;
      hovered = shownHover;
    }
    SnapshotParameters p = new SnapshotParameters();
    p.setFill(Color.WHITE);
    return target.snapshot(p, null);
  }

  private void draw(GraphicsContext g, double width, double height) {
    drawWidth = width;
    drawHeight = height;
    g.setFill(Color.WHITE);
    g.fillRect(0, 0, width, height);
    if (picture == null || layout == null || width < 20) {
      return;
    }
    drawnTexts.clear();
    drawTitles(g);
    drawEdges(g);
    inputBox = inputImageBox();
    drawNodes(g);
    drawFooter(g);
    drawDecorations(g, layout);
    drawInputImage(g);
  }

  /**
   * Hook for subclasses (e.g. a step-through player): draws on top of the diagram after every
   * redraw, with the layout of the current size. Does nothing here.
   */
  protected void drawDecorations(GraphicsContext g, DiagramLayout layout) {}

  private void drawTitles(GraphicsContext g) {
    g.setFill(Color.rgb(40, 40, 40));
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.TOP);
    double size = titles.size();
    Font bold = Font.font(null, FontWeight.BOLD, size);
    Font plain = Font.font(size);
    for (DiagramTitles.Title t : titles.titles()) {
      for (int k = 0; k < t.lines().size(); k++) {
        Font f = k == 0 ? bold : plain;
        g.setFont(f);
        String line = t.lines().get(k);
        double w = Math.min(textWidth(line, f), t.width());
        g.fillText(line, t.centre(), titles.lineTop(k), Math.max(1, t.width()));
        drawnTexts.add(
            new DrawnText(
                line,
                new javafx.geometry.Rectangle2D(
                    t.centre() - w / 2, titles.lineTop(k), w, f.getSize())));
      }
    }
    g.setTextBaseline(VPos.BASELINE);
    g.setTextAlign(TextAlignment.LEFT);
  }

  /**
   * A text drawn on the diagram and the box it takes in the canvas's pixels: as wide as drawn, as
   * high as its type size (the em box, without the line spacing).
   */
  public record DrawnText(String text, javafx.geometry.Rectangle2D bounds) {}

  private final List<DrawnText> drawnTexts = new java.util.ArrayList<>();

  /**
   * The layer titles, the "+N units" counts and the input image's caption as drawn at the last
   * redraw (for tests: none may overlap another or the diagram's edges).
   */
  public List<DrawnText> drawnTexts() {
    return List.copyOf(drawnTexts);
  }

  /** Layers with more weights than this draw only the largest |w|, to stay legible and fast. */
  public static final int MAX_EDGES_PER_LAYER = 256;

  /**
   * Layers with more weights than this draw them in {@link #WIDTH_LEVELS} widths, one path each.
   */
  static final int EXACT_EDGES_PER_LAYER = 64;

  static final int WIDTH_LEVELS = 16;

  /**
   * Weight layer l's edges grouped by sign and by |w| in {@link #WIDTH_LEVELS} steps, each group
   * stroked as one path: without a GPU every stroke has a fixed cost, which hundreds of separate
   * lines make a long frame.
   */
  private void drawEdgesBatched(
      GraphicsContext g, int l, double threshold, double alpha, double maxWidth) {
    int[] from = layout.shownUnits(l);
    int[] to = layout.shownUnits(l + 1);
    double x0 = layout.x(l);
    double x1 = layout.x(l + 1);
    for (int sign = 0; sign < 2; sign++) {
      for (int level = 0; level < WIDTH_LEVELS; level++) {
        boolean any = false;
        for (int j : to) {
          for (int i : from) {
            double w = picture.w(l, j, i);
            double m = Math.abs(w) / picture.maxAbsW();
            if (!Double.isFinite(m)
                || Math.abs(w) < threshold
                || (w >= 0) != (sign == 0)
                || Math.min(WIDTH_LEVELS - 1, (int) (m * WIDTH_LEVELS)) != level) {
              continue;
            }
            if (!any) {
              g.beginPath();
              any = true;
            }
            g.moveTo(x0, layout.y(l, i));
            g.lineTo(x1, layout.y(l + 1, j));
          }
        }
        if (any) {
          double m = (level + 0.5) / WIDTH_LEVELS;
          g.setStroke(Palette.signColor(sign == 0 ? 1 : -1, alpha * (0.25 + 0.75 * m)));
          g.setLineWidth(0.4 + (maxWidth - 0.4) * m);
          g.stroke();
        }
      }
    }
  }

  /** The k-th largest |w| of weight layer l's drawn edges. */
  private double strongest(int l, int k) {
    int[] from = layout.shownUnits(l);
    int[] to = layout.shownUnits(l + 1);
    double[] abs = new double[from.length * to.length];
    int n = 0;
    for (int j : to) {
      for (int i : from) {
        abs[n++] = Math.abs(picture.w(l, j, i));
      }
    }
    java.util.Arrays.sort(abs);
    return abs[abs.length - k];
  }

  private static double textWidth(String text, Font font) {
    javafx.scene.text.Text t = new javafx.scene.text.Text(text);
    t.setFont(font);
    return t.getLayoutBounds().getWidth();
  }

  private void drawEdges(GraphicsContext g) {
    double r = layout.radius();
    double maxWidth = Math.max(typeScale, Math.min(6 * typeScale, r * 0.45));
    boolean thinned = false;
    for (int l = 0; l < picture.numLayers(); l++) {
      int[] from = layout.shownUnits(l);
      int[] to = layout.shownUnits(l + 1);
      int count = from.length * to.length;
      double alpha = Math.min(0.75, 12 / Math.sqrt(count));
      double threshold = count > MAX_EDGES_PER_LAYER ? strongest(l, MAX_EDGES_PER_LAYER) : 0;
      thinned |= threshold > 0;
      if (count > EXACT_EDGES_PER_LAYER) {
        drawEdgesBatched(g, l, threshold, alpha, maxWidth);
        continue;
      }
      double x0 = layout.x(l);
      double x1 = layout.x(l + 1);
      for (int j : to) {
        double y1 = layout.y(l + 1, j);
        for (int i : from) {
          double w = picture.w(l, j, i);
          double m = Math.abs(w) / picture.maxAbsW();
          if (!Double.isFinite(m) || Math.abs(w) < threshold) {
            continue;
          }
          g.setStroke(Palette.signColor(w, alpha * (0.25 + 0.75 * m)));
          g.setLineWidth(0.4 * typeScale + (maxWidth - 0.4 * typeScale) * m);
          g.strokeLine(x0, layout.y(l, i), x1, y1);
        }
      }
    }
    edgesThinned = thinned;
    if (hoveredIsEdge && hovered != null) {
      int l = hovered[0];
      g.setStroke(Color.rgb(20, 20, 20));
      g.setLineWidth(2.5);
      g.setLineDashes(5, 3);
      g.strokeLine(
          layout.x(l), layout.y(l, hovered[2]), layout.x(l + 1), layout.y(l + 1, hovered[1]));
      g.setLineDashes();
    }
  }

  private int inputSide;
  private int[] inputArgb;
  private String inputCaption = "";
  private double[] inputImagePlace;

  /**
   * The current example as a {@code side × side} grey image ({@code argb}, row-major) drawn over a
   * folded input column of {@code side²} units, with {@code caption} (e.g. "x: test example 1")
   * under it; null {@code argb} for none.
   */
  public void setInputImage(int side, int[] argb, String caption) {
    inputSide = side;
    inputArgb = argb == null ? null : argb.clone();
    inputCaption = caption == null ? "" : caption;
    inputImage = null;
    redraw();
  }

  /** Where the input image was drawn at the last redraw: {x, y, size}, or null when it was not. */
  public double[] inputImagePlace() {
    return inputImagePlace == null ? null : inputImagePlace.clone();
  }

  /** The caption drawn under the input image (for tests). */
  public String inputCaption() {
    return inputCaption;
  }

  private WritableImage inputImage;

  /**
   * Where the input image goes at this redraw, or null when it is not drawn: the image centred on
   * the folded input column, its caption under it (in smaller type when it would reach the next
   * column, and moved right when it would cross the diagram's left edge).
   */
  private record InputBox(
      double x, double y, double size, List<String> caption, double font, double captionX) {}

  private InputBox inputBox;

  private InputBox inputImageBox() {
    int side = inputSide;
    if (inputArgb == null
        || side < 2
        || side * side != picture.layerSizes()[0]
        || layout.hiddenCount(0) == 0) {
      return null;
    }
    double f = Math.max(9, 11 * typeScale);
    int at = inputCaption.indexOf(" (");
    List<String> caption =
        at < 0
            ? List.of(inputCaption)
            : List.of(inputCaption.substring(0, at), inputCaption.substring(at + 1));
    double top = layout.top() + 8;
    double bottom = drawHeight - footerStrip() - 4;
    double room = bottom - top - 1.25 * f * caption.size() - 8;
    double across = 2 * layout.x(0) - 12;
    double size = Math.min(Math.min(across, room), 6 * side);
    if (size < 16) {
      return null;
    }
    if (size >= side) {
      size = Math.floor(size / side) * side; // whole screen pixels per image pixel
    }
    double x = Math.max(6, Math.round(layout.x(0) - size / 2));
    double y = Math.round(top + Math.max(0, (room - size) / 2));
    // the caption stays left of the next column's nodes and inside the diagram
    double right = layout.columns() > 1 ? layout.x(1) - layout.radius() - 4 : drawWidth - 2;
    double most = right - 5 - 3;
    double wide = captionWidth(caption, f);
    if (wide > most) {
      f = Math.max(9, f * most / wide);
      wide = Math.min(most, captionWidth(caption, f));
    }
    double captionX = Math.max(5, Math.min(x + size / 2 - wide / 2, right - 3 - wide));
    return new InputBox(x, y, size, caption, f, captionX);
  }

  private static double captionWidth(List<String> lines, double f) {
    double w = 0;
    for (String line : lines) {
      w = Math.max(w, textWidth(line, Font.font(f)));
    }
    return w;
  }

  private void drawInputImage(GraphicsContext g) {
    inputImagePlace = null;
    InputBox b = inputBox;
    if (b == null) {
      return;
    }
    int side = inputSide;
    double f = b.font();
    double wide = Math.min(captionWidth(b.caption(), f), drawWidth - b.captionX() - 5);
    double lines = 1.25 * f * b.caption().size();
    g.setFill(Color.WHITE);
    g.fillRect(b.x() - 3, b.y() - 3, b.size() + 6, b.size() + 6);
    g.fillRect(b.captionX() - 3, b.y() + b.size() + 1, wide + 6, lines + 2);
    if (inputImage == null || inputImage.getWidth() != side) {
      inputImage = new WritableImage(side, side);
      inputImage
          .getPixelWriter()
          .setPixels(0, 0, side, side, PixelFormat.getIntArgbInstance(), inputArgb, 0, side);
    }
    g.setImageSmoothing(false);
    g.drawImage(inputImage, b.x(), b.y(), b.size(), b.size());
    g.setImageSmoothing(true);
    g.setStroke(Color.rgb(90, 90, 90));
    g.setLineWidth(1);
    g.strokeRect(b.x() - 0.5, b.y() - 0.5, b.size() + 1, b.size() + 1);
    g.setFill(Color.rgb(40, 40, 40));
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.TOP);
    Font font = Font.font(f);
    g.setFont(font);
    for (int k = 0; k < b.caption().size(); k++) {
      String line = b.caption().get(k);
      double w = Math.min(textWidth(line, font), wide);
      double top = b.y() + b.size() + 3 + 1.25 * f * k;
      g.fillText(line, b.captionX() + wide / 2, top, Math.max(1, wide));
      drawnTexts.add(
          new DrawnText(
              line,
              new javafx.geometry.Rectangle2D(
                  b.captionX() + (wide - w) / 2, top, w, font.getSize())));
    }
    g.setTextBaseline(VPos.BASELINE);
    g.setTextAlign(TextAlignment.LEFT);
    inputImagePlace = new double[] {b.x(), b.y(), b.size()};
  }

  /** Whether the last redraw left out weaker edges (then its footer says so). */
  private boolean edgesThinned;

  /**
   * The footer over everything but the hover marks, on an opaque strip: the columns' nodes and
   * ellipses never cross it.
   */
  private double footerStrip() {
    return edgesThinned ? 20 * typeScale : 0;
  }

  private void drawFooter(GraphicsContext g) {
    if (!edgesThinned) {
      return;
    }
    double strip = footerStrip();
    g.setFill(Color.WHITE);
    g.fillRect(0, drawHeight - strip, drawWidth, strip);
    g.setFill(Color.rgb(80, 80, 80));
    g.setFont(Font.font(11 * typeScale));
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.BASELINE);
    g.fillText(
        "largest " + MAX_EDGES_PER_LAYER + " |w| per layer drawn; hover any line between nodes",
        6,
        drawHeight - 6 * typeScale,
        Math.max(1, drawWidth - 12));
  }

  private void drawNodes(GraphicsContext g) {
    double r = layout.radius();
    int cols = layout.columns();
    boolean thumbs = thumbnails != null && layout.thumbnailsFit();
    g.setFont(Font.font(Math.max(9, Math.min(13 * typeScale, r * 0.8))));
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.CENTER);
    for (int c = 0; c < cols; c++) {
      drawEllipsis(g, c);
      for (int u : layout.shownUnits(c)) {
        double x = layout.x(c);
        double y = layout.y(c, u);
        boolean hidden = c > 0 && c < cols - 1;
        if (hidden && thumbs && c - 1 < thumbnails.length && u < thumbnails[c - 1].length) {
          drawThumbnail(g, c - 1, u, x - r, y - r, 2 * r);
          g.setStroke(Color.rgb(60, 60, 60));
          g.setLineWidth(1);
          g.strokeRect(x - r, y - r, 2 * r, 2 * r);
          continue;
        }
        Color fill = nodeFill(c, u, cols);
        g.setFill(fill);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        if (r >= 3) {
          g.setStroke(Color.rgb(60, 60, 60));
          g.setLineWidth(r >= 8 ? 1.2 : 0.6);
          g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
        if (r >= 9 && (c == 0 || c == cols - 1)) {
          g.setFill(Color.rgb(20, 20, 20));
          g.fillText(c == 0 ? "x" + (u + 1) : outputName(u, picture.layerSizes()[c]), x, y);
        }
      }
    }
    drawClassNames(g);
    if (!hoveredIsEdge && hovered != null) {
      g.setStroke(Color.rgb(20, 20, 20));
      g.setLineWidth(2.5);
      double x = layout.x(hovered[0]);
      double y = layout.y(hovered[0], hovered[1]);
      g.strokeOval(x - r - 3, y - r - 3, 2 * r + 6, 2 * r + 6);
    }
    g.setTextBaseline(VPos.BASELINE);
    g.setTextAlign(TextAlignment.LEFT);
  }

  /**
   * Named classes (iris's species, the digits) beside their output units, in their class's colour:
   * the unit ŷ_j is numbered like every unit, its class is called by its name.
   */
  private final List<String> drawnClassNames = new java.util.ArrayList<>();

  private void drawClassNames(GraphicsContext g) {
    drawnClassNames.clear();
    ClassNames names = picture.classNames();
    int c = layout.columns() - 1;
    if (names.numbered() || picture.outputUnits() == NetworkPicture.OutputUnits.VALUE) {
      return;
    }
    double r = layout.radius();
    double x = layout.x(c) + r + 4;
    double room = drawWidth - x - 2;
    if (room < 8) {
      return;
    }
    g.setFont(Font.font(null, FontWeight.BOLD, Math.max(9, Math.min(13 * typeScale, 2 * r))));
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.CENTER);
    boolean single = picture.outputUnits() == NetworkPicture.OutputUnits.POSITIVE_CLASS;
    for (int u : layout.shownUnits(c)) {
      int label = single ? 1 : u;
      g.setFill(Palette.classColor(label).darker());
      g.fillText(names.name(label), x, layout.y(c, u), room);
      drawnClassNames.add(names.name(label));
    }
    g.setTextAlign(TextAlignment.CENTER);
  }

  /** The names drawn beside the output units at the last redraw, top to bottom (for tests). */
  public List<String> drawnClassNames() {
    return List.copyOf(drawnClassNames);
  }

  /**
   * A collapsed column's ellipsis: a vertical "⋯" and how many units it stands for ("+N units", or
   * "+N" when the words would reach the next column), left out under the input image.
   */
  private void drawEllipsis(GraphicsContext g, int c) {
    int hidden = layout.hiddenCount(c);
    if (hidden == 0) {
      return;
    }
    double x = layout.x(c);
    double y = layout.ellipsisY(c);
    double r = Math.max(1, layout.radius() * 0.6);
    g.setFill(Color.rgb(60, 60, 60));
    for (int k = -1; k <= 1; k++) {
      g.fillOval(x - r / 2, y + k * 2 * r - r / 2, r, r);
    }
    if (c == 0 && inputBox != null) {
      return; // the image stands for the column
    }
    Font font = g.getFont();
    // no taller than the columns' band (below the titles, above the footer's strip)
    double band = 2 * Math.min(y - layout.top(), drawHeight - footerStrip() - y);
    Font small = Font.font(Math.min(10 * typeScale, band / 1.25));
    if (small.getSize() < 8) {
      return;
    }
    double left = x + Math.max(4, layout.radius() + 3);
    double room =
        (c + 1 < layout.columns() ? layout.x(c + 1) - layout.radius() - 4 : drawWidth - 2) - left;
    String text = ellipsisText(hidden);
    if (textWidth(text, small) > room) {
      text = "+" + hidden;
    }
    double w = Math.min(textWidth(text, small), room);
    if (w >= 4) {
      g.setFont(small);
      g.setTextAlign(TextAlignment.LEFT);
      g.fillText(text, left, y, w);
      double h = small.getSize();
      drawnTexts.add(new DrawnText(text, new javafx.geometry.Rectangle2D(left, y - h / 2, w, h)));
      g.setTextAlign(TextAlignment.CENTER);
      g.setFont(font);
    }
  }

  /** The count beside a collapsed column's ellipsis. */
  static String ellipsisText(int hidden) {
    return "+" + hidden + " units";
  }

  /**
   * Inputs grey; outputs of a classifier in their class's colour; other units by the sign and size
   * of their bias.
   */
  private Color nodeFill(int c, int u, int cols) {
    if (c == 0) {
      return Color.rgb(235, 235, 235);
    }
    if (c == cols - 1 && picture.outputUnits() != NetworkPicture.OutputUnits.VALUE) {
      int cls = picture.outputUnits() == NetworkPicture.OutputUnits.POSITIVE_CLASS ? 1 : u;
      return Palette.toColor(Palette.mix(Palette.WHITE, Palette.classArgb(cls), 0.6));
    }
    return Palette.toColor(Palette.diverging(picture.b(c - 1, u) / picture.maxAbsB()));
  }

  /** One image per unit: the canvas draws images later, so each needs its own pixels. */
  private WritableImage[][] thumbImages;

  private void drawThumbnail(GraphicsContext g, int h, int u, double x, double y, double size) {
    if (thumbImages == null
        || thumbImages.length != thumbnails.length
        || thumbImages[h].length != thumbnails[h].length) {
      thumbImages = new WritableImage[thumbnails.length][];
      for (int k = 0; k < thumbnails.length; k++) {
        thumbImages[k] = new WritableImage[thumbnails[k].length];
      }
    }
    WritableImage img = thumbImages[h][u];
    if (img == null || img.getWidth() != thumbSize) {
      img = new WritableImage(thumbSize, thumbSize);
      thumbImages[h][u] = img;
    }
    img.getPixelWriter()
        .setPixels(
            0,
            0,
            thumbSize,
            thumbSize,
            PixelFormat.getIntArgbInstance(),
            thumbnails[h][u],
            0,
            thumbSize);
    g.setImageSmoothing(true);
    g.drawImage(img, x, y, size, size);
  }

  // ---- hover and edit ----

  private double lastX = -1;
  private double lastY = -1;

  private void onMove(MouseEvent e) {
    lastX = e.getX();
    lastY = e.getY();
    refreshHover();
  }

  private void refreshHover() {
    if (layout == null || picture == null || lastX < 0) {
      return;
    }
    int[] node = layout.nodeAt(lastX, lastY);
    int[] edge = node == null ? layout.edgeAt(lastX, lastY, 4) : null;
    int[] was = hovered;
    boolean wasEdge = hoveredIsEdge;
    hovered = node != null ? node : edge;
    hoveredIsEdge = node == null && edge != null;
    if (hovered == null) {
      hideHover();
    } else {
      hoverCard.setText(hoveredIsEdge ? describeEdge(hovered) : describeNode(hovered));
      hoverCard.setVisible(true);
      hoverCard.autosize();
      double x = Math.min(lastX + 14, getWidth() - hoverCard.getWidth() - 4);
      double y = Math.min(lastY + 14, getHeight() - hoverCard.getHeight() - 4);
      if (x < 4) {
        x = 4;
      }
      hoverCard.relocate(x, Math.max(4, y));
    }
    if (!java.util.Arrays.equals(was, hovered) || wasEdge != hoveredIsEdge) {
      redraw();
    }
  }

  private void hideHover() {
    hoverCard.setVisible(false);
    if (hovered != null) {
      hovered = null;
      redraw();
    }
    lastX = -1;
  }

  /** The hover text of node (column, unit), with full-precision values. */
  public String describeNode(int[] node) {
    int c = node[0];
    int u = node[1];
    int cols = picture.layerSizes().length;
    if (c == 0) {
      return "input x" + (u + 1) + "\n(the point's coordinate " + (u + 1) + ")";
    }
    int outputs = picture.layerSizes()[cols - 1];
    String what =
        c == cols - 1
            ? "output "
                + outputName(u, outputs)
                + " ("
                + picture.output()
                + ")"
                + (picture.output().equals("mse")
                    ? ""
                    : ": probability of " + picture.classNames().inSentence(outputs == 1 ? 1 : u))
            : "hidden layer " + c + ", unit " + (u + 1) + " (" + picture.activation(c - 1) + ")";
    return what + "\nb" + c + "[" + (u + 1) + "] = " + picture.b(c - 1, u);
  }

  /**
   * The output unit's name: ŷ₁, ŷ₂, … (ŷ_j is the probability of class j, classes counting from 1),
   * or ŷ for a single output (sigmoid: the probability of class 2; mse: the prediction).
   */
  static String outputName(int unit, int outputs) {
    return outputs == 1 ? "ŷ" : "ŷ" + (unit + 1);
  }

  /** The hover text of edge {l, j, i}, with the full-precision weight. */
  public String describeEdge(int[] edge) {
    int l = edge[0];
    int j = edge[1];
    int i = edge[2];
    return "W"
        + (l + 1)
        + "["
        + (j + 1)
        + ", "
        + (i + 1)
        + "] = "
        + picture.w(l, j, i)
        + "\nfrom "
        + unitName(l, i)
        + " to "
        + unitName(l + 1, j)
        + "\nclick to type a new weight";
  }

  private String unitName(int column, int unit) {
    int cols = picture.layerSizes().length;
    if (column == 0) {
      return "x" + (unit + 1);
    }
    if (column == cols - 1) {
      return "output " + outputName(unit, picture.layerSizes()[column]);
    }
    return "hidden " + column + " unit " + (unit + 1);
  }

  private void onClick(MouseEvent e) {
    if (layout == null || picture == null) {
      return;
    }
    int[] node = layout.nodeAt(e.getX(), e.getY());
    if (node != null) {
      if (onNodeClicked != null) {
        onNodeClicked.nodeClicked(node[0], node[1]);
      }
      return;
    }
    int[] edge = layout.edgeAt(e.getX(), e.getY(), 4);
    if (edge != null && onEdgeClicked != null) {
      onEdgeClicked.edgeClicked(edge[0], edge[1], edge[2]);
    } else if (edge != null) {
      openEditor(edge, e.getX(), e.getY());
    }
  }

  /** Opens the weight field for edge {l, j, i} near (x, y). */
  public void openEditor(int[] edge, double x, double y) {
    editing = edge.clone();
    editor.setText(Double.toString(picture.w(edge[0], edge[1], edge[2])));
    editor.getStyleClass().remove("invalid");
    editor.setVisible(true);
    editor.autosize();
    editor.relocate(
        Math.max(2, Math.min(x, getWidth() - editor.getWidth() - 2)),
        Math.max(2, Math.min(y, getHeight() - editor.getHeight() - 2)));
    editor.requestFocus();
    editor.selectAll();
  }

  public TextField editor() {
    return editor;
  }

  public Label hoverCard() {
    return hoverCard;
  }

  private void commitEdit() {
    if (editing == null) {
      return;
    }
    double value;
    try {
      value = Double.parseDouble(editor.getText().trim());
    } catch (NumberFormatException ex) {
      value = Double.NaN;
    }
    if (!Double.isFinite(value)) {
      if (!editor.getStyleClass().contains("invalid")) {
        editor.getStyleClass().add("invalid");
      }
      return;
    }
    int[] edge = editing;
    closeEditor(true);
    if (onWeightEdited != null) {
      onWeightEdited.weightEdited(edge[0], edge[1], edge[2], value);
    }
  }

  /** Hides the editor; after a commit or Esc ({@code done}) the owner may move the focus. */
  private void closeEditor(boolean done) {
    boolean wasEditing = editor.isVisible();
    editing = null;
    editor.setVisible(false);
    if (done && wasEditing && onEditorClosed != null) {
      onEditorClosed.run();
    }
  }

  /** Called when the weight editor closes with Enter or Esc (not by a click elsewhere). */
  public void setOnEditorClosed(Runnable action) {
    onEditorClosed = action;
  }
}
