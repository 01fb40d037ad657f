package lab.backprop.ui;

import java.io.InputStream;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The JavaFX application: one window holding the {@link MainView}. */
public class BackpropLabApp extends Application {
  public static final String TITLE = "Backprop Lab";

  @Override
  public void start(Stage stage) {
    MainView view = new MainView();
    var bounds = Screen.getPrimary().getVisualBounds();
    double width = Math.min(1600, Math.max(1000, bounds.getWidth() * 0.9));
    double height = Math.min(1000, Math.max(640, bounds.getHeight() * 0.9));
    Scene scene = new Scene(view, width, height);
    scene
        .getStylesheets()
        .add(BackpropLabApp.class.getResource("/lab/backprop/ui/app.css").toExternalForm());
    stage.setTitle(TITLE);
    stage.setMinWidth(900);
    stage.setMinHeight(600);
    addIcons(stage);
    stage.setScene(scene);
    stage.show();
  }

  private static void addIcons(Stage stage) {
    for (int size : new int[] {16, 32, 64, 128, 256}) {
      try (InputStream in =
          BackpropLabApp.class.getResourceAsStream("/assets/icon-" + size + ".png")) {
        if (in != null) {
          stage.getIcons().add(new Image(in));
        }
      } catch (java.io.IOException e) {
        // a missing icon size is not worth failing the start for
      }
    }
  }
}
