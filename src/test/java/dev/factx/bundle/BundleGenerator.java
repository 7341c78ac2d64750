package dev.factx.bundle;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a large bundle of made-up articles, about 2 KB each, to test that reading streams.
 *
 * <p>Usage: {@code java -cp target/classes:target/test-classes dev.factx.bundle.BundleGenerator
 * N FILE}; 100,000 articles make about 200 MB.
 */
final class BundleGenerator {
  private static final String[] WORDS = {
    "council", "bridge", "reopened", "Sunday", "mayor", "said", "repairs", "cost", "million",
    "residents", "traffic", "weeks", "engineers", "inspection", "harbour", "crossing", "café",
  };

  private BundleGenerator() {}

  /** Writes {@code n} articles as one bundle; every seventh has no id. */
  static void write(Writer out, int n) throws IOException {
    out.write("#factx-bundle 1\n# generated\nstory: generated story\ndate: 2025-03-02\n\n");
    StringBuilder line = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      out.write(i % 7 == 0 ? "===\n" : "=== gen-" + i + "\n");
      out.write("source: Outlet " + (i % 13) + "\ntitle: Article number " + i + "\n\n");
      for (int p = 0; p < 6; p++) {
        line.setLength(0);
        for (int w = 0; line.length() < 300; w++) {
          line.append(WORDS[(i * 31 + p * 7 + w * 3) % WORDS.length]).append(' ');
        }
        out.write(line.toString().strip());
        out.write(p == 2 ? "\n\\=== not a delimiter\n\n" : "\n\n");
      }
    }
  }

  public static void main(String[] args) throws IOException {
    int n = Integer.parseInt(args[0]);
    try (Writer out = new BufferedWriter(
        Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8), 1 << 16)) {
      write(out, n);
    }
  }
}
