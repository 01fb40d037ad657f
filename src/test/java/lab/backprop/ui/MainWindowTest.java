package lab.backprop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    new BackpropLabApp().start(stage);
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.hideStage();
    FxToolkit.cleanupStages();
  }

  @Test
  void windowHasTitleAndEveryRegion(FxRobot robot) {
    assertThat(stage.getTitle()).isEqualTo("Backprop Lab");
    assertThat(stage.isShowing()).isTrue();
    for (String id :
        new String[] {
          MainView.CONTROL_PANEL,
          MainView.BOUNDARY_PLOT,
          MainView.NETWORK_DIAGRAM,
          MainView.CHARTS,
          MainView.STATUS_LINE
        }) {
      Node node = robot.lookup("#" + id).query();
      assertThat(node).as(id).isNotNull();
      assertThat(node.isVisible()).as(id + " visible").isTrue();
      assertThat(node.getLayoutBounds().getWidth()).as(id + " width").isGreaterThan(50);
    }
  }
}
