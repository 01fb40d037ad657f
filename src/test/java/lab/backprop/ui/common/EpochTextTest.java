package lab.backprop.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EpochTextTest {
  @Test
  void wholeEpochsAreCountedWithThousandsSeparatorsAndPartsOfOneHaveADecimal() {
    assertThat(EpochText.of(0)).isEqualTo("0");
    assertThat(EpochText.of(12006)).isEqualTo("12,006");
    assertThat(EpochText.of(12.5)).isEqualTo("12.5");
    assertThat(EpochText.of(1234.25)).isEqualTo("1,234.3");
  }
}
