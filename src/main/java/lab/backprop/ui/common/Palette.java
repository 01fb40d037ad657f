package lab.backprop.ui.common;

import javafx.scene.paint.Color;

/**
 * Colour-blind-safe colours (Okabe–Ito) for classes and signs, and a blue–white–orange diverging
 * map for regression surfaces. Colours as packed ARGB ints for PixelWriter use.
 */
public final class Palette {
  private Palette() {}

  /**
   * Okabe–Ito: orange, blue, bluish green, vermillion, reddish purple, sky blue, yellow; then grey,
   * brown and indigo, so the ten digits have ten colours.
   */
  private static final int[] CLASS_ARGB = {
    0xFFE69F00,
    0xFF0072B2,
    0xFF009E73,
    0xFFD55E00,
    0xFFCC79A7,
    0xFF56B4E9,
    0xFFF0E442,
    0xFF6E6E6E,
    0xFF8C564B,
    0xFF332288
  };

  public static final int WHITE = 0xFFFFFFFF;

  /** Positive weights / values. */
  public static final Color POSITIVE = Color.web("#0072B2");

  /** Negative weights / values. */
  public static final Color NEGATIVE = Color.web("#E69F00");

  public static int classArgb(int k) {
    return CLASS_ARGB[Math.floorMod(k, CLASS_ARGB.length)];
  }

  public static Color classColor(int k) {
    return toColor(classArgb(k));
  }

  public static Color toColor(int argb) {
    return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24)) / 255.0);
  }

  /** Linear mix of two opaque colours: t = 0 gives a, t = 1 gives b. */
  public static int mix(int a, int b, double t) {
    double u = Math.max(0, Math.min(1, t));
    int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - u) + ((b >> 16) & 0xFF) * u);
    int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - u) + ((b >> 8) & 0xFF) * u);
    int bl = (int) Math.round((a & 0xFF) * (1 - u) + (b & 0xFF) * u);
    return 0xFF000000 | (r << 16) | (g << 8) | bl;
  }

  /**
   * Opaque {@code p} and {@code q} mixed with weight f / 256 on q (exact at 0 and 256), red and
   * blue in one multiply; q's alpha is ignored, so this is also q drawn over p with opacity f /
   * 256.
   */
  public static int mixFixed(int p, int q, int f) {
    int h = 256 - f;
    int rb = ((p & 0xFF00FF) * h + (q & 0xFF00FF) * f + 0x800080) >>> 8;
    int g = ((p & 0x00FF00) * h + (q & 0x00FF00) * f + 0x008000) >>> 8;
    return 0xFF000000 | (rb & 0xFF00FF) | (g & 0x00FF00);
  }

  /**
   * Diverging map for v in [−1, 1]: −1 orange (negative), 0 white, +1 blue (positive); NaN grey.
   */
  public static int diverging(double v) {
    if (Double.isNaN(v)) {
      return 0xFF999999;
    }
    double t = Math.max(-1, Math.min(1, v));
    return t >= 0 ? mix(WHITE, 0xFF0072B2, 0.85 * t) : mix(WHITE, CLASS_ARGB[0], 0.85 * -t);
  }

  /** Sign colour of a value with alpha. */
  public static Color signColor(double v, double opacity) {
    Color c = v >= 0 ? POSITIVE : NEGATIVE;
    return Color.color(c.getRed(), c.getGreen(), c.getBlue(), opacity);
  }
}
