package dev.factx.extract;

import dev.factx.analysis.Document;
import dev.factx.analysis.Lexicon;
import dev.factx.analysis.NameMention;
import dev.factx.analysis.People;
import dev.factx.analysis.Person;
import dev.factx.analysis.Titles;
import dev.factx.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds role claims in a document: a name mention with a title, in the forms {@code [ORG] TITLE
 * [RANK] NAME} ("Pentagon spokesperson Major General Pat Ryder", "Ukraine's Defense Minister X")
 * before the name, and {@code NAME, TITLE of|for [the] ORG} or {@code NAME, [ORG] TITLE} after it.
 * The claim's person is the bundle's person for the name ({@link People}); its gender comes from a
 * gendered title, else from the pronouns the document uses for the person.
 */
public final class RoleExtractor implements Extractor<RoleClaim> {
  private static final String CAPITAL_WORD = "\\p{Lu}[\\p{L}.'-]*";
  private static final String MODIFIER = "(?i:" + String.join("|", Lexicon.TITLE_MODIFIERS) + ")";
  private static final String TITLE = "(?i:\\b" + alternation(Lexicon.TITLES) + ")\\b";
  /** A capitalized word that does not start a title. */
  private static final String ORG_WORD = "(?!" + TITLE + ")" + CAPITAL_WORD;
  /** Capitalized words, "of" between them; lower-case words only after a possessive. */
  private static final String ORG =
      ORG_WORD + "(?:\\h+(?:of\\h+(?:the\\h+)?)?" + ORG_WORD + "){0,4}(?:(?<='s)(?:\\h+(?!"
          + MODIFIER + "\\b)(?!" + TITLE + ")\\p{Ll}+){1,2})?";
  private static final String ORG_AFTER =
      CAPITAL_WORD + "(?:\\h+(?:(?:of|and)\\h+(?:the\\h+)?)?" + CAPITAL_WORD + "){0,5}";
  private static final String RANK = alternation(Lexicon.RANKS);

  /** {@code [ORG] [MOD] TITLE [of ORG] [RANK] } ending right before a name. */
  private static final Pattern TITLE_BEFORE =
      Pattern.compile("(?:(?<org>" + ORG + ")\\h+)?(?:(?<mod>" + MODIFIER + ")\\h+)?(?<title>"
          + TITLE + ")(?:\\h+of\\h+(?:the\\h+)?(?<org2>" + CAPITAL_WORD + "))?\\h+(?:(?<rank>"
          + RANK + ")\\h+)?$");

  /** {@code , [the] [ORG] [words] TITLE [of|for [the] ORG]} right after a name. */
  private static final Pattern TITLE_AFTER =
      Pattern.compile(",\\h+(?:the\\h+|a\\h+)?(?:(?<org>" + CAPITAL_WORD + "(?:\\h+"
          + CAPITAL_WORD + "){0,3})\\h+)?(?:(?<mod>" + MODIFIER + ")\\h+)?(?:\\p{Ll}+\\h+){0,2}?"
          + "(?<title>" + TITLE + ")(?:\\h+(?:of|for|at|to|with)\\h+(?:the\\h+)?(?<org2>"
          + ORG_AFTER + "))?");

  /**
   * How far before a name its title phrase may start: an organisation of five words, a modifier,
   * a title of four, "of the" and an organisation, a rank of three words.
   */
  private static final int REACH = 200;

  /** A regular-expression alternation of phrases in their order, quoted, spaces as {@code \\h+}. */
  private static String alternation(List<String> phrases) {
    StringBuilder sb = new StringBuilder("(?:");
    for (int i = 0; i < phrases.size(); i++) {
      if (i > 0) {
        sb.append('|');
      }
      sb.append(Pattern.quote(phrases.get(i)).replace(" ", "\\E\\h+\\Q"));
    }
    return sb.append(')').toString();
  }

