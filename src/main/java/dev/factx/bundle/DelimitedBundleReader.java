package dev.factx.bundle;

import dev.factx.bundle.LineReader.Line;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the delimited bundle format (see the bundle format specification) article by article. */
final class DelimitedBundleReader extends ArticleReader {
  static final String VERSION_LINE = "#factx-bundle 1";

  private final LineReader lines;
  private Line pending; // the delimiter line of the next article, null at the end

  DelimitedBundleReader(LineReader lines, String file, Ids ids) {
    super(file, ids);
    this.lines = lines;
    readPreamble();
    throwIfProblems();
  }

  static boolean isDelimiter(String line) {
    return line.startsWith("===");
  }

  private void readPreamble() {
    Line line;
    while ((line = lines.next()) != null) {
      String t = line.text();
      if (isDelimiter(t)) {
        pending = line;
        return;
      }
      if (line.number() == 1 && t.startsWith("#factx-bundle") && !t.equals(VERSION_LINE)) {
        problem(1, "unsupported version line " + Headers.quote(t) + "; this reader knows '"
            + VERSION_LINE + "'");
        continue;
      }
      if (t.startsWith("#") || Headers.isBlank(t)) {
        continue;
      }
      Headers.Entry e = Headers.parse(t);
      if (e == null) {
        problem(line.number(), "line " + Headers.quote(t) + " before the first article is not a"
            + " comment ('#'), a bundle header ('key: value') or an article line ('=== ID');"
            + " start comments with '#'");
      } else {
        addBundleHeader(e.key(), e.value(), line.number());
      }
    }
  }

  @Override
  Article read() {
    if (pending == null) {
      return null;
    }
    Line delimiter = pending;
    pending = null;
    int position = ids.nextPosition();
    String where = file + ":" + delimiter.number();
    String written = delimiter.text().substring(3).strip();
    boolean generated = written.isEmpty();
    String id = generated ? Ids.generated(position) : written;
    // a generated id is provisional until every input is read (Ids.settle)
    String wrong = null;
    if (!generated && !Ids.ID.matcher(written).matches()) {
      wrong = "an article line holds '===' and an optional id, found "
          + Headers.quote(delimiter.text()) + "; write '=== ID' with letters, digits, '.', '_' and"
          + " '-' in the id, or write a body line that starts with '===' as '\\==='";
    } else if (!generated) {
      wrong = ids.claim(id, where);
    }
    if (wrong != null) {
      problem(delimiter.number(), wrong);
    }

    Map<String, String> own = new LinkedHashMap<>();
    Line line = lines.next();
    while (line != null && !isDelimiter(line.text()) && !Headers.isBlank(line.text())) {
      Headers.Entry e = Headers.parse(line.text());
      if (e == null) {
        problem(line.number(), "line " + Headers.quote(line.text()) + " in the header block of"
            + " article '" + id + "' is not a header 'key: value'; put a blank line before the"
            + " body");
        break;
      }
      addHeader(own, e.key(), e.value(), line.number());
      line = lines.next();
    }
    if (line != null && Headers.isBlank(line.text())) {
      line = lines.next();
    }

    BodyBuilder body = new BodyBuilder(file, id);
    while (line != null && !isDelimiter(line.text())) {
      String t = line.text();
      int shift = isEscaped(t) ? 1 : 0;
      body.add(t.substring(shift), line.number(), shift);
      line = lines.next();
    }
    pending = line;
    String text = body.body();
    return article(id, generated, own, text, body.sourceMap(text, lines.lineNumber() + 1));
  }

  /** Whether a body line is an escaped {@code ===} line: backslashes, then {@code ===}. */
  static boolean isEscaped(String line) {
    int k = 0;
    while (k < line.length() && line.charAt(k) == '\\') {
      k++;
    }
    return k > 0 && line.startsWith("===", k);
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
