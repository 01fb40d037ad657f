package lab.backprop.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import lab.backprop.train.DivergenceWatch;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Turns every failure into one line on stderr and an exit code; no stack traces for bad input. */
final class ErrorReporter {
  static final int BAD_INPUT = 2;
  static final int FAILURE = 1;

  private ErrorReporter() {}

  /** The one line of a diverged run (see {@link DivergenceWatch#message()}); exit status 1. */
  static int diverged(java.io.PrintWriter err, DivergenceWatch watch) {
    err.println("error: " + watch.message());
    return FAILURE;
  }

  static int parameterError(ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    String name = cli.getCommandSpec().qualifiedName();
    cli.getErr().println("error: " + oneLine(e.getMessage()) + " (see '" + name + " --help')");
    return BAD_INPUT;
  }

  static int executionError(Exception e, CommandLine cli, ParseResult parsed) {
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    String message = badInputMessage(cause);
    if (message != null) {
      cli.getErr().println("error: " + oneLine(message));
      return BAD_INPUT;
    }
    cli.getErr().println("internal error: " + oneLine(String.valueOf(cause)));
    return FAILURE;
  }

  /** The message for input the user can fix, or null for a failure of the program itself. */
  private static String badInputMessage(Throwable e) {
    if (e instanceof NoSuchFileException f) {
      return f.getFile() + ": no such file";
    }
    if (e instanceof AccessDeniedException f) {
      return f.getFile() + ": permission denied";
    }
    if (e instanceof FileSystemException f) {
      return f.getFile() + ": " + (f.getReason() != null ? f.getReason() : "cannot be read");
    }
    if (e instanceof IOException
        || e instanceof BadInputException
        || e instanceof IllegalArgumentException) {
      return e.getMessage();
    }
    return null;
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
  }
}