  @Override
  public List<RoleClaim> extract(Document document, People people) {
    String text = document.text().value();
    List<Mention> mentions = new ArrayList<>();
    List<NameMention> names = document.names();
    for (int i = 0; i < names.size(); i++) {
      NameMention n = names.get(i);
      int p = document.paragraphAt(n.span().start());
      int lineStart = p < 0 ? 0 : document.paragraphs().get(p).start();
      int lineEnd = p < 0 ? text.length() : document.paragraphs().get(p).end();
      Mention before = titleBefore(text, n, i, Math.max(lineStart, n.span().start() - REACH));
      if (before != null) {
        mentions.add(before);
      }
      Mention after = n.words().size() >= 2 && !n.possessive()
          ? titleAfter(text, n, i, lineEnd) : null;
      if (after != null) {
        mentions.add(after);
      }
    }
    mentions.sort(Comparator.comparingInt((Mention x) -> x.span().start())
        .thenComparing(x -> -x.span().length()));
    List<RoleClaim> out = new ArrayList<>();
    int end = 0;
    for (Mention m : mentions) {
      if (m.span().start() < end) {
        continue;
      }
      end = m.span().end();
      Person person = people.person(document, m.name());
      String pronouns = people.gender(document, person);
      String gender = Titles.gender(m.title());
      out.add(new RoleClaim(
          document.article().id() + ":r" + (out.size() + 1),
          document.article().id(),
          document.sourceSpan(m.span()),
          document.sourceText(m.span()),
          people.name(document, m.name()),
          m.title(),
          m.organisation(),
          m.rank(),
          gender != null ? gender : pronouns,
          pronouns,
          ContentWords.of(m.organisation())));
    }
    return out;
  }

  /**
   * A title-and-name phrase before it becomes a claim.
   *
   * @param span the phrase in the normalized text
   * @param name the index of its name mention
   */
  private record Mention(Span span, int name, String title, String organisation, String rank) {}

  /** {@code [ORG] [MOD] TITLE [of ORG] [RANK] NAME}, the phrase ending where name {@code i} starts. */
  private static Mention titleBefore(String text, NameMention n, int i, int from) {
    while (from < n.span().start() && from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
      from++; // start at a word
    }
    Matcher m = TITLE_BEFORE.matcher(text).region(from, n.span().start())
        .useTransparentBounds(true);
    if (!m.find()) {
      return null;
    }
    String title = m.group("title");
    int titleStart = m.start("title");
    if (m.group("mod") != null) {
      title = m.group("mod") + " " + title;
      titleStart = m.start("mod");
    }
    String org = m.group("org");
    int orgStart = m.start("org");
    if (org != null) {
      int lead = leading(org);
      orgStart += lead;
      org = org.substring(lead);
      // "Defense Minister": a title word taken for the organisation belongs to the title
      String last = org.substring(org.lastIndexOf(' ') + 1);
      if (m.group("mod") == null && !last.isEmpty()
          && Lexicon.TITLES.contains((last + " " + title).toLowerCase(Locale.ROOT))) {
        title = last + " " + title;
        titleStart -= last.length() + 1;
        org = org.contains(" ") ? org.substring(0, org.lastIndexOf(' ')) : "";
      }
      org = org.isBlank() ? null : org;
    }
    int start = org != null ? orgStart : titleStart;
    if (m.group("org2") != null) {
      org = m.group("org2");
    }
    return new Mention(new Span(start, n.span().end()), i, title, org, m.group("rank"));
  }

  /** {@code NAME, [the] [ORG] [words] TITLE [of|for [the] ORG]} after name {@code i}. */
  private static Mention titleAfter(String text, NameMention n, int i, int lineEnd) {
    int end = n.span().end();
    if (end >= lineEnd) {
      return null;
    }
    Matcher m = TITLE_AFTER.matcher(text).region(end, lineEnd);
    if (!m.lookingAt()) {
      return null;
    }
    String title = m.group("title");
    if (m.group("mod") != null) {
      title = m.group("mod") + " " + title;
    }
    String org = m.group("org");
    if (org != null) {
      org = org.substring(leading(org));
      String last = org.substring(org.lastIndexOf(' ') + 1);
      if (m.group("mod") == null && !last.isEmpty()
          && Lexicon.TITLES.contains((last + " " + title).toLowerCase(Locale.ROOT))) {
        title = last + " " + title;
        org = org.contains(" ") ? org.substring(0, org.lastIndexOf(' ')) : "";
      }
      org = org.isBlank() ? null : org;
    }
    if (m.group("org2") != null) {
      org = m.group("org2");
    }
    return new Mention(new Span(n.span().start(), m.end()), i, title, org, null);
  }

  /**
   * How many characters of an organisation's words only open the sentence ("According", "As
   * per", "The"): sentence openers and speech verbs, and the lower-case words after them.
   */
  private static int leading(String org) {
    int at = 0;
    boolean any = false;
    while (at < org.length()) {
      int sp = org.indexOf(' ', at);
      String w = org.substring(at, sp < 0 ? org.length() : sp);
      String lower = w.toLowerCase(Locale.ROOT);
      boolean opener = Lexicon.SENTENCE_OPENERS.contains(lower) || Lexicon.SPEECH_VERBS.contains(w);
      boolean small = any && !w.isEmpty() && Character.isLowerCase(w.codePointAt(0));
      if (!opener && !small) {
        break;
      }
      any = true;
      at = sp < 0 ? org.length() : sp + 1;
    }
    return at;
  }
}
