package dev.factx.bundle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes bundles held in strings, for tests. */
final class TestInputs {
  private TestInputs() {}

  /** Reads {@code content} as standard input ({@code -}) in the given format. */
  static Bundle read(String content, InputFormat format) {
    return read(content.getBytes(StandardCharsets.UTF_8), format);
  }

  static Bundle read(byte[] content, InputFormat format) {
    return BundleInputs.readAll(
        List.of("-"), format, new ByteArrayInputStream(content), note -> {});
  }

  /** Reads a delimited bundle from a string. */
  static Bundle bundle(String content) {
    return read(content, InputFormat.BUNDLE);
  }

  /** Reads JSON Lines from a string. */
  static Bundle jsonl(String content) {
    return read(content, InputFormat.JSONL);
  }

  /** Reads files as one bundle, collecting notes. */
  static Bundle files(List<String> notes, String... inputs) {
    return BundleInputs.readAll(
        List.of(inputs), InputFormat.AUTO, new ByteArrayInputStream(new byte[0]), notes::add);
  }

  /** Writes a bundle with a writer as text. */
  static String write(Bundle bundle, boolean jsonl) {
    StringWriter out = new StringWriter();
    ArticleWriter w = jsonl ? new JsonLinesWriter(out) : new DelimitedBundleWriter(out);
    try {
      w.begin(bundle.headers());
      for (Article a : bundle.articles()) {
        w.write(a);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The ids of a bundle's articles. */
  static List<String> ids(Bundle bundle) {
    List<String> ids = new ArrayList<>();
    bundle.articles().forEach(a -> ids.add(a.id()));
    return ids;
  }
}
