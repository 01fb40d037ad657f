package lab.backprop.ui.diagram;

import java.util.Arrays;
import java.util.List;
import lab.backprop.data.ClassNames;

/**
 * What the network diagram draws, immutable: the layer sizes, the names of the hidden layers'
 * activations and of the output, how output units are coloured, and copies of every W_l and b_l.
 * Column c of the diagram is layer c of {@link #layerSizes()} (0 = input); weight layer l connects
 * column l to column l + 1.
 */
public final class NetworkPicture {
  /** How the output column is coloured. */
  public enum OutputUnits {
    /** One class per unit (softmax), in its class's colour. */
    CLASS_PER_UNIT,
    /**
     * One unit, the probability of the second class (sigmoid; class 2 counting from 1), in its
     * colour.
     */
    POSITIVE_CLASS,
    /** A value (regression), coloured by its bias like a hidden unit. */
    VALUE
  }

  private final int[] sizes;
  private final List<String> activations;
  private final String output;
  private final OutputUnits outputUnits;
  private final double[][] w;
  private final double[][] b;
  private final double maxAbsW;
  private final double maxAbsB;
  private final ClassNames classNames;

  /**
   * @param layerSizes input, hidden…, output
   * @param activations one name per hidden layer
   * @param output the output's name (e.g. "softmax_ce")
   * @param weights per weight layer l, W_l flat and row-major ([out × in], W_l[j][i] at j·in + i);
   *     taken over, the caller must not keep them
   * @param biases per weight layer l, b_l [out]; taken over like {@code weights}
   * @param classNames what the classes the outputs stand for are called
   */
  NetworkPicture(
      int[] layerSizes,
      List<String> activations,
      String output,
      OutputUnits outputUnits,
      double[][] weights,
      double[][] biases,
      ClassNames classNames) {
    if (activations.size() != layerSizes.length - 2
        || weights.length != layerSizes.length - 1
        || biases.length != weights.length) {
      throw new IllegalArgumentException(
          "network picture: "
              + Arrays.toString(layerSizes)
              + " needs one activation per hidden"
              + " layer and one W and b per weight layer");
    }
    this.sizes = layerSizes.clone();
    this.activations = List.copyOf(activations);
    this.output = output;
    this.outputUnits = outputUnits;
    this.w = weights;
    this.b = biases;
    this.maxAbsW = largestAbs(weights);
    this.maxAbsB = largestAbs(biases);
    this.classNames = classNames;
  }

  /** What the classes are called (label c is output unit c, or for one sigmoid unit class 2). */
  public ClassNames classNames() {
    return classNames;
  }

  private static double largestAbs(double[][] values) {
    double max = 1e-12;
    for (double[] layer : values) {
      for (double v : layer) {
        max = Math.max(max, Math.abs(v));
      }
    }
    return max;
  }

  public int[] layerSizes() {
    return sizes.clone();
  }

  /** Units of column c (0 = input). */
  public int layerSize(int c) {
    return sizes[c];
  }

  /** Number of weight layers (hidden layers + 1). */
  public int numLayers() {
    return sizes.length - 1;
  }

  /** Whether {@code other} has the same layer sizes (and so the same layout). */
  public boolean sameShape(NetworkPicture other) {
    return other != null && Arrays.equals(sizes, other.sizes);
  }

  /** The activation name of hidden layer h (0-based). */
  public String activation(int h) {
    return activations.get(h);
  }

  public String output() {
    return output;
  }

  public OutputUnits outputUnits() {
    return outputUnits;
  }

  /** W_l[j][i]: the weight from unit i of column l into unit j of column l + 1. */
  public double w(int l, int j, int i) {
    return w[l][j * sizes[l] + i];
  }

  public double b(int l, int j) {
    return b[l][j];
  }

  /** The largest |w| of all layers (at least 1e-12). */
  public double maxAbsW() {
    return maxAbsW;
  }

  /** The largest |b| of all layers (at least 1e-12). */
  public double maxAbsB() {
    return maxAbsB;
  }
}
