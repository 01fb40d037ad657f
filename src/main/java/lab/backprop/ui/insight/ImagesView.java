package lab.backprop.ui.insight;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import lab.backprop.ui.common.Controls;
import lab.backprop.ui.common.Palette;

/**
 * Example images with their true class, the predicted class and its probability (misclassified
 * first, framed in red), and beside them the incoming weights of a chosen unit of the first hidden
 * layer as an image with its colour scale.
 */
public final class ImagesView extends HBox {
  private final ResizableCanvas examples = new ResizableCanvas(this::drawExamples);
  private final ResizableCanvas unitImage = new ResizableCanvas(this::drawWeights);
  private final Label unitTitle = new Label();
  private ImagesModel.Tiles tiles;
  private ImagesModel.UnitWeights weights;
  private double typeScale = 1;
  private int tilesShown;
  private final javafx.beans.property.IntegerProperty selectedRow;

  /** Where the tiles were drawn: x, y, size and row of each. */
  private final List<double[]> tilePlaces = new java.util.ArrayList<>();

  private final VBox right;
  private final javafx.scene.control.Tooltip unitTip = new javafx.scene.control.Tooltip();
  private static final String CLICK_TIP =
      "Click an example to show it in the diagram's input column; again to unselect.";
  private final javafx.scene.control.Tooltip examplesTip =
      new javafx.scene.control.Tooltip(CLICK_TIP);
  private final Spinner<Integer> unit;
  private static final double RIGHT_WIDTH = 250;
  private static final double RIGHT_MIN_WIDTH = 200;
  private static final double SPINNER_WIDTH = 90;

  /** The size of the captions and the colour scale's numbers at 100 %. */
  public static final double FONT = 12;

