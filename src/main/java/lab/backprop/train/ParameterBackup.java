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

  /** An independent copy of the saved values (and of whether there are any). */
  ParameterBackup copy() {
    ParameterBackup c = new ParameterBackup();
    c.W = new double[W.length][][];
    c.b = new double[b.length][];
    for (int l = 0; l < W.length; l++) {
      c.W[l] = new double[W[l].length][];
      for (int j = 0; j < W[l].length; j++) {
        c.W[l][j] = W[l][j].clone();
      }
      c.b[l] = b[l].clone();
    }
    c.valid = valid;
    return c;
  }

  /** Number of saved values (0 when none were ever saved). */
  long size() {
    long n = 0;
    for (int l = 0; l < W.length; l++) {
      n += (long) W[l].length * W[l][0].length + b[l].length;
    }
    return n;
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
      if (W[l].length != sizes[l + 1] || W[l][0].length != sizes[l]) {
        return false;
      }
    }
    return true;
  }

  private void allocate(int[] sizes) {
    W = new double[sizes.length - 1][][];
    b = new double[W.length][];
    for (int l = 0; l < W.length; l++) {
      W[l] = new double[sizes[l + 1]][sizes[l]];
      b[l] = new double[sizes[l + 1]];
    }
  }
}
