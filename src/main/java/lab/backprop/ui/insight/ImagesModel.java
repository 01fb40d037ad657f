package lab.backprop.ui.insight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import lab.backprop.data.BuiltInData;
import lab.backprop.data.ClassNames;
import lab.backprop.data.Dataset;
import lab.backprop.data.IdxData;
import lab.backprop.nn.FrozenNetwork;
import lab.backprop.run.DataSpec;
import lab.backprop.run.RunSetup;
import lab.backprop.run.RunSpec;
import lab.backprop.train.Predictions;
import lab.backprop.train.Snapshot;
import lab.backprop.ui.common.EpochText;
import lab.backprop.ui.common.Palette;

/**
 * For image data (the built-in digits and MNIST, idx files): example images with the class the
 * network predicts and its probability, misclassified first, and the incoming weights of one unit
 * of the first hidden layer drawn as an image. The examples show the raw pixels, read again (on a
 * background thread) with the run's split; the network sees them standardised when the run says so.
 * Used on one thread (the FX thread).
 */
public final class ImagesModel {
  /** Most example images shown. */
  static final int MAX_TILES = 30;

  /** Least time between two sets of example images while training. */
  static final long TILES_GAP_NANOS = 500_000_000L;

  /**
   * One example: its row (in the rows shown), its grey pixels (ARGB, ink dark), true and predicted
   * class, probability.
   */
  public record Tile(int row, int[] argb, int label, int predicted, double confidence) {
    public boolean wrong() {
      return label != predicted;
    }
  }

  /** The examples to show, with the image side, a title and what the classes are called. */
  public record Tiles(int side, List<Tile> tiles, String title, ClassNames classNames) {
    /** "7 → 1": the tile's true class, then the one predicted. */
    public String caption(Tile t) {
      return classNames.name(t.label()) + " → " + classNames.name(t.predicted());
    }
  }

  /**
   * The example the diagram's input column shows: its grey pixels (as the tiles draw them) and what
   * it is, e.g. "x: test example 12 (selected)".
   */
  public record Example(int side, int[] argb, String caption) {}

  /** A unit's incoming weights as an image: diverging colours, full colour at ±{@code scale}. */
  public record UnitWeights(int side, int[] argb, int unit, double scale, String title) {}

  private final ReadOnlyBooleanWrapper imageData = new ReadOnlyBooleanWrapper(this, "imageData");
  private final ReadOnlyIntegerWrapper imageSide = new ReadOnlyIntegerWrapper(this, "imageSide");
  private final ReadOnlyObjectWrapper<Tiles> tiles = new ReadOnlyObjectWrapper<>(this, "tiles");
  private final ReadOnlyObjectWrapper<UnitWeights> weights =
      new ReadOnlyObjectWrapper<>(this, "weights");
  private final IntegerProperty unit = new SimpleIntegerProperty(this, "unit", 0);
  private final IntegerProperty selectedRow = new SimpleIntegerProperty(this, "selectedRow", -1);
  private final ReadOnlyObjectWrapper<Example> example =
      new ReadOnlyObjectWrapper<>(this, "example");
  private Object exampleKey;
  private Dataset exampleRows;
  private final ReadOnlyIntegerWrapper units = new ReadOnlyIntegerWrapper(this, "units", 1);

  private record RawKey(DataSpec data, long dataSeed, long splitSeed) {}

  private volatile RawKey rawKey;
  private CompletableFuture<Dataset.Split> raw;
  private Predictions tilesOf;
  private long tilesNanos = Long.MIN_VALUE / 2;
  private FrozenNetwork weightsOf;
  private int weightsUnit = -1;

  public ImagesModel() {
    unit.addListener((o, was, is) -> weightsUnit = -1);
  }

  /** The side of the square images of this data, or 0 when its inputs are not an image. */
  public static int side(DataSpec data, int dimension) {
    boolean images =
        data.file() == null
            ? BuiltInData.isBuiltIn(data.dataset()) && !data.dataset().equals("iris")
            : IdxData.isIdx(data.file());
    int s = (int) Math.round(Math.sqrt(dimension));
    return images && s * s == dimension && s > 1 ? s : 0;
  }

