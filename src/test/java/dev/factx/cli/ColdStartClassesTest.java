package dev.factx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Start-up is part of the product, and what a cold JVM loads shows what it pays for. A run that
 * reads no web page loads no HTML class, jsoup's or the page reader's (so the seed run costs what
 * it did before pages could be read, and the launcher's class-data archive, trained on the seed
 * run, holds none of them); a run that reads a page loads them. And a comparison never sets up
 * java.lang.runtime.ObjectMethods, which a record's generated equals, hashCode or toString links
 * to at its first call: tens of milliseconds of method handles spun at every start. Nor does it
 * load java.sql, whose types picocli would register converters for (factx's options take none),
 * or java.time's formatters, whose set-up (a dozen formatters built in the interpreter) costs a
 * cold start milliseconds: date headers and dates in the text are read without them.
 */
class ColdStartClassesTest {
  @TempDir Path dir;

  /** The classes a fresh JVM loads for {@code factx ARGS}, one log line each. */
  private List<String> classesLoaded(String... args) throws IOException, InterruptedException {
    Path log = dir.resolve("classes.log");
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new java.util.ArrayList<>(List.of(java,
        "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
        "dev.factx.cli.Main"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    return Files.readAllLines(log);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # command | input                                  | loads HTML classes
      compare   | testdata/kursk-2024-12-16.bundle       | false
      bundle    | testdata/format/directory              | false
      claims    | testdata/format/articles.jsonl         | false
      compare   | testdata/html/story/courier.html       | true
      """)
  void htmlClassesLoadOnlyWhenAPageIsRead(String command, String input, boolean loads)
      throws IOException, InterruptedException {
    List<String> html = classesLoaded(command, input).stream()
        .filter(l -> l.contains("org.jsoup.") || l.contains("dev.factx.bundle.Html")).toList();
    if (loads) {
      assertThat(html).anyMatch(l -> l.contains("org.jsoup.parser.Parser"))
          .anyMatch(l -> l.contains("dev.factx.bundle.HtmlPageReader"));
    } else {
      assertThat(html).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"compare", "claims", "verify"})
  void noCommandLoadsJavaSql(String command) throws IOException, InterruptedException {
    List<String> args = command.equals("verify")
        ? List.of(command, "--reference", "testdata/kursk-2024-12-16.bundle",
            "testdata/kursk-2024-12-16.bundle")
        : List.of(command, "testdata/kursk-2024-12-16.bundle");
    assertThat(classesLoaded(args.toArray(String[]::new)))
        .anyMatch(l -> l.contains("picocli.CommandLine "))
        .noneMatch(l -> l.contains("java.sql."));
  }

  /** The report formats of {@code compare}. */
  private static final List<String> FORMATS =
      List.of("json", "text", "markdown", "ndjson", "sarif", "github");

  /**
   * What a comparison, in each of its report formats, never sets up at a cold start: the record
   * methods, java.time's formatters, java.util.Formatter (String.format, whose first use loads the
   * locale providers and their resource bundles) for thousands separators, and lambdas of factx's
   * own. A lambda or method reference is linked at the first run of its call site, through
   * LambdaMetafactory and method handles, interpreted: about a tenth of a millisecond of a cold
   * start each, even from the class-data archive (the JDK's own are its business).
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"testdata/kursk-2024-12-16.bundle", "testdata/format/dates.bundle",
      "testdata/format/articles.jsonl"})
  void aComparisonSetsUpNothingItDoesNotNeed(String input)
      throws IOException, InterruptedException {
    for (String format : FORMATS) {
      List<String> loaded = classesLoaded("compare", "--format", format, input);
      assertThat(loaded)
          .as("compare --format %s %s", format, input)
          .anyMatch(l -> l.contains("dev.factx.match.DateMatcher "))
          .anyMatch(l -> l.contains("dev.factx.extract.DateExpressions "))
          .anyMatch(l -> l.contains("dev.factx.report."))
          .noneMatch(l -> l.contains("java.lang.runtime.ObjectMethods"))
          .noneMatch(l -> l.contains("java.time.format.DateTimeFormatter"))
          .noneMatch(l -> l.contains(" java.util.Formatter "))
          .noneMatch(l -> l.contains(" dev.factx.") && l.contains("$$Lambda$"));
      if (!input.endsWith(".jsonl")) {
        // JSON Lines are read through Jackson's ObjectMapper, whose class sets up a
        // SimpleDateFormat, and with it the locale providers, at its first use
        assertThat(loaded).as("compare --format %s %s", format, input)
            .noneMatch(l -> l.contains(" java.text.DecimalFormatSymbols "));
      }
    }
  }

  /** No other command links a lambda of factx's own either, on any kind of input. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "claims testdata/kursk-2024-12-16.bundle",
      "claims --format json testdata/format/articles.jsonl",
      "verify --reference testdata/verify/original.txt testdata/verify/faithful.md",
      "verify --format sarif --reference testdata/verify/original.txt testdata/verify/faithful.md",
      "verify --format json --reference testdata/verify/original.txt testdata/verify/faithful.md"
          + " testdata/verify/faithful.md",
      "bundle testdata/format/directory",
      "bundle --to jsonl testdata/format/articles.jsonl",
      "clean testdata/kursk-2024-12-16.bundle",
      "clean --show-removed testdata/format/directory",
      "schema"})
  void noCommandLinksALambdaOfItsOwn(String command) throws IOException, InterruptedException {
    assertThat(classesLoaded(command.split(" ")))
        .anyMatch(l -> l.contains("dev.factx.cli.Main "))
        .noneMatch(l -> l.contains(" dev.factx.") && l.contains("$$Lambda$"));
  }

  /** Months, their parts and days without a year resolve against the date header without them. */
  @org.junit.jupiter.api.Test
  void monthsResolveWithoutAJavaTimeFormatter() throws IOException, InterruptedException {
    Path bundle = dir.resolve("months.bundle");
    Files.writeString(bundle, """
        === one
        date: 2024-03-02T09:15+01:00

        The talks began in early December and ended last March, the minister said on Feb. 29.
        === two
        date: 2024-03-03

        The talks began in mid-December 2023 and ended in March, she said on Thursday.
        """);
    assertThat(classesLoaded("compare", "--format", "json", bundle.toString()))
        .anyMatch(l -> l.contains("dev.factx.extract.DateExpressions "))
        .noneMatch(l -> l.contains("java.time.format.DateTimeFormatter"));
  }
}
