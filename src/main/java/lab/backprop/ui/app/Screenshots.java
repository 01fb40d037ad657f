package lab.backprop.ui.app;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Scene;
import lab.backprop.io.PngFiles;
import lab.backprop.ui.common.FxImages;

/** PNG snapshots of a scene, written atomically. FX thread only. */
public final class Screenshots {
  private Screenshots() {}

  public static void write(Scene scene, Path file) throws IOException {
    PngFiles.write(file, FxImages.opaque(scene.snapshot(null)));
  }
}
