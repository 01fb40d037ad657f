package lab.backprop.nn;

import static lab.backprop.nn.OracleCases.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActivationTest {

  @ParameterizedTest
  @EnumSource(Activation.class)
  void matchesOracleTableAtEveryPoint(Activation activation) throws IOException {
    JsonNode table = OracleCases.read("activation_table.json");
    double[] z = OracleCases.vector(table.get("z"));
    JsonNode entry = table.get(activation.jsonName());
    double[] f = OracleCases.vector(entry.get("f"));
    double[] df = OracleCases.vector(entry.get("df_dz"));
    assertThat(z).hasSize(15);
    for (int k = 0; k < z.length; k++) {
      assertClose(activation + " f(" + z[k] + ")", activation.f(z[k]), f[k]);
      assertClose(activation + " f'(" + z[k] + ")", activation.df(z[k]), df[k]);
    }
  }

  @ParameterizedTest
  @EnumSource(Activation.class)
  void bulkMethodsGiveTheScalarNumbers(Activation activation) {
    int len = 2001;
    double[] z = new double[len];
    for (int k = 0; k < len; k++) {
      z[k] = (k - 1000) * 0.0071;
    }
    z[1000] = 0.0;
    double[] a = new double[len];
    activation.apply(z, a, len);
    double[] g = new double[len];
    java.util.Arrays.fill(g, 1.0);
    activation.multiplyByDerivative(z, a, g, len);
    for (int k = 0; k < len; k++) {
      assertThat(a[k]).isEqualTo(activation.f(z[k]));
      assertThat(g[k]).isEqualTo(activation.df(z[k]));
    }
  }

  @Test
  void kinksFollowTheConvention() {
    assertThat(Activation.RELU.df(0.0)).isEqualTo(0.0);
    assertThat(Activation.LEAKY_RELU.df(0.0)).isEqualTo(0.01);
    assertThat(Activation.GELU_ERF.df(0.0)).isEqualTo(0.5);
    assertThat(Activation.GELU_TANH.df(0.0)).isEqualTo(0.5);
  }

  @Test
  void namesRoundTripAndUnknownNamesListTheChoices() {
    for (Activation a : Activation.values()) {
      assertThat(Activation.fromName(a.jsonName())).isSameAs(a);
    }
    assertThatThrownBy(() -> Activation.fromName("swish"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("swish")
        .hasMessageContaining("gelu_erf");
    assertThat(OutputKind.fromName("sigmoid_bce")).isSameAs(OutputKind.SIGMOID_BCE);
    assertThatThrownBy(() -> OutputKind.fromName("hinge"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("softmax_ce");
  }
}
