package lab.backprop.train;

/**
 * Why the curves of a {@link History} break at a row: the run went on from other weights or other
 * data, so no line may join the points before and after.
 */
public enum CurveBreak {
  /** Training diverged and earlier weights came back. */
  DIVERGED("diverged"),
  /** The data set changed: the points after it are measured on other data. */
  NEW_DATA("new data");

  private final String label;

  CurveBreak(String label) {
    this.label = label;
  }

  /** The label of the break's marker in the charts. */
  public String label() {
    return label;
  }
}
