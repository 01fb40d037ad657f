package lab.backprop.ui.stepthrough;

import java.util.ArrayList;
import java.util.List;
import lab.backprop.nn.Activation;
import lab.backprop.nn.FrozenNetwork;
import lab.backprop.nn.OptimizerSettings;
import lab.backprop.nn.OutputKind;
import lab.backprop.ui.stepthrough.Phase.Direction;
import lab.backprop.ui.stepthrough.Phase.Kind;

/**
 * The timeline of one training step for a network with L weight layers: input; z_k then a_k for k =
 * 1…L−1; z_L; output and loss; δ_L; δ_k for k = L−1 down to 1; the gradients of layer L down to 1;
 * the update; the decision boundary before and after — 4L + 3 phases.
 */
final class Phases {
  private Phases() {}

  static List<Phase> of(FrozenNetwork net, int batchSize, OptimizerSettings optimizer) {
    int layers = net.numLayers();
    List<Phase> phases = new ArrayList<>();
    phases.add(
        new Phase(
            Kind.INPUT,
            0,
            "Input",
            "\\mathbf{a}_0 = \\mathbf{x}",
            List.of(0),
            List.of(),
            Direction.NONE));
    for (int k = 1; k <= layers; k++) {
      phases.add(preActivation(k));
      if (k < layers) {
        phases.add(activation(k, net.activation(k - 1)));
      }
    }
    phases.add(outputAndLoss(layers, net.output(), net.l2Lambda() > 0));
    phases.add(outputDelta(layers, net.output()));
    for (int k = layers - 1; k >= 1; k--) {
      phases.add(hiddenDelta(k, net.activation(k - 1)));
    }
    for (int k = layers; k >= 1; k--) {
      phases.add(gradients(k, batchSize, net.l2Lambda() > 0));
    }
    phases.add(update(layers, optimizer));
    phases.add(
        new Phase(
            Kind.BOUNDARY_BEFORE_AFTER,
            -1,
            "Decision boundary before → after the step",
            "L_{\\mathrm{before}} \\;\\rightarrow\\; L_{\\mathrm{after}}",
            List.of(),
            List.of(),
            Direction.NONE));
    return List.copyOf(phases);
  }

  private static Phase preActivation(int k) {
    String input = k == 1 ? "\\mathbf{x}" : "\\mathbf{a}_{" + (k - 1) + "}";
    return new Phase(
        Kind.PRE_ACTIVATION,
        k,
        "Layer " + k + " · weighted sum",
        "\\mathbf{z}_{" + k + "} = \\mathbf{W}_{" + k + "}" + input + " + \\mathbf{b}_{" + k + "}",
        List.of(k - 1, k),
        List.of(k),
        Direction.FORWARD);
  }

  private static Phase activation(int k, Activation f) {
    return new Phase(
        Kind.ACTIVATION,
        k,
        "Layer " + k + " · activation (" + f.jsonName() + ")",
        "\\mathbf{a}_{" + k + "} = " + Notation.fLatex(f) + "(\\mathbf{z}_{" + k + "})",
        List.of(k),
        List.of(),
        Direction.FORWARD);
  }

  private static Phase outputAndLoss(int k, OutputKind output, boolean l2) {
    String z = "\\mathbf{z}_{" + k + "}";
    String equation =
        switch (output) {
          case SOFTMAX_CE ->
              "\\hat{\\mathbf{y}} = \\mathrm{softmax}("
                  + z
                  + "),\\quad L = -\\frac{1}{N}\\sum_{n} \\log \\hat{y}_{n,y_n},"
                  + "\\quad y_n \\in \\{1, \\dots, K\\}";
          case SIGMOID_BCE ->
              "\\hat{y} = \\sigma(z_{"
                  + k
                  + "}),\\quad L = -\\frac{1}{N}\\sum_{n}"
                  + " \\left[t_n \\log \\hat{y}_n + (1 - t_n)\\log(1 - \\hat{y}_n)\\right],"
                  + "\\quad t_n = [y_n = 2]";
          case MSE ->
              "\\hat{y} = z_{" + k + "},\\quad L = \\frac{1}{N}\\sum_{n} (\\hat{y}_n - t_n)^2";
        };
    if (l2) {
      equation += " + \\frac{\\lambda}{2}\\sum_{l} \\|\\mathbf{W}_l\\|^2";
    }
    return new Phase(
        Kind.OUTPUT_AND_LOSS,
        k,
        "Output and loss (" + output.jsonName() + ")",
        equation,
        List.of(k),
        List.of(),
        Direction.FORWARD);
  }

