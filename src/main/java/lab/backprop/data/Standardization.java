package lab.backprop.data;

/**
 * Per-feature standardisation fitted on one data set (the training split) and applied to any data
 * of the same features: x' = (x − mean) / scale, where mean and scale are the training rows' mean
 * and population standard deviation (divided by N, as scikit-learn's StandardScaler); a feature
 * constant on the training rows has scale 1, so it is only centred.
 */
public record Standardization(double[] mean, double[] scale) {

  public Standardization {
    mean = mean.clone();
    scale = scale.clone();
  }

  /**
   * @throws IllegalArgumentException for a data set without rows
   */
  public static Standardization fit(Dataset train) {
    int n = train.size();
    int d = train.dimension();
    if (n == 0) {
      throw new IllegalArgumentException("standardisation needs at least one training row");
    }
    double[] mean = new double[d];
    for (int r = 0; r < n; r++) {
      for (int k = 0; k < d; k++) {
        mean[k] += train.x(r, k);
      }
    }
    for (int k = 0; k < d; k++) {
      mean[k] /= n;
    }
    double[] scale = new double[d];
    for (int r = 0; r < n; r++) {
      for (int k = 0; k < d; k++) {
        double centred = train.x(r, k) - mean[k];
        scale[k] += centred * centred;
      }
    }
    for (int k = 0; k < d; k++) {
      double sd = Math.sqrt(scale[k] / n);
      scale[k] = sd > 0 ? sd : 1;
    }
    return new Standardization(mean, scale);
  }

  /** {@code data} with every feature standardised (labels, targets and name kept). */
  public Dataset apply(Dataset data) {
    if (data.dimension() != mean.length) {
      throw new IllegalArgumentException(
          "the data has " + data.dimension() + " features, expected " + mean.length);
    }
    double[][] X = new double[data.size()][mean.length];
    for (int r = 0; r < X.length; r++) {
      for (int k = 0; k < mean.length; k++) {
        X[r][k] = (data.x(r, k) - mean[k]) / scale[k];
      }
    }
    return data.withFeatures(X);
  }

  @Override
  public double[] mean() {
    return mean.clone();
  }

  @Override
  public double[] scale() {
    return scale.clone();
  }
}
