package lab.backprop.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The type scale presentation mode starts at, for the screen it is shown on. */
class PresentationModelTest {
  @Test
  void presentationStartsAt175PercentOn1080PixelsAndInProportionElsewhereToTheNearestStep() {
    assertThat(PresentationModel.presentingScale(1080)).isEqualTo(1.75);
    // 1.75 · 768 / 1080 = 1.244…: 125 %
    assertThat(PresentationModel.presentingScale(768)).isEqualTo(1.25);
    // 1.75 · 900 / 1080 = 1.458…: 150 %
    assertThat(PresentationModel.presentingScale(900)).isEqualTo(1.5);
    // 1.75 · 1200 / 1080 = 1.944…: 200 %, and never more
    assertThat(PresentationModel.presentingScale(1200)).isEqualTo(2.0);
    assertThat(PresentationModel.presentingScale(2160)).isEqualTo(2.0);
    // 1.75 · 600 / 1080 = 0.972…: never below 100 %
    assertThat(PresentationModel.presentingScale(600)).isEqualTo(1.0);
  }

  @Test
  void onASmallProjectorTheTypeGrowsLessAndComesBackWhenPresentationEnds() {
    PresentationModel model = new PresentationModel();
    model.setScreenHeight(() -> 768);
    model.setPresenting(true);
    assertThat(model.typeScale()).isEqualTo(1.25);
    model.setPresenting(false);
    assertThat(model.typeScale()).isEqualTo(1.0);

    model.setTypeScale(1.5);
    model.setPresenting(true);
    assertThat(model.typeScale()).as("larger type chosen before stays").isEqualTo(1.5);
    model.setPresenting(false);
    assertThat(model.typeScale()).isEqualTo(1.5);
  }
}
