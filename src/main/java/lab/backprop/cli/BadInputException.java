package lab.backprop.cli;

/** Input the command cannot work with; the message names the option or field. Exit code 2. */
final class BadInputException extends RuntimeException {
  BadInputException(String message) {
    super(message);
  }
}
