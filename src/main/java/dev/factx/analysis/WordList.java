package dev.factx.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * One word list of the lexicon, read from {@code dev/factx/analysis/lexicon/NAME.txt} the way
 * Lucene's {@code WordlistLoader} reads its lists: UTF-8, one entry a line, {@code #} starts a
 * comment line, blank lines are skipped and entries are trimmed. A line may hold several entries
 * separated by {@code " | "}: a group whose first entry names it ({@code september | sept | sep}).
 * A backslash before a leading {@code #} keeps it as an entry.
 */
public final class WordList {
  private static final String SEPARATOR = " | ";

  /**
   * Longer strings first. A class rather than a lambda: a lambda's call site is linked at its
   * first run, a cost paid at every start.
   */
  private static final java.util.Comparator<String> LONGER_FIRST = new java.util.Comparator<>() {
    @Override
    public int compare(String x, String y) {
      return Integer.compare(y.length(), x.length());
    }
  };

  private final String name;
  private final List<List<String>> groups;

  private WordList(String name, List<List<String>> groups) {
    this.name = name;
    this.groups = groups;
  }

  /** Reads the list {@code name} of the lexicon; a list that is missing is a build error. */
  public static WordList load(String name) {
    String text = Lists.PACKED.get(name);
    if (text == null) {
      String resource = "lexicon/" + name + ".txt";
      try {
        text = Lists.resource(resource);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read word list " + resource, e);
      }
      if (text == null) {
        throw new IllegalStateException("no word list " + resource);
      }
    }
    return parse(name, text);
  }

  /**
   * The lists straight from the jar or class folder this class was loaded from, when it was loaded
   * from a file (else {@link #load} asks the class loader). {@link Class#getResourceAsStream}
   * makes a URL and a jar connection for every resource, which for the hundred lists read at
   * start-up cost more than the reading: about a tenth of the seed bundle's run. Each list is
   * looked up by its name: a pass over all the jar's entries (its libraries' too) costs as much.
   * The build packs the lists into one resource ({@link LexiconPack}), read once; a list the pack
   * lacks (none, after a build) is read on its own.
   */
  private static final class Lists {
    private static final String FOLDER = WordList.class.getPackageName().replace('.', '/') + "/";

    /** The jar, open for the run, or null. */
    private static final ZipFile JAR;

    /** The class folder, or null. */
    private static final Path CLASSES;

    static {
      ZipFile jar = null;
      Path classes = null;
      try {
        CodeSource source = WordList.class.getProtectionDomain().getCodeSource();
        URL url = source == null ? null : source.getLocation();
        if (url != null && "file".equals(url.getProtocol())) {
          Path home = Path.of(url.toURI());
          if (Files.isDirectory(home)) {
            classes = home;
          } else if (Files.isRegularFile(home)) {
            jar = new ZipFile(home.toFile());
          }
        }
      } catch (IOException | URISyntaxException | RuntimeException e) {
        // the class loader reads them one by one, as it can
      }
      JAR = jar;
      CLASSES = classes;
    }

    /** The packed lists' texts by name, or none when there is no pack. */
    static final Map<String, String> PACKED = packed();

    private static Map<String, String> packed() {
      byte[] pack;
      try {
        pack = bytes("lexicon.pack");
      } catch (IOException e) {
        pack = null; // each list is read on its own
      }
      return pack == null ? Map.of() : LexiconPack.lists(pack);
    }

    /**
     * The text of {@code resource} (relative to this class's package) read straight from the jar
     * or class folder when it can be ({@link #read}), else through the class loader; null when it
     * is not there.
     */
    static String resource(String resource) throws IOException {
      byte[] bytes = bytes(resource);
      return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** The bytes of {@code resource}, read as {@link #resource} reads it; null when not there. */
    static byte[] bytes(String resource) throws IOException {
      byte[] bytes = read(resource);
      if (bytes != null) {
        return bytes;
      }
      try (InputStream in = WordList.class.getResourceAsStream(resource)) {
        return in == null ? null : in.readAllBytes();
      }
    }

    /**
     * The bytes of {@code resource} (relative to this class's package) straight from the jar or
     * class folder, or null when it is not found or cannot be read that way.
     */
    private static byte[] read(String resource) {
      try {
        if (JAR != null) {
          ZipEntry e = JAR.getEntry(FOLDER + resource);
          if (e != null && !e.isDirectory()) {
            try (InputStream in = JAR.getInputStream(e)) {
              return in.readAllBytes();
            }
          }
        } else if (CLASSES != null) {
          Path f = CLASSES.resolve(FOLDER + resource);
          if (Files.isRegularFile(f)) {
            return Files.readAllBytes(f);
          }
        }
      } catch (IOException | RuntimeException e) {
        // the class loader reads it, as it can
      }
      return null;
    }
  }

  /** Whether a stripped line of a list holds entries: it is neither blank nor a comment. */
  static boolean holdsEntries(String stripped) {
    return !stripped.isEmpty() && !stripped.startsWith("#");
  }

  /** Parses the text of a list (by hand: it runs at start-up, for every list). */
  static WordList parse(String name, String text) {
    List<List<String>> groups = new ArrayList<>();
    int at = 0;
    while (at < text.length()) {
      int nl = text.indexOf('\n', at);
      int end = nl < 0 ? text.length() : nl;
      String t = text.substring(at, end).strip();
      at = end + 1;
      if (!holdsEntries(t)) {
        continue;
      }
      if (t.startsWith("\\#")) {
        t = t.substring(1);
      }
      if (t.indexOf(SEPARATOR) < 0) {
        groups.add(List.of(t)); // most lines hold one entry (t is stripped and not empty)
        continue;
      }
      List<String> entries = new ArrayList<>(2);
      int from = 0;
      while (true) {
        int sep = t.indexOf(SEPARATOR, from);
        String e = (sep < 0 ? t.substring(from) : t.substring(from, sep)).strip();
        if (!e.isEmpty()) {
          entries.add(e);
        }
        if (sep < 0) {
          break;
        }
        from = sep + SEPARATOR.length();
      }
      groups.add(List.copyOf(entries));
    }
    return new WordList(name, List.copyOf(groups));
  }

  /** The list's name, its file name without {@code .txt}. */
  public String name() {
    return name;
  }

  /** Every entry in file order. */
  public List<String> entries() {
    List<String> out = new ArrayList<>();
    for (List<String> g : groups) {
      out.addAll(g);
    }
    return List.copyOf(out);
  }

  /** Every entry, as an immutable set. */
  public Set<String> set() {
    return Set.copyOf(entries());
  }

  /** The entries line by line. */
  public List<List<String>> groups() {
    return groups;
  }

  /** Each entry mapped to the first entry of its line (its group's name), in file order. */
  public Map<String, String> canonical() {
    Map<String, String> out = new LinkedHashMap<>();
    for (List<String> g : groups) {
      for (String e : g) {
        out.putIfAbsent(e, g.get(0));
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * Entries that stand on two lines, or twice on one line other than as its name (a list should
   * hold each entry once; "nearly | just under | nearly" names its group after one of its words).
   */
  public Set<String> repeated() {
    Set<String> seen = new LinkedHashSet<>();
    Set<String> twice = new LinkedHashSet<>();
    for (List<String> g : groups) {
      Set<String> line = new LinkedHashSet<>();
      for (int i = 0; i < g.size(); i++) {
        if (!line.add(g.get(i)) && !g.get(i).equals(g.get(0))) {
          twice.add(g.get(i));
        }
      }
      for (String e : line) {
        if (!seen.add(e)) {
          twice.add(e);
        }
      }
    }
    return twice;
  }

  /** Entries sorted longest first (stable), for regular-expression alternations. */
  public List<String> longestFirst() {
    String[] a = entries().toArray(new String[0]);
    Arrays.sort(a, LONGER_FIRST);
    return List.of(a);
  }
}
