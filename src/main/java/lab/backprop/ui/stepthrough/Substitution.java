package lab.backprop.ui.stepthrough;

/**
 * A phase's equation with the highlighted unit's numbers in, as LaTeX (for JLaTeXMath) and as plain
 * text, e.g. {@code z₁,₁ = 0.02·1 + 0.03·2 + 0.01 = 0.0900}.
 */
public record Substitution(String latex, String text) {}
