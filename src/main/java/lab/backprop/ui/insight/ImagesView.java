package lab.backprop.ui.insight;

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

  public ImagesView(ImagesModel model) {
    super(12);
    setId("imagesView");
    var factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 1, 1);
    factory.maxProperty().bind(model.unitsProperty());
    factory.valueProperty().addListener((o, was, is) -> model.unitProperty().set(is - 1));
    Spinner<Integer> unit = new Spinner<>(factory);
    unit.setId("weightsUnit");
    unit.setEditable(true);
    unit.setPrefWidth(90);
    Controls.lenient(unit);
    Controls.tip(unit, "The unit of the first hidden layer whose incoming weights are drawn.");
    unitTitle.setWrapText(true);
    unitTitle.getStyleClass().add("images-title");
    HBox unitRow = new HBox(6, new Label("Hidden unit"), unit);
    unitRow.setAlignment(Pos.CENTER_LEFT);
    VBox right = new VBox(6, unitRow, unitTitle, unitImage);
    right.setPrefWidth(300);
    right.setMinWidth(200);
    VBox.setVgrow(unitImage, Priority.ALWAYS);
    HBox.setHgrow(examples, Priority.ALWAYS);
    getChildren().addAll(examples, right);
    model
        .tilesProperty()
        .addListener(
            (o, was, is) -> {
              tiles = is;
              examples.draw();
            });
    model
        .weightsProperty()
        .addListener(
            (o, was, is) -> {
              weights = is;
              unitTitle.setText(is == null ? "" : is.title());
              unitImage.draw();
            });
  }

  /** The examples shown (null: none). */
  public ImagesModel.Tiles tiles() {
    return tiles;
  }

  /** The unit's weights shown (null: none). */
  public ImagesModel.UnitWeights weights() {
    return weights;
  }

  private void drawExamples(GraphicsContext g, double w, double h) {
    g.clearRect(0, 0, w, h);
    if (tiles == null) {
      return;
    }
    g.setFill(Color.rgb(40, 40, 40));
    g.setFont(Font.font(null, FontWeight.BOLD, 13));
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.CENTER);
    int colon = tiles.title().indexOf(": ");
    g.fillText(colon < 0 ? tiles.title() : tiles.title().substring(0, colon), 4, 10);
    g.setFont(Font.font(12));
    g.fillText(colon < 0 ? "" : tiles.title().substring(colon + 2), 4, 26);
    int n = tiles.tiles().size();
    double top = 40;
    double caption = 16;
    // the largest square tiles (integer pixels per image pixel when they can be) that fit n
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
    int side = tiles.side();
    double size = best >= side ? Math.floor(best / side) * side : best;
    if (size < 8) {
      return;
    }
    g.setFont(Font.font(Math.max(8, Math.min(12, (size + 6) / 4.6))));
    g.setTextAlign(TextAlignment.CENTER);
    for (int k = 0; k < n; k++) {
      ImagesModel.Tile t = tiles.tiles().get(k);
      double x = 4 + (k % bestCols) * (size + 6);
      double y = top + (k / bestCols) * (size + caption + 6);
      g.drawImage(image(t.argb(), side), x, y, size, size);
      g.setStroke(t.wrong() ? Color.rgb(213, 0, 0) : Color.rgb(160, 160, 160));
      g.setLineWidth(t.wrong() ? 3 : 1);
      g.strokeRect(x - 0.5, y - 0.5, size + 1, size + 1);
      g.setFill(t.wrong() ? Color.rgb(190, 0, 0) : Color.rgb(40, 40, 40));
      g.fillText(
          String.format(
              Locale.ROOT, "%d → %d  %.0f%%", t.label(), t.predicted(), 100 * t.confidence()),
          x + size / 2,
          y + size + caption / 2 + 2);
    }
  }

  private void drawWeights(GraphicsContext g, double w, double h) {
    g.clearRect(0, 0, w, h);
    if (weights == null) {
      return;
    }
    int side = weights.side();
    double bar = 34;
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
    g.setFont(Font.font(12));
    g.setTextBaseline(VPos.TOP);
    g.setTextAlign(TextAlignment.LEFT);
    g.fillText(String.format(Locale.ROOT, "%.3g", -weights.scale()), 4, y + 12);
    g.setTextAlign(TextAlignment.CENTER);
    g.fillText("0", 4 + size / 2, y + 12);
    g.setTextAlign(TextAlignment.RIGHT);
    g.fillText(String.format(Locale.ROOT, "+%.3g", weights.scale()), 4 + size, y + 12);
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
