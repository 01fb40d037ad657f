package lab.backprop.ui.sweep;

import java.util.List;
import lab.backprop.train.SweepSummary;
import lab.backprop.ui.common.Picture;

/**
 * What the sweep map shows, immutable: the columns (the first axis' values), the rows (the second
 * axis' values, or one row), and each cell's summary over its seeds and decision-boundary thumbnail
 * as far as they are finished.
 *
 * @param cells row-major, {@code rows × columns}
 */
public record SweepMap(
    String columnAxis,
    List<String> columns,
    String rowAxis,
    List<String> rows,
    SweepSummary.Measure measure,
    Cell[] cells) {

  /**
   * One cell.
   *
   * @param summary the measure over the seeds finished so far; null before the first
   * @param thumbnail the first seed's decision boundary; null until painted (or when it diverged)
   * @param tooltip the cell's values, the mean, its spread and each seed's value
   */
  public record Cell(
      int index, String label, SweepSummary summary, Picture thumbnail, String tooltip) {
    public boolean finished() {
      return summary != null && summary.runs() > 0;
    }
  }

  public static final SweepMap EMPTY =
      new SweepMap("", List.of(), "", List.of(), SweepSummary.Measure.TEST_LOSS, new Cell[0]);

  public Cell cell(int row, int column) {
    return cells[row * columns.size() + column];
  }
}
