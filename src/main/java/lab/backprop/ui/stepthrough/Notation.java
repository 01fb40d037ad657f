package lab.backprop.ui.stepthrough;

import lab.backprop.nn.Activation;

/**
 * Names of quantities in the seeds' notation, as LaTeX and as plain text with Unicode subscripts:
 * z_{k,j} / z₁,₂ is unit j (1-based) of layer k; w_{k,ji} / w₁,₂₁ is the weight into unit j from
 * unit i of layer k−1.
 */
final class Notation {
  private static final String SUBSCRIPT_DIGITS = "₀₁₂₃₄₅₆₇₈₉";

  private Notation() {}

  /**
   * The number the window gives class {@code label} (the engine's and the files' 0-based label):
   * classes count from 1, like the output units ŷ₁, ŷ₂ and every other unit, so class y is the
   * output ŷ_y.
   */
  static int classNumber(int label) {
    return label + 1;
  }

  /** Unicode subscript digits for the digits of {@code s}; other characters stay. */
  static String sub(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      out.append(c >= '0' && c <= '9' ? SUBSCRIPT_DIGITS.charAt(c - '0') : c);
    }
    return out.toString();
  }

  static String sub(int n) {
    return sub(Integer.toString(n));
  }

  /** "z_{1,2}" for symbol z, layer 1, 0-based unit 1. */
  static String unitLatex(String symbol, int layer, int unit) {
    return symbol + "_{" + layer + "," + (unit + 1) + "}";
  }

  /** "z₁,₂" for symbol z, layer 1, 0-based unit 1. */
  static String unitText(String symbol, int layer, int unit) {
    return symbol + sub(layer) + "," + sub(unit + 1);
  }

  /** "w_{1,21}" (or "w_{1,12\,3}" when an index has two digits); 0-based to and from. */
  static String weightLatex(int layer, int to, int from) {
    return "w_{" + layer + "," + pair(to + 1, from + 1, "\\,") + "}";
  }

  /** "w₁,₂₁" (or "w₁,₁₂ ₃" when an index has two digits); 0-based to and from. */
  static String weightText(int layer, int to, int from) {
    return "w" + sub(layer) + "," + sub(pair(to + 1, from + 1, " "));
  }

  private static String pair(int j, int i, String separator) {
    return j < 10 && i < 10 ? "" + j + i : j + separator + i;
  }

  /** The activation's symbol in LaTeX: \sigma, \tanh, \mathrm{ReLU}, … */
  static String fLatex(Activation f) {
    return switch (f) {
      case SIGMOID -> "\\sigma";
      case TANH -> "\\tanh";
      case RELU -> "\\mathrm{ReLU}";
      case LEAKY_RELU -> "\\mathrm{LeakyReLU}";
      case GELU_ERF -> "\\mathrm{GELU}";
      case GELU_TANH -> "\\mathrm{GELU}_{\\tanh}";
      case IDENTITY -> "\\mathrm{id}";
    };
  }

  /** The activation's symbol in plain text: σ, tanh, ReLU, … */
  static String fText(Activation f) {
    return switch (f) {
      case SIGMOID -> "σ";
      case TANH -> "tanh";
      case RELU -> "ReLU";
      case LEAKY_RELU -> "LeakyReLU";
      case GELU_ERF -> "GELU";
      case GELU_TANH -> "GELU_tanh";
      case IDENTITY -> "id";
    };
  }

  /** The derivative's symbol: \sigma' etc. (\tanh' is written \tanh'). */
  static String dfLatex(Activation f) {
    return "{" + fLatex(f) + "}'";
  }

  static String dfText(Activation f) {
    return fText(f) + "′";
  }
}
