package lab.backprop.run;

/**
 * A run-spec value that is missing, malformed or out of range. {@link #field()} says which, so that
 * a command can name its option ({@code --lr}) and a file reader its JSON path ({@code
 * optimizer.lr}); {@link #getMessage()} names the JSON path.
 */
public final class SpecException extends IllegalArgumentException {
  private final RunField field;
  private final String problem;

  public SpecException(RunField field, String problem) {
    super(field.jsonPath() + ": " + problem);
    this.field = field;
    this.problem = problem;
  }

  public RunField field() {
    return field;
  }

  /** The problem as the options name it, e.g. "--noise 1.0E308 is too large: …". */
  public String optionMessage() {
    return field.option() != null ? field.option() + " " + problem : getMessage();
  }

  /** What is wrong, without the field's name, e.g. "expected a finite number > 0, got 0". */
  public String problem() {
    return problem;
  }
}
