package lab.backprop.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import lab.backprop.ui.diagram.NetworkDiagram;
import lab.backprop.ui.insight.ImagesView;
import lab.backprop.ui.plot.BoundaryView;
import org.junit.jupiter.api.Test;

/**
 * Presentation mode on real data (MNIST, 784-256-64-10) in a 1824×994 window (the window a
 * 1920×1080 screen opens) at 175 % with the controls shown, then at 200 % without them: the
 * diagram's texts stay apart and inside it, the images tab shows images, the charts' key is not cut
 * and the plane's caption leaves the points in view.
 */
class RealDataPresentationWindowTest extends AppWindowTest {
  @Test
  void atLargeTypeOnMnistNothingOverlapsIsCutOrLeftEmpty() throws Exception {
    launch("--dataset", "mnist", "--hidden", "256,64", "--activation", "relu");
    fxRun(
        () -> {
          stage.setWidth(1824);
          stage.setHeight(994);
          app.view().presentation().setTypeScale(PresentationModel.PRESENTING_SCALE);
        });
    waitFor(30, () -> latest().network().inputSize() == 784);
    fxRun(() -> app.view().viewModel().stepEpoch());
    waitFor(120, () -> latest().epoch() >= 1 && latest().predictions() != null);
    NetworkDiagram d = app.view().networkDiagram();
    waitFor(60, () -> fx(() -> d.inputCaption().startsWith("x: test example")));
    assertRoomy("175 %, controls shown");

    fxRun(
        () -> {
          app.view().presentation().setTypeScale(2);
          app.view().presentation().toggleControls();
        });
    waitFor(20, () -> fx(() -> app.view().getLeft() == null && d.typeScale() == 2));
    assertRoomy("200 %, controls hidden");
  }

  private void assertRoomy(String when) throws Exception {
    NetworkDiagram d = app.view().networkDiagram();
    // the layer titles, the "+N units" counts and the input image's caption
    waitFor(
        20,
        () ->
            fx(
                () ->
                    d.drawnTexts().stream()
                        .anyMatch(t -> t.text().contains("softmax_ce") || t.text().equals("10"))));
    List<NetworkDiagram.DrawnText> texts = fx(d::drawnTexts);
    double w = fx(() -> d.canvas().getWidth());
    double h = fx(() -> d.canvas().getHeight());
    Rectangle2D diagram = new Rectangle2D(0, 0, w, h);
    for (int i = 0; i < texts.size(); i++) {
      NetworkDiagram.DrawnText a = texts.get(i);
      assertThat(diagram.contains(a.bounds()))
          .as("%s: \"%s\" %s inside the diagram %s", when, a.text(), a.bounds(), diagram)
          .isTrue();
      for (int j = i + 1; j < texts.size(); j++) {
        NetworkDiagram.DrawnText b = texts.get(j);
        assertThat(a.bounds().intersects(b.bounds()))
            .as(
                "%s: \"%s\" %s runs into \"%s\" %s",
                when, a.text(), a.bounds(), b.text(), b.bounds())
            .isFalse();
      }
    }
    assertThat(texts.stream().map(NetworkDiagram.DrawnText::text))
        .as(when)
        .contains("input", "784", "output");

    // at least one image tile lies in the visible part of the images tab
    ImagesView images = app.view().insightPane().imagesView();
    fxRun(() -> app.view().insightPane().getSelectionModel().select(1));
    waitFor(30, () -> fx(images::tilesShown) > 0);
    fxRun(
        () -> {
          javafx.scene.Node scroll = images;
          while (!(scroll instanceof ScrollPane)) {
            scroll = scroll.getParent();
          }
          Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
          double[] tile = images.tilePlace(0);
          Bounds shown =
              images
                  .examplesCanvas()
                  .localToScene(
                      new javafx.geometry.BoundingBox(tile[0], tile[1], tile[2], tile[2]));
          assertThat(viewport.contains(shown)).as(when + ": the first tile in view").isTrue();
          assertThat(tile[2]).as(when + ": tile size").isGreaterThanOrEqualTo(28);
        });

    // the key of the charts: both names in full, inside the charts
    fxRun(
        () -> {
          var charts = app.view().chartsView();
          for (Label l : charts.keyLabels()) {
            Text shown = (Text) l.lookup(".text");
            assertThat(shown.getText())
                .as(when + ": the key's words are not cut")
                .isEqualTo(l.getText());
            Bounds b = charts.sceneToLocal(l.localToScene(l.getLayoutBounds()));
            assertThat(b.getMaxX())
                .as(when + ": key inside the charts")
                .isLessThanOrEqualTo(charts.getWidth());
          }
        });

    // the plane's caption covers at most an eighth of the plot, and opens in full on a click
    BoundaryView plot = app.view().boundaryView();
    waitFor(20, () -> fx(() -> plot.planeCaption().isVisible()));
    fxRun(
        () -> {
          Label caption = plot.planeCaption();
          Rectangle2D box = plot.plotBox();
          double area = caption.getWidth() * caption.getHeight();
          assertThat(area / (box.getWidth() * box.getHeight()))
              .as(when + ": share of the plot under the caption")
              .isLessThanOrEqualTo(0.125);
          assertThat(caption.getText()).startsWith("→ PC1 (").contains("↑ PC2 (");
        });
    robot.clickOn(fx(plot::planeCaption));
    waitFor(
        10,
        () -> fx(() -> plot.planeCaption().getText().contains("first two principal components")));
    robot.clickOn(fx(plot::planeCaption));
    waitFor(
        10,
        () -> fx(() -> !plot.planeCaption().getText().contains("first two principal components")));
  }
}