  private static Phase outputDelta(int k, OutputKind output) {
    String d = "\\delta_{" + k + "} = \\frac{\\partial L}{\\partial \\mathbf{z}_{" + k + "}} = ";
    String equation =
        switch (output) {
          case SOFTMAX_CE -> d + "\\frac{1}{N}(\\hat{\\mathbf{y}} - \\mathbf{e}_{y})";
          case SIGMOID_BCE -> d + "\\frac{1}{N}(\\hat{y} - t)";
          case MSE -> d + "\\frac{2}{N}(\\hat{y} - t)";
        };
    return new Phase(
        Kind.OUTPUT_DELTA,
        k,
        "Output delta (backward pass starts)",
        equation,
        List.of(k),
        List.of(),
        Direction.BACKWARD);
  }

  private static Phase hiddenDelta(int k, Activation f) {
    return new Phase(
        Kind.HIDDEN_DELTA,
        k,
        "Layer " + k + " · delta",
        "\\delta_{"
            + k
            + "} = "
            + Notation.dfLatex(f)
            + "(\\mathbf{z}_{"
            + k
            + "}) \\odot \\mathbf{W}_{"
            + (k + 1)
            + "}^{\\mathsf{T}} \\delta_{"
            + (k + 1)
            + "}",
        List.of(k, k + 1),
        List.of(k + 1),
        Direction.BACKWARD);
  }

  private static Phase gradients(int k, int batchSize, boolean l2) {
    String input = k == 1 ? "\\mathbf{x}" : "\\mathbf{a}_{" + (k - 1) + "}";
    String sum = batchSize > 1 ? "\\sum_{n} " : "";
    String dW =
        "\\frac{\\partial L}{\\partial \\mathbf{W}_{"
            + k
            + "}} = "
            + sum
            + "\\delta_{"
            + k
            + "} "
            + input
            + "^{\\mathsf{T}}"
            + (l2 ? " + \\lambda \\mathbf{W}_{" + k + "}" : "");
    String db =
        "\\frac{\\partial L}{\\partial \\mathbf{b}_{" + k + "}} = " + sum + "\\delta_{" + k + "}";
    return new Phase(
        Kind.GRADIENTS,
        k,
        "Layer " + k + " · gradients",
        dW + ",\\quad " + db,
        List.of(k - 1, k),
        List.of(k),
        Direction.BACKWARD);
  }

  private static Phase update(int layers, OptimizerSettings optimizer) {
    String g = "\\mathbf{g}";
    String equation =
        switch (optimizer.kind()) {
          case SGD ->
              "\\mathbf{W} \\leftarrow \\mathbf{W} - \\eta\\,"
                  + "\\frac{\\partial L}{\\partial \\mathbf{W}}";
          case MOMENTUM ->
              "\\mathbf{v} \\leftarrow \\mu \\mathbf{v} + "
                  + g
                  + ",\\quad \\mathbf{W} \\leftarrow \\mathbf{W} - \\eta \\mathbf{v}";
          case NESTEROV ->
              "\\mathbf{v} \\leftarrow \\mu \\mathbf{v} + "
                  + g
                  + ",\\quad \\mathbf{W} \\leftarrow \\mathbf{W} - \\eta ("
                  + g
                  + " + \\mu \\mathbf{v})";
          case ADAM ->
              "\\mathbf{m} \\leftarrow \\beta_1 \\mathbf{m} + (1 - \\beta_1)"
                  + g
                  + ",\\; \\mathbf{s} \\leftarrow \\beta_2 \\mathbf{s} + (1 - \\beta_2)"
                  + g
                  + "^2,\\; \\mathbf{W} \\leftarrow \\mathbf{W} - \\eta"
                  + " \\frac{\\hat{\\mathbf{m}}}{\\sqrt{\\hat{\\mathbf{s}}} + \\epsilon}";
        };
    List<Integer> all = new ArrayList<>();
    for (int k = 1; k <= layers; k++) {
      all.add(k);
    }
    return new Phase(
        Kind.UPDATE,
        -1,
        "Update (" + optimizer.name() + ", η = " + NumberFormatting.display(optimizer.lr()) + ")",
        equation,
        List.of(),
        all,
        Direction.NONE);
  }
}
