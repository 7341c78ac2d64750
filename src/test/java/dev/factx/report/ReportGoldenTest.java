package dev.factx.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.CrossReferencer;
import dev.factx.Report;
import dev.factx.bundle.Bundle;
import dev.factx.bundle.BundleInputs;
import dev.factx.bundle.InputFormat;
import dev.factx.match.Verdict;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every format's output against the golden files in testdata/golden: the seed bundle (kursk.*) and
 * the hand-built {@link SampleReport} (handmade*.*). Run with {@code -Dfactx.updateGoldens=true}
 * to rewrite them from the current output, then review the diff.
 */
class ReportGoldenTest {
  static final Path DIR = Path.of("testdata", "golden");
  static final Path SEED = Path.of("testdata", "kursk-2024-12-16.bundle");
  private static final boolean UPDATE = Boolean.getBoolean("factx.updateGoldens");
  private static final Map<ReportFormat, String> EXTENSIONS = Map.of(
      ReportFormat.text, "txt", ReportFormat.json, "json", ReportFormat.markdown, "md",
      ReportFormat.ndjson, "ndjson", ReportFormat.sarif, "sarif", ReportFormat.github, "github");
  private static final ReportOptions PLAIN = new ReportOptions(false, false, 100, null, "test");
  private static Report seed;

  /**
   * One golden file.
   *
   * @param file its name in testdata/golden
   * @param report the report to write
   * @param format the format
   * @param options the options
   */
  record Golden(String file, Supplier<Report> report, ReportFormat format, ReportOptions options) {
    @Override
    public String toString() {
      return file;
    }
  }

  static List<Golden> goldens() {
    List<Golden> out = new ArrayList<>();
    ReportOptions everything = new ReportOptions(true, false, 100, Verdict.DISCREPANCY, "test");
    for (ReportFormat f : ReportFormat.values()) {
      out.add(new Golden("kursk." + EXTENSIONS.get(f), ReportGoldenTest::seed, f, PLAIN));
      out.add(new Golden("handmade." + EXTENSIONS.get(f), SampleReport::report, f, PLAIN));
    }
    for (ReportFormat f : List.of(ReportFormat.text, ReportFormat.markdown, ReportFormat.sarif,
        ReportFormat.github)) {
      out.add(new Golden("handmade-all." + EXTENSIONS.get(f), SampleReport::report, f,
          everything));
    }
    out.add(new Golden("handmade-color-60.txt", SampleReport::report, ReportFormat.text,
        new ReportOptions(true, true, 60, null, "test")));
    return out;
  }

  /** The seed bundle's report, or the test is skipped while the bundle reader has not landed. */
  static synchronized Report seed() {
    if (seed == null) {
      Bundle bundle;
      try {
        bundle = BundleInputs.readAll(List.of(SEED.toString()), InputFormat.AUTO,
            new ByteArrayInputStream(new byte[0]), note -> {});
      } catch (UnsupportedOperationException e) {
        Assumptions.abort("the bundle reader has not landed yet");
        throw e;
      }
      seed = CrossReferencer.run(bundle.story(), bundle.articles());
    }
    return seed;
  }

  static String render(Report report, ReportFormat format, ReportOptions options)
      throws IOException {
    StringWriter out = new StringWriter();
    format.writer(options).write(report, out);
    return out.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void outputMatchesGoldenFile(Golden golden) throws IOException {
    String actual = render(golden.report().get(), golden.format(), golden.options());
    Path file = DIR.resolve(golden.file());
    if (UPDATE) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file).as("golden file missing; run mvn test -Dfactx.updateGoldens=true").exists();
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void seedReportsValidateAgainstTheJsonAndSarifSchemas() throws IOException {
    ReportOptions everything = new ReportOptions(true, false, 100, Verdict.UNIQUE, "test");
    assertThat(ReportSchema.violations(render(seed(), ReportFormat.json, PLAIN))).isEmpty();
    assertThat(SarifReportWriterTest.violations(render(seed(), ReportFormat.sarif, everything)))
        .isEmpty();
    for (String line : render(seed(), ReportFormat.ndjson, PLAIN).split("\n")) {
      assertThat(line).startsWith("{\"id\":\"f").endsWith("}");
    }
  }

  @Test
  void everyGoldenFileHasACase() throws IOException {
    Set<String> known = goldens().stream().map(Golden::file).collect(Collectors.toSet());
    Set<String> orphans = new TreeSet<>();
    try (Stream<Path> files = Files.list(DIR)) {
      files.map(p -> p.getFileName().toString()).filter(n -> !known.contains(n))
          .forEach(orphans::add);
    }
    assertThat(orphans).as("golden files no test writes").isEmpty();
  }
}