  /** Takes the newest snapshot (once per frame). */
  public void update(Snapshot s, long now) {
    RunSpec run = s.settings().run();
    int side = side(run.data(), s.train().dimension());
    imageSide.set(side);
    imageData.set(side > 0 && s.predictions() != null);
    if (!imageData.get()) {
      tiles.set(null);
      weights.set(null);
      example.set(null);
      exampleRows = null;
      return;
    }
    RawKey key = new RawKey(run.data(), run.seeds().data(), run.seeds().split());
    if (!key.equals(rawKey)) {
      rawKey = key;
      RunSpec rawRun =
          run.withData(
              new DataSpec(
                  run.data().dataset(),
                  run.data().n(),
                  run.data().noise(),
                  run.data().classes(),
                  run.data().shuffle(),
                  run.data().file(),
                  run.data().ratio(),
                  false));
      raw =
          CompletableFuture.supplyAsync(
              () -> {
                if (key != rawKey) {
                  throw new java.util.concurrent.CancellationException("the data changed");
                }
                return rawSplit(rawRun);
              },
              ProjectionModel.BACKGROUND);
      tilesOf = null;
    }
    updateExample(s, side);
    if (s.predictions() != tilesOf
        && raw.isDone()
        && (!s.running() || now - tilesNanos >= TILES_GAP_NANOS)) {
      tilesOf = s.predictions();
      tilesNanos = now;
      tiles.set(tiles(s, side, raw.isCompletedExceptionally() ? null : raw.join()));
    }
    FrozenNetwork net = s.network();
    units.set(net.layerSize(1));
    int u = Math.max(0, Math.min(net.layerSize(1) - 1, unit.get()));
    if (net != weightsOf || u != weightsUnit) {
      weightsOf = net;
      weightsUnit = u;
      weights.set(weights(net, u, side));
    }
  }

  /**
   * The example for the diagram's input column: the selected one, else the first of the rows the
   * tiles come from (the test rows when there are any); raw pixels once they are read and match.
   */
  private void updateExample(Snapshot s, int side) {
    boolean test = s.test() != null && s.test().size() > 0;
    Dataset shown = test ? s.test() : s.train();
    Dataset rawRows = null;
    if (raw != null && raw.isDone() && !raw.isCompletedExceptionally()) {
      Dataset.Split split = raw.join();
      rawRows = test ? split.test() : split.train();
    }
    boolean rawOk = rawRows != null && Arrays.equals(rawRows.labels(), shown.labels());
    int chosen = selectedRow.get();
    boolean selected = chosen >= 0 && chosen < shown.size();
    int row = selected ? chosen : 0;
    // the rows by identity (a new data set is a new object), the rest by value
    List<Object> key = List.of(System.identityHashCode(shown), rawOk, row, selected);
    if (shown == exampleRows && key.equals(exampleKey)) {
      return;
    }
    exampleRows = shown;
    exampleKey = key;
    String caption =
        String.format(
            Locale.ROOT,
            "x: %s example %,d%s",
            test ? "test" : "training",
            row + 1,
            selected ? " (selected)" : "");
    example.set(new Example(side, grey(rawOk ? rawRows : shown, row, rawOk), caption));
  }

