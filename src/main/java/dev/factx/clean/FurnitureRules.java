package dev.factx.clean;

import dev.factx.analysis.Lexicon;
import dev.factx.text.Recent;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The patterns that mark one line as page furniture on any outlet's page, each with its reason.
 *
 * <p>Vocabulary is small and general. A line shaped like a sentence is taken for a prompt only
 * when it speaks to the reader ("you", "us", "our" outside quotation marks), so that a story
 * sentence about a newsletter, a donation or a paywall stays.
 *
 * <p>An instance belongs to one cleaning run and remembers the reasons of the latest lines it
 * judged, since syndicated copy repeats lines; it is safe to share between the run's threads.
 */
final class FurnitureRules {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern NAVIGATION = Pattern.compile(
      "\\bskip to( the)?( main)? content\\b|\\bmenu\\b|\\bback to top\\b|\\b(sign|log) (in|out)\\b"
          + "|^(home|search|sections?|close|next|previous|toggle navigation)$", FLAGS);
  static final Pattern NEWSLETTER = Pattern.compile(
      "\\bsubscri(be|bed|ption|bing)\\b|\\bnewsletters?\\b|\\bsign(ing|ed)? up\\b|\\binbox\\b"
          + "|\\be-?mail address\\b", FLAGS);
  static final Pattern DONATION = Pattern.compile(
      "\\bdonat(e|es|ion|ions|ing)\\b|\\bmembership\\b|\\b(become|join|reach)\\b.{0,30}\\bmembers?\\b"
          + "|\\bpaywalls?\\b|\\bindependent journalism\\b|\\bsupport (us|our \\w+)\\b", FLAGS);
  static final Pattern COOKIE = Pattern.compile(
      "\\bcookies?\\b|\\bprivacy (policy|settings|notice)\\b|\\bterms (of|and) (use|service)"
          + "|\\baccept all\\b|\\bconsent\\b", FLAGS);
  private static final Pattern SHARE = Pattern.compile(
      "^share\\b|\\bshare (this|on|via)\\b|\\bfollow us\\b|\\bcopy link\\b|^print$", FLAGS);
  private static final Pattern PLATFORM = Pattern.compile(
      "\\b(facebook|twitter|x|whatsapp|linkedin|telegram|reddit|youtube|instagram|rss|e-?mail)\\b",
      FLAGS);
  private static final String TEASER_LABELS = "(read (more|also|next)|also read|see also"
      + "|related( (stories|articles|news|coverage|topics|content))?|more (news|stories|on|from)"
      + "|recommended|you may (also )?like|you might (also )?like|most (read|popular|viewed)"
      + "|trending( now)?|latest( news| stories)?|top stories|editors'? picks?|news feed"
      + "|don't miss|further reading)";
  private static final Pattern TEASER_LABEL =
      Pattern.compile("^" + TEASER_LABELS + "\\s*(:.*)?$", FLAGS);
  private static final Pattern TEASER_START = Pattern.compile("^" + TEASER_LABELS + "\\b", FLAGS);
  private static final Pattern INLINE_BULLET = Pattern.compile(" [*\u2022\u00B7\u25AA] ");
  static final Pattern CREDIT_LABEL = Pattern.compile(
      "\\b(image|photo|picture|video|graphic)s?( credit| courtesy| source)?\\s*:"
          + "|\\b(photo|image|picture)s? (by|courtesy|credit)\\b", FLAGS);
  private static final Pattern TRAILING_PARENS = Pattern.compile("\\(([^()]{3,100})\\)\\s*$");
  private static final Pattern AGENCY = Pattern.compile(
      "\\p{Lu}[\\p{L}.'-]*\\s?/\\s?\\p{Lu}|\\bvia\\b|\\b(getty images|reuters|afp|ap photo|epa"
          + "|shutterstock|courtesy)\\b", FLAGS);
  private static final Pattern WRITTEN_BY = Pattern.compile(
      "^[(\\[]?\\s*(with )?((additional )?reporting|editing|writing|written|compiled|inputs?)"
          + " (by|from)\\b|\\bcontributed to this (report|story)\\b", FLAGS);
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
  static final Pattern URL = Pattern.compile("\\bhttps?://|\\bwww\\.", FLAGS);
  private static final Pattern CONTACT_LABEL = Pattern.compile(
      "^(e-?mail|phone|tel|telephone|fax|mobile|whatsapp|contact( us)?|address)\\s*:", FLAGS);
  private static final Pattern PHONE = Pattern.compile("\\+\\d[\\d ()-]{7,}\\d");
  private static final Pattern COPYRIGHT = Pattern.compile(
      "\u00A9|\\(c\\) ?\\d{4}|\\bcopyright\\b|\\ball rights reserved\\b", FLAGS);
  private static final Pattern BYLINE = Pattern.compile("^by \\p{Lu}", FLAGS);
  private static final Pattern MIN_READ =
      Pattern.compile("\\b\\d+ ?-? ?min(ute)?s?\\.? read\\b", FLAGS);
  private static final Pattern DATELINE = Pattern.compile(
      "^(updated|published|posted|last updated|first published|created)\\b"
          + "|\\| ?(updated|published|posted|created)\\b|\\bnews desk\\b", FLAGS);
  private static final Pattern AUDIO = Pattern.compile(
      "\\baudio\\b|\\blisten to (this|the) (article|story)\\b|\\bai[- ](generated|assisted)\\b"
          + "|\\bai assistance\\b|\\bnarrated by\\b", FLAGS);
  private static final Pattern BULLET = Pattern.compile("^[*\u2022\u00B7\u25AA\u25E6\u2023-] ?");
  private static final Pattern TIME_TOKEN = Pattern.compile(
      "\\d{1,4}([-/.]\\d{1,2}([-/.]\\d{2,4})?)?(st|nd|rd|th)?|\\d{1,2}:\\d{2}(:\\d{2})?([ap]m)?"
          + "|(" + words(Lexicon.MONTHS) + ")[a-z]*\\.?"
          + "|(" + words(Lexicon.WEEKDAYS) + ")[a-z]*\\.?|[ap]\\.?m\\.?|utc|gmt|[a-z]{1,2}[sd]t"
          + "|ist|cet|cest|eet|eest|msk|ago|at|on|hours?|minutes?|days?|updated:?|published:?",
      FLAGS);
  private static final Pattern READER = Pattern.compile(
      "\\b(you|your|yours|we|we're|we've|us|our|ours)\\b", FLAGS);

