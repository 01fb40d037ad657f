package lab.backprop;

import javafx.application.Application;
import lab.backprop.ui.BackpropLabApp;

/**
 * Entry point of the shaded jar. It does not extend {@link Application}, so the JavaFX runtime can
 * be loaded from the class path.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    Application.launch(BackpropLabApp.class, args);
  }
}
