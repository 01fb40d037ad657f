package lab.backprop.ui.sweep;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A grid of square cells with the column values below it and the row values to its left, and the
 * axis names: the layout both the heat map and the small multiples use, so their cells line up. The
 * cells are as large as the space allows.
 */
final class MapGrid extends Region {
  private static final double GAP = 6;
  private static final double TITLE = 34;
  private static final double ROW_LABELS = 110;
  private static final double COLUMN_LABELS = 56;

  private final Label title = label("map-title");
  private final Label rowAxis = label("map-axis");
  private final Label columnAxis = label("map-axis");
  private final List<Label> rowLabels = new ArrayList<>();
  private final List<Label> columnLabels = new ArrayList<>();
  private final List<Node> cells = new ArrayList<>();
  private int rows;
  private int columns;

  MapGrid() {
    getStyleClass().add("sweep-grid");
    getChildren().addAll(title, rowAxis, columnAxis);
  }

  private static Label label(String style) {
    Label l = new Label();
    l.getStyleClass().add(style);
    return l;
  }

  void setTitle(String text) {
    title.setText(text);
  }

  /** Lays out {@code cells} (row-major) under these labels. */
  void setCells(
      String rowName,
      List<String> rowValues,
      String columnName,
      List<String> columnValues,
      List<? extends Node> newCells) {
    getChildren().removeAll(rowLabels);
    getChildren().removeAll(columnLabels);
    getChildren().removeAll(cells);
    rowLabels.clear();
    columnLabels.clear();
    cells.clear();
    rows = rowValues.size();
    columns = columnValues.size();
    rowAxis.setText(rowName.isEmpty() ? "" : rowName + " ↓");
    columnAxis.setText(columnName + " →");
    for (String v : rowValues) {
      Label l = label("map-value");
      l.setText(v);
      l.setAlignment(Pos.CENTER_RIGHT);
      rowLabels.add(l);
    }
    for (String v : columnValues) {
      Label l = label("map-value");
      l.setText(v);
      l.setAlignment(Pos.CENTER);
      columnLabels.add(l);
    }
    cells.addAll(newCells);
    getChildren().addAll(rowLabels);
    getChildren().addAll(columnLabels);
    getChildren().addAll(cells);
    requestLayout();
  }

  /** Side of a cell at the current size. */
  double cellSide() {
    if (rows == 0 || columns == 0) {
      return 0;
    }
    double w = (getWidth() - ROW_LABELS - GAP * (columns - 1)) / columns;
    double h = (getHeight() - TITLE - COLUMN_LABELS - GAP * (rows - 1)) / rows;
    return Math.max(8, Math.floor(Math.min(w, h)));
  }

  @Override
  protected void layoutChildren() {
    double side = cellSide();
    double gridW = columns * side + Math.max(0, columns - 1) * GAP;
    double x0 = ROW_LABELS + Math.max(0, (getWidth() - ROW_LABELS - gridW) / 2);
    title.resizeRelocate(x0, 0, Math.max(gridW, 10), TITLE);
    rowAxis.resizeRelocate(0, 0, ROW_LABELS - 8 + Math.max(0, x0 - ROW_LABELS), TITLE);
    rowAxis.setAlignment(Pos.CENTER_RIGHT);
    for (int r = 0; r < rows; r++) {
      double y = TITLE + r * (side + GAP);
      rowLabels.get(r).resizeRelocate(0, y, x0 - 10, side);
      for (int c = 0; c < columns; c++) {
        Node cell = cells.get(r * columns + c);
        if (cell instanceof Region region) {
          region.resizeRelocate(x0 + c * (side + GAP), y, side, side);
        } else {
          cell.relocate(x0 + c * (side + GAP), y);
        }
      }
    }
    double below = TITLE + rows * side + Math.max(0, rows - 1) * GAP + 4;
    for (int c = 0; c < columns; c++) {
      columnLabels.get(c).resizeRelocate(x0 + c * (side + GAP), below, side, COLUMN_LABELS / 2);
    }
    columnAxis.resizeRelocate(
        x0, below + COLUMN_LABELS / 2, Math.max(gridW, 10), COLUMN_LABELS / 2);
    columnAxis.setAlignment(Pos.CENTER);
  }

  @Override
  protected double computePrefWidth(double height) {
    return 600;
  }

  @Override
  protected double computePrefHeight(double width) {
    return 500;
  }

  @Override
  protected double computeMinWidth(double height) {
    return 200;
  }

  @Override
  protected double computeMinHeight(double width) {
    return 160;
  }
}
