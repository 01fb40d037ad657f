package lab.backprop.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which kept epochs a GIF of the rewound span shows. */
class SpanFramesTest {
  @Test
  void everyKeptEpochWhenThereAreFewerThanTheFrames() {
    long[] epochs = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertThat(TrainingAnimation.spanFrames(epochs, 60))
        .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
  }

  @Test
  void evenlySpacedEpochsNotTheDenseTail() {
    // thinned at a stride of 32, then every epoch: 5 frames aim at 0, 32.75, 65.5, 98.25 and 131
    long[] epochs = {0, 32, 64, 96, 128, 129, 130, 131};
    assertThat(TrainingAnimation.spanFrames(epochs, 5)).containsExactly(0, 1, 2, 3, 7);
  }

  @Test
  void anEpochNearestToTwoTargetsIsShownOnce() {
    // 4 frames aim at 0, 33.3, 66.7 and 100: epoch 2 is the nearest to 33.3, epoch 100 to both
    // 66.7 and 100, so there are three frames
    long[] epochs = {0, 1, 2, 100};
    assertThat(TrainingAnimation.spanFrames(epochs, 4)).containsExactly(0, 2, 3);
  }

  @Test
  void oneKeptEpochIsOneFrameAndNoneIsNone() {
    assertThat(TrainingAnimation.spanFrames(new long[] {7}, 60)).containsExactly(0);
    assertThat(TrainingAnimation.spanFrames(new long[0], 60)).isEmpty();
  }
}
