package lab.backprop.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import lab.backprop.io.GifFile;
import lab.backprop.ui.app.AppWindowTest;
import lab.backprop.ui.diagram.NetworkDiagram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports from the whole window over a real trainer, headless (Monocle). */
class ExportWindowTest extends AppWindowTest {
  @TempDir Path dir;

  /** Answers every save dialog with {@code file} and the GIF dialog with {@code gif}. */
  private static ExportDialogs answering(Path file, TrainingAnimation.Settings gif) {
    return new ExportDialogs() {
      @Override
      public Path chooseSave(
          Window owner, String title, String kind, String extension, String name) {
        return file;
      }

      @Override
      public TrainingAnimation.Settings gifSettings(
          Window owner, TrainingAnimation.Settings defaults) {
        return gif;
      }
    };
  }

  @Test
  void aRightClickOnTheDiagramSavesItAtTwiceItsSizeInPixels() throws Exception {
    launch();
    Path png = dir.resolve("diagram.png");
    fxRun(() -> app.exporter().setDialogs(answering(png, null)));
    NetworkDiagram d = app.view().networkDiagram();
    waitFor(10, () -> fx(() -> d.picture() != null));

    robot.rightClickOn(d);
    robot.clickOn("#contextPng2x");

    waitFor(20, () -> Files.exists(png));
    BufferedImage image = ImageIO.read(png.toFile());
    double w = fx(d::getWidth);
    double h = fx(d::getHeight);
    assertThat(image.getWidth()).isEqualTo((int) Math.round(2 * w));
    assertThat(image.getHeight()).isEqualTo((int) Math.round(2 * h));
  }

  @Test
  void boundaryAndWindowPicturesHaveTheViewsSizeAtOneAndTwiceAtTwo() throws Exception {
    launch();
    waitFor(10, () -> fx(() -> app.view().boundaryView().raster() != null));
    for (Exporter.Picture what : Exporter.Picture.values()) {
      for (int scale = 1; scale <= 2; scale++) {
        Path png = dir.resolve(what + "-" + scale + ".png");
        int s = scale;
        assertThat(fx(() -> app.exporter().savePng(what, s, png))).as(what + "").isTrue();
        BufferedImage image = ImageIO.read(png.toFile());
        double[] size =
            fx(
                () ->
                    switch (what) {
                      case BOUNDARY -> size(app.view().boundaryView());
                      case DIAGRAM -> size(app.view().networkDiagram());
                      case CHARTS -> size(app.view().chartsView());
                      case WINDOW -> size(app.view());
                    });
        assertThat(image.getWidth()).as(what + " at " + s).isEqualTo((int) Math.round(s * size[0]));
        assertThat(image.getHeight())
            .as(what + " at " + s)
            .isEqualTo((int) Math.round(s * size[1]));
      }
    }
  }

  private static double[] size(javafx.scene.layout.Region r) {
    return new double[] {r.getWidth(), r.getHeight()};
  }

  @Test
  void aGifOfTrainingIsWrittenWhileTheWindowGoesOnTraining() throws Exception {
    launch("--autoplay");
    Path gif = dir.resolve("training.gif");
    TrainingAnimation.Settings settings =
        new TrainingAnimation.Settings(50, 5, 240, 120, 1, true, 80);
    fxRun(() -> app.exporter().setDialogs(answering(gif, settings)));
    waitFor(10, () -> latest().epoch() > 10);

    fxRun(() -> app.exporter().gifs().trainingGif());

    waitFor(60, () -> Files.exists(gif) && fx(() -> app.exporter().gifs().running() == null));
    GifFile read = GifFile.read(gif);
    assertThat(read.frames()).isEqualTo(5);
    assertThat(read.loopCount()).isZero();
    assertThat(read.width()).isEqualTo(240);
    long epoch = latest().epoch();
    waitFor(10, () -> latest().epoch() > epoch);
    assertThat(latest().running()).isTrue();
  }

  @Test
  void aGifOfTheStepThroughHasOneFramePerPhaseAndLoops() throws Exception {
    launch("--hidden", "3");
    fxRun(() -> app.view().stepThrough().enter());
    var model = app.view().stepThrough().model();
    waitFor(20, () -> fx(() -> model.recordingProperty().get() != null));
    int phases = fx(() -> model.recordingProperty().get().phases().size());
    int shown = fx(() -> model.phaseIndexProperty().get());
    Path gif = dir.resolve("steps.gif");

    var started = fx(() -> app.exporter().gifs().stepThroughGif(model, gif));

    waitFor(240, () -> started.isDone() && Files.exists(gif));
    GifFile read = GifFile.read(gif);
    assertThat(read.frames()).isEqualTo(phases);
    assertThat(read.loopCount()).isZero();
    assertThat(read.delaysCentis().get(0)).isEqualTo(GifExports.PHASE_MILLIS / 10);
    assertThat(fx(() -> model.phaseIndexProperty().get())).as("back where it was").isEqualTo(shown);
    assertThat(differs(read.image(0), read.image(phases - 1)))
        .as("the first and the last phase are different pictures")
        .isTrue();
  }

  private static boolean differs(BufferedImage a, BufferedImage b) {
    for (int y = 0; y < a.getHeight(); y += 3) {
      for (int x = 0; x < a.getWidth(); x += 3) {
        if (a.getRGB(x, y) != b.getRGB(x, y)) {
          return true;
        }
      }
    }
    return false;
  }
}
