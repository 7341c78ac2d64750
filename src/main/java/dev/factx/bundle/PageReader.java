package dev.factx.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads one web page from a stream: standard input, or a file named on its own that is no
 * {@code .html} file but a page all the same (its first character is {@code <}, or
 * {@code --input-format html} says so). The article's id is generated for standard input and is
 * the file name without its ending otherwise.
 */
final class PageReader extends ArticleReader {
  private final InputStream in;
  private final Consumer<String> notes;
  private boolean done;

  /**
   * @param in the page's bytes, closed by {@link #close()}
   * @param file the input as the user named it ({@code -} for standard input)
   * @param notes receives the page's notes
   */
  PageReader(InputStream in, String file, Ids ids, Consumer<String> notes) {
    super(file, ids);
    this.in = in;
    this.notes = notes;
  }

  @Override
  String noArticlesMessage() {
    return "the input is empty; give a saved web page";
  }

  @Override
  Article read() {
    if (done) {
      return null;
    }
    done = true;
    int position = ids.nextPosition();
    String id = null;
    if (!file.equals("-")) {
      String name = Path.of(file).getFileName().toString();
      int dot = name.lastIndexOf('.');
      id = ids.fromFileName(dot > 0 ? name.substring(0, dot) : name, file);
    }
    boolean generated = id == null;
    if (generated) {
      id = Ids.generated(position); // provisional until every input is read (Ids.settle)
    }
    byte[] bytes;
    try {
      bytes = Limits.readWhole(in, file, id); // a page is read whole: at most the limit
    } catch (IOException e) {
      throw new InputException(file, 0, "cannot read the input (" + e.getMessage()
          + "); check that the file is readable");
    }
    return page(bytes, file, id, generated, notes);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
