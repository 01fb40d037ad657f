package lab.backprop.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import lab.backprop.cli.BackpropCli;
import lab.backprop.io.GifFile;
import lab.backprop.io.Json;
import lab.backprop.ui.plot.BoundaryPicture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** {@code render} end to end: pictures of a saved session, without a display. */
class RenderCommandTest {
  /**
   * The toolkit is started as the window tests start it, so that the render command's headless
   * start finds it running and the window tests that follow in this JVM get a normal toolkit.
   */
  @BeforeAll
  static void startToolkitAsTheWindowTestsDo() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @TempDir Path dir;

  record Run(int exitCode, String out, String err) {}

  static Run render(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 1];
    all[0] = "render";
    System.arraycopy(args, 0, all, 1, args.length);
    int code =
        BackpropCli.execute(all, new PrintWriter(out), new PrintWriter(err), new RenderCommand());
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void bareColoursAreTheClassesOfAPlainForwardPassOfTheSessionsWeights() throws IOException {
    Path session = Sessions.trained(dir, "moons", "5,4", 120);
    Path png = dir.resolve("bare.png");
    int w = 64;
    int h = 48;
    double x0 = -1.5;
    double x1 = 2.5;
    double y0 = -1;
    double y1 = 1.5;

    Run run =
        render(
            "--session",
            session.toString(),
            "--view",
            "boundary",
            "--bare",
            "--extent",
            x0 + "," + x1 + "," + y0 + "," + y1,
            "--size",
            w + "x" + h,
            "--out",
            png.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(w);
    assertThat(image.getHeight()).isEqualTo(h);
    PlainNet net = PlainNet.of(Json.readObject(session).get("network"));
    int[] classColour = {0xE69F00, 0x0072B2}; // Okabe–Ito orange and blue
    int[] seen = new int[2];
    for (int j = 0; j < h; j++) {
      for (int i = 0; i < w; i++) {
        double x = x0 + (i + 0.5) * (x1 - x0) / w;
        double y = y1 - (j + 0.5) * (y1 - y0) / h;
        double[] z = net.logits(x, y);
        if (Math.abs(z[1] - z[0]) < 1e-9) {
          continue; // on the border itself rounding decides
        }
        int expected = z[1] > z[0] ? 1 : 0;
        seen[expected]++;
        assertThat(image.getRGB(i, j) & 0xFFFFFF)
            .as("pixel (%d, %d) at (%s, %s)", i, j, x, y)
            .isEqualTo(classColour[expected]);
      }
    }
    assertThat(seen[0]).as("both classes are in the picture").isGreaterThan(100);
    assertThat(seen[1]).isGreaterThan(100);
  }

  @Test
  void aGifHasTheAskedFramesAndLoops() throws IOException {
    Path session = Sessions.trained(dir, "moons", "6", 20);
    Path gif = dir.resolve("training.gif");

    Run run =
        render(
            "--session",
            session.toString(),
            "--gif",
            gif.toString(),
            "--epochs",
            "30",
            "--frames",
            "6",
            "--size",
            "160x120",
            "--delay",
            "50");

    assertThat(run.exitCode()).as(run.err()).isZero();
    GifFile read = GifFile.read(gif);
    assertThat(read.frames()).isEqualTo(6);
    assertThat(read.loopCount()).isZero();
    assertThat(read.delaysCentis()).containsExactly(5, 5, 5, 5, 5, 50);
    assertThat(read.width()).isEqualTo(160);
    assertThat(read.height()).isEqualTo(120);
  }

  /**
   * The last frame shows the network after E more epochs: the same picture (up to the GIF's 256
   * colours) as the boundary of the session continued by {@code train --resume}.
   */
  @Test
  void theLastFrameIsTheSessionTrainedEMoreEpochs() throws IOException {
    Path session = Sessions.trained(dir, "moons", "6", 20);
    Path gif = dir.resolve("training.gif");
    Path resumed = dir.resolve("resumed.json");
    Path png = dir.resolve("resumed.png");

    assertThat(
            render(
                    "--session",
                    session + "",
                    "--gif",
                    gif + "",
                    "--epochs",
                    "40",
                    "--frames",
                    "3",
                    "--size",
                    "200x160")
                .exitCode())
        .isZero();
    Sessions.cli(
        "train", "--resume", session + "", "--epochs", "40", "--save-session", resumed + "");
    assertThat(
            render(
                    "--session",
                    resumed + "",
                    "--view",
                    "boundary",
                    "--size",
                    "200x160",
                    "--out",
                    png + "")
                .exitCode())
        .isZero();

    BufferedImage last = GifFile.read(gif).image(2);
    BufferedImage expected = ImageIO.read(png.toFile());
    BufferedImage first = GifFile.read(gif).image(0);
    assertThat(meanDifference(last, expected)).isLessThan(1.0);
    assertThat(meanDifference(first, expected))
        .as("training moved the boundary")
        .isGreaterThan(1.0);
  }

  /** Mean difference per channel, leaving out the frames' "epoch N" label in the top left. */
  private static double meanDifference(BufferedImage a, BufferedImage b) {
    assertThat(a.getWidth()).isEqualTo(b.getWidth());
    assertThat(a.getHeight()).isEqualTo(b.getHeight());
    double sum = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if (x < BoundaryPicture.BOX_LEFT + 140 && y < BoundaryPicture.BOX_TOP + 40) {
          continue;
        }
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        for (int shift = 16; shift >= 0; shift -= 8) {
          sum += Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF));
        }
      }
    }
    return sum / (3.0 * a.getWidth() * a.getHeight());
  }

  @Test
  void picturesHaveTheirSizeAtScaleOneAndTwiceItAtScaleTwo() throws IOException {
    Path session = Sessions.trained(dir, "moons", "6", 20);
    for (String view : List.of("boundary", "charts", "diagram")) {
      for (int scale = 1; scale <= 2; scale++) {
        Path png = dir.resolve(view + scale + ".png");
        Run run =
            render(
                "--session",
                session.toString(),
                "--view",
                view,
                "--size",
                "320x240",
                "--scale",
                Integer.toString(scale),
                "--out",
                png.toString());
        assertThat(run.exitCode()).as(view + ": " + run.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).as(view).isEqualTo(320 * scale);
        assertThat(image.getHeight()).as(view).isEqualTo(240 * scale);
      }
    }
  }

  @Test
  void badOptionsAndFilesAreOneLineAndExitTwo() throws IOException {
    Path session = Sessions.trained(dir, "moons", "6", 5);
    Path out = dir.resolve("x.png");
    String s = session.toString();
    List<String[]> bad =
        List.of(
            new String[] {"--session", s, "--view", "boundary", "--out", out + "", "--size", "0x5"},
            new String[] {
              "--session", s, "--view", "boundary", "--out", out + "", "--size", "wide"
            },
            new String[] {"--session", s, "--view", "boundary", "--out", out + "", "--scale", "9"},
            new String[] {"--session", s, "--view", "charts", "--bare", "--out", out + ""},
            new String[] {
              "--session",
              s,
              "--view",
              "boundary",
              "--bare",
              "--extent",
              "1,0,0,1",
              "--out",
              out + ""
            },
            new String[] {"--session", s, "--view", "boundary"},
            new String[] {"--session", s, "--gif", dir.resolve("a.gif") + "", "--epochs", "5"},
            new String[] {
              "--session", s, "--gif", dir + "/no/a.gif", "--epochs", "5", "--frames", "2"
            },
            new String[] {"--session", s, "--view", "sideways", "--out", out + ""},
            new String[] {
              "--session", dir.resolve("missing.json") + "", "--view", "charts", "--out", out + ""
            },
            new String[] {"--session", dir.toString(), "--view", "charts", "--out", out + ""});
    for (String[] args : bad) {
      Run run = render(args);
      assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err().strip().lines().count()).as(run.err()).isEqualTo(1);
      assertThat(run.err()).startsWith("error: ");
    }
    assertThat(out).doesNotExist();
  }

  @Test
  void aMalformedSessionIsBadInput() throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"run\": {\"format\": \"backprop-lab-run\"");
    Run run = render("--session", broken.toString(), "--view", "boundary", "--out", dir + "/b.png");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: ").contains("broken.json");
  }

  /** A forward pass written out here, independent of the engine: tanh hidden layers, logits. */
  record PlainNet(double[][][] w, double[][] b) {
    static PlainNet of(JsonNode net) {
      assertThat(net.get("activation").asText()).isEqualTo("tanh");
      int layers = net.get("W").size();
      double[][][] w = new double[layers][][];
      double[][] b = new double[layers][];
      for (int l = 0; l < layers; l++) {
        JsonNode wl = net.get("W").get(l);
        w[l] = new double[wl.size()][];
        for (int j = 0; j < wl.size(); j++) {
          w[l][j] = new double[wl.get(j).size()];
          for (int i = 0; i < w[l][j].length; i++) {
            w[l][j][i] = wl.get(j).get(i).asDouble();
          }
        }
        JsonNode bl = net.get("b").get(l);
        b[l] = new double[bl.size()];
        for (int j = 0; j < b[l].length; j++) {
          b[l][j] = bl.get(j).asDouble();
        }
      }
      return new PlainNet(w, b);
    }

    double[] logits(double x, double y) {
      double[] a = {x, y};
      for (int l = 0; l < w.length; l++) {
        double[] z = new double[w[l].length];
        for (int j = 0; j < z.length; j++) {
          z[j] = b[l][j];
          for (int i = 0; i < a.length; i++) {
            z[j] += w[l][j][i] * a[i];
          }
        }
        if (l == w.length - 1) {
          return z;
        }
        a = new double[z.length];
        for (int j = 0; j < z.length; j++) {
          a[j] = Math.tanh(z[j]);
        }
      }
      throw new IllegalStateException("no layers");
    }
  }
}