  private static Dataset.Split rawSplit(RunSpec rawRun) {
    try {
      RunSetup setup = RunSetup.of(rawRun);
      return new Dataset.Split(setup.trainSet(), setup.testSet());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The examples: the test rows when there are any, else the training rows; the misclassified ones
   * first (the most confident first), then the others in row order. Raw pixels when {@code raw}
   * holds the same rows (same labels), else the inputs as the network sees them.
   */
  static Tiles tiles(Snapshot s, int side, Dataset.Split raw) {
    Predictions p = s.predictions();
    boolean test = p.test() != null && s.test() != null && s.test().size() > 0;
    Dataset shown = test ? s.test() : s.train();
    Predictions.Rows rows = test ? p.test() : p.train();
    if (rows.size() != shown.size()) {
      return null;
    }
    Dataset rawRows = raw == null ? null : test ? raw.test() : raw.train();
    boolean rawOk = rawRows != null && Arrays.equals(rawRows.labels(), shown.labels());
    Dataset pixels = rawOk ? rawRows : shown;
    List<Integer> order = new ArrayList<>();
    int wrong = 0;
    for (int r = 0; r < shown.size(); r++) {
      order.add(r);
      if (rows.classes()[r] != shown.label(r)) {
        wrong++;
      }
    }
    int[] labels = shown.labels();
    order.sort(
        Comparator.<Integer>comparingInt(r -> rows.classes()[r] == labels[r] ? 1 : 0)
            .thenComparing(r -> rows.classes()[r] == labels[r] ? 0 : -rows.confidence()[r])
            .thenComparingInt(r -> r));
    List<Tile> list = new ArrayList<>();
    for (int k = 0; k < Math.min(MAX_TILES, order.size()); k++) {
      int r = order.get(k);
      list.add(
          new Tile(r, grey(pixels, r, rawOk), labels[r], rows.classes()[r], rows.confidence()[r]));
    }
    String title =
        String.format(
            Locale.ROOT,
            "%s examples, misclassified first: %,d of %,d wrong (epoch %s)%s",
            test ? "Test" : "Training",
            wrong,
            shown.size(),
            EpochText.of(s.metricsEpoch()),
            rawOk ? "" : " · the inputs as the network sees them (standardised)");
    return new Tiles(side, List.copyOf(list), title, shown.classNames());
  }

  /** Row r as grey pixels, ink dark: raw values from 0 to the row's largest, else min to max. */
  static int[] grey(Dataset d, int r, boolean raw) {
    int n = d.dimension();
    double lo = raw ? 0 : Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      lo = Math.min(lo, d.x(r, i));
      hi = Math.max(hi, d.x(r, i));
    }
    double span = hi > lo ? hi - lo : 1;
    int[] argb = new int[n];
    for (int i = 0; i < n; i++) {
      int v = 255 - (int) Math.round(255 * (d.x(r, i) - lo) / span);
      argb[i] = 0xFF000000 | v << 16 | v << 8 | v;
    }
    return argb;
  }

  /** W₁[unit, :] as an image, blue positive, orange negative, full colour at the largest |w|. */
  static UnitWeights weights(FrozenNetwork net, int unit, int side) {
    int d = net.inputSize();
    double scale = 0;
    for (int i = 0; i < d; i++) {
      scale = Math.max(scale, Math.abs(net.w(0, unit, i)));
    }
    double s = scale > 0 ? scale : 1;
    int[] argb = new int[d];
    for (int i = 0; i < d; i++) {
      argb[i] = Palette.diverging(net.w(0, unit, i) / s);
    }
    String title =
        String.format(
            Locale.ROOT,
            "Unit %d of hidden layer 1: its %,d incoming weights W₁[%d, :] as a %d×%d image",
            unit + 1,
            d,
            unit + 1,
            side,
            side);
    return new UnitWeights(side, argb, unit, scale, title);
  }

  /** The side of the square images the inputs are, 0 when they are not images. */
  public ReadOnlyIntegerProperty imageSideProperty() {
    return imageSide.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty imageDataProperty() {
    return imageData.getReadOnlyProperty();
  }

  /**
   * The row (of the rows the tiles come from) the diagram's input column shows; −1: the first.
   * Clicking a tile selects its row.
   */
  public IntegerProperty selectedRowProperty() {
    return selectedRow;
  }

  /** The example the diagram's input column shows (null: the data are not images). */
  public ReadOnlyObjectProperty<Example> exampleProperty() {
    return example.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Tiles> tilesProperty() {
    return tiles.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<UnitWeights> weightsProperty() {
    return weights.getReadOnlyProperty();
  }

  /** The unit of the first hidden layer whose weights are drawn (0-based). */
  public IntegerProperty unitProperty() {
    return unit;
  }

  /** Units of the first hidden layer. */
  public ReadOnlyIntegerProperty unitsProperty() {
    return units.getReadOnlyProperty();
  }
}
