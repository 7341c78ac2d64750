package dev.factx.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text that would control a terminal, a CI log or a reader's eyes, put into a quote, a figure, a
 * furniture line and the headers, through every subcommand and format: what is meant for a person
 * shows it safe, what is data keeps it exactly, and every claim keeps its place.
 */
class HostileTextTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  static Stream<Arguments> hostile() {
    return Stream.of(
        Arguments.of("CSI clear screen, cursor home", "\u001b[2J\u001b[H"),
        Arguments.of("SGR colour that never ends", "\u001b[8m\u001b[31m"),
        Arguments.of("OSC 0 window title", "\u001b]0;pwned\u0007"),
        Arguments.of("OSC 8 hyperlink", "\u001b]8;;https://evil.test/\u001b\\click\u001b]8;;\u001b\\"),
        Arguments.of("OSC 52 clipboard", "\u001b]52;c;Y3VybCBldmlsLnRlc3QgfCBzaA==\u0007"),
        Arguments.of("CSI as the one character U+009B", "\u009b31mred\u009b0m"),
        Arguments.of("C1 next line U+0085", "one\u0085two"),
        Arguments.of("carriage-return overwrite", "all is well\rWAR IS PEACE"),
        Arguments.of("backspace overwrite", "safe\b\b\b\bevil"),
        Arguments.of("NUL, DEL and bell", "x\u0000y\u007fz\u0007"),
        Arguments.of("right-to-left override", "\u202Etneserp\u202C"),
        Arguments.of("bidi isolates U+2066-U+2069", "\u2066a\u2067b\u2068c\u2069d"),
        Arguments.of("embeddings U+202A, U+202B, U+202D", "\u202Aa\u202Bb\u202Dc\u202C"),
        Arguments.of("line separator U+2028", "first\u2028second"),
        Arguments.of("zero-width joiners kept",
            "\uD83D\uDC69\u200D\uD83D\uDC67 z\u200Cw\u200Bx"));
  }

  /** The bundle: a reference and a reprint that changed its quote, both carrying {@code h}. */
  private Path bundle(String h) throws IOException {
    // a header is one line: a character Java's regex takes for a line end cannot be in one
    String header = h.matches("(?s).*[\r\u0085\u2028\u2029].*") ? "plain" : h;
    String canonical = "#factx-bundle 1\n"
        + "story: Bridge " + header + " story\n"
        + "\n"
        + "=== original\n"
        + "source: Wire " + header + " Service\n"
        + "date: 2025-03-04\n"
        + "title: Bridge " + header + " reopens\n"
        + "role: reference\n"
        + "\n"
        + "Mayor Ana Ruiz said: \"We will reopen the bridge " + h + " before the winter.\"\n"
        + "\n"
        + "At least 12 people " + h + " were hurt on Monday, police said.\n"
        + "\n"
        + "Subscribe to our newsletter " + h + "\n"
        + "=== reprint\n"
        + "source: Copy " + header + " Desk\n"
        + "date: 2025-03-04\n"
        + "role: reprint\n"
        + "\n"
        + "Mayor Ana Ruiz said: \"We will reopen the old bridge " + h + " before the winter.\"\n"
        + "\n"
        + "At least 21 people " + h + " were hurt on Monday, police said.\n";
    Path p = dir.resolve("hostile.bundle");
    Files.writeString(p, canonical, StandardCharsets.UTF_8);
    return p;
  }

  private static Invariants.Run run(String... args) {
    Invariants.Run r = Invariants.run(60, args);
    assertThat(r.status()).as("%s: %s", String.join(" ", args), r.err()).isIn(0, 1);
    assertThat(r.err()).as(String.join(" ", args)).isEmpty();
    return r;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void everyOutputForAPersonShowsItSafe(String name, String h) throws IOException {
    String file = bundle(h).toString();
    List<String[]> human = List.of(
        new String[] {"compare", "--all", "--color", "never", file},
        new String[] {"compare", "--all", "--color", "always", file},
        new String[] {"compare", "--all", "--format", "markdown", file},
        new String[] {"compare", "--all", "--fail-on", "unique", "--format", "github", file},
        new String[] {"claims", "--color", "always", file},
        new String[] {"claims", "--color", "never", file},
        new String[] {"verify", file},
        new String[] {"verify", "--format", "markdown", file},
        new String[] {"verify", "--format", "github", file},
        new String[] {"clean", "--show-removed", file});
    for (String[] args : human) {
      String out = run(args).out();
      assertThat(out).as(String.join(" ", args)).isNotBlank();
      Invariants.requireSafe(out, String.join(" ", args));
      if (h.indexOf('\u200D') >= 0) {
        assertThat(out).as("the zero-width joiner is kept").contains("\uD83D\uDC69\u200D\uD83D\uDC67");
      }
    }
    for (String[] args : List.of(
        new String[] {"compare", "--all", "--format", "sarif", file},
        new String[] {"verify", "--format", "sarif", file})) {
      JsonNode sarif = JSON.readTree(run(args).out());
      List<String> messages = sarif.findValues("message").stream()
          .map(m -> m.get("text").asText()).toList();
      assertThat(messages).as(String.join(" ", args)).isNotEmpty();
      messages.forEach(m -> Invariants.requireSafe(m, "SARIF message " + m));
      // the snippet is the input's exact text
      assertThat(sarif.findValues("snippet")).anyMatch(s -> s.get("text").asText().contains(h));
    }
    String removed = run("clean", "--show-removed", file).out();
    assertThat(removed).contains("newsletter");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void everyOutputThatIsDataKeepsItExactly(String name, String h) throws IOException {
    Path path = bundle(h);
    String file = path.toString();
    byte[] input = Files.readAllBytes(path);
    // bundle --to bundle piped to a file: the same bytes
    String canonical = run("bundle", file).out();
    assertThat(canonical.getBytes(StandardCharsets.UTF_8)).isEqualTo(input);
    // to JSON Lines and back: the same bytes again, and the exact text in the JSON
    Path jsonl = dir.resolve("hostile.jsonl");
    Files.writeString(jsonl, run("bundle", "--to", "jsonl", file).out(), StandardCharsets.UTF_8);
    assertThat(Files.readAllLines(jsonl).get(1)).doesNotContain("\u001b", "\u0000", "\r", "\b");
    assertThat(run("bundle", jsonl.toString()).out().getBytes(StandardCharsets.UTF_8))
        .isEqualTo(input);
    for (String line : Files.readAllLines(jsonl).subList(1, 3)) {
      assertThat(JSON.readTree(line).get("text").asText()).contains(h);
    }
    // clean writes the story lines as they are
    assertThat(run("clean", file).out()).contains("bridge " + h + " before");
    // the JSON reports hold the exact text of the claims
    for (String[] args : List.of(
        new String[] {"compare", "--format", "json", file},
        new String[] {"claims", "--format", "json", file},
        new String[] {"verify", "--format", "json", file})) {
      JsonNode report = JSON.readTree(run(args).out());
      JsonNode claims = report.isArray() ? report : report.get("claims");
      assertThat(claims.findValues("text")).as(String.join(" ", args))
          .anyMatch(t -> t.asText().equals("We will reopen the bridge " + h + " before the winter."));
    }
    for (String[] args : List.of(
        new String[] {"compare", "--format", "ndjson", file},
        new String[] {"claims", "--format", "ndjson", file})) {
      List<String> texts = new ArrayList<>();
      for (String line : run(args).out().split("\n")) {
        JSON.readTree(line).findValues("text").forEach(t -> texts.add(t.asText()));
      }
      assertThat(texts).as(String.join(" ", args)).anyMatch(t -> t.contains(h));
    }
    String story = JSON.readTree(run("compare", "--format", "json", file).out()).get("story")
        .asText();
    assertThat(story).startsWith("Bridge ").endsWith(" story");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void claimsKeepTheirPlacesWhateverTheEscaping(String name, String h) throws IOException {
    Path path = bundle(h);
    String file = path.toString();
    Invariants.Run json = run("compare", "--format", "json", file);
    Invariants.checkReport(json.out(), List.of(path));
    Map<String, String> places = new HashMap<>();
    for (JsonNode c : JSON.readTree(json.out()).get("claims")) {
      places.put(c.get("id").asText(), c.get("line").asInt() + ":" + c.get("column").asInt());
    }
    assertThat(places).isNotEmpty();
    // claims' text lines: FILE:LINE:COL: ID KIND: TEXT, the places of the JSON report
    Pattern claimLine = Pattern.compile(Pattern.quote(file) + ":(\\d+:\\d+): (\\S+) ");
    Map<String, String> shown = new HashMap<>();
    for (String line : run("claims", "--color", "never", file).out().split("\n")) {
      Matcher m = claimLine.matcher(line);
      assertThat(m.lookingAt()).as(line).isTrue();
      shown.put(m.group(2), m.group(1));
    }
    assertThat(shown).isEqualTo(places);
    // and the text report shows the same line:column beside each claim id
    String report = run("compare", "--all", "--color", "never", file).out();
    for (Map.Entry<String, String> e : places.entrySet()) {
      assertThat(report).containsPattern(Pattern.quote(e.getKey()) + " +" + e.getValue() + " ");
    }
  }
}
