package lab.backprop;

import java.util.Set;
import javafx.application.Application;
import lab.backprop.cli.BackpropCli;
import lab.backprop.ui.app.AppOptions;
import lab.backprop.ui.app.BackpropLabApp;
import lab.backprop.ui.export.RenderCommand;

/**
 * Entry point of the shaded jar. It does not extend {@link Application}, so the JavaFX runtime can
 * be loaded from the class path. A command name (or --help, -h, --version) as first argument runs
 * the headless command line instead of the window.
 */
public final class Launcher {
  private static final Set<String> HELP_FLAGS = Set.of("--help", "-h", "help");
  private static final Set<String> CLI_FLAGS = Set.of("--version", "-V");

  /** Commands of the packages above the command line's (they draw the window's pictures). */
  private static final Set<String> PICTURE_COMMANDS = Set.of("render");

  private Launcher() {}

  public static void main(String[] args) {
    if (isCommandLine(args)) {
      int status = BackpropCli.execute(args, new RenderCommand());
      if (args.length == 1 && HELP_FLAGS.contains(args[0])) {
        System.out.println();
        System.out.println("Options of the app window:");
        System.out.println(AppOptions.usage());
      }
      System.exit(status);
    }
    BackpropLabApp.launch(args);
  }

  static boolean isCommandLine(String[] args) {
    return args.length > 0
        && (BackpropCli.COMMANDS.contains(args[0])
            || PICTURE_COMMANDS.contains(args[0])
            || HELP_FLAGS.contains(args[0])
            || CLI_FLAGS.contains(args[0]));
  }
}
