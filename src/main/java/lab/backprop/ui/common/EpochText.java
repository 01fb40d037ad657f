package lab.backprop.ui.common;

import java.util.Locale;

/** An epoch count as the window writes it: "12,006" at an epoch's end, "12.5" within one. */
public final class EpochText {
  private EpochText() {}

  public static String of(double epoch) {
    return epoch == Math.rint(epoch)
        ? String.format(Locale.ROOT, "%,d", (long) epoch)
        : String.format(Locale.ROOT, "%,.1f", epoch);
  }
}
