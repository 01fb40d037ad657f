import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks PIT's mutation score per package against a threshold per package.
 *
 * <p>Run by the {@code mutation} Maven profile after {@code pitest-maven:mutationCoverage}:
 * {@code java src/build/PitThresholds.java target/pit-reports nn=92 data=92 ...}, where the
 * folder holds one {@code mutations.xml} per PIT execution (one a package, in a folder each).
 * A package is the segment after {@code lab.backprop.}; the score is PIT's: detected mutants
 * (killed, timed out, memory or run error) over all mutants, those no test reaches included.
 * Exits 1 when a package scores below its threshold or has no mutants at all (a
 * misconfiguration, not a pass).
 */
public class PitThresholds {
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: PitThresholds REPORTS-FOLDER package=percent...");
      System.exit(2);
    }
    List<Path> reports = new ArrayList<>();
    try (var folders = Files.list(Path.of(args[0]))) {
      folders
          .map(f -> f.resolve("mutations.xml"))
          .filter(Files::isRegularFile)
          .sorted()
          .forEach(reports::add);
    } catch (java.io.IOException e) {
      System.err.println("PIT reports not found: " + e.getMessage());
      System.exit(1);
    }
    Map<String, Integer> thresholds = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      String[] kv = args[i].split("=", 2);
      thresholds.put(kv[0], Integer.parseInt(kv[1]));
    }

    Map<String, int[]> counts = new TreeMap<>(); // total, detected, survived, no coverage
    for (Path report : reports) {
      NodeList mutations =
          DocumentBuilderFactory.newInstance()
              .newDocumentBuilder()
              .parse(report.toFile())
              .getElementsByTagName("mutation");
      for (int i = 0; i < mutations.getLength(); i++) {
        Element m = (Element) mutations.item(i);
        String cls = m.getElementsByTagName("mutatedClass").item(0).getTextContent();
        String pkg = cls.replaceFirst("^lab\\.backprop\\.", "").replaceFirst("\\..*$", "");
        int[] c = counts.computeIfAbsent(pkg, k -> new int[4]);
        c[0]++;
        if (Boolean.parseBoolean(m.getAttribute("detected"))) {
          c[1]++;
        } else if ("NO_COVERAGE".equals(m.getAttribute("status"))) {
          c[3]++;
        } else {
          c[2]++;
        }
      }
    }

    boolean failed = false;
    System.out.printf("%-8s %8s %8s %8s %8s %7s %9s%n",
        "package", "mutants", "killed", "survived", "no cover", "score", "threshold");
    for (Map.Entry<String, Integer> t : thresholds.entrySet()) {
      int[] c = counts.getOrDefault(t.getKey(), new int[4]);
      double score = c[0] == 0 ? 0 : 100.0 * c[1] / c[0];
      boolean ok = c[0] > 0 && score >= t.getValue();
      failed |= !ok;
      System.out.printf("%-8s %8d %8d %8d %8d %6.1f%% %8d%% %s%n",
          t.getKey(), c[0], c[1], c[2], c[3], score, t.getValue(), ok ? "ok" : "FAILED");
    }
    for (String pkg : counts.keySet()) {
      if (!thresholds.containsKey(pkg)) {
        System.out.println("(mutated but without a threshold: " + pkg + ")");
        failed = true;
      }
    }
    if (failed) {
      System.err.println("Mutation score below its threshold (or a package without one).");
      System.exit(1);
    }
  }
}
