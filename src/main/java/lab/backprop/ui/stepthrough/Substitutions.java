package lab.backprop.ui.stepthrough;

import static lab.backprop.ui.stepthrough.NumberFormatting.display;
import static lab.backprop.ui.stepthrough.NumberFormatting.latex;
import static lab.backprop.ui.stepthrough.NumberFormatting.latexTerm;

import java.util.ArrayList;
import java.util.List;
import lab.backprop.nn.Activation;
import lab.backprop.nn.OptimizerKind;
import lab.backprop.nn.OutputKind;

/**
 * Writes a phase's equation with one unit's or edge's numbers in. Every number is read from the
 * recording (the engine's trace and networks); the right-hand side is the engine's value, never a
 * recomputation. Sums of more than {@link #MAX_TERMS} terms keep the first three and the last two.
 */
final class Substitutions {
  static final int MAX_TERMS = 6;

  private final StepRecording rec;
  private final int n;

  Substitutions(StepRecording rec, int example) {
    this.rec = rec;
    this.n = example;
  }

  /** LaTeX and plain text built side by side. */
  private static final class Both {
    final StringBuilder latex = new StringBuilder();
    final StringBuilder text = new StringBuilder();

    Both add(String latexPart, String textPart) {
      latex.append(latexPart);
      text.append(textPart);
      return this;
    }

    Both add(Both other) {
      return add(other.latex.toString(), other.text.toString());
    }

    Both num(double x) {
      return add(latex(x), display(x));
    }

    Both term(double x) {
      return add(latexTerm(x), NumberFormatting.term(x));
    }

    Both equals(double x) {
      return add(" = ", " = ").num(x);
    }

    Substitution done() {
      return new Substitution(latex.toString(), text.toString());
    }
  }

  private static Both of(String latexPart, String textPart) {
    return new Both().add(latexPart, textPart);
  }

  private static Both product(double a, double b) {
    return new Both().term(a).add(" \\cdot ", "·").term(b);
  }

  /** Terms joined by " + ", the middle ones elided when there are more than {@link #MAX_TERMS}. */
  private static Both sum(List<Both> terms) {
    Both out = new Both();
    List<Both> shown = new ArrayList<>(terms);
    if (terms.size() > MAX_TERMS) {
      shown = new ArrayList<>(terms.subList(0, 3));
      shown.add(of("\\cdots", "⋯"));
      shown.addAll(terms.subList(terms.size() - 2, terms.size()));
    }
    for (int t = 0; t < shown.size(); t++) {
      if (t > 0) {
        out.add(" + ", " + ");
      }
      out.add(shown.get(t));
    }
    return out;
  }

  Substitution of(Phase phase, Selection sel) {
    int k = sel.layer();
    int j = sel.unit();
    return switch (phase.kind()) {
      case INPUT -> input();
      case PRE_ACTIVATION -> preActivation(k, j);
      case ACTIVATION -> activation(k, j);
      case OUTPUT_AND_LOSS -> outputAndLoss(k, j);
      case OUTPUT_DELTA -> outputDelta(k, j);
      case HIDDEN_DELTA -> hiddenDelta(k, j);
      case GRADIENTS -> sel instanceof Selection.Edge e ? weightGradient(e) : biasGradient(k, j);
      case UPDATE -> update(sel);
      case BOUNDARY_BEFORE_AFTER -> boundary();
    };
  }

  private Substitution input() {
    List<Both> xs = new ArrayList<>();
    for (int i = 0; i < rec.units(0); i++) {
      xs.add(new Both().num(rec.x(n, i)));
    }
    Both out = of("\\mathbf{x} = \\left(", "x = (");
    List<Both> shown = xs.size() > MAX_TERMS ? elide(xs) : xs;
    for (int t = 0; t < shown.size(); t++) {
      out.add(t > 0 ? ",\\ " : "", t > 0 ? ", " : "").add(shown.get(t));
    }
    out.add("\\right)", ")");
    if (rec.output() == OutputKind.MSE) {
      out.add(",\\quad t = ", ", t = ").num(rec.target(n));
    } else {
      int y = Notation.classNumber(rec.label(n));
      String beside = rec.classNames().beside(rec.label(n));
      out.add(
          ",\\quad y = " + y + (beside.isEmpty() ? "" : "\\ \\text{" + latexText(beside) + "}"),
          ", y = " + y + beside);
      if (rec.output() == OutputKind.SIGMOID_BCE) {
        int t = rec.label(n);
        out.add("\\ (t = " + t + ")", " (t = " + t + ")");
      }
    }
    return out.done();
  }

