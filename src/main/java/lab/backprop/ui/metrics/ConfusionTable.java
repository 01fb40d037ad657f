package lab.backprop.ui.metrics;

import java.util.List;

/**
 * What the confusion view draws: counts[true][predicted], per-class precision and recall (NaN where
 * undefined), each class's display name, and a title saying which rows and when. Never written
 * after construction.
 */
public record ConfusionTable(
    int[][] counts,
    double[] precision,
    double[] recall,
    double accuracy,
    int total,
    String title,
    List<String> classNames) {

  public int classes() {
    return counts.length;
  }
}
