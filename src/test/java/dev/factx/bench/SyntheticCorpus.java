package dev.factx.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes deterministic synthetic bundles that resemble a large story cluster, made from the seed
 * articles: paragraphs recombined across outlets, quotes truncated or altered, figures and dates
 * changed, furniture lines added. The same arguments always give the same bytes.
 *
 * <p>Usage: {@code SyntheticCorpus SEED_BUNDLE ARTICLES OUT [RANDOM_SEED]}.
 */
public final class SyntheticCorpus {
  private static final Pattern NUMBER = Pattern.compile("\\b(\\d{1,3})\\b(?! ?(?:December|Dec\\.|years))");
  private static final Pattern DATE = Pattern.compile("\\b(Dec\\. |December )(\\d{1,2})\\b|\\b(\\d{1,2})( December)\\b");
  private static final Pattern QUOTE = Pattern.compile("[\"\u201c]([^\"\u201c\u201d]{20,})[\"\u201d]");
  private static final String[] FURNITURE = {
    "Subscribe to our newsletter",
    "Read more:",
    "Share this article",
    "Advertisement",
    "We use cookies to improve your experience. Accept all cookies",
    "Follow us on social media",
    "Sign up for breaking news alerts",
  };
  private static final String[] OUTLETS = {
    "Daily Ledger", "Morning Wire", "Capital Post", "Evening Courier", "Harbor Times",
    "Northern Star", "Valley Herald", "Global Desk",
  };
  private static final String[] SWAPS = {
    "soldiers:troops", "legitimate:lawful", "escalation:provocation", "war:conflict",
    "military:army", "border:frontier",
  };

  private SyntheticCorpus() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: SyntheticCorpus SEED_BUNDLE ARTICLES OUT [RANDOM_SEED]");
      System.exit(2);
    }
    List<String> paragraphs = paragraphs(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
    int n = Integer.parseInt(args[1]);
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 42L;
    try (Writer w = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
      write(paragraphs, n, new Random(seed), w);
    }
  }

  /** Story paragraphs of a bundle: body lines of 60+ characters (furniture is mostly shorter). */
  static List<String> paragraphs(String bundle) {
    List<String> out = new ArrayList<>();
    boolean inHeaders = false;
    boolean inArticle = false;
    for (String line : bundle.split("\n", -1)) {
      if (line.startsWith("===")) {
        inArticle = true;
        inHeaders = true;
        continue;
      }
      if (!inArticle) {
        continue;
      }
      if (inHeaders) {
        inHeaders = !line.isBlank();
        continue;
      }
      String t = line.strip();
      if (t.length() >= 60 && (t.endsWith(".") || t.endsWith("\u201d") || t.endsWith("\""))
          && !t.contains("Subscribe") && !t.contains("members")) {
        out.add(t);
      }
    }
    return out;
  }

  /** Writes a bundle of {@code n} articles. */
  static void write(List<String> paragraphs, int n, Random random, Writer out) throws IOException {
    BufferedWriter w = new BufferedWriter(out, 1 << 16);
    w.write("#factx-bundle 1\n");
    w.write("story: synthetic coverage of one briefing, " + n + " articles\n");
    w.write("date: 2024-12-17\n\n");
    for (int i = 1; i <= n; i++) {
      w.write("=== s" + i + "\n");
      w.write("source: " + OUTLETS[random.nextInt(OUTLETS.length)] + " " + (i % 97) + "\n");
      w.write("date: 2024-12-" + (16 + random.nextInt(3)) + "\n\n");
      int count = 4 + random.nextInt(6);
      for (int p = 0; p < count; p++) {
        String para = paragraphs.get(random.nextInt(paragraphs.size()));
        w.write(mutate(para, random));
        w.write("\n\n");
        if (random.nextInt(5) == 0) {
          w.write(FURNITURE[random.nextInt(FURNITURE.length)]);
          w.write("\n\n");
        }
      }
      w.write(FURNITURE[random.nextInt(FURNITURE.length)]);
      w.write("\n");
    }
    w.flush();
  }

  /** Leaves most paragraphs as they are and changes a few the way outlets and reprints do. */
  static String mutate(String para, Random random) {
    int roll = random.nextInt(10);
    if (roll == 0) {
      return replaceFirst(NUMBER, para, m -> String.valueOf(Integer.parseInt(m.group(1)) + 1 + random.nextInt(20)));
    }
    if (roll == 1) {
      return replaceFirst(DATE, para, m -> m.group(1) != null
          ? m.group(1) + (Integer.parseInt(m.group(2)) - 1)
          : (Integer.parseInt(m.group(3)) - 1) + m.group(4));
    }
    if (roll == 2) {
      // truncate a quote to its first half
      return replaceFirst(QUOTE, para, m -> {
        String q = m.group(1);
        int cut = q.indexOf(' ', q.length() / 2);
        return "\"" + (cut > 0 ? q.substring(0, cut) : q) + "\"";
      });
    }
    if (roll == 3) {
      String[] swap = SWAPS[random.nextInt(SWAPS.length)].split(":");
      return para.replaceFirst("\\b" + swap[0] + "\\b", swap[1]);
    }
    return para;
  }

  private interface Replacer {
    String apply(Matcher m);
  }

  private static String replaceFirst(Pattern p, String s, Replacer r) {
    Matcher m = p.matcher(s);
    if (!m.find()) {
      return s;
    }
    return s.substring(0, m.start()) + r.apply(m) + s.substring(m.end());
  }
}
