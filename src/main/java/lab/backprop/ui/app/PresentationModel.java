package lab.backprop.ui.app;

import java.util.function.DoubleSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * How the window presents itself, for a projector: the type scale every view binds to (100 % to 200
 * %, also the width of lines and the size of points), full-screen presentation mode, and whether
 * the controls are shown. No controls here; {@link MainView} binds to it.
 */
public final class PresentationModel {
  /** The type scale's range and its step (Ctrl+= and Ctrl+−). */
  public static final double MIN_SCALE = 1;

  public static final double MAX_SCALE = 2;
  public static final double SCALE_STEP = 0.25;

  /**
   * The scale presentation mode starts at (when the scale is smaller) on a screen 1080 px high: at
   * 1920×1080 the status line, the axis ticks and the diagram's values are then at least 24 px
   * high.
   */
  public static final double PRESENTING_SCALE = 1.75;

  /** The screen height {@link #PRESENTING_SCALE} is for. */
  static final double PRESENTING_SCREEN_HEIGHT = 1080;

  private final ReadOnlyDoubleWrapper typeScale =
      new ReadOnlyDoubleWrapper(this, "typeScale", MIN_SCALE);
  private final BooleanProperty presenting = new SimpleBooleanProperty(this, "presenting");
  private final BooleanProperty controlsShown =
      new SimpleBooleanProperty(this, "controlsShown", true);
  private double scaleBefore = MIN_SCALE;
  private DoubleSupplier screenHeight = () -> PRESENTING_SCREEN_HEIGHT;

  public ReadOnlyDoubleProperty typeScaleProperty() {
    return typeScale.getReadOnlyProperty();
  }

  public double typeScale() {
    return typeScale.get();
  }

  /** Sets the type scale, kept within {@link #MIN_SCALE} … {@link #MAX_SCALE}. */
  public void setTypeScale(double s) {
    if (!Double.isNaN(s)) {
      typeScale.set(Math.max(MIN_SCALE, Math.min(MAX_SCALE, s)));
    }
  }

  /** Larger type by one step (Ctrl+=). */
  public void zoomIn() {
    setTypeScale(typeScale.get() + SCALE_STEP);
  }

  /** Smaller type by one step (Ctrl+−). */
  public void zoomOut() {
    setTypeScale(typeScale.get() - SCALE_STEP);
  }

  /** Type at 100 % (Ctrl+0). */
  public void resetZoom() {
    setTypeScale(MIN_SCALE);
  }

  /** Where the height of the screen the window is on comes from (in pixels). */
  public void setScreenHeight(DoubleSupplier screenHeight) {
    this.screenHeight = screenHeight;
  }

  /**
   * The scale presentation mode starts at on a screen {@code height} px high: {@link
   * #PRESENTING_SCALE} in proportion to the height, to the nearest step, so that a 1366×768
   * projector gets 125 % and everything still fits; never below 100 % or above 200 %.
   */
  static double presentingScale(double height) {
    double proportional = PRESENTING_SCALE * height / PRESENTING_SCREEN_HEIGHT;
    double stepped = Math.round(proportional / SCALE_STEP) * SCALE_STEP;
    return Math.max(MIN_SCALE, Math.min(MAX_SCALE, stepped));
  }

  /** Full screen with large type (the window binds its stage to it). */
  public BooleanProperty presentingProperty() {
    return presenting;
  }

  public boolean isPresenting() {
    return presenting.get();
  }

  /**
   * Enters presentation mode (type at least {@link #presentingScale} of the screen's height) or
   * leaves it (the type as it was before, the controls shown again).
   */
  public void togglePresenting() {
    setPresenting(!presenting.get());
  }

  public void setPresenting(boolean on) {
    if (on == presenting.get()) {
      return;
    }
    if (on) {
      scaleBefore = typeScale.get();
      setTypeScale(Math.max(scaleBefore, presentingScale(screenHeight.getAsDouble())));
    } else {
      setTypeScale(scaleBefore);
      controlsShown.set(true);
    }
    presenting.set(on);
  }

  /** Whether the control panel is shown; hidden, the plot and the diagram take its room. */
  public BooleanProperty controlsShownProperty() {
    return controlsShown;
  }

  public void toggleControls() {
    controlsShown.set(!controlsShown.get());
  }
}
