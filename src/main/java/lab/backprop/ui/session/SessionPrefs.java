package lab.backprop.ui.session;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the window remembers between runs: its size, the last folder of a session file and the
 * recent session files, in a {@link Preferences} node. The node is {@value #DEFAULT_NODE} of the
 * user's preferences unless the system property {@value #NODE_PROPERTY} names another, or is
 * {@value #MEMORY} (kept in memory only: the tests' setting, so they never touch the user's).
 */
public final class SessionPrefs {
  public static final String NODE_PROPERTY = "backprop.prefs.node";
  public static final String DEFAULT_NODE = "/lab/backprop";
  public static final String MEMORY = "none";

  /** Most recent files listed. */
  public static final int MAX_RECENT = 8;

  private static final String WIDTH = "window.width";
  private static final String HEIGHT = "window.height";
  private static final String FOLDER = "session.folder";
  private static final String RECENT = "session.recent";

  private final Preferences node;
  private final java.util.Map<String, String> memory = new java.util.HashMap<>();

  /** Preferences kept in {@code node}; null keeps them in memory only. */
  public SessionPrefs(Preferences node) {
    this.node = node;
  }

  /** The node the system property names (see the class comment). */
  public static SessionPrefs fromSystem() {
    String name = System.getProperty(NODE_PROPERTY, DEFAULT_NODE);
    return new SessionPrefs(MEMORY.equals(name) ? null : Preferences.userRoot().node(name));
  }

  /** The saved window size, or null when none was saved. */
  public double[] windowSize() {
    double w = number(WIDTH);
    double h = number(HEIGHT);
    return w > 0 && h > 0 ? new double[] {w, h} : null;
  }

  public void setWindowSize(double width, double height) {
    put(WIDTH, Double.toString(width));
    put(HEIGHT, Double.toString(height));
    flush();
  }

  /** The folder of the last session opened or saved, when it still exists. */
  public Path lastFolder() {
    Path p = path(get(FOLDER));
    return p != null && Files.isDirectory(p) ? p : null;
  }

  /** The recent session files, newest first. */
  public List<Path> recentFiles() {
    List<Path> files = new ArrayList<>();
    String all = get(RECENT);
    if (all != null) {
      for (String line : all.split("\n")) {
        Path p = path(line);
        if (p != null && !files.contains(p) && files.size() < MAX_RECENT) {
          files.add(p);
        }
      }
    }
    return files;
  }

  /** Puts {@code file} first among the recent files and remembers its folder. */
  public List<Path> addRecent(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    List<Path> files = recentFiles();
    files.remove(absolute);
    files.add(0, absolute);
    while (files.size() > MAX_RECENT) {
      files.remove(files.size() - 1);
    }
    setRecent(files);
    if (absolute.getParent() != null) {
      put(FOLDER, absolute.getParent().toString());
    }
    flush();
    return files;
  }

  public void setRecent(List<Path> files) {
    put(RECENT, String.join("\n", files.stream().map(Path::toString).toList()));
    flush();
  }

  private static Path path(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private double number(String key) {
    try {
      String v = get(key);
      return v == null ? -1 : Double.parseDouble(v);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private String get(String key) {
    return node == null ? memory.get(key) : node.get(key, null);
  }

  private void put(String key, String value) {
    if (node == null) {
      memory.put(key, value);
    } else {
      node.put(key, value);
    }
  }

  private void flush() {
    if (node == null) {
      return;
    }
    try {
      node.flush();
    } catch (BackingStoreException e) {
      // the preferences are a convenience: a store that cannot be written loses them, nothing more
    }
  }
}