  public ImagesView(ImagesModel model) {
    super(12);
    setId("imagesView");
    var factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 1, 1);
    factory.maxProperty().bind(model.unitsProperty());
    factory.valueProperty().addListener((o, was, is) -> model.unitProperty().set(is - 1));
    unit = new Spinner<>(factory);
    unit.setId("weightsUnit");
    unit.setEditable(true);
    unit.setPrefWidth(SPINNER_WIDTH);
    Controls.lenient(unit);
    Controls.tip(unit, "The unit of the first hidden layer whose incoming weights are drawn.");
    unitTitle.setWrapText(true);
    unitTitle.getStyleClass().add("images-title");
    HBox unitRow = new HBox(6, new Label("Hidden unit"), unit);
    unitRow.setAlignment(Pos.CENTER_LEFT);
    right = new VBox(6, unitRow, unitTitle, unitImage);
    right.setPrefWidth(RIGHT_WIDTH);
    right.setMinWidth(RIGHT_MIN_WIDTH);
    VBox.setVgrow(unitImage, Priority.ALWAYS);
    HBox.setHgrow(examples, Priority.ALWAYS);
    getChildren().addAll(examples, right);
    selectedRow = model.selectedRowProperty();
    selectedRow.addListener((o, was, is) -> examples.draw());
    examples.setOnMouseClicked(
        e -> {
          int row = rowAt(e.getX(), e.getY());
          // a click on the selected tile (or between tiles) goes back to the first example
          selectedRow.set(row == selectedRow.get() ? -1 : row);
        });
    javafx.scene.control.Tooltip.install(examples, examplesTip);
    javafx.scene.control.Tooltip.install(unitImage, unitTip);
    model
        .tilesProperty()
        .addListener(
            (o, was, is) -> {
              boolean had = tiles != null && !tiles.tiles().isEmpty();
              tiles = is;
              examplesTip.setText((is == null ? "" : is.title() + "\n") + CLICK_TIP);
              if (had != (is != null && !is.tiles().isEmpty())) {
                requestLayout(); // the least height changes
              }
              examples.draw();
            });
    model
        .weightsProperty()
        .addListener(
            (o, was, is) -> {
              weights = is;
              unitTitle.setText(is == null ? "" : is.title());
              unitTip.setText(is == null ? "" : is.title());
              unitImage.draw();
            });
  }

  /** Scales all type by {@code s}, as the rest of the window (fewer, larger tiles when needed). */
  public void setTypeScale(double s) {
    if (s != typeScale) {
      typeScale = s;
      // the unit's panel grows by half as much as the type: the examples keep most of the width
      double grow = 1 + (s - 1) / 2;
      right.setPrefWidth(RIGHT_WIDTH * grow);
      right.setMinWidth(RIGHT_MIN_WIDTH * grow);
      unit.setPrefWidth(SPINNER_WIDTH * grow);
      examples.draw();
      unitImage.draw();
      requestLayout();
    }
  }

  /** The size of the tiles' captions and the colour scale's numbers, in px. */
  public double captionFontSize() {
    return FONT * typeScale;
  }

  /** How many example tiles are drawn (those that fit with legible captions). */
  public int tilesShown() {
    return tilesShown;
  }

  /** The examples shown (null: none). */
  public ImagesModel.Tiles tiles() {
    return tiles;
  }

  /** The unit's weights shown (null: none). */
  public ImagesModel.UnitWeights weights() {
    return weights;
  }

  /** Where tile k was drawn at the last redraw: {x, y, size, row} in the examples' canvas. */
  public double[] tilePlace(int k) {
    return tilePlaces.get(k).clone();
  }

  /** The canvas the example tiles are drawn on (it takes the clicks). */
  public javafx.scene.Node examplesCanvas() {
    return examples;
  }

  /** The row of the tile at (x, y) of the examples' canvas, −1 for none. */
  int rowAt(double x, double y) {
    for (double[] p : tilePlaces) {
      if (x >= p[0] && x < p[0] + p[2] && y >= p[1] && y < p[1] + p[2]) {
        return (int) p[3];
      }
    }
    return -1;
  }

  private void drawExamples(GraphicsContext g, double w, double h) {
    g.clearRect(0, 0, w, h);
    tilesShown = 0;
    tilePlaces.clear();
    if (tiles == null) {
      return;
    }
    double f = captionFontSize();
    double caption = captionHeight();
    int side = tiles.side();
    double least = leastTile();
    // the title above the tiles when both fit; else the tiles alone (the title is in the tooltip)
    Header header = header(w);
    double top = header.height();
    Fit fit = fit(w, h, top, caption, least);
    headerShown = fit.n() > 0;
    if (!headerShown) {
      top = 4;
      fit = fit(w, h, top, caption, least);
    }
    g.setFill(Color.rgb(40, 40, 40));
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.CENTER);
    if (headerShown) {
      g.setFont(titleFont());
      for (int k = 0; k < header.lines().size(); k++) {
        g.fillText(header.lines().get(k), 4, (0.85 + 1.3 * k) * f, Math.max(1, w - 8));
      }
      g.setFont(Font.font(f));
      double below = (0.85 + 1.3 * header.lines().size()) * f;
      for (int k = 0; k < header.rest().size(); k++) {
        g.fillText(header.rest().get(k), 4, below + 1.2 * f * k, Math.max(1, w - 8));
      }
    }
    int n = fit.n();
    if (n == 0) {
      return;
    }
    double best = fit.size();
    int bestCols = fit.cols();
    double whole = Math.floor(best / side) * side;
    double size = whole >= least ? whole : best;
    tilesShown = n;
    g.setFont(Font.font(f));
    g.setTextAlign(TextAlignment.CENTER);
    for (int k = 0; k < n; k++) {
      ImagesModel.Tile t = tiles.tiles().get(k);
      double x = 4 + (k % bestCols) * (size + 6);
      double y = top + (k / bestCols) * (size + caption + 6);
      g.drawImage(image(t.argb(), side), x, y, size, size);
      tilePlaces.add(new double[] {x, y, size, t.row()});
      g.setStroke(t.wrong() ? Color.rgb(213, 0, 0) : Color.rgb(160, 160, 160));
      g.setLineWidth(t.wrong() ? 3 : 1);
      g.strokeRect(x - 0.5, y - 0.5, size + 1, size + 1);
      if (t.row() == selectedRow.get()) {
        g.setStroke(Color.rgb(0, 114, 178));
        g.setLineWidth(3);
        g.strokeRect(x - 3.5, y - 3.5, size + 7, size + 7);
      }
      g.setFill(t.wrong() ? Color.rgb(190, 0, 0) : Color.rgb(40, 40, 40));
      g.fillText(tiles.caption(t), x + size / 2, y + size + caption / 4 + 2);
      g.fillText(
          String.format(Locale.ROOT, "%.0f%%", 100 * t.confidence()),
          x + size / 2,
          y + size + 3 * caption / 4 + 1);
    }
  }

  /** How many tiles fit, in how many columns, at what size. */
  private record Fit(int n, int cols, double size) {}

  /**
   * The largest square tiles that fit n in w × h below {@code top}, for the largest n whose tiles
   * are at least {@code least} (the first tiles: misclassified first); n = 0 when none fits.
   */
  private Fit fit(double w, double h, double top, double caption, double least) {
    for (int n = tiles.tiles().size(); n > 0; n--) {
      double best = 0;
      int bestCols = 1;
      for (int cols = 1; cols <= n; cols++) {
        int rows = (n + cols - 1) / cols;
        double size = Math.min((w - 4) / cols - 6, (h - top) / rows - caption - 6);
        if (size > best) {
          best = size;
          bestCols = cols;
        }
      }
      if (best >= least) {
        return new Fit(n, bestCols, best);
      }
    }
    return new Fit(0, 1, 0);
  }

  private boolean headerShown;

  /** Whether the title over the tiles was drawn at the last redraw (it gives way to the tiles). */
  public boolean headerShown() {
    return headerShown;
  }

  /**
   * The title's lines: "Test examples, misclassified first" (broken after its comma when it is
   * wider than the view), then "123 of 2,000 wrong (epoch 9.9)" on as many lines as the width
   * needs; and the height they take.
   */
  private record Header(List<String> lines, List<String> rest, double height) {}

  private Font titleFont() {
    return Font.font(null, FontWeight.BOLD, 13 * typeScale);
  }

  private Header header(double w) {
    double f = captionFontSize();
    int colon = tiles.title().indexOf(": ");
    List<String> lines = new java.util.ArrayList<>();
    String head = colon < 0 ? tiles.title() : tiles.title().substring(0, colon);
    int comma = head.indexOf(", ");
    if (comma > 0 && width(head, titleFont()) > w - 8) {
      lines.add(head.substring(0, comma + 1));
      lines.add(head.substring(comma + 2));
    } else {
      lines.add(head);
    }
    List<String> rest =
        wrap(colon < 0 ? "" : tiles.title().substring(colon + 2), Font.font(f), w - 8);
    double below = (0.85 + 1.3 * lines.size()) * f;
    return new Header(lines, rest, below + 1.2 * f * Math.max(1, rest.size()));
  }

  /** Two lines under each tile: "7 → 3" and "92%". */
  private double captionHeight() {
    return 2.4 * captionFontSize();
  }

  /** The least tile: the image at one screen pixel per pixel, and as wide as its caption. */
  private double leastTile() {
    return Math.max(tiles.side(), 3.2 * captionFontSize());
  }

  /**
   * At least one row of tiles at their least size (the title gives way first): shorter, the view
   * scrolls in its tab rather than showing no image.
   */
  @Override
  protected double computeMinHeight(double width) {
    double least = super.computeMinHeight(width);
    if (tiles == null || tiles.tiles().isEmpty()) {
      return least;
    }
    return Math.max(least, 4 + leastTile() + captionHeight() + 12);
  }

  private void drawWeights(GraphicsContext g, double w, double h) {
    g.clearRect(0, 0, w, h);
    if (weights == null) {
      return;
    }
    int side = weights.side();
    double f = captionFontSize();
    String low = String.format(Locale.ROOT, "%.3g", -weights.scale());
    String high = String.format(Locale.ROOT, "+%.3g", weights.scale());
    double ends = width(low, Font.font(f)) + width(high, Font.font(f)) + f;
    double bar = 10 + 3.4 * f; // room for the ends of the scale on two lines
    fitUnitTitle(h - bar - 8);
    double size = Math.min(w - 8, h - bar - 8);
    if (size >= side) {
      size = Math.floor(size / side) * side;
    }
    if (size < 8) {
      return;
    }
    g.drawImage(image(weights.argb(), side), 4, 4, size, size);
    g.setStroke(Color.rgb(120, 120, 120));
    g.setLineWidth(1);
    g.strokeRect(3.5, 3.5, size + 1, size + 1);
    // the colour scale: −max … 0 … +max
    double y = size + 12;
    for (int i = 0; i < (int) size; i++) {
      double v = 2.0 * i / size - 1;
      g.setFill(Palette.toColor(Palette.diverging(v)));
      g.fillRect(4 + i, y, 1, 10);
    }
    g.setFill(Color.rgb(40, 40, 40));
    g.setFont(Font.font(f));
    g.setTextBaseline(VPos.TOP);
    g.setTextAlign(TextAlignment.LEFT);
    g.fillText(low, 4, y + 12);
    // on one line with 0 between them when they fit, else the + end on a line of its own
    boolean oneLine = ends <= size;
    if (ends + width("0", Font.font(f)) + f <= size) {
      g.setTextAlign(TextAlignment.CENTER);
      g.fillText("0", 4 + size / 2, y + 12);
    }
    g.setTextAlign(TextAlignment.RIGHT);
    double end = 4 + Math.max(size, width(high, Font.font(f))); // never past the left edge
    g.fillText(high, end, oneLine ? y + 12 : y + 12 + 1.2 * f);
  }

  /**
   * The unit's title gives way to its image when the image would be smaller than a tile's least
   * size ({@code room} is the image's height), and comes back when both fit; hidden, it is the
   * tooltip of the image.
   */
  private void fitUnitTitle(double room) {
    double least = Math.max(weights.side(), 3.2 * captionFontSize());
    boolean shown = unitTitle.isManaged();
    double title = unitTitle.prefHeight(right.getWidth()) + right.getSpacing();
    boolean show = shown ? room >= least : room - title >= least;
    if (show != shown) {
      javafx.application.Platform.runLater(
          () -> {
            unitTitle.setManaged(show);
            unitTitle.setVisible(show);
          });
    }
  }

  /** Whether the unit's title is shown above its weights (it gives way to the image). */
  public boolean unitTitleShown() {
    return unitTitle.isVisible();
  }

  /** {@code text} broken at spaces into lines of at most {@code width} (a longer word alone). */
  static List<String> wrap(String text, Font font, double width) {
    List<String> out = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String tried = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && width(tried, font) > width) {
        out.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(tried);
      }
    }
    if (line.length() > 0) {
      out.add(line.toString());
    }
    return out;
  }

  private static double width(String s, Font font) {
    javafx.scene.text.Text t = new javafx.scene.text.Text(s);
    t.setFont(font);
    return t.getLayoutBounds().getWidth();
  }

  private static WritableImage image(int[] argb, int side) {
    WritableImage img = new WritableImage(side, side);
    img.getPixelWriter()
        .setPixels(0, 0, side, side, PixelFormat.getIntArgbInstance(), argb, 0, side);
    return img;
  }

  /** A canvas that fills its cell and redraws itself when resized. */
  static final class ResizableCanvas extends Pane {
    interface Painter {
      void paint(GraphicsContext g, double w, double h);
    }

    private final Canvas canvas = new Canvas();
    private final Painter painter;

    ResizableCanvas(Painter painter) {
      this.painter = painter;
      getChildren().add(canvas);
      setMinSize(60, 60);
    }

    void draw() {
      GraphicsContext g = canvas.getGraphicsContext2D();
      g.setImageSmoothing(false);
      painter.paint(g, canvas.getWidth(), canvas.getHeight());
    }

    @Override
    protected void layoutChildren() {
      if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
      }
    }
  }
}
