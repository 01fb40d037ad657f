package lab.backprop.ui.stepthrough;

/**
 * What the user highlighted in the diagram: a unit or an edge. Layers are numbered as in the seeds:
 * unit layer 0 is the input x = a₀, 1 the first hidden layer, L the output; weight layer k (1…L) is
 * W_k from unit layer k−1 into unit layer k. Units are 0-based here and shown 1-based.
 */
public sealed interface Selection permits Selection.Unit, Selection.Edge {

  /** The unit layer (for an edge: the layer of the unit it feeds). */
  int layer();

  /** The unit (for an edge: the unit it feeds). */
  int unit();

  /** Unit {@code unit} of unit layer {@code layer}. */
  record Unit(int layer, int unit) implements Selection {
    public Unit {
      if (layer < 0 || unit < 0) {
        throw new IllegalArgumentException("unit: layer and unit must be >= 0");
      }
    }
  }

  /** The weight W_layer[to][from]: from unit {@code from} of layer−1 into unit {@code to}. */
  record Edge(int layer, int to, int from) implements Selection {
    public Edge {
      if (layer < 1 || to < 0 || from < 0) {
        throw new IllegalArgumentException("edge: layer must be >= 1, to and from >= 0");
      }
    }

    @Override
    public int unit() {
      return to;
    }
  }
}
