package lab.backprop.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lab.backprop.data.CsvData;
import lab.backprop.data.Dataset;
import lab.backprop.run.RunOptions;
import lab.backprop.train.Command;
import lab.backprop.train.Trainer;
import lab.backprop.train.TrainerSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The point editor's commands and its CSV export, without a window. */
class PointEditorTest {
  @TempDir Path dir;

  @Test
  void editsBecomeSetPointsAndTheExportHoldsEveryPointTrainThenTest() throws Exception {
    try (Trainer t =
        new Trainer(TrainerSettings.of(RunOptions.parse("--n", "10", "--seed", "1")))) {
      List<Command> sent = new ArrayList<>();
      PointEditor editor =
          new PointEditor(
              c -> {
                sent.add(c);
                return sent.size();
              });
      var s = t.latest();
      editor.update(s);
      assertThat(editor.editableProperty().get()).isTrue();

      Path file = dir.resolve("points.csv");
      editor.exportCsv(file);
      Dataset read = CsvData.read(file);
      assertThat(read.size()).isEqualTo(10);
      for (int r = 0; r < s.train().size(); r++) {
        assertThat(read.x(r, 0)).isEqualTo(s.train().x(r, 0));
        assertThat(read.label(r)).isEqualTo(s.train().label(r));
      }
      int n = s.train().size();
      assertThat(read.x(n, 1)).isEqualTo(s.test().x(0, 1));
      assertThat(Files.list(dir)).containsExactly(file); // no temporary file left

      editor.add(0.25, -0.5, 1);
      Command.SetPoints added = (Command.SetPoints) sent.get(0);
      assertThat(added.train().size()).isEqualTo(n + 1);
      assertThat(added.train().x(n, 0)).isEqualTo(0.25);
      assertThat(added.train().label(n)).isEqualTo(1);
      assertThat(added.label()).isEqualTo("added point");
      // before the trainer applied it, the next edit starts from it: removing test point 0
      assertThat(editor.remove(n + 1)).isTrue();
      Command.SetPoints removed = (Command.SetPoints) sent.get(1);
      assertThat(removed.train().size()).isEqualTo(n + 1);
      assertThat(removed.test().size()).isEqualTo(s.test().size() - 1);
    }
  }
}
