package lab.backprop.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import lab.backprop.nn.Activation;
import lab.backprop.nn.Network;
import lab.backprop.nn.OutputKind;
import org.junit.jupiter.api.Test;

class ParameterBackupTest {
  private static final double[][][] W = {{{1, 2}, {3, 4}, {5, 6}}, {{7, 8, 9}, {10, 11, 12}}};
  private static final double[][] B = {{-1, -2, -3}, {-4, -5}};

  private static Network net(int[] sizes) {
    Activation[] acts = new Activation[sizes.length - 2];
    java.util.Arrays.fill(acts, Activation.TANH);
    return Network.initialized(sizes, acts, OutputKind.SOFTMAX_CE, 0, 1);
  }

  private static Network handSet() {
    return new Network(
        new int[] {2, 3, 2},
        new Activation[] {Activation.TANH},
        OutputKind.SOFTMAX_CE,
        0,
        new double[][][] {
          {W[0][0].clone(), W[0][1].clone(), W[0][2].clone()}, {W[1][0].clone(), W[1][1].clone()}
        },
        new double[][] {B[0].clone(), B[1].clone()});
  }

  @Test
  void restoresEveryWeightAndBiasAsSaved() {
    Network net = handSet();
    ParameterBackup backup = new ParameterBackup();
    assertThat(backup.isValid()).isFalse();
    assertThat(backup.fits(net)).isFalse();
    backup.save(net);
    assertThat(backup.isValid()).isTrue();
    assertThat(backup.fits(net)).isTrue();

    for (int l = 0; l < 2; l++) {
      for (int j = 0; j < W[l].length; j++) {
        for (int i = 0; i < W[l][j].length; i++) {
          net.setW(l, j, i, Double.NaN);
        }
        net.setB(l, j, Double.NaN);
      }
    }
    backup.restore(net);
    assertThat(net.copyW()).isDeepEqualTo(W);
    assertThat(net.copyB()).isDeepEqualTo(B);

    // saving again reuses the buffers and takes the new values
    net.setW(1, 1, 2, 99);
    net.setB(0, 2, 98);
    backup.save(net);
    net.setW(1, 1, 2, 0);
    net.setB(0, 2, 0);
    backup.restore(net);
    assertThat(net.w(1, 1, 2)).isEqualTo(99);
    assertThat(net.b(0, 2)).isEqualTo(98);
    assertThat(net.w(0, 0, 0)).isEqualTo(1);
  }

  @Test
  void fitsOnlyANetworkOfTheSavedShapeUntilInvalidated() {
    ParameterBackup backup = new ParameterBackup();
    backup.save(handSet());
    assertThat(backup.fits(net(new int[] {2, 3, 2}))).isTrue();
    assertThat(backup.fits(net(new int[] {2, 4, 2}))).as("more hidden units").isFalse();
    assertThat(backup.fits(net(new int[] {3, 3, 2}))).as("more inputs").isFalse();
    assertThat(backup.fits(net(new int[] {2, 3, 3}))).as("more outputs").isFalse();
    assertThat(backup.fits(net(new int[] {2, 3, 3, 2}))).as("one more layer").isFalse();
    Network other = net(new int[] {2, 4, 2});
    assertThatThrownBy(() -> backup.restore(other)).isInstanceOf(IllegalStateException.class);

    backup.invalidate();
    assertThat(backup.isValid()).isFalse();
    assertThat(backup.fits(handSet())).isFalse();
    Network same = handSet();
    assertThatThrownBy(() -> backup.restore(same)).isInstanceOf(IllegalStateException.class);

    // a new shape is allocated on save
    Network bigger = net(new int[] {3, 4, 4, 2});
    backup.save(bigger);
    assertThat(backup.fits(bigger)).isTrue();
    assertThat(backup.fits(handSet())).as("one layer fewer").isFalse();
  }

  @Test
  void countsTheValuesItHolds() {
    ParameterBackup backup = new ParameterBackup();
    assertThat(backup.size()).isZero();
    backup.save(handSet());
    // 2-3-2: 3·2 + 3 + 2·3 + 2
    assertThat(backup.size()).isEqualTo(17);
    backup.save(net(new int[] {3, 4, 4, 2}));
    // 4·3 + 4 + 4·4 + 4 + 2·4 + 2
    assertThat(backup.size()).isEqualTo(46);
    assertThat(backup.copy().size()).isEqualTo(46);
  }
}
