package dev.factx.bundle;

import dev.factx.bundle.LineReader.Line;
import java.io.IOException;
import java.io.InputStream;
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
 * Reads a directory: each regular {@code .txt} or {@code .md} file, in name order, is one article
 * whose id is the file name without its ending; the file may start with a header block.
 */
final class DirectoryReader extends ArticleReader {
  private final Iterator<String> names;
  private final String prefix;

  /**
   * @param dir the directory
   * @param file the directory as the user named it
   * @param notes receives a note for each file that is skipped
   */
  DirectoryReader(Path dir, String file, Ids ids, Consumer<String> notes) {
    super(file, ids);
    this.prefix = file.endsWith("/") ? file : file + "/";
    List<String> articles = new ArrayList<>();
    List<String> all;
    try (Stream<Path> s = Files.list(dir)) {
      all = s.map(p -> p.getFileName().toString()).sorted().toList();
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
        articles.add(name);
      } else {
        notes.accept(prefix + name + ": note: skipped; only regular .txt and .md files are read"
            + " as articles");
      }
    }
    names = articles.iterator();
  }

  /** The length of a name's {@code .txt} or {@code .md} ending, or 0. */
  private static int ending(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".txt") ? 4 : lower.endsWith(".md") ? 3 : 0;
  }

  @Override
  int noArticlesLine() {
    return 0;
  }

  @Override
  String noArticlesMessage() {
    return "the directory holds no articles; put one .txt or .md file per article in it";
  }

  @Override
  Article read() {
    if (!names.hasNext()) {
      return null;
    }
    String name = names.next();
    String path = prefix + name;
    String id = name.substring(0, name.length() - ending(name));
    ids.nextPosition();
    String wrong = Ids.check(id);
    if (wrong == null) {
      wrong = ids.take(id, path);
    }
    if (wrong != null) {
      problem(path, 0, wrong + " (the id is the file name without its ending)");
    }
    InputStream in;
    try {
      in = Files.newInputStream(Path.of(path));
    } catch (IOException e) {
      throw new InputException(path, 0, "cannot read the file (" + e.getMessage()
          + "); check its permissions");
    }
    try (LineReader lines = new LineReader(in, path)) {
      return readFile(lines, path, id);
    } catch (IOException e) {
      throw new InputException(path, 0, "cannot close the file (" + e.getMessage() + ")");
    }
  }

  private Article readFile(LineReader lines, String path, String id) {
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
    BodyBuilder body = new BodyBuilder();
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
    return new Article(id, false, own, headers(), text, path,
        body.sourceMap(text, lines.lineNumber() + 1));
  }
}