  /**
   * Words some patterns cannot match without, as {@link #fold} writes them: a pattern is tried
   * only on a line whose folded text holds one of its words (most story lines hold none). Each
   * list names a word of every alternative of its pattern; FurnitureRulesTest checks lines made
   * of the patterns' own words against the patterns alone.
   */
  static final List<String> CREDIT_WORDS = List.of("image", "photo", "picture", "video", "graphic");
  static final List<String> URL_WORDS = List.of("://", "www.");
  static final List<String> NEWSLETTER_WORDS = List.of("subscri", "newsletter", "sign", "inbox",
      "mail address");
  static final List<String> DONATION_WORDS = List.of("donat", "member", "paywall",
      "independent journalism", "support ");
  static final List<String> COOKIE_WORDS = List.of("cookie", "privacy ", "terms ", "accept all",
      "consent");

  /** The bits of {@link #held} for each list of words. */
  static final int CREDIT = 1;
  static final int URL_WORD = 2;
  static final int NEWSLETTER_WORD = 4;
  static final int DONATION_WORD = 8;
  static final int COOKIE_WORD = 16;

  /** The lists' words by their first character (all are ASCII), in the lists' order. */
  private static final char[][][] WORDS_BY_FIRST = new char[128][][];

  /** The list bit of each word of {@link #WORDS_BY_FIRST}. */
  private static final int[][] BITS_BY_FIRST = new int[128][];

  static {
    List<List<String>> lists = List.of(CREDIT_WORDS, URL_WORDS, NEWSLETTER_WORDS, DONATION_WORDS,
        COOKIE_WORDS);
    int[] count = new int[128];
    for (List<String> list : lists) {
      for (String w : list) {
        if (w.isEmpty() || w.charAt(0) >= 128) {
          throw new IllegalStateException("not an ASCII word: " + w);
        }
        count[w.charAt(0)]++;
      }
    }
    for (int c = 0; c < 128; c++) {
      if (count[c] > 0) {
        WORDS_BY_FIRST[c] = new char[count[c]][];
        BITS_BY_FIRST[c] = new int[count[c]];
        count[c] = 0;
      }
    }
    for (int k = 0; k < lists.size(); k++) {
      for (String w : lists.get(k)) {
        int c = w.charAt(0);
        WORDS_BY_FIRST[c][count[c]] = w.toCharArray();
        BITS_BY_FIRST[c][count[c]++] = 1 << k;
      }
    }
  }

