package lab.backprop.cli;

/** Range checks of option values, with messages that name the option. */
final class Checks {
  private Checks() {}

  static void range(String option, long value, long min, long max) {
    if (value < min || value > max) {
      throw new BadInputException(
          option + " " + value + " is out of range, expected " + min + " to " + max);
    }
  }

  static void atLeast(String option, double value, double min) {
    if (!Double.isFinite(value) || value < min) {
      throw new BadInputException(
          option + " " + value + " is out of range, expected a number >= " + min);
    }
  }

  static void positive(String option, double value) {
    if (!Double.isFinite(value) || value <= 0) {
      throw new BadInputException(option + " " + value + " is out of range, expected a number > 0");
    }
  }

  /**
   * A file to be written, checked before any work is done (null means "not asked for"): its folder
   * exists and takes a new file, or it is a writable device such as /dev/stdout.
   */
  static void outputFile(String option, java.nio.file.Path file) {
    if (file == null) {
      return;
    }
    try {
      lab.backprop.io.AtomicFiles.checkWritable(file);
    } catch (java.io.IOException e) {
      throw new BadInputException(option + " " + e.getMessage());
    }
  }
}
