package dev.factx.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GitHub Actions reads workflow commands ({@code ::error ...}, {@code ::add-mask::...}) from any
 * line of a step's standard output or error. Inputs that try to write one through a file name, an
 * id, a field name, a header or a delimiter line, run through every subcommand and format: no line
 * factx writes, on either stream, starts with {@code ::} unless it is an annotation factx meant.
 */
class WorkflowCommandTest {
  private static final String INJECTED = "::error file=README.md,line=1::INJECTED";

  /** An annotation of {@code --format github}: a level, then properties without raw separators. */
  private static final Pattern ANNOTATION = Pattern.compile(
      "::(error|warning|notice) (file=[^:,]*,line=\\d+,col=\\d+,endLine=\\d+,endColumn=\\d+,)?"
          + "title=[^:,]*::[^\\r]*");

  @TempDir Path dir;

  private static final String STORY = "Mayor Ana Ruiz said: \"We will reopen the bridge.\"\n";

  /** Each attack: a name and how to make its input in a directory; returns the input's name. */
  interface Attack {
    String make(Path dir) throws IOException;
  }

  static Stream<Arguments> attacks() {
    return Stream.of(
        Arguments.of("a skipped file in a directory named with line feeds", (Attack) d -> {
          Path articles = Files.createDirectory(d.resolve("articles"));
          Files.writeString(articles.resolve("one.txt"), STORY);
          Files.writeString(articles.resolve("x\n" + INJECTED + "\nimg.png"), "png");
          return articles.toString();
        }),
        Arguments.of("an article file in a directory named with line feeds", (Attack) d -> {
          Path articles = Files.createDirectory(d.resolve("articles"));
          Files.writeString(articles.resolve("one.txt"), STORY);
          Files.writeString(articles.resolve("y\n" + INJECTED + "\n.txt"), STORY);
          return articles.toString();
        }),
        Arguments.of("a JSON Lines id", (Attack) d -> jsonl(d,
            "{\"id\": \"x\\n::add-mask::secret\", \"text\": \"" + STORY.strip().replace("\"", "\\\"")
                + "\"}\n")),
        Arguments.of("a JSON Lines field name", (Attack) d -> jsonl(d,
            "{\"k\\n" + INJECTED + "\": \"v\", \"text\": \"x\"}\n")),
        Arguments.of("a JSON Lines header value", (Attack) d -> jsonl(d,
            "{\"source\": \"a\\n" + INJECTED + "\", \"text\": \"x\"}\n")),
        Arguments.of("a carriage return in a delimiter line", (Attack) d -> bundle(d,
            "=== a\r" + INJECTED + "\n\n" + STORY)),
        Arguments.of("a carriage return in a header", (Attack) d -> bundle(d,
            "=== a\nsource: x\r" + INJECTED + "\n\n" + STORY)),
        Arguments.of("a body line that is a command, inside a quote", (Attack) d -> bundle(d,
            "=== a\n\nMayor Ana Ruiz said: \"We will\n" + INJECTED + "\nreopen it.\"\n"
                + "=== b\n\n" + STORY)),
        Arguments.of("a body line with a C1 next line and a bidi override", (Attack) d -> bundle(d,
            "=== a\n\nMayor Ana Ruiz said: \"We will\u0085" + INJECTED + "\u202E reopen it.\"\n")),
        Arguments.of("character references in a web page's title, site name and text", (Attack) d -> {
          Path p = d.resolve("page.html");
          Files.writeString(p, "<!doctype html><html><head><title>Bridge&#10;" + INJECTED
              + "</title><meta property=\"og:site_name\" content=\"Wire&#13;::warning::x\">"
              + "</head><body><article><h1>Bridge news&#27;]0;pwned&#7;</h1><p>Mayor Ana Ruiz said:"
              + " \"We will reopen the bridge&#27;[2J before the winter&#10;" + INJECTED + ".\" At"
              + " least 12 people were hurt on Monday, police said.</p></article></body></html>\n");
          return p.toString();
        }));
  }

