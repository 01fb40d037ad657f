package lab.backprop.ui.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** Checks on a snapshot of a drawn diagram's edges. */
final class EdgeColours {
  private EdgeColours() {}

  /**
   * Halfway between every pair of neighbouring columns, some pixels are blue (a positive weight)
   * and some orange (a negative one).
   */
  static void assertBothSignsBetweenEveryPairOfColumns(WritableImage shot, DiagramLayout layout) {
    PixelReader px = shot.getPixelReader();
    for (int c = 0; c + 1 < layout.columns(); c++) {
      int x = (int) Math.round((layout.x(c) + layout.x(c + 1)) / 2);
      int blue = 0;
      int orange = 0;
      for (int y = 0; y < (int) shot.getHeight(); y++) {
        Color k = px.getColor(x, y);
        blue += k.getBlue() > k.getRed() + 0.03 ? 1 : 0;
        orange += k.getRed() > k.getBlue() + 0.03 ? 1 : 0;
      }
      assertThat(blue).as("positive edges between columns %d and %d", c, c + 1).isPositive();
      assertThat(orange).as("negative edges between columns %d and %d", c, c + 1).isPositive();
    }
  }
}
