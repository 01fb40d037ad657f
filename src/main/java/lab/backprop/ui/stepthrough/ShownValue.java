package lab.backprop.ui.stepthrough;

/**
 * One number the diagram shows next to a unit or an edge: which quantity, its engine value, its
 * display text (3–4 significant digits) and its full-precision text for hover.
 *
 * @param quantity what the number is
 * @param label its name in plain text, e.g. "z₁,₂" or "∂L/∂w₂,₁₃"
 * @param value the engine's value
 */
public record ShownValue(Quantity quantity, String label, double value) {

  /** The kinds of number shown on units and edges. */
  public enum Quantity {
    /** The input feature x_i = a₀,ᵢ. */
    X,
    Z,
    A,
    DELTA,
    B,
    DB,
    NEW_B,
    W,
    DW,
    NEW_W
  }

  /** 3–4 significant digits, e.g. "−15.89". */
  public String text() {
    return NumberFormatting.display(value);
  }

  /** Full precision, for hover. */
  public String fullText() {
    return NumberFormatting.full(value);
  }
}