  private static String jsonl(Path d, String content) throws IOException {
    Path p = d.resolve("articles.jsonl");
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p.toString();
  }

  private static String bundle(Path d, String content) throws IOException {
    Path p = d.resolve("story.bundle");
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p.toString();
  }

  /** Every subcommand with every format and the options that change what it prints. */
  static List<List<String>> commands(String input) {
    List<List<String>> all = new ArrayList<>();
    for (String format : List.of("text", "json", "markdown", "ndjson", "sarif", "github")) {
      all.add(List.of("compare", "--all", "--fail-on", "unique", "--color", "always", "--format",
          format, input));
      all.add(List.of("verify", "--format", format, input));
      all.add(List.of("verify", "--reference", input, "--format", format, input));
    }
    for (String format : List.of("text", "json", "ndjson")) {
      all.add(List.of("claims", "--color", "always", "--format", format, input));
    }
    all.add(List.of("compare", "--quiet", input));
    all.add(List.of("compare", "--debug", input));
    all.add(List.of("clean", input));
    all.add(List.of("clean", "--show-removed", input));
    all.add(List.of("bundle", input));
    all.add(List.of("bundle", "--to", "jsonl", input));
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attacks")
  void noLineOnEitherStreamStartsACommandFactxDidNotMean(String name, Attack attack)
      throws IOException {
    String input = attack.make(dir);
    Set<String> inputLines = inputLines(Path.of(input));
    for (List<String> args : commands(input)) {
      String what = String.join(" ", args);
      Invariants.Run run = Invariants.run(60, args.toArray(String[]::new));
      assertThat(run.status()).as(what).isIn(0, 1, 2);
      for (String line : run.err().split("\n", -1)) {
        assertThat(line).as("stderr of " + what).doesNotStartWith("::").doesNotContain("\r");
        Invariants.requireSafe(line, "stderr of " + what);
      }
      boolean data = args.get(0).equals("bundle")
          || (args.get(0).equals("clean") && !args.contains("--show-removed"));
      for (String line : run.out().split("\n", -1)) {
        if (!line.startsWith("::")) {
          continue;
        }
        if (data) {
          // bundle and clean write the input's text byte for byte: a line of the input, no more
          assertThat(inputLines).as("stdout of " + what).contains(line);
        } else {
          assertThat(args).as("stdout of " + what + ": " + line).contains("github");
          assertThat(line).as("stdout of " + what).matches(ANNOTATION);
        }
      }
    }
  }

  /** The lines of an input file, or of every file in an input directory. */
  private static Set<String> inputLines(Path input) throws IOException {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(input)) {
      try (Stream<Path> s = Files.list(input)) {
        s.forEach(files::add);
      }
    } else {
      files.add(input);
    }
    Set<String> lines = new java.util.HashSet<>();
    for (Path f : files) {
      lines.addAll(List.of(Files.readString(f, StandardCharsets.UTF_8).split("\n", -1)));
    }
    return lines;
  }

  /**
   * A file named like a command, given by a relative name, would start each of its error and
   * claim lines: {@code ./} goes before it (the same file).
   */
  @Test
  void aFileNamedLikeACommandIsShownWithDotSlash() throws Exception {
    String name = INJECTED + ".bundle";
    Files.writeString(dir.resolve(name), "=== a\n\n" + STORY + "=== a\n\nDuplicate id.\n");
    Invariants.Run bad = Subprocess.run(dir, List.of(), new byte[0], 60, "compare", name);
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).startsWith("./" + name + ":4: error: article id 'a' is used twice");
    Files.writeString(dir.resolve(name), "=== a\n\n" + STORY);
    Invariants.Run claims = Subprocess.run(dir, List.of(), new byte[0], 60, "claims", name);
    assertThat(claims.status()).as(claims.err()).isZero();
    assertThat(claims.out()).startsWith("./" + name + ":3:");
    assertThat(claims.out().lines()).allMatch(l -> l.startsWith("./::"));
  }
}
