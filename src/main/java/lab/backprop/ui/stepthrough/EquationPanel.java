package lab.backprop.ui.stepthrough;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;

/**
 * The phase's equation in the seeds' notation and the same equation with the highlighted unit's
 * numbers substituted, typeset with JLaTeXMath at {@link #LATEX_SIZE} points (readable from the
 * back of a room), plus the preset's note. Wide equations are scaled down to the panel's width,
 * never below {@link #MIN_SCALE} of their size.
 */
public final class EquationPanel extends VBox {
  public static final double LATEX_SIZE = 30;
  static final double MIN_SCALE = 0.6;

  private final ImageView general = new ImageView();
  private final ImageView substituted = new ImageView();
  private final Label note = new Label();
  private Substitution shownSubstitution;
  private String shownLatex = "";
  private double typeScale = 1;

  public EquationPanel(StepThroughModel model) {
    getStyleClass().add("equation-panel");
    setSpacing(10);
    setPadding(new Insets(10, 16, 12, 16));
    general.setId("generalEquation");
    substituted.setId("substitutedEquation");
    general.setPreserveRatio(true);
    substituted.setPreserveRatio(true);
    note.setId("presetNote");
    note.getStyleClass().add("preset-note");
    note.setWrapText(true);
    note.setVisible(false);
    note.setManaged(false);
    getChildren().addAll(general, substituted, note);
    model.phaseProperty().addListener((o, a, phase) -> showGeneral(phase));
    model.substitutionProperty().addListener((o, a, s) -> showSubstitution(s));
    widthProperty().addListener(o -> fit());
  }

  private void showGeneral(Phase phase) {
    shownLatex = phase == null ? "" : phase.equationLatex();
    general.setImage(shownLatex.isEmpty() ? null : LatexImages.image(shownLatex, latexSize()));
    general.setAccessibleText(shownLatex);
    fit();
  }

  private void showSubstitution(Substitution s) {
    shownSubstitution = s;
    substituted.setImage(s == null ? null : LatexImages.image(s.latex(), latexSize()));
    substituted.setAccessibleText(s == null ? "" : s.text());
    fit();
  }

  private void fit() {
    double room = Math.max(100, getWidth() - getInsets().getLeft() - getInsets().getRight());
    for (ImageView view : new ImageView[] {general, substituted}) {
      Image image = view.getImage();
      if (image == null) {
        continue;
      }
      double w = image.getWidth();
      view.setFitWidth(w > room ? Math.max(room, w * MIN_SCALE) : w);
    }
  }

  /**
   * Typesets the equations at {@link #LATEX_SIZE} × {@code s} (presentation mode): rendered at that
   * size, not an image stretched.
   */
  public void setTypeScale(double s) {
    if (s != typeScale) {
      typeScale = s;
      if (!shownLatex.isEmpty()) {
        general.setImage(LatexImages.image(shownLatex, latexSize()));
      }
      if (shownSubstitution != null) {
        substituted.setImage(LatexImages.image(shownSubstitution.latex(), latexSize()));
      }
      fit();
    }
  }

  /** The size the equations are typeset at, in points. */
  public double latexSize() {
    return LATEX_SIZE * typeScale;
  }

  /** The typeset general equation and the substituted one (tests). */
  public ImageView[] equationViews() {
    return new ImageView[] {general, substituted};
  }

  /** The preset's note, or "" to hide it. */
  public void setNote(String text) {
    note.setText(text == null ? "" : text);
    boolean show = text != null && !text.isEmpty();
    note.setVisible(show);
    note.setManaged(show);
  }

  public String note() {
    return note.getText();
  }

  /** The substituted equation as plain text (what the typeset image shows), "" without one. */
  public String substitutionText() {
    return shownSubstitution == null ? "" : shownSubstitution.text();
  }

  /** The general equation's LaTeX. */
  public String generalLatex() {
    return shownLatex;
  }
}