  /** Text for LaTeX's \\text{}: its special characters escaped. */
  static String latexText(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.trim().toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\textbackslash{}");
        case '{', '}', '_', '^', '#', '$', '%', '&', '~' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static List<Both> elide(List<Both> items) {
    List<Both> shown = new ArrayList<>(items.subList(0, 3));
    shown.add(of("\\cdots", "⋯"));
    shown.addAll(items.subList(items.size() - 2, items.size()));
    return shown;
  }

  private Substitution preActivation(int k, int j) {
    List<Both> terms = new ArrayList<>();
    for (int i = 0; i < rec.units(k - 1); i++) {
      terms.add(product(rec.w(k, j, i), rec.a(k - 1, n, i)));
    }
    return of(Notation.unitLatex("z", k, j), Notation.unitText("z", k, j))
        .add(" = ", " = ")
        .add(sum(terms))
        .add(" + ", " + ")
        .term(rec.b(k, j))
        .equals(rec.z(k, n, j))
        .done();
  }

  private Substitution activation(int k, int j) {
    Activation f = rec.activation(k);
    return of(Notation.unitLatex("a", k, j), Notation.unitText("a", k, j))
        .add(" = " + Notation.fLatex(f) + "(", " = " + Notation.fText(f) + "(")
        .num(rec.z(k, n, j))
        .add(")", ")")
        .equals(rec.a(k, n, j))
        .done();
  }

  private Both yHat(int j) {
    String s = rec.units(rec.numLayers()) > 1 ? String.valueOf(j + 1) : "";
    return of(s.isEmpty() ? "\\hat{y}" : "\\hat{y}_{" + s + "}", "ŷ" + Notation.sub(s));
  }

  private Substitution outputAndLoss(int k, int j) {
    Both out = yHat(j).add(" = ", " = ");
    switch (rec.output()) {
      case SOFTMAX_CE -> {
        List<Both> exps = new ArrayList<>();
        for (int c = 0; c < rec.units(k); c++) {
          exps.add(exp(rec.z(k, n, c)));
        }
        Both numerator = exp(rec.z(k, n, j));
        Both denominator = sum(exps);
        out.add("\\frac{" + numerator.latex + "}{" + denominator.latex + "}", "");
        out.add("", numerator.text + " / (" + denominator.text + ")");
      }
      case SIGMOID_BCE -> out.add("\\sigma(", "σ(").num(rec.z(k, n, j)).add(")", ")");
      case MSE -> out.add(Notation.unitLatex("z", k, j), Notation.unitText("z", k, j));
    }
    out.equals(rec.a(k, n, j)).add(",\\quad ", "; ").add(loss(k));
    return out.done();
  }

  private static Both exp(double z) {
    return of("e^{" + latex(z) + "}", "exp(" + display(z) + ")");
  }

  /** L = (1/N)[term_1 + … + term_N] (+ the L2 term) = the engine's loss. */
  private Both loss(int k) {
    List<Both> terms = new ArrayList<>();
    for (int row = 0; row < rec.batchSize(); row++) {
      terms.add(lossTerm(k, row));
    }
    Both out = of("L = ", "L = ");
    if (rec.batchSize() == 1) {
      if (rec.output() == OutputKind.SOFTMAX_CE) {
        out.add("-\\log ", "−log ").add(yHat(rec.label(0))).add(" = ", " = ");
      }
      out.add(terms.get(0));
    } else {
      int size = rec.batchSize();
      out.add("\\frac{1}{" + size + "}\\left[", "(1/" + size + ")·[")
          .add(sum(terms))
          .add("\\right]", "]");
    }
    if (rec.l2Lambda() > 0) {
      out.add(" + ", " + ").num(rec.l2Term());
    }
    return out.equals(rec.loss());
  }

  private Both lossTerm(int k, int row) {
    return switch (rec.output()) {
      case SOFTMAX_CE -> of("-\\log ", "−log ").term(rec.a(k, row, rec.label(row)));
      case SIGMOID_BCE ->
          rec.label(row) == 1
              ? of("-\\log ", "−log ").term(rec.a(k, row, 0))
              : of("-\\log(1 - ", "−log(1 − ").num(rec.a(k, row, 0)).add(")", ")");
      case MSE ->
          of("(", "(")
              .num(rec.a(k, row, 0))
              .add(" - ", " − ")
              .term(rec.target(row))
              .add(")^2", ")²");
    };
  }

  private Substitution outputDelta(int k, int j) {
    Both out = of(Notation.unitLatex("\\delta", k, j), Notation.unitText("δ", k, j));
    out.add(" = ", " = ");
    Both difference = new Both().num(rec.a(k, n, j)).add(" - ", " − ");
    switch (rec.output()) {
      case SOFTMAX_CE -> difference.num(rec.label(n) == j ? 1 : 0);
      case SIGMOID_BCE -> difference.num(rec.label(n));
      case MSE -> difference.term(rec.target(n));
    }
    String factor = rec.output() == OutputKind.MSE ? "2" : "";
    int size = rec.batchSize();
    if (size == 1) {
      out.add(factor.isEmpty() ? "" : "2 \\cdot ", factor.isEmpty() ? "" : "2·");
      out.add("(", "(").add(difference).add(")", ")");
    } else {
      String num = factor.isEmpty() ? "1" : "2";
      out.add("\\frac{" + num + "}{" + size + "}", "(" + num + "/" + size + ")·")
          .add("(", "(")
          .add(difference)
          .add(")", ")");
    }
    return out.equals(rec.delta(k, n, j)).done();
  }

  private Substitution hiddenDelta(int k, int j) {
    Activation f = rec.activation(k);
    List<Both> terms = new ArrayList<>();
    for (int m = 0; m < rec.units(k + 1); m++) {
      terms.add(product(rec.w(k + 1, m, j), rec.delta(k + 1, n, m)));
    }
    double z = rec.z(k, n, j);
    Both derivative = of(Notation.dfLatex(f) + "(", Notation.dfText(f) + "(").num(z).add(")", ")");
    return of(Notation.unitLatex("\\delta", k, j), Notation.unitText("δ", k, j))
        .add(" = ", " = ")
        .add(derivative)
        .add(" \\cdot \\left[", "·[")
        .add(sum(terms))
        .add("\\right]", "]")
        .equals(rec.delta(k, n, j))
        .add(",\\quad ", ", ")
        .add(derivative)
        // f'(z) is the engine's own derivative, the one its backward pass multiplies by.
        .equals(f.df(z))
        .done();
  }

  private Substitution weightGradient(Selection.Edge e) {
    int k = e.layer();
    String w = Notation.weightLatex(k, e.to(), e.from());
    Both out =
        of(
            "\\frac{\\partial L}{\\partial " + w + "} = ",
            "∂L/∂" + Notation.weightText(k, e.to(), e.from()) + " = ");
    List<Both> terms = new ArrayList<>();
    for (int row = 0; row < rec.batchSize(); row++) {
      terms.add(product(rec.delta(k, row, e.to()), rec.a(k - 1, row, e.from())));
    }
    out.add(sum(terms));
    if (rec.l2Lambda() > 0) {
      out.add(" + ", " + ").add(product(rec.l2Lambda(), rec.w(k, e.to(), e.from())));
    }
    return out.equals(rec.dW(k, e.to(), e.from())).done();
  }

  private Substitution biasGradient(int k, int j) {
    List<Both> terms = new ArrayList<>();
    for (int row = 0; row < rec.batchSize(); row++) {
      terms.add(new Both().term(rec.delta(k, row, j)));
    }
    String b = Notation.unitLatex("b", k, j);
    return of(
            "\\frac{\\partial L}{\\partial " + b + "} = ",
            "∂L/∂" + Notation.unitText("b", k, j) + " = ")
        .add(sum(terms))
        .equals(rec.db(k, j))
        .done();
  }

  private Substitution update(Selection sel) {
    int k = sel.layer();
    double old;
    double gradient;
    double updated;
    Both name;
    if (sel instanceof Selection.Edge e) {
      old = rec.w(k, e.to(), e.from());
      gradient = rec.dW(k, e.to(), e.from());
      updated = rec.newW(k, e.to(), e.from());
      name =
          of(Notation.weightLatex(k, e.to(), e.from()), Notation.weightText(k, e.to(), e.from()));
    } else {
      old = rec.b(k, sel.unit());
      gradient = rec.db(k, sel.unit());
      updated = rec.newB(k, sel.unit());
      name = of(Notation.unitLatex("b", k, sel.unit()), Notation.unitText("b", k, sel.unit()));
    }
    double lr = rec.optimizer().lr();
    if (rec.optimizer().kind() == OptimizerKind.SGD) {
      return new Both()
          .add(name)
          .add(" \\leftarrow ", " ← ")
          .num(old)
          .add(" - ", " − ")
          .add(product(lr, gradient))
          .equals(updated)
          .done();
    }
    return new Both()
        .add(name)
        .add(": ", ": ")
        .num(old)
        .add(" \\rightarrow ", " → ")
        .num(updated)
        .add(
            "\\quad\\text{(" + rec.optimizer().name() + ", }", " (" + rec.optimizer().name() + ", ")
        .add("\\eta = ", "η = ")
        .num(lr)
        .add(",\\ g = ", ", g = ")
        .num(gradient)
        .add("\\text{)}", ")")
        .done();
  }

  private Substitution boundary() {
    return of("L: ", "L: ")
        .num(rec.loss())
        .add(" \\rightarrow ", " → ")
        .num(rec.lossAfter())
        .add("\\quad\\text{(same examples)}", " (same examples)")
        .done();
  }
}
