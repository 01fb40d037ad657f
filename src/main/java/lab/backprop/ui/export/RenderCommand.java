package lab.backprop.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import lab.backprop.data.Task;
import lab.backprop.io.AtomicFiles;
import lab.backprop.io.PngFiles;
import lab.backprop.ui.charts.ChartsPicture;
import lab.backprop.ui.plot.BoundaryPicture;
import lab.backprop.ui.plot.BoundaryView;
import lab.backprop.ui.plot.PlotExtent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The window's pictures without a display: the boundary plot, the diagram or the charts of a saved
 * session as PNG, and an animated GIF of training continued from it. Lives beside the window's
 * pictures (it draws them); the launcher adds it to the command line.
 */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Draws a picture of a saved session without a display, as the window shows it: the"
          + " boundary plot, the network diagram or the loss and accuracy charts (PNG), or an"
          + " animated GIF of training continued from the session (the session file is not"
          + " changed).",
      "With --bare the boundary picture is the plot area alone: pixel column i and row j of W×H"
          + " cover the point (X0 + (i+½)(X1−X0)/W, Y1 − (j+½)(Y1−Y0)/H) and have the colour of"
          + " the class the network predicts there.",
      "Exit status 0 done; 1 training for --gif diverged; 2 bad input (one line naming the option"
          + " or file)."
    },
    footer = {
      "%nExamples:",
      "  backprop-lab render --session moons.json --view boundary --out plot.png --scale 2",
      "  backprop-lab render --session moons.json --view boundary --bare --extent -2,3,-1.5,2"
          + " --size 200x200 --out map.png",
      "  backprop-lab render --session moons.json --gif training.gif --epochs 300 --frames 40"
    })
public final class RenderCommand implements Callable<Integer> {
  /** Pixels of one picture at most (width × height × scale²). */
  static final long MAX_PIXELS = 40_000_000L;

  static final int MAX_FRAMES = 1000;

  static final int MAX_EPOCHS = 10_000_000;

  /** What --view draws. */
  enum View {
    boundary(600, 600),
    diagram(800, 500),
    charts(800, 600);

    final int width;
    final int height;

    View(int width, int height) {
      this.width = width;
      this.height = height;
    }
  }

  @Spec CommandSpec spec;

  @Option(names = "--session", required = true, paramLabel = "FILE", description = "The session.")
  Path session;

  @Option(
      names = "--view",
      paramLabel = "VIEW",
      description = "boundary, diagram or charts (with --out).")
  View view;

  @Option(names = "--out", paramLabel = "F.png", description = "The PNG to write.")
  Path out;

  @Option(
      names = "--size",
      paramLabel = "WxH",
      description =
          "Size in layout units (pixels at scale 1); defaults: boundary 600x600, diagram 800x500,"
              + " charts 800x600, GIF 640x360 (480x480 without --loss).")
  String size;

  @Option(
      names = "--scale",
      paramLabel = "S",
      defaultValue = "1",
      description = "Pixels per unit, 1 to 4: 2 draws everything at twice the resolution.")
  double scale;

  @Option(
      names = "--bare",
      description = "The boundary's plot area alone (no points, axes, lines).")
  boolean bare;

  @Option(
      names = "--extent",
      paramLabel = "X0,X1,Y0,Y1",
      description = "With --bare: the data rectangle shown (default: the data with a margin).")
  String extent;

  @Option(names = "--gif", paramLabel = "OUT.gif", description = "Write an animation of training.")
  Path gif;

  @Option(
      names = "--epochs",
      paramLabel = "E",
      description = "With --gif: epochs to train from the session.")
  Integer epochs;

  @Option(names = "--frames", paramLabel = "F", description = "With --gif: frames, evenly spaced.")
  Integer frames;

  @Option(
      names = "--delay",
      paramLabel = "MS",
      defaultValue = "100",
      description = "With --gif: milliseconds per frame (the last is held 10 times as long).")
  int delay;

  @Option(names = "--loss", description = "With --gif: the loss curve beside the boundary.")
  boolean loss;

  @Override
  public Integer call() throws Exception {
    checkOptions();
    if (gif != null) {
      return writeGif();
    }
    double[] wh = size(view.width, view.height);
    checkPixels(wh[0], wh[1]);
    outputFile("--out", out);
    RenderSource source = source();
    BufferedImage image =
        switch (view) {
          case boundary -> bare ? bare(source, wh) : boundary(source, wh);
          case diagram -> Pictures.diagram(source.network(), source.trainSet(), wh, scale);
          case charts -> ChartsPicture.render(source.history(), false, wh[0], wh[1], scale);
        };
    PngFiles.write(out, image);
    return 0;
  }

