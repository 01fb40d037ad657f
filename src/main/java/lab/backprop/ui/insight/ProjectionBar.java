package lab.backprop.ui.insight;

import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import lab.backprop.ui.common.Controls;

/**
 * The choice of plane for data with more than two inputs, shown over the plot only then: principal
 * components, or two inputs picked by number.
 */
public final class ProjectionBar extends HBox {
  public ProjectionBar(ProjectionModel model) {
    super(6);
    setId("projectionBar");
    getStyleClass().add("projection-bar");
    setAlignment(Pos.CENTER_LEFT);
    setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    ChoiceBox<ProjectionModel.Mode> mode = new ChoiceBox<>();
    mode.setId("projectionMode");
    mode.getItems().setAll(ProjectionModel.Mode.values());
    mode.valueProperty().bindBidirectional(model.modeProperty());
    Controls.tip(
        mode,
        "The plane of the input space the plot shows: the first two principal components of the"
            + " training inputs, or two of the inputs (the others at their mean).");
    Spinner<Integer> x = featureSpinner(model, true);
    Spinner<Integer> y = featureSpinner(model, false);
    Label xl = new Label("→");
    Label yl = new Label("↑");
    HBox features = new HBox(4, xl, x, yl, y);
    features.setAlignment(Pos.CENTER_LEFT);
    features.visibleProperty().bind(mode.valueProperty().isEqualTo(ProjectionModel.Mode.FEATURES));
    features.managedProperty().bind(features.visibleProperty());
    Label title = new Label("Plane:");
    getChildren().addAll(title, mode, features);
    visibleProperty().bind(model.dimensionProperty().greaterThan(2));
    managedProperty().bind(visibleProperty());
  }

  private static Spinner<Integer> featureSpinner(ProjectionModel model, boolean horizontal) {
    var property = horizontal ? model.featureXProperty() : model.featureYProperty();
    var factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 2, property.get());
    factory.maxProperty().bind(model.dimensionProperty());
    factory.valueProperty().addListener((o, was, is) -> property.set(is));
    property.addListener((o, was, is) -> factory.setValue(is.intValue()));
    Spinner<Integer> s = new Spinner<>(factory);
    s.setId(horizontal ? "projectionX" : "projectionY");
    s.setEditable(true);
    s.setPrefWidth(80);
    Controls.tip(s, (horizontal ? "Horizontal" : "Vertical") + " axis: input number (x1, x2, …).");
    return s;
  }
}
