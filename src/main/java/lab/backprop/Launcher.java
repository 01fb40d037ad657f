package lab.backprop;

import java.util.Set;
import javafx.application.Application;
import lab.backprop.cli.BackpropCli;
import lab.backprop.ui.BackpropLabApp;

/**
 * Entry point of the shaded jar. It does not extend {@link Application}, so the JavaFX runtime can
 * be loaded from the class path. A command name (or --help, -h, --version) as first argument runs
 * the headless command line instead of the window.
 */
public final class Launcher {
  private static final Set<String> CLI_FLAGS = Set.of("--help", "-h", "--version", "-V", "help");

  private Launcher() {}

  public static void main(String[] args) {
    if (isCommandLine(args)) {
      System.exit(BackpropCli.execute(args));
    }
    launchApp(args);
  }

  static boolean isCommandLine(String[] args) {
    return args.length > 0
        && (BackpropCli.COMMANDS.contains(args[0]) || CLI_FLAGS.contains(args[0]));
  }

  private static void launchApp(String[] args) {
    Application.launch(BackpropLabApp.class, args);
  }
}