  /**
   * Which of the five word lists a folded line holds a word of, as bits ({@link #CREDIT}, ...):
   * whether the line contains any word of each list, read in one pass over the line.
   */
  static int held(String folded) {
    return held(folded.toCharArray());
  }

  /**
   * {@link #held} of a folded line's characters. Arrays rather than lists and string calls: a run
   * judges most lines before this method is compiled, and in the interpreter every call per
   * character of a line counts.
   */
  private static int held(char[] folded) {
    int bits = 0;
    int n = folded.length;
    for (int i = 0; i < n; i++) {
      char c = folded[i];
      if (c >= 128 || WORDS_BY_FIRST[c] == null) {
        continue;
      }
      char[][] words = WORDS_BY_FIRST[c];
      int[] wordBits = BITS_BY_FIRST[c];
      for (int k = 0; k < words.length; k++) {
        char[] w = words[k];
        if ((bits & wordBits[k]) != 0 || i + w.length > n) {
          continue;
        }
        int j = 1;
        while (j < w.length && folded[i + j] == w[j]) {
          j++;
        }
        if (j == w.length) {
          bits |= wordBits[k];
        }
      }
    }
    return bits;
  }

  /** Rules with a memo of their own for one run. */
  FurnitureRules() {}

  /** Every word of some groups of the lexicon, as a regular-expression alternation. */
  private static String words(java.util.List<java.util.List<String>> groups) {
    StringBuilder b = new StringBuilder();
    for (java.util.List<String> g : groups) {
      for (String w : g) {
        b.append(b.length() > 0 ? "|" : "").append(Pattern.quote(w));
      }
    }
    return b.toString();
  }

  /** How many lines' reasons {@link #reason} keeps (syndicated copy repeats lines). */
  private static final int REASONS_KEPT = 8192;

  /**
   * The reasons of the latest lines by their text (a shape is its text's), the empty string for
   * none. Keyed by the string rather than the record: a record's first hashCode costs a cold start
   * the set-up of java.lang.runtime.ObjectMethods, tens of milliseconds.
   */
  private final Recent<String, String> reasons = new Recent<>(REASONS_KEPT);

  /** The reason a line is furniture by its own text, or null when no pattern says so. */
  String reason(LineShape line) {
    String known = reasons.known(line.text());
    if (known == null) {
      known = Objects.requireNonNullElse(judge(line), "");
      reasons.keep(line.text(), known);
    }
    return known.isEmpty() ? null : known;
  }

  private static String judge(LineShape line) {
    String t = line.text();
    int held = held(foldedChars(t));
    boolean prose = line.prose();
    boolean weak = line.weak();
    if (TEASER_LABEL.matcher(t).matches() || (!prose && TEASER_START.matcher(t).lookingAt())) {
      return "other-story teaser";
    }
    if (!prose && count(INLINE_BULLET, t) >= 2) {
      return "list of headlines";
    }
    if (!prose && pipeSegments(t) >= 3) {
      return DATELINE.matcher(t).find() ? "byline or dateline" : "navigation";
    }
    boolean aside = !prose || t.startsWith("(") || t.startsWith("[");
    // the cheap tests first: each test is read alone, so the order changes nothing but the time
    if (line.words() <= 40 && (held & CREDIT) != 0 && CREDIT_LABEL.matcher(t).find()
        || aside && WRITTEN_BY.matcher(t).find() || isPhotoCredit(t)) {
      return "credit";
    }
    if (!prose && (BYLINE.matcher(t).find() && line.words() <= 20 || MIN_READ.matcher(t).find()
        || DATELINE.matcher(t).find())) {
      return "byline or dateline";
    }
    if (CONTACT_LABEL.matcher(t).lookingAt()
        || (hasEmail(t) || (held & URL_WORD) != 0 && URL.matcher(t).find()
                || t.indexOf('+') >= 0 && PHONE.matcher(t).find())
            && (!prose || line.words() <= 8 || speaksToReader(t))) {
      return "contact";
    }
    if ((!prose || line.words() <= 12) && COPYRIGHT.matcher(t).find()) {
      return "copyright";
    }
    boolean newsletter = (held & NEWSLETTER_WORD) != 0;
    boolean donation = (held & DONATION_WORD) != 0;
    boolean cookie = (held & COOKIE_WORD) != 0;
    // whether the line is a prompt matters only when one of the three patterns can match
    boolean prompt = (newsletter || donation || cookie)
        && (weak || (line.words() <= 40 && speaksToReader(t)));
    if (prompt && newsletter && NEWSLETTER.matcher(t).find()) {
      return "newsletter prompt";
    }
    if (prompt && donation && DONATION.matcher(t).find()) {
      return "donation prompt";
    }
    if (prompt && cookie && COOKIE.matcher(t).find()) {
      return "cookie banner";
    }
    boolean shortNonSentence = !prose && line.words() <= 12;
    if (shortNonSentence && AUDIO.matcher(t).find()) {
      return "audio notice";
    }
    if (shortNonSentence && (SHARE.matcher(t).find() || count(PLATFORM, t) >= 2
        || line.words() <= 3 && PLATFORM.matcher(t).find())) {
      return "share widget";
    }
    if (shortNonSentence && NAVIGATION.matcher(t).find()) {
      return "navigation";
    }
    if (!prose && isBulletOfFewWords(t)) {
      return "short bullet";
    }
    if (!prose && isTimestamp(t)) {
      for (int i = 0; i < t.length(); i++) {
        if (!Character.isDigit(t.charAt(i))) {
          return "timestamp";
        }
      }
      return "list number";
    }
    return null;
  }

