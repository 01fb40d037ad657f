package lab.backprop.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the window calls each class of a data set, the one place labels get their display names:
 * label c (0-based, as in the engine and the files) is {@link #name(int) name(c)}. Generated data
 * and CSV files (whose labels are the integers 0 … k−1) have {@link #numbered numbered} names,
 * "class 1", "class 2", … counting from 1 like the output units ŷ₁, ŷ₂; the digit sets are named by
 * their digit ("0" … "9") and iris by its species, as scikit-learn's {@code target_names}.
 */
public final class ClassNames {
  /** scikit-learn's {@code load_iris().target_names}, for labels 0, 1, 2. */
  public static final ClassNames IRIS =
      new ClassNames(List.of("setosa", "versicolor", "virginica"), false);

  private final List<String> names;
  private final boolean numbered;

  private ClassNames(List<String> names, boolean numbered) {
    this.names = List.copyOf(names);
    this.numbered = numbered;
  }

  /** "class 1" … "class k" for labels 0 … k−1. */
  public static ClassNames numbered(int classes) {
    List<String> names = new ArrayList<>(classes);
    for (int c = 0; c < classes; c++) {
      names.add("class " + (c + 1));
    }
    return new ClassNames(names, true);
  }

  /** Each label named by its own value, "0" … "k−1" (the digits of digits, MNIST, idx files). */
  public static ClassNames labelValues(int classes) {
    List<String> names = new ArrayList<>(classes);
    for (int c = 0; c < classes; c++) {
      names.add(Integer.toString(c));
    }
    return new ClassNames(names, false);
  }

  /**
   * Names given in label order (as a session file holds them).
   *
   * @throws IllegalArgumentException for a blank or repeated name
   */
  public static ClassNames of(List<String> names) {
    for (int c = 0; c < names.size(); c++) {
      String name = Objects.requireNonNull(names.get(c), "names");
      if (name.isBlank()) {
        throw new IllegalArgumentException("class name " + c + " is blank");
      }
      if (names.subList(0, c).contains(name)) {
        throw new IllegalArgumentException("class name \"" + name + "\" is given twice");
      }
    }
    return names.equals(numbered(names.size()).names)
        ? numbered(names.size())
        : new ClassNames(names, false);
  }

  /**
   * The display name of label {@code label}.
   *
   * @throws IndexOutOfBoundsException for a label outside 0 … size−1
   */
  public String name(int label) {
    return names.get(label);
  }

  public int size() {
    return names.size();
  }

  /** The names in label order. */
  public List<String> names() {
    return names;
  }

  /**
   * Whether the names are "class 1", "class 2", …: then a class's number is its name, and ŷ_j or y
   * = j needs no name beside it.
   */
  public boolean numbered() {
    return numbered;
  }

  /**
   * What goes beside a class's number j (ŷ_j, y = j): "" for numbered names, else " (name)", e.g.
   * ŷ₂ (versicolor), ŷ₁ (0).
   */
  public String beside(int label) {
    return numbered ? "" : " (" + name(label) + ")";
  }

  /** The class in a sentence: "class 2", or the name quoted, "class “versicolor”", "class “0”". */
  public String inSentence(int label) {
    return numbered ? name(label) : "class “" + name(label) + "”";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ClassNames that && names.equals(that.names);
  }

  @Override
  public int hashCode() {
    return names.hashCode();
  }

  @Override
  public String toString() {
    return names.toString();
  }
}
