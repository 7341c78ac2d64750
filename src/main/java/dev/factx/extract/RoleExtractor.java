package dev.factx.extract;

import dev.factx.clean.Document;
import dev.factx.text.Recent;
import dev.factx.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds role claims in a document: a person named with a title, in the forms {@code [ORG] TITLE
 * [RANK] NAME} ("Pentagon spokesperson Major General Pat Ryder", "Ukraine's Defense Minister
 * X"), {@code NAME, TITLE of|for [the] ORG} and {@code NAME, [ORG] TITLE}. The claim's person is
 * the full name the document gives that person; its gender comes from a gendered title, else from
 * the pronouns the document uses for the person.
 */
public final class RoleExtractor implements Extractor<RoleClaim> {
  private static final String CAPITAL_WORD = "\\p{Lu}[\\p{L}.'-]*";
  private static final String MODIFIER = "(?i:" + String.join("|", Titles.MODIFIERS) + ")";
  private static final String TITLE = "(?i:\\b" + Titles.alternation(Titles.TITLES) + ")\\b";
  /** A capitalized word that does not start a title. */
  private static final String ORG_WORD = "(?!" + TITLE + ")" + CAPITAL_WORD;
  /** Capitalized words, "of" between them; lower-case words only after a possessive. */
  private static final String ORG =
      ORG_WORD + "(?:\\h+(?:of\\h+(?:the\\h+)?)?" + ORG_WORD + "){0,4}(?:(?<='s)(?:\\h+(?!"
          + MODIFIER + "\\b)(?!" + TITLE + ")\\p{Ll}+){1,2})?";

  /** Words that open a sentence before an organisation and are no part of it. */
  private static final Pattern LEADING =
      Pattern.compile("^(?:(?:The|A|An|As|On|In|At|But|And|Or|If|So|Yet|Source|Details|Quote"
          + "|Background|According|Related|Meanwhile|However|Also|Then|Yesterday|Today|Earlier"
          + "|Later|Last|This|per|to|by|said|says)(?:\\h+|$))+(?:\\p{Ll}+(?:\\h+|$))*");
  private static final String ORG_AFTER =
      CAPITAL_WORD + "(?:\\h+(?:(?:of|and)\\h+(?:the\\h+)?)?" + CAPITAL_WORD + "){0,5}";
  private static final String RANK = Titles.alternation(Titles.RANKS);

  /** {@code [ORG] [MOD] TITLE [of ORG] [RANK] NAME}. */
  private static final Pattern TITLE_FIRST =
      Pattern.compile("(?:(?<org>" + ORG + ")\\h+)?(?:(?<mod>" + MODIFIER + ")\\h+)?(?<title>" + TITLE
          + ")(?:\\h+of\\h+(?:the\\h+)?(?<org2>" + CAPITAL_WORD + "))?\\h+(?:(?<rank>" + RANK
          + ")\\h+)?(?<name>" + PersonNames.NAME + ")");

  /** {@code NAME, [the] [ORG] [words] TITLE [of|for [the] ORG]}. */
  private static final Pattern NAME_FIRST =
      Pattern.compile("(?<name>" + PersonNames.NAME + "),\\h+(?:the\\h+|a\\h+)?(?:(?<org>"
          + CAPITAL_WORD + "(?:\\h+" + CAPITAL_WORD + "){0,3})\\h+)?(?:(?<mod>" + MODIFIER
          + ")\\h+)?(?:\\p{Ll}+\\h+){0,2}?(?<title>" + TITLE + ")(?:\\h+(?:of|for|at|to|with)\\h+"
          + "(?:the\\h+)?(?<org2>" + ORG_AFTER + "))?");

  /** The two forms, title first and name first; no part of either matches a line end. */
  static final List<Pattern> PHRASES = List.of(TITLE_FIRST, NAME_FIRST);

  @Override
  public List<RoleClaim> extract(Document document) {
    String text = document.text().value();
    PersonNames people = PersonNames.in(document);
    List<Mention> mentions = new ArrayList<>();
    for (int start = 0; start < text.length(); ) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      if (end > start) {
        for (Mention m : mentionsIn(text.substring(start, end))) {
          mentions.add(m.shift(start));
        }
      }
      start = end + 1;
    }
    mentions.sort(Comparator.comparingInt((Mention x) -> x.span().start())
        .thenComparing(x -> -x.span().length()));
    List<RoleClaim> out = new ArrayList<>();
    // a person's pronouns are read from the whole document once, not once per mention
    java.util.Map<String, String> pronouns = new java.util.HashMap<>();
    int end = 0;
    for (Mention m : mentions) {
      if (m.span().start() < end) {
        continue;
      }
      end = m.span().end();
      String person = people.resolve(m.name());
      person = person != null ? person : m.name();
      String gender = Titles.gender(m.title());
      if (gender == null) {
        String who = person;
        if (!pronouns.containsKey(who)) {
          pronouns.put(who, people.pronounGender(document, who));
        }
        gender = pronouns.get(who);
      }
      out.add(new RoleClaim(
          document.article().id() + ":r" + (out.size() + 1),
          document.article().id(),
          document.sourceSpan(m.span()),
          document.sourceText(m.span()),
          person,
          m.title(),
          m.organisation(),
          m.rank(),
          gender));
    }
    return out;
  }

  /**
   * The title-and-name phrases of one line, all of the first form, then all of the second. No part
   * of either pattern matches a line end, and the line end reads like the end of the text to their
   * word boundaries and lookarounds, so a line's phrases are those that a scan of the whole text
   * finds in it, and syndicated copy repeating a paragraph finds them in the cache.
   */
  private static List<Mention> mentionsIn(String line) {
    return LINES.get(line, RoleExtractor::findMentionsIn);
  }

  private static List<Mention> findMentionsIn(String line) {
    List<Mention> mentions = new ArrayList<>();
    for (Pattern p : PHRASES) {
      Matcher m = p.matcher(line);
      while (m.find()) {
        Mention mention = mention(m, p == TITLE_FIRST);
        if (mention != null) {
          mentions.add(mention);
        }
      }
    }
    return List.copyOf(mentions);
  }

  /** How many lines' phrases {@link #mentionsIn} keeps. */
  private static final int LINES_KEPT = 4096;

  private static final Recent<String, List<Mention>> LINES = new Recent<>(LINES_KEPT);

  /** A title-and-name phrase before it becomes a claim. */
  private record Mention(Span span, String name, String title, String organisation, String rank) {
    Mention shift(int by) {
      return new Mention(
          new Span(span.start() + by, span.end() + by), name, title, organisation, rank);
    }
  }

  private static Mention mention(Matcher m, boolean titleFirst) {
    String title = m.group("title");
    int titleStart = m.start("title");
    if (m.group("mod") != null) {
      title = m.group("mod") + " " + title;
      titleStart = m.start("mod");
    }
    String org = m.group("org");
    int orgStart = m.start("org");
    if (org != null) {
      // leading words that only open the sentence ("According", "As per", "The")
      Matcher lead = LEADING.matcher(org);
      if (lead.find()) {
        orgStart += lead.end();
        org = org.substring(lead.end());
      }
      // "Defense Minister": a title word taken for the organisation belongs to the title
      String last = org.substring(org.lastIndexOf(' ') + 1);
      if (m.group("mod") == null && !last.isEmpty()
          && Titles.TITLES.contains((last + " " + title).toLowerCase(Locale.ROOT))) {
        title = last + " " + title;
        titleStart -= last.length() + 1;
        org = org.contains(" ") ? org.substring(0, org.lastIndexOf(' ')) : "";
      }
      org = org.isBlank() ? null : org;
    }
    int start = titleFirst ? (org != null ? orgStart : titleStart) : m.start();
    if (m.group("org2") != null) {
      org = m.group("org2");
    }
    String name = name(m.group("name"), titleFirst);
    if (name == null) {
      return null;
    }
    int end;
    if (titleFirst) {
      end = m.start("name") + name.length();
    } else {
      int nameStart = m.group("name").lastIndexOf(name);
      start = m.start("name") + Math.max(0, nameStart);
      end = m.end();
    }
    String rank = titleFirst ? m.group("rank") : null;
    return new Mention(new Span(start, end), name, title, org, rank);
  }

  /**
   * The person's name in a matched name run: title words and words that cannot be names cut it.
   * After a title one word is enough ("President Biden"); before one, two are needed.
   */
  private static String name(String run, boolean afterTitle) {
    String[] words = run.split("\\h+");
    List<String> kept = new ArrayList<>();
    for (String w : words) {
      if (PersonNames.NOT_NAMES.contains(w) || Titles.isTitleWord(w)) {
        if (afterTitle) {
          break;
        }
        kept.clear();
        continue;
      }
      kept.add(w);
    }
    if (kept.isEmpty() || (!afterTitle && kept.size() < 2)) {
      return null;
    }
    String name = String.join(" ", kept);
    return afterTitle && !run.startsWith(name) ? null : name;
  }
}
