package lab.backprop.ui.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the network diagram's layer titles go, so that they never run into each other or past the
 * diagram's edges: each column's title ("hidden 1" over "256 · relu") centred over its column,
 * moved sideways just enough to keep a {@link #gap} between neighbours. When the columns are too
 * close for that, the type shrinks (down to a readable least size), then the unit count and the
 * activation go on lines of their own, then the titles are shortened ("h1" over "256"), and only as
 * a last resort the lines are narrowed to share the width. Pure geometry: text widths come from a
 * {@link Measure}, so it is testable without a toolkit.
 */
public final class DiagramTitles {
  /** The width of a line of text at a type size, bold (the title) or plain (the lines under it). */
  @FunctionalInterface
  public interface Measure {
    double width(String text, double size, boolean bold);
  }

  /** Least room between two neighbouring titles, in ems of their type (and 8 px at least). */
  public static final double GAP_EMS = 0.75;

  /** The least room between two neighbouring titles at type {@code size}. */
  public static double gap(double size) {
    return Math.max(8, GAP_EMS * size);
  }

  /** Room kept between the titles and the diagram's left and right edges, in pixels. */
  public static final double MARGIN = 4;

  /** Room above the first line and between lines, in pixels. */
  static final double LEADING = 2;

  /**
   * One column's title: its lines (the first bold), the centre they are drawn at, and the width
   * they take (a line wider than that is narrowed to it).
   */
  public record Title(List<String> lines, double centre, double width) {
    public double left() {
      return centre - width / 2;
    }

    public double right() {
      return centre + width / 2;
    }
  }

  /** The titles and their common type size. */
  public record Plan(List<Title> titles, double size) {
    /** Lines of the tallest title. */
    public int lines() {
      return titles.stream().mapToInt(t -> t.lines().size()).max().orElse(0);
    }

    /** The room the titles need above the columns. */
    public double height() {
      return LEADING + lines() * (size + LEADING) + 6;
    }

    /** The y of line k's top. */
    public double lineTop(int k) {
      return LEADING + k * (size + LEADING);
    }
  }

  /** A column's words: its title, short title, unit count and what it computes (may be empty). */
  public record Column(String title, String shortTitle, String count, String what) {
    List<String> form(int kind) {
      return switch (kind) {
        case 0 -> List.of(title, what.isEmpty() ? count : count + " · " + what);
        case 1 -> what.isEmpty() ? List.of(title, count) : List.of(title, count, what);
        default -> List.of(shortTitle, count);
      };
    }
  }

  private DiagramTitles() {}

  /**
   * The titles of {@code columns} centred at {@code x} in a diagram {@code width} wide (keeping
   * {@link #MARGIN} from its edges), at most {@code maxSize} and at least {@code minSize} px.
   */
  public static Plan plan(
      List<Column> columns, double[] x, double width, double maxSize, double minSize, Measure m) {
    double[] inner = new double[x.length];
    for (int c = 0; c < x.length; c++) {
      inner[c] = x[c] - MARGIN;
    }
    Plan p = planInside(columns, inner, Math.max(0, width - 2 * MARGIN), maxSize, minSize, m);
    List<Title> moved = new ArrayList<>();
    for (Title t : p.titles()) {
      moved.add(new Title(t.lines(), t.centre() + MARGIN, t.width()));
    }
    return new Plan(moved, p.size());
  }

  private static Plan planInside(
      List<Column> columns, double[] x, double width, double maxSize, double minSize, Measure m) {
    double least = Math.min(minSize, maxSize);
    // the whole words at a somewhat smaller size first, then on three lines, then smaller still
    double[][] tries = {
      {0, Math.max(least, 0.75 * maxSize)},
      {1, Math.max(least, 0.75 * maxSize)},
      {0, least},
      {1, least},
      {2, least}
    };
    for (double[] t : tries) {
      int kind = (int) t[0];
      for (double size = maxSize; size >= t[1] - 1e-9; size = next(size, t[1])) {
        double[] w = widths(columns, kind, size, m);
        if (sum(w) + gap(size) * (w.length - 1) <= width) {
          return new Plan(place(columns, kind, w, x, width, gap(size)), size);
        }
        if (size == t[1]) {
          break;
        }
      }
    }
    // shortened at the least size and still too wide: each title narrowed in proportion
    double[] w = widths(columns, 2, least, m);
    double k = Math.max(0, width - gap(least) * (w.length - 1)) / sum(w);
    for (int c = 0; c < w.length; c++) {
      w[c] *= Math.min(1, k);
    }
    return new Plan(place(columns, 2, w, x, width, gap(least)), least);
  }

  private static double next(double size, double floor) {
    return Math.max(floor, Math.min(size - 0.5, size * 0.94));
  }

  private static double[] widths(List<Column> columns, int kind, double size, Measure m) {
    double[] w = new double[columns.size()];
    for (int c = 0; c < w.length; c++) {
      List<String> lines = columns.get(c).form(kind);
      for (int k = 0; k < lines.size(); k++) {
        w[c] = Math.max(w[c], m.width(lines.get(k), size, k == 0));
      }
    }
    return w;
  }

  private static double sum(double[] w) {
    double s = 0;
    for (double v : w) {
      s += v;
    }
    return s;
  }

  /**
   * Centres as near their columns as the edges and the neighbours allow: pushed right from the left
   * edge, then back left from the right edge.
   */
  private static List<Title> place(
      List<Column> columns, int kind, double[] w, double[] x, double width, double gap) {
    int n = w.length;
    double[] centre = new double[n];
    for (int c = 0; c < n; c++) {
      double least = c == 0 ? w[c] / 2 : centre[c - 1] + w[c - 1] / 2 + gap + w[c] / 2;
      centre[c] = Math.max(x[c], Math.max(w[c] / 2, least));
    }
    for (int c = n - 1; c >= 0; c--) {
      double most = c == n - 1 ? width - w[c] / 2 : centre[c + 1] - w[c + 1] / 2 - gap - w[c] / 2;
      centre[c] = Math.min(centre[c], most);
    }
    List<Title> out = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      out.add(new Title(columns.get(c).form(kind), centre[c], w[c]));
    }
    return out;
  }
}
