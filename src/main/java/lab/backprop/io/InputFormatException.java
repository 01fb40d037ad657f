package lab.backprop.io;

import java.io.IOException;

/**
 * An input file whose content is not what was expected. The message names the file (when known),
 * the field and what was expected, e.g. {@code net.json: W[1] has 3 rows, layer_sizes says 4}.
 */
public final class InputFormatException extends IOException {
  public InputFormatException(String message) {
    super(message);
  }

  /** The same problem, prefixed with the name of the file it was found in. */
  public InputFormatException in(Object source) {
    return new InputFormatException(source + ": " + getMessage());
  }
}
