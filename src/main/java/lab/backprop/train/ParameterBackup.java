package lab.backprop.train;

import lab.backprop.nn.Network;

/**
 * A copy of every W and b, kept so a diverged step can be undone. The buffers are reused while the
 * network's shape stays the same, so saving before every step allocates nothing.
 */
final class ParameterBackup {
  private double[][][] W = new double[0][][];
  private double[][] b = new double[0][];
  private boolean valid;

  void save(Network net) {
    int[] sizes = net.layerSizes();
    if (!sameShape(sizes)) {
      allocate(sizes);
    }
    for (int l = 0; l < W.length; l++) {
      for (int j = 0; j < W[l].length; j++) {
        double[] row = W[l][j];
        for (int i = 0; i < row.length; i++) {
          row[i] = net.w(l, j, i);
        }
        b[l][j] = net.b(l, j);
      }
    }
    valid = true;
  }

  /** Puts the saved values back; the network must have the shape it had when saved. */
  void restore(Network net) {
    if (!valid || !sameShape(net.layerSizes())) {
      throw new IllegalStateException("no backup of a network of this shape");
    }
    for (int l = 0; l < W.length; l++) {
      for (int j = 0; j < W[l].length; j++) {
        double[] row = W[l][j];
        for (int i = 0; i < row.length; i++) {
          net.setW(l, j, i, row[i]);
        }
        net.setB(l, j, b[l][j]);
      }
    }
  }

  /** Forget the backup (after a change of shape or a new network). */
  void invalidate() {
    valid = false;
  }

  boolean isValid() {
    return valid;
  }

  /** True when a backup exists for a network of this shape. */
  boolean fits(Network net) {
    return valid && sameShape(net.layerSizes());
  }

  private boolean sameShape(int[] sizes) {
    if (sizes.length != W.length + 1) {
      return false;
    }
    for (int l = 0; l < W.length; l++) {
      if (W[l].length != sizes[l + 1] || (W[l].length > 0 && W[l][0].length != sizes[l])) {
        return false;
      }
    }
    return true;
  }

  private void allocate(int[] sizes) {
    W = new double[sizes.length - 1][][];
    b = new double[sizes.length - 1][];
    for (int l = 0; l < W.length; l++) {
      W[l] = new double[sizes[l + 1]][sizes[l]];
      b[l] = new double[sizes[l + 1]];
    }
  }
}
