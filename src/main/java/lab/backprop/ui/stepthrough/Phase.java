package lab.backprop.ui.stepthrough;

import java.util.List;

/**
 * One stop on the step-through timeline: what it is, its title, its general equation (LaTeX, the
 * seeds' notation) and what it lights up in the diagram. Immutable.
 *
 * @param kind what happens in this phase
 * @param layer the unit/weight layer it is about (seeds' numbering, see {@link Selection}); 0 for
 *     {@link Kind#INPUT}, L for the output phases, −1 for {@link Kind#UPDATE} and {@link
 *     Kind#BOUNDARY_BEFORE_AFTER}
 * @param title a short heading, e.g. "Layer 1 · weighted sum"
 * @param equationLatex the general equation of the phase, e.g. {@code \mathbf{z}_1 = ...}
 * @param unitLayers the unit layers whose nodes are lit (all their units)
 * @param edgeLayers the weight layers whose edges are lit (all their edges)
 * @param direction whether values flow forward, backward or neither
 */
public record Phase(
    Kind kind,
    int layer,
    String title,
    String equationLatex,
    List<Integer> unitLayers,
    List<Integer> edgeLayers,
    Direction direction) {

  public Phase {
    unitLayers = List.copyOf(unitLayers);
    edgeLayers = List.copyOf(edgeLayers);
  }

  /** The kinds of phase, in timeline order (layer phases repeat per layer). */
  public enum Kind {
    INPUT,
    PRE_ACTIVATION,
    ACTIVATION,
    OUTPUT_AND_LOSS,
    OUTPUT_DELTA,
    HIDDEN_DELTA,
    GRADIENTS,
    UPDATE,
    BOUNDARY_BEFORE_AFTER
  }

  /** Which way the animation moves values along the edges. */
  public enum Direction {
    FORWARD,
    BACKWARD,
    NONE
  }

  /** True when the phase is about units (z, a, δ) of {@link #layer()}. */
  public boolean isUnitPhase() {
    return switch (kind) {
      case INPUT, PRE_ACTIVATION, ACTIVATION, OUTPUT_AND_LOSS, OUTPUT_DELTA, HIDDEN_DELTA -> true;
      default -> false;
    };
  }

  /** True when the phase is about parameters (∂L/∂w, new w) of every or one weight layer. */
  public boolean isParameterPhase() {
    return kind == Kind.GRADIENTS || kind == Kind.UPDATE;
  }
}
