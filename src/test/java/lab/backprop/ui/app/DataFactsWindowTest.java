package lab.backprop.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

/**
 * For real data the control panel shows the data set's own facts, read-only, instead of the two
 * moons generator's Points, Noise, Classes and Data seed, whose numbers would not apply; generated
 * data gets them back.
 */
class DataFactsWindowTest extends AppWindowTest {
  private static final String[] GENERATOR = {
    "#pointsSpinner", "#noiseSlider", "#classesSpinner", "#dataSeedSpinner", "#regenerateButton"
  };

  private boolean shown(String id) throws Exception {
    Node n = robot.lookup(id).query();
    return fx(
        () -> {
          // shown when it and every box it sits in are visible, and it and its box take room
          for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
              return false;
            }
          }
          return n.isManaged() && n.getParent().isManaged();
        });
  }

  private String facts() throws Exception {
    Label l = robot.lookup("#dataFacts").queryAs(Label.class);
    return fx(l::getText);
  }

  @Test
  void irisAndDigitsShowTheirRowsSplitFeaturesAndClassesAndMoonsItsGenerator() throws Exception {
    launch("--dataset", "iris");
    // Iris: 150 rows of 4 measurements in 3 species; 80 % of 150 = 120 rows train
    String iris =
        "150 rows: 120 train, 30 test\n"
            + "4 features, 3 classes\n"
            + "inputs standardised on the training rows";
    waitFor(20, () -> facts().equals(iris));
    assertThat(shown("#dataFacts")).isTrue();
    for (String id : GENERATOR) {
      assertThat(shown(id)).as(id + " hidden for iris").isFalse();
    }

    fxRun(() -> app.view().viewModel().datasetProperty().set("moons"));
    waitFor(20, () -> shown("#pointsSpinner") && !shown("#dataFacts"));
    for (String id : new String[] {"#pointsSpinner", "#noiseSlider", "#dataSeedSpinner"}) {
      assertThat(shown(id)).as(id + " back for moons").isTrue();
    }

    fxRun(() -> app.view().viewModel().datasetProperty().set("digits"));
    // digits: 1,797 images of 8 × 8 pixels, 10 digits; round(0.8 × 1,797) = 1,438 train
    String digits =
        "1,797 rows: 1,438 train, 359 test\n"
            + "64 features, 10 classes\n"
            + "inputs standardised on the training rows";
    waitFor(20, () -> facts().equals(digits) && shown("#dataFacts"));
    assertThat(shown("#pointsSpinner")).isFalse();
  }
}