  /**
   * A line with each character folded as a case-insensitive Unicode pattern compares it with a
   * letter of its own ({@code toLowerCase(toUpperCase(c))}: "I" and the dotless "\u0131" both
   * become "i"), so that a pattern's literal word can match only where the folded line holds it.
   */
  static String fold(String t) {
    return new String(foldedChars(t));
  }

  /** The characters of {@link #fold}'s line, copied out of the string at once. */
  private static char[] foldedChars(String t) {
    char[] out = new char[t.length()];
    t.getChars(0, out.length, out, 0);
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (c >= 'A' && c <= 'Z') {
        out[i] = (char) (c + ('a' - 'A'));
      } else if (c >= 0x80) {
        out[i] = Character.toLowerCase(Character.toUpperCase(c));
      }
    }
    return out;
  }

  /** A line ending in a parenthesised credit: {@code (Name/Agency via Getty Images)}. */
  private static boolean isPhotoCredit(String t) {
    if (t.indexOf('(') < 0 || t.indexOf(')') < 0) {
      return false; // no parentheses to match: the pattern would be tried at every character
    }
    Matcher m = TRAILING_PARENS.matcher(t);
    return m.find() && AGENCY.matcher(m.group(1)).find();
  }

  private static boolean isBulletOfFewWords(String t) {
    Matcher m = BULLET.matcher(t);
    return m.find() && LineShape.of(t.substring(m.end())).words() <= 2;
  }

  /** A line of dates and times only: {@code 7:04 PM}, {@code December 17, 2024}. */
  private static boolean isTimestamp(String t) {
    boolean any = false;
    for (String token : t.split("[\\s,|]+")) {
      if (token.isEmpty()) {
        continue;
      }
      if (!TIME_TOKEN.matcher(token).matches()) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** Whether the line addresses the reader, quotations left out. */
  static boolean speaksToReader(String t) {
    StringBuilder outside = new StringBuilder(t.length());
    boolean inQuote = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '"') {
        inQuote = !inQuote;
      } else if (!inQuote) {
        outside.append(c);
      }
    }
    // an unclosed quotation runs to the end of the line: nothing after it counts
    return READER.matcher(outside).find();
  }

  private static int pipeSegments(String t) {
    int segments = 1;
    for (String part : t.split(" ?\\| ?| / ")) {
      if (LineShape.of(part.strip()).words() > 5) {
        return 0;
      }
    }
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) == '|') {
        segments++;
      }
    }
    return Math.max(segments, t.split(" / ").length);
  }

  private static int count(Pattern p, String t) {
    Matcher m = p.matcher(t);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /**
   * Whether a line holds an e-mail address. The '@' test comes first: the pattern alone would be
   * tried from every character of a long run of word characters, dots or hyphens (quadratic).
   */
  private static boolean hasEmail(String t) {
    return t.indexOf('@') >= 0 && EMAIL.matcher(t).find();
  }
}
