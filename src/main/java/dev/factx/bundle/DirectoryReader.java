package dev.factx.bundle;

import dev.factx.bundle.LineReader.Line;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads a directory: each regular {@code .txt}, {@code .md}, {@code .html} or {@code .htm} file,
 * in name order, is one article whose id is the file name without its ending, made valid ({@link
 * Ids#fromFileName}); the file may start with a header block. A web page is read by {@link
 * HtmlPageReader}. Also reads one such file named on its own as a plain article ({@link #single}),
 * and standard input read as text ({@link #stream}).
 */
final class DirectoryReader extends ArticleReader {
  private final Iterator<String> paths;
  private final Consumer<String> notes;
  /** The one article of a stream ({@link #stream}), or null for files. */
  private LineReader stream;
  private boolean streamRead;
  /** The bytes of a single file already read (a named pipe can be read only once), or null. */
  private byte[] content;

  private DirectoryReader(String file, Ids ids, List<String> paths, Consumer<String> notes) {
    super(file, ids);
    this.paths = paths.iterator();
    this.notes = notes;
  }

  /**
   * @param dir the directory
   * @param file the directory as the user named it
   * @param notes receives a note for each file that is skipped
   */
  DirectoryReader(Path dir, String file, Ids ids, Consumer<String> notes) {
    this(file, ids, articles(dir, file, notes), notes);
  }

  /** Reads the file {@code file} (a user-named .txt, .md or .html file) as one article. */
  static DirectoryReader single(String file, Ids ids, Consumer<String> notes) {
    return new DirectoryReader(file, ids, List.of(file), notes);
  }

  /**
   * Reads {@code content}, all bytes of the user-named .txt, .md or .html file {@code file} (a
   * named pipe, read once already), as one article, as {@link #single} reads a regular file.
   */
  static DirectoryReader single(String file, Ids ids, Consumer<String> notes, byte[] content) {
    DirectoryReader r = single(file, ids, notes);
    r.content = content;
    return r;
  }

  /** Reads {@code lines} (standard input read as text) as one plain article without an id. */
  static DirectoryReader stream(LineReader lines, String file, Ids ids, Consumer<String> notes) {
    DirectoryReader r = new DirectoryReader(file, ids, List.of(), notes);
    r.stream = lines;
    return r;
  }

  /**
   * Whether a user-named file is a plain article rather than a bundle: its name ends in .html or
   * .htm, or in .txt or .md and no line starting with {@code ===} is an article line. A line of
   * only {@code =} right under a line of text is a Markdown (setext) title underline, not an
   * article line.
   */
  static boolean isPlainArticle(Path file) throws IOException {
    return hasArticleName(file) && isPlainArticle(file, Files.newInputStream(file));
  }

  /** Whether a file's name ends in .txt, .md, .html or .htm, the names of articles. */
  static boolean hasArticleName(Path file) {
    Path name = file.getFileName();
    return name != null && ending(name.toString()) > 0;
  }

  /**
   * {@link #isPlainArticle(Path)} for a file with an article's name whose bytes come from {@code
   * bytes} (closed after).
   */
  static boolean isPlainArticle(Path file, InputStream bytes) throws IOException {
    if (isPage(file.getFileName().toString())) {
      bytes.close();
      return true;
    }
    // ISO 8859-1 reads any bytes; the delimiter is ASCII
    try (BufferedReader in = new BufferedReader(
        new java.io.InputStreamReader(bytes, StandardCharsets.ISO_8859_1))) {
      String line = in.readLine();
      if (line != null && line.startsWith("\u00EF\u00BB\u00BF")) {
        line = line.substring(3); // a UTF-8 byte order mark
      }
      String previous = "";
      for (; line != null; previous = line, line = in.readLine()) {
        if (line.startsWith("===") && !(isUnderline(line) && isTitle(previous))) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isUnderline(String line) {
    return line.strip().chars().allMatch(c -> c == '=');
  }

  /** Whether a line can be a setext title: text, not blank and not itself an article line. */
  private static boolean isTitle(String line) {
    return !Headers.isBlank(line) && !line.startsWith("===");
  }

  private static List<String> articles(Path dir, String file, Consumer<String> notes) {
    String prefix = file.endsWith("/") ? file : file + "/";
    List<String> articles = new ArrayList<>();
    List<String> all;
    try (Stream<Path> s = Files.list(dir)) {
      all = new ArrayList<>();
      for (Iterator<Path> it = s.iterator(); it.hasNext(); ) {
        all.add(it.next().getFileName().toString());
      }
      java.util.Collections.sort(all);
    } catch (IOException e) {
      throw new InputException(file, 0, "cannot list the directory (" + e.getMessage()
          + "); check its permissions");
    }
    for (String name : all) {
      if (name.startsWith(".")) {
        continue; // hidden files (.DS_Store, .gitkeep) are not meant as input
      }
      Path p = dir.resolve(name);
      if (Files.isRegularFile(p) && ending(name) > 0) {
        articles.add(prefix + name);
      } else {
        notes.accept(prefix + name + ": note: skipped; only regular .txt, .md and .html files are"
            + " read as articles");
      }
    }
    return articles;
  }

  /** The length of a name's {@code .txt}, {@code .md}, {@code .html} or {@code .htm} ending, or 0. */
  private static int ending(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".txt") || lower.endsWith(".htm") ? 4 : lower.endsWith(".md") ? 3
        : lower.endsWith(".html") ? 5 : 0;
  }

  /** Whether a name ends in {@code .html} or {@code .htm}. */
  private static boolean isPage(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".html") || lower.endsWith(".htm");
  }

  @Override
  public void close() throws IOException {
    if (stream != null) {
      stream.close();
    }
  }

  @Override
  int noArticlesLine() {
    return 0;
  }

  @Override
  String noArticlesMessage() {
    return "the directory holds no articles; put one .txt, .md or .html file per article in it";
  }

  @Override
  Article read() {
    if (stream != null) {
      if (streamRead) {
        return null;
      }
      streamRead = true;
      return readFile(stream, file, Ids.generated(ids.nextPosition()), true);
    }
    while (paths.hasNext()) {
      Article a = read(paths.next());
      if (a != null) {
        return a;
      }
    }
    return null;
  }

  /** Reads one file, or returns null for a page without an article (recorded as skipped). */
  private Article read(String path) {
    String name = Path.of(path).getFileName().toString();
    int position = ids.nextPosition();
    String id = ids.fromFileName(name.substring(0, name.length() - ending(name)), path);
    boolean generated = id == null;
    if (generated) {
      id = Ids.generated(position); // provisional until every input is read (Ids.settle)
    }
    if (isPage(name)) {
      try {
        if (content == null && Files.size(Path.of(path)) > Limits.max()) {
          // a size check before reading the whole page into memory
          throw new InputException(path, 0, Limits.article(id));
        }
        byte[] page = content != null ? content : Files.readAllBytes(Path.of(path));
        return page(page, path, id, generated, notes);
      } catch (IOException e) {
        throw new InputException(path, 0, "cannot read the file (" + e.getMessage()
            + "); check its permissions");
      }
    }
    InputStream in;
    try {
      in = content != null ? new java.io.ByteArrayInputStream(content)
          : Files.newInputStream(Path.of(path));
    } catch (IOException e) {
      throw new InputException(path, 0, "cannot read the file (" + e.getMessage()
          + "); check its permissions");
    }
    try (LineReader lines = new LineReader(in, path)) {
      return readFile(lines, path, id, generated);
    } catch (IOException e) {
      throw new InputException(path, 0, "cannot close the file (" + e.getMessage() + ")");
    }
  }

  private Article readFile(LineReader lines, String path, String id, boolean generated) {
    // The lines up to the first blank line are a header block only when every one is a header.
    List<Line> head = new ArrayList<>();
    Line line = lines.next();
    boolean headers = line != null && !Headers.isBlank(line.text());
    while (line != null && !Headers.isBlank(line.text())) {
      head.add(line);
      headers &= Headers.parse(line.text()) != null;
      line = lines.next();
    }
    Map<String, String> own = new LinkedHashMap<>();
    BodyBuilder body = new BodyBuilder(path, id);
    if (headers) {
      for (Line h : head) {
        Headers.Entry e = Headers.parse(h.text());
        String wrong = Headers.check(e.key(), e.value(), own);
        if (wrong != null) {
          problem(path, h.number(), wrong);
        } else {
          own.put(e.key(), e.value());
        }
      }
      line = line == null ? null : lines.next();
    } else {
      for (Line h : head) {
        body.add(h.text(), h.number(), 0);
      }
    }
    while (line != null) {
      body.add(line.text(), line.number(), 0);
      line = lines.next();
    }
    String text = body.body();
    return new Article(id, generated, own, headers(), text, path,
        body.sourceMap(text, lines.lineNumber() + 1));
  }
}
