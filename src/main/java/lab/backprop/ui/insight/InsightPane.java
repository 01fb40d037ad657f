package lab.backprop.ui.insight;

import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import lab.backprop.ui.metrics.ConfusionView;
import lab.backprop.ui.metrics.MetricsModel;

/**
 * The views of what the network gets right and wrong: the confusion matrix, and for image data the
 * example images and a unit's weights (that tab is shown, and chosen, when the data are images).
 */
public final class InsightPane extends TabPane {
  private final ConfusionView confusion;
  private final ImagesView images;

  public InsightPane(MetricsModel metrics, ImagesModel imagesModel) {
    setId("insightPane");
    setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
    confusion = new ConfusionView(metrics);
    images = new ImagesView(imagesModel);
    // a matrix larger than its room (many classes, large type) scrolls rather than shrinks
    ScrollPane confusionScroll = new ScrollPane(confusion);
    confusionScroll.setFitToWidth(true);
    confusionScroll.setFitToHeight(true);
    confusionScroll.getStyleClass().add("edge-to-edge");
    Tab confusionTab = new Tab("Confusion matrix", confusionScroll);
    confusionTab.setId("confusionTab");
    // likewise the images: when the tab is short they scroll, never leaving an empty panel
    ScrollPane imagesScroll = new ScrollPane(images);
    imagesScroll.setFitToWidth(true);
    imagesScroll.setFitToHeight(true);
    imagesScroll.getStyleClass().add("edge-to-edge");
    Tab imagesTab = new Tab("Images and weights", imagesScroll);
    imagesTab.setId("imagesTab");
    getTabs().add(confusionTab);
    imagesModel
        .imageDataProperty()
        .addListener(
            (o, was, is) -> {
              if (is && !getTabs().contains(imagesTab)) {
                getTabs().add(imagesTab);
                getSelectionModel().select(imagesTab);
              } else if (!is) {
                getTabs().remove(imagesTab);
              }
            });
    setMinSize(200, 120);
  }

  /** Scales the type of the matrix and of the images' captions by {@code s}. */
  public void setTypeScale(double s) {
    confusion.setTypeScale(s);
    images.setTypeScale(s);
  }

  public ConfusionView confusionView() {
    return confusion;
  }

  public ImagesView imagesView() {
    return images;
  }
}
