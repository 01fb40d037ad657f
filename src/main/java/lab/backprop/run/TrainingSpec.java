package lab.backprop.run;

/**
 * How long and in what steps: {@code batch} examples per step ({@link #FULL_BATCH}, 0, for the
 * whole training set) and {@code epochs} to train (commands; the window trains until paused).
 */
public record TrainingSpec(int batch, int epochs) {
  public static final int FULL_BATCH = 0;
  public static final int MAX_BATCH = 1_000_000;
  public static final int DEFAULT_EPOCHS = 1000;
  public static final int MAX_EPOCHS = 10_000_000;

  public static final TrainingSpec DEFAULT = new TrainingSpec(FULL_BATCH, DEFAULT_EPOCHS);

  public TrainingSpec {
    checkBatch(batch);
    if (epochs < 1 || epochs > MAX_EPOCHS) {
      throw new SpecException(RunField.EPOCHS, "expected 1 to " + MAX_EPOCHS + ", got " + epochs);
    }
  }

  /**
   * @throws SpecException unless {@code batch} is 1 … {@link #MAX_BATCH} or {@link #FULL_BATCH}
   */
  public static void checkBatch(int batch) {
    if (batch < 0 || batch > MAX_BATCH) {
      throw new SpecException(
          RunField.BATCH, "expected 1 to " + MAX_BATCH + " or full, got " + batch);
    }
  }

  public TrainingSpec withBatch(int newBatch) {
    return new TrainingSpec(newBatch, epochs);
  }

  public boolean fullBatch() {
    return batch == FULL_BATCH;
  }
}
