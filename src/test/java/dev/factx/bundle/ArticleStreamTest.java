package dev.factx.bundle;

import static dev.factx.bundle.TestInputs.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleStreamTest {
  @TempDir Path dir;

  private static InputStream stdin(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsArticleByArticle() throws IOException {
    StringWriter w = new StringWriter();
    BundleGenerator.write(w, 3000);
    // An input stream that counts how far the reader has read.
    byte[] bytes = w.toString().getBytes(StandardCharsets.UTF_8);
    int[] read = {0};
    InputStream in = new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        int r = super.read(b, off, len);
        read[0] += Math.max(r, 0);
        return r;
      }
    };
    try (ArticleStream s = BundleInputs.open(List.of("-"), InputFormat.AUTO, in, n -> {})) {
      Article first = s.next();
      assertThat(first.id()).isEqualTo("gen-1");
      assertThat(read[0]).isLessThan(200_000).isLessThan(bytes.length / 10);
      assertThat(s.headers()).containsEntry("story", "generated story");
      assertThat(s.stream().count()).isEqualTo(2999);
    }
    assertThat(read[0]).isEqualTo(bytes.length);
  }

  @Test
  void generatedBundleHasGeneratedIdsAndEscapes() throws IOException {
    StringWriter w = new StringWriter();
    BundleGenerator.write(w, 14);
    Bundle b = TestInputs.bundle(w.toString());
    assertThat(ids(b)).contains("gen-1", "a7", "a14").hasSize(14);
    assertThat(b.articles().get(0).body()).contains("\n=== not a delimiter\n");
  }

  @Test
  void severalInputsAreConcatenatedWithPositionsCountedAcrossThem() throws IOException {
    Path one = Files.writeString(dir.resolve("one.bundle"),
        "story: One\ndate: 2025-03-02\ndesk: metro\n=== x\n\nX.\n===\n\nA2.\n");
    Path two = Files.writeString(dir.resolve("two.jsonl"),
        "{\"bundle\": {\"story\": \"Two\", \"date\": \"2025-03-02\"}}\n{\"text\": \"A3.\"}\n");
    try (ArticleStream s = BundleInputs.open(List.of(one.toString(), two.toString(), "-"),
        InputFormat.AUTO, stdin("=== y\n\nY.\n===\n\nA5.\n"), n -> {})) {
      assertThat(s.headers()).containsExactly(entry("story", "One"), entry("date", "2025-03-02"),
          entry("desk", "metro"));
      assertThat(s.commonHeaders()).isEmpty(); // standard input has no bundle headers
      List<Article> all = s.stream().toList();
      assertThat(all).extracting(Article::id).containsExactly("x", "a2", "a3", "y", "a5");
      assertThat(all).extracting(a -> a.header("story")).containsExactly("One", "One", "Two",
          null, null);
      assertThat(all).extracting(Article::file)
          .containsExactly(one.toString(), one.toString(), two.toString(), "-", "-");
    }
  }

  @Test
  void writingSeveralInputsKeepsEveryArticlesEffectiveHeaders() throws IOException {
    Path one = Files.writeString(dir.resolve("one.bundle"), "story: One\n=== x\n\nX.\n");
    Path two = Files.writeString(dir.resolve("two.bundle"), "story: Two\n=== y\n\nY.\n");
    StringWriter out = new StringWriter();
    DelimitedBundleWriter w = new DelimitedBundleWriter(out);
    try (ArticleStream s = BundleInputs.open(List.of(one.toString(), two.toString()),
        InputFormat.AUTO, stdin(""), n -> {})) {
      w.begin(s.commonHeaders());
      s.forEachRemaining(a -> {
        try {
          w.write(a);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
    assertThat(out.toString()).isEqualTo(
        "#factx-bundle 1\n\n=== x\nstory: One\n\nX.\n=== y\nstory: Two\n\nY.\n");
  }

  @Test
  void idsMustBeUniqueAcrossInputs() throws IOException {
    Path one = Files.writeString(dir.resolve("one.bundle"), "=== x\n\nX.\n");
    assertThatThrownBy(() -> BundleInputs.readAll(List.of(one.toString(), "-"),
        InputFormat.AUTO, stdin("{\"id\": \"x\", \"text\": \"again\"}\n"), n -> {}))
        .hasMessage("-:1: error: article id 'x' is used twice (first at " + one + ":1); give each"
            + " article its own id");
  }

  @Test
  void standardInputCanBeNamedOnce() {
    assertThatThrownBy(() -> BundleInputs.readAll(List.of("-", "-"), InputFormat.AUTO,
        stdin("=== x\n\nX.\n"), n -> {}))
        .hasMessage("-: error: standard input is named twice; name '-' once");
  }

  @Test
  void missingFileIsAnError() {
    String missing = dir.resolve("nope.bundle").toString();
    assertThatThrownBy(() -> TestInputs.files(new ArrayList<>(), missing))
        .hasMessage(missing + ": error: no such file or directory; check the name");
  }

  @Test
  void directoryArticlesInNameOrderWithNotesForOtherFiles() throws IOException {
    Files.writeString(dir.resolve("b.md"), "Plain body.\n\n");
    Files.writeString(dir.resolve("a.txt"), "\uFEFFSource: A\r\nDate: 2025-03-02\r\n\r\nBody A.\r\n");
    Files.writeString(dir.resolve("c.TXT"), "===\nNot: a header block\nbecause of this line\n");
    Files.writeString(dir.resolve("image.png"), "x");
    Files.writeString(dir.resolve(".hidden.txt"), "x");
    Files.createDirectory(dir.resolve("sub"));
    List<String> notes = new ArrayList<>();
    Bundle b = TestInputs.files(notes, dir.toString());
    assertThat(ids(b)).containsExactly("a", "b", "c");
    assertThat(b.articles().get(0).headers()).containsExactly(entry("source", "A"),
        entry("date", "2025-03-02"));
    assertThat(b.articles()).extracting(Article::body)
        .containsExactly("Body A.", "Plain body.", "===\nNot: a header block\nbecause of this line");
    assertThat(b.articles().get(1).file()).isEqualTo(dir + "/b.md");
    assertThat(notes).containsExactly(
        dir + "/image.png: note: skipped; only regular .txt, .md and .html files are read as"
            + " articles",
        dir + "/sub: note: skipped; only regular .txt, .md and .html files are read as articles");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # file name         | content (\\n: line end)                                        | read as
      # positive: a .txt or .md file without a === line is one article, as in a directory
      ferry.txt           | Source: Harbour News\\nDate: 2025-04-01\\n\\nThe ferry sailed.\\n | article
      Ferry-Notes.MD      | The ferry sailed at noon.\\n\\nIt was calm.                        | article
      no-header.txt       | Not: a header block\\nbecause of this line                          | article
      # negative: a === line makes it a bundle; other endings are bundles
      story.txt           | === ferry\\n\\nThe ferry sailed.\\n                                | bundle
      story.bundle        | The ferry sailed.\\n                                               | error
      """)
  void aTxtOrMdFileWithoutDelimiterIsOnePlainArticle(String name, String content, String readAs)
      throws IOException {
    Path file = dir.resolve(name);
    String text = content.replace("\\n", "\n");
    Files.writeString(file, text);
    if (readAs.equals("error")) {
      assertThatThrownBy(() -> TestInputs.files(new ArrayList<>(), file.toString()))
          .isInstanceOf(InputException.class);
      return;
    }
    Bundle b = TestInputs.files(new ArrayList<>(), file.toString());
    assertThat(b.articles()).hasSize(1);
    Article a = b.articles().get(0);
    if (readAs.equals("bundle")) {
      assertThat(a.id()).isEqualTo("ferry");
      return;
    }
    assertThat(a.id()).isEqualTo(name.substring(0, name.lastIndexOf('.')));
    assertThat(a.file()).isEqualTo(file.toString());
    if (text.startsWith("Source:")) {
      assertThat(a.headers()).containsExactly(entry("source", "Harbour News"),
          entry("date", "2025-04-01"));
      assertThat(a.body()).isEqualTo("The ferry sailed.");
      assertThat(a.sourceMap().locate(new dev.factx.text.Span(4, 9)).line()).isEqualTo(4);
    } else {
      assertThat(a.headers()).isEmpty();
      assertThat(a.body()).isEqualTo(text.strip());
    }
  }

  @Test
  void plainArticleFilesAndABundleReadTogether() throws IOException {
    Files.writeString(dir.resolve("original.txt"), "The ferry sailed at noon.\n");
    Files.writeString(dir.resolve("copy.md"), "The ferry sailed at one.\n");
    Files.writeString(dir.resolve("more.bundle"), "=== other\n\nA bus left.\n");
    Bundle b = TestInputs.files(new ArrayList<>(), dir.resolve("original.txt").toString(),
        dir.resolve("copy.md").toString(), dir.resolve("more.bundle").toString());
    assertThat(ids(b)).containsExactly("original", "copy", "other");
  }

  @Test
  void directoryWithoutArticlesIsAnError() throws IOException {
    Files.writeString(dir.resolve("notes.pdf"), "x");
    List<String> notes = new ArrayList<>();
    assertThatThrownBy(() -> TestInputs.files(notes, dir.toString()))
        .hasMessage(dir + ": error: the directory holds no articles; put one .txt, .md or .html"
            + " file per article in it");
    assertThat(notes).hasSize(1);
  }
}