  private void checkOptions() {
    if (gif == null && view == null) {
      throw bad("give --view with --out, or --gif");
    }
    if (gif != null && view != null) {
      throw bad("--gif and --view are two commands: give one");
    }
    if (view != null && out == null) {
      throw bad("--view needs --out F.png");
    }
    if (gif != null && (epochs == null || frames == null)) {
      throw bad("--gif needs --epochs E and --frames F");
    }
    if (gif == null && (epochs != null || frames != null || loss)) {
      throw bad("--epochs, --frames and --loss go with --gif");
    }
    if (bare && view != View.boundary) {
      throw bad("--bare goes with --view boundary");
    }
    if (extent != null && !bare) {
      throw bad("--extent goes with --bare");
    }
    if (!(scale >= 1 && scale <= 4)) {
      throw bad("--scale " + scale + " is out of range, expected 1 to 4");
    }
    if (gif != null) {
      range("--epochs", epochs, 1, MAX_EPOCHS);
      range("--frames", frames, 1, MAX_FRAMES);
      range("--delay", delay, 20, 60_000);
    }
  }

  private BufferedImage boundary(RenderSource source, double[] wh) {
    return BoundaryPicture.render(
        new BoundaryPicture.Scene(source.network(), source.trainSet(), source.testSet(), true),
        wh[0],
        wh[1],
        scale);
  }

  private BufferedImage bare(RenderSource source, double[] wh) {
    PlotExtent e =
        extent == null
            ? BoundaryView.dataExtent(source.trainSet(), source.testSet())
            : parseExtent(extent);
    int cols = (int) Math.round(wh[0] * scale);
    int rows = (int) Math.round(wh[1] * scale);
    double valueScale =
        source.trainSet().task() == Task.REGRESSION
            ? BoundaryView.regressionScaleOf(source.trainSet())
            : 1;
    return BoundaryPicture.bare(source.network(), e, cols, rows, valueScale);
  }

  private int writeGif() throws IOException {
    double[] wh = size(loss ? 640 : 480, loss ? 360 : 480);
    checkPixels(wh[0], wh[1]);
    outputFile("--gif", gif);
    RenderSource source = source();
    TrainingAnimation.Settings settings =
        new TrainingAnimation.Settings(epochs, frames, wh[0], wh[1], scale, loss, delay);
    try {
      TrainingAnimation.write(
          gif,
          source.run(),
          settings,
          new TrainingAnimation.Progress() {
            @Override
            public void update(double fraction) {}

            @Override
            public boolean shouldStop() {
              return Thread.currentThread().isInterrupted();
            }
          });
    } catch (TrainingAnimation.Diverged e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      return 1;
    }
    return 0;
  }

  private RenderSource source() throws IOException {
    return RenderSource.read(session);
  }

  /** --size as {width, height}, or the defaults. */
  private double[] size(int defaultWidth, int defaultHeight) {
    if (size == null) {
      return new double[] {defaultWidth, defaultHeight};
    }
    String[] parts = size.toLowerCase(Locale.ROOT).split("x", -1);
    try {
      if (parts.length == 2) {
        int w = Integer.parseInt(parts[0].trim());
        int h = Integer.parseInt(parts[1].trim());
        if (w >= 1 && h >= 1) {
          return new double[] {w, h};
        }
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw bad("--size " + size + " is not WIDTHxHEIGHT of positive whole numbers, e.g. 800x600");
  }

  private void checkPixels(double w, double h) {
    if (w * h * scale * scale > MAX_PIXELS) {
      throw bad(
          "--size "
              + (int) w
              + "x"
              + (int) h
              + " at --scale "
              + scale
              + " is too large: at most "
              + MAX_PIXELS
              + " pixels");
    }
  }

  static PlotExtent parseExtent(String text) {
    String[] parts = text.split(",", -1);
    if (parts.length == 4) {
      try {
        double x0 = Double.parseDouble(parts[0].trim());
        double x1 = Double.parseDouble(parts[1].trim());
        double y0 = Double.parseDouble(parts[2].trim());
        double y1 = Double.parseDouble(parts[3].trim());
        if (Double.isFinite(x1 - x0) && Double.isFinite(y1 - y0) && x0 < x1 && y0 < y1) {
          return new PlotExtent(x0, x1, y0, y1);
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw new IllegalArgumentException(
        "--extent " + text + " is not X0,X1,Y0,Y1 with finite X0 < X1 and Y0 < Y1");
  }

  private static void outputFile(String option, Path file) {
    try {
      AtomicFiles.checkWritable(file);
    } catch (IOException e) {
      throw new IllegalArgumentException(option + " " + e.getMessage());
    }
  }

  private void range(String option, long value, long min, long max) {
    if (value < min || value > max) {
      throw bad(option + " " + value + " is out of range, expected " + min + " to " + max);
    }
  }

  private ParameterException bad(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
