package lab.backprop.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.chart.plot.ValueMarker;
import org.junit.jupiter.api.Test;

/** The charts break their curves at a divergence and mark it. */
class TrainingChartsTest {
  private static final double NAN = Double.NaN;

  @Test
  void aGapBreaksEveryCurveAndIsMarked() {
    Curves h =
        new Curves(
            new double[] {0, 1, 19, 19, 20},
            new double[] {0.7, 0.5, NAN, 0.5, 0.45},
            new double[] {0.7, 0.6, NAN, 0.6, 0.55},
            new double[] {0.5, 0.8, NAN, 0.8, 0.85},
            new double[] {0.5, 0.7, NAN, 0.7, 0.75},
            new String[] {null, null, "diverged", null, null});
    TrainingCharts charts = new TrainingCharts();

    charts.show(h, false);

    assertThat(charts.trainLoss.getItemCount()).isEqualTo(5);
    assertThat(charts.trainLoss.getY(2)).as("no line drawn through the gap").isNull();
    assertThat(charts.testAccuracy.getY(2)).isNull();
    assertThat(charts.trainLoss.getY(3).doubleValue()).isEqualTo(0.5);
    var markers = charts.loss.getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
    assertThat(markers).hasSize(1);
    ValueMarker marker = (ValueMarker) markers.iterator().next();
    assertThat(marker.getValue()).isEqualTo(19);
    assertThat(marker.getLabel()).isEqualTo("diverged");

    charts.show(
        new Curves(
            new double[] {0},
            new double[] {1},
            new double[] {1},
            new double[] {0},
            new double[] {0},
            new String[1]),
        false);
    assertThat(charts.loss.getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND))
        .as("markers go with the history that had them")
        .isNullOrEmpty();
  }

  @Test
  void aLogAxisFitsCurvesOfOneLargeValue() {
    double stuck = 1.87e7;
    Curves h =
        new Curves(
            new double[] {0, 1, 2},
            new double[] {stuck, stuck, stuck},
            new double[] {stuck, stuck, stuck},
            new double[] {0.5, 0.5, 0.5},
            new double[] {0.5, 0.5, 0.5},
            new String[3]);
    TrainingCharts charts = new TrainingCharts();

    charts.show(h, true);
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(300, 200, java.awt.image.BufferedImage.TYPE_INT_ARGB);
    java.awt.Graphics2D g = image.createGraphics();
    charts.loss.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, 300, 200));
    g.dispose();

    var axis = charts.loss.getXYPlot().getRangeAxis();
    assertThat(axis.getLowerBound()).isLessThan(stuck);
    assertThat(axis.getUpperBound()).isGreaterThan(stuck);
  }

  @Test
  void aNewDataSetStartsANewCurveMarkedNewData() {
    Curves h =
        new Curves(
            new double[] {0, 10, 10, 10, 20},
            new double[] {0.7, 0.3, NAN, 0.9, 0.4},
            new double[] {0.7, 0.3, NAN, 0.9, 0.4},
            new double[] {0.5, 0.9, NAN, 0.6, 0.8},
            new double[] {0.5, 0.9, NAN, 0.6, 0.8},
            new String[] {null, null, "new data", null, null});
    TrainingCharts charts = new TrainingCharts();
    charts.show(h, false);
    assertThat(charts.trainLoss.getY(2)).isNull();
    var markers = charts.accuracy.getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
    assertThat(markers).hasSize(1);
    assertThat(((ValueMarker) markers.iterator().next()).getLabel()).isEqualTo("new data");
  }

  @Test
  void aLogEpochAxisLeavesOutEpochZero() {
    Curves h =
        new Curves(
            new double[] {0, 1, 10, 100},
            new double[] {0.7, 0.5, 0.3, 0.1},
            new double[] {0.7, 0.5, 0.3, 0.1},
            new double[] {0.5, 0.6, 0.8, 0.9},
            new double[] {0.5, 0.6, 0.8, 0.9},
            new String[4]);
    TrainingCharts charts = new TrainingCharts();
    charts.show(h, false, true);
    assertThat(charts.loss.getXYPlot().getDomainAxis())
        .isInstanceOf(org.jfree.chart.axis.LogAxis.class);
    assertThat(charts.accuracy.getXYPlot().getDomainAxis())
        .isInstanceOf(org.jfree.chart.axis.LogAxis.class);
    assertThat(charts.trainLoss.getItemCount()).isEqualTo(3);
    assertThat(charts.trainLoss.getX(0).doubleValue()).isEqualTo(1);
    charts.show(h, false, false);
    assertThat(charts.loss.getXYPlot().getDomainAxis())
        .isInstanceOf(org.jfree.chart.axis.NumberAxis.class);
    assertThat(charts.trainLoss.getItemCount()).isEqualTo(4);
  }
}
