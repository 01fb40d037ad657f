package lab.backprop.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import lab.backprop.data.ClassNames;
import lab.backprop.nn.FrozenNetwork;
import lab.backprop.nn.OutputKind;

/** Turns the engine's network into the diagram's {@link NetworkPicture} (copying W and b once). */
public final class NetworkPictures {
  private NetworkPictures() {}

  /** The picture with numbered classes ("class 1", …). */
  public static NetworkPicture of(FrozenNetwork net) {
    return of(net, null);
  }

  /**
   * The picture of {@code net} trained on data whose classes are called {@code names} (null, or
   * names of another number of classes: numbered).
   */
  public static NetworkPicture of(FrozenNetwork net, ClassNames names) {
    int layers = net.numLayers();
    double[][] w = new double[layers][];
    double[][] b = new double[layers][];
    for (int l = 0; l < layers; l++) {
      w[l] = net.weightsCopy(l);
      b[l] = net.biasesCopy(l);
    }
    List<String> activations = new ArrayList<>();
    for (int h = 0; h + 1 < layers; h++) {
      activations.add(net.activation(h).jsonName());
    }
    int classes =
        switch (net.output()) {
          case SOFTMAX_CE -> net.outputSize();
          case SIGMOID_BCE -> 2;
          case MSE -> 0;
        };
    return new NetworkPicture(
        net.layerSizes(),
        activations,
        net.output().jsonName(),
        outputUnits(net.output()),
        w,
        b,
        names != null && names.size() == classes ? names : ClassNames.numbered(classes));
  }

  private static NetworkPicture.OutputUnits outputUnits(OutputKind output) {
    return switch (output) {
      case SOFTMAX_CE -> NetworkPicture.OutputUnits.CLASS_PER_UNIT;
      case SIGMOID_BCE -> NetworkPicture.OutputUnits.POSITIVE_CLASS;
      case MSE -> NetworkPicture.OutputUnits.VALUE;
    };
  }
}
