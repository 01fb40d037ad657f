package lab.backprop.ui.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The layer titles' places, with a monospaced stand-in for text widths: every character is 0.5 of
 * the type size wide (bold 0.6), so the widths below are hand arithmetic.
 */
class DiagramTitlesTest {
  // every width below is the room between the margins plus 2 · DiagramTitles.MARGIN (8 px)
  private static final DiagramTitles.Measure MONO =
      (text, size, bold) -> text.length() * size * (bold ? 0.6 : 0.5);

  /** input 784 · hidden 1 256 · relu · hidden 2 64 · relu · output 10 · softmax_ce. */
  private static final List<DiagramTitles.Column> MNIST =
      List.of(
          new DiagramTitles.Column("input", "in", "784", ""),
          new DiagramTitles.Column("hidden 1", "h1", "256", "relu"),
          new DiagramTitles.Column("hidden 2", "h2", "64", "relu"),
          new DiagramTitles.Column("output", "out", "10", "softmax_ce"));

  @Test
  void withRoomEachTitleIsCentredOnItsColumnAtTheLargestSize() {
    double[] x = {100, 400, 700, 1000};
    DiagramTitles.Plan plan = DiagramTitles.plan(MNIST, x, 1100, 20, 12, MONO);
    assertThat(plan.size()).isEqualTo(20);
    for (int c = 0; c < 4; c++) {
      assertThat(plan.titles().get(c).centre()).isEqualTo(x[c]);
    }
    // "10 · softmax_ce": 15 characters × 10 px, wider than "output" bold (6 × 12)
    assertThat(plan.titles().get(3).width()).isEqualTo(150);
    assertThat(plan.titles().get(3).lines()).containsExactly("output", "10 · softmax_ce");
    assertThat(plan.lines()).isEqualTo(2);
  }

  @Test
  void closeColumnsMoveTheTitlesApartAndInsideTheEdges() {
    // at 20 px the titles are 60 (input bold), 100 (256 · relu), 96 (hidden 2 bold), 150 px wide:
    // 406 px and three gaps of 15 px fit in 468 − 2·4 px, but not centred on these columns
    double[] x = {44, 170, 296, 424};
    DiagramTitles.Plan plan = DiagramTitles.plan(MNIST, x, 468, 20, 12, MONO);
    assertThat(plan.size()).isEqualTo(20);
    assertApartAndInside(plan, 468);
    // the output title ends at the right margin (4 px), and the titles take the whole width
    // between the margins: the input title starts at 4 + 460 − 451 = 13, its centre 30 further
    assertThat(plan.titles().get(3).right()).isCloseTo(464, within(1e-9));
    assertThat(plan.titles().get(0).centre()).isCloseTo(43, within(1e-9));
  }

  @Test
  void tooCloseForFullSizeTheTypeShrinksBeforeAnyWordIsLeftOut() {
    // two lines take 20.3·s and three gaps of 0.75·s: 451 px at 20 px, 423.9 at 18.8 (one step),
    // in 430 px between the margins
    DiagramTitles.Plan plan =
        DiagramTitles.plan(MNIST, new double[] {44, 164, 284, 404}, 438, 20, 12, MONO);
    assertThat(plan.size()).isCloseTo(18.8, within(1e-9));
    assertThat(plan.titles().get(3).lines()).containsExactly("output", "10 · softmax_ce");
    assertApartAndInside(plan, 438);

    // three lines take (3 + 4.8 + 4.8 + 5)·s + 2.25·s = 19.85·s; in 330 px (inner) two lines need
    // 14.6 px, below three quarters of 20, while three lines fit at 20·0.94³ = 16.61 px
    DiagramTitles.Plan three =
        DiagramTitles.plan(MNIST, new double[] {34, 124, 214, 304}, 338, 20, 12, MONO);
    assertThat(three.size()).isCloseTo(20 * 0.94 * 0.94 * 0.94, within(1e-9));
    assertThat(three.lines()).isEqualTo(3);
    assertThat(three.titles().get(3).lines()).containsExactly("output", "10", "softmax_ce");
    assertApartAndInside(three, 338);

    // in 270 px (inner): two lines need 11.97 px (below the least 12), three lines 13.6 px:
    // 20·0.94⁷
    DiagramTitles.Plan small =
        DiagramTitles.plan(MNIST, new double[] {34, 104, 174, 244}, 278, 20, 12, MONO);
    assertThat(small.size()).isCloseTo(20 * Math.pow(0.94, 7), within(1e-9));
    assertThat(small.lines()).isEqualTo(3);
    assertApartAndInside(small, 278);
  }

  @Test
  void stillTooCloseTheTitlesAreShortened() {
    // in 220 px (inner) three lines would need 220 / 19.85 = 11.08 px, below the least size:
    // in/784, h1/256, h2/64,
    // out/10 take (1.5 + 1.5 + 1.2 + 1.8)·s = 6·s and three gaps: 165 px at 20 px
    DiagramTitles.Plan plan =
        DiagramTitles.plan(MNIST, new double[] {24, 84, 144, 204}, 228, 20, 12, MONO);
    assertThat(plan.size()).isEqualTo(20);
    assertThat(plan.titles().get(1).lines()).containsExactly("h1", "256");
    assertThat(plan.titles().get(3).lines()).containsExactly("out", "10");
    assertApartAndInside(plan, 228);
  }

  @Test
  void whenNothingFitsTheShortTitlesShareTheWidthAndStillDoNotOverlap() {
    double[] x = {14, 34, 54, 74};
    DiagramTitles.Plan plan = DiagramTitles.plan(MNIST, x, 88, 20, 12, MONO);
    assertThat(plan.size()).isEqualTo(12);
    assertApartAndInside(plan, 88);
  }

  private static void assertApartAndInside(DiagramTitles.Plan plan, double width) {
    List<DiagramTitles.Title> t = plan.titles();
    for (int c = 0; c < t.size(); c++) {
      assertThat(t.get(c).left()).as("title %d inside", c).isGreaterThanOrEqualTo(4 - 1e-9);
      assertThat(t.get(c).right()).as("title %d inside", c).isLessThanOrEqualTo(width - 4 + 1e-9);
      if (c > 0) {
        assertThat(t.get(c).left() - t.get(c - 1).right())
            .as("room between titles %d and %d", c - 1, c)
            .isGreaterThanOrEqualTo(DiagramTitles.gap(plan.size()) - 1e-9);
      }
    }
  }
}
