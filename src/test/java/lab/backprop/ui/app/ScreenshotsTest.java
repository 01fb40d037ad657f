package lab.backprop.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A screenshot of a scene whose pixels are known: read back as a PNG, headless. */
class ScreenshotsTest {
  @TempDir Path dir;

  @BeforeEach
  void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @Test
  void writesTheScenesPixelsAsAnOpaquePngReplacingAnOldFileAtomically() throws Exception {
    Path file = dir.resolve("shot.png");
    Files.writeString(file, "an older file");
    AtomicReference<Exception> failure = new AtomicReference<>();
    WaitForAsyncUtils.asyncFx(
            () -> {
              // 120 x 50, in no window: a red half, then a blue half
              HBox halves =
                  new HBox(
                      new Rectangle(60, 50, Color.rgb(255, 0, 0)),
                      new Rectangle(60, 50, Color.rgb(0, 0, 255)));
              try {
                Screenshots.write(new Scene(halves, 120, 50), file);
              } catch (Exception e) {
                failure.set(e);
              }
            })
        .get(60, TimeUnit.SECONDS);
    assertThat(failure.get()).isNull();

    BufferedImage png = ImageIO.read(file.toFile());
    assertThat(png).as("a PNG").isNotNull();
    assertThat(png.getWidth()).isEqualTo(120);
    assertThat(png.getHeight()).isEqualTo(50);
    assertThat(png.getColorModel().hasAlpha()).as("no alpha channel").isFalse();
    assertThat(png.getRGB(10, 25) & 0xffffff).isEqualTo(0xff0000);
    assertThat(png.getRGB(110, 25) & 0xffffff).isEqualTo(0x0000ff);
    try (var files = Files.list(dir)) {
      assertThat(files).as("no temporary file left").containsExactly(file);
    }
  }
}
