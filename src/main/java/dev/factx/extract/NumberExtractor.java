package dev.factx.extract;

import static dev.factx.extract.NumberLexicon.AUX;
import static dev.factx.extract.NumberLexicon.DURATIONS;
import static dev.factx.extract.NumberLexicon.LOSS_UNITS;
import static dev.factx.extract.NumberLexicon.MONTHS;
import static dev.factx.extract.NumberLexicon.NOT_BEFORE;
import static dev.factx.extract.NumberLexicon.OUTCOMES;
import static dev.factx.extract.NumberLexicon.OUTCOME_VERBS;
import static dev.factx.extract.NumberLexicon.PRONOUNS;
import static dev.factx.extract.NumberLexicon.SOURCE_TAILS;
import static dev.factx.extract.NumberLexicon.SOURCE_VERBS;
import static dev.factx.extract.NumberLexicon.STOP;
import static dev.factx.extract.NumberLexicon.TIME_UNITS;
import static dev.factx.extract.NumberLexicon.lemma;

import dev.factx.analysis.Document;
import dev.factx.analysis.Lexicon;
import dev.factx.analysis.NameMention;
import dev.factx.analysis.People;
import dev.factx.analysis.Token;
import dev.factx.extract.NumberLexicon.Phrase;
import dev.factx.extract.NumberLexicon.Qualifier;
import dev.factx.text.Span;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds figures (counts, amounts, shares, lengths of time, ages, ranks, scores) with their
 * qualifier, what they count ({@link Counted}) and who gave them.
 *
 * <p>Intervals, in exact decimals: "at least n" is [n, open); "more than n" keeps n as an
 * exclusive low bound (the qualifier says so); "just over n" is (n, 1.1n]; "up to n", "at most n",
 * "fewer than n" leave low open (null); "about n" and "some n" allow n ± 10%; "nearly n" is {@code
 * less-than} with low 0.9n, high n; bands in words ("dozens", "scores of", "several", "hundreds",
 * "tens of thousands") are {@code about} with the band's bounds (24-99, 40-199, 3-9, 200-999,
 * 20,000-99,999); "n-plus" is at least n; "n or older" is at least n.
 *
 * <p>Lengths of time are figures ("for 12 days", "a three-week strike", "nine years in prison");
 * a point in time is not ("three years into", "two weeks ago", "in two days": the dates'), nor a
 * time of day. Ages are figures ("Ana Ruiz, 64,", "aged 81", "a 15-year-old boy", "then 32", "18
 * or older", "in his 40s"), with whose age they are. A number before a hyphen and a noun measures
 * the noun after it ("a 61-page indictment" counts pages of an indictment). Ordinals count when
 * they rank a fact ("the 47th mayor", "her second term"), not in names or idioms ("the 14th
 * brigade", "the first time"). Scores after "won", "beat", "ended" are the two sides as written.
 * Not figures: years, dates, clock times, phone numbers, list numbering, numbers in names ("G7",
 * "F-16", "Article 5", "Amendment 64", "911"), street numbers.
 */
public final class NumberExtractor implements Extractor<NumericClaim> {

  /** A people noun in a sentence: its token, its kind and the group named with it. */
  private record Mention(int token, String bearer, String who) {}

  /** A source named in a sentence and the token where it stands. */
  private record Source(int token, String name) {}

  /**
   * The sentence a parse reads: its document, the bundle's people and its tokens, and the index
   * of its last token "times" (-1 for none), which a count of times needs after its number.
   */
  private record Sentence(Document doc, People people, List<Token> t, int lastTimes) {
    Sentence(Document doc, People people, List<Token> t) {
      this(doc, people, t, NumberExtractor.lastTimes(t));
    }
  }

  /** The index of the last token "times" (case aside) of a sentence, or -1. */
  static int lastTimes(List<Token> t) {
    for (int k = t.size() - 1; k >= 0; k--) {
      if (t.get(k).is("times")) {
        return k;
      }
    }
    return -1;
  }

  /** The figures of a document, each with its context. */
  @Override
  public List<NumericClaim> extract(Document document, People people) {
    String s = document.text().value();
    String article = document.article().id();
    List<NumericClaim> out = new ArrayList<>();
    String lastSource = null;
    for (Span span : document.sentences()) {
      List<Token> t = document.tokens(span);
      List<Source> sources = sources(s, t, lastSource);
      if (!sources.isEmpty()) {
        lastSource = sources.get(sources.size() - 1).name();
      }
      if (isContactLine(t)) {
        continue;
      }
      Sentence sentence = new Sentence(document, people, t);
      List<Mention> mentions = mentions(t);
      java.util.NavigableMap<Integer, String> places = places(t);
      boolean later = false;
      for (Token x : t) {
        if (Lexicon.LATER_WORDS.contains(x.lower())) {
          later = true;
          break;
        }
      }
      Parsed prev = null;
      int i = 0;
      while (i < t.size()) {
        Parsed p = parse(sentence, i, prev);
        if (p == null) {
          i++;
          continue;
        }
        i = Math.max(i + 1, p.end);
        if (!p.figure) {
          continue;
        }
        prev = p;
        String id = article + ":n" + (out.size() + 1);
        Span source = document.sourceSpan(new Span(t.get(p.start).start(), t.get(p.end - 1).end()));
        Mention m = nearest(mentions, p.numberAt);
        String bearer = NumberLexicon.bearerOf(p.unit);
        if (bearer == null && p.measure.equals("count") && p.money == null
            && (p.unit == null || LOSS_UNITS.contains(p.unit) || p.outcome != null)) {
          bearer = m == null ? (p.outcome != null ? "people" : null) : m.bearer();
        }
        // a group named elsewhere in the sentence owns the figure only when it counts people
        String who = p.who != null ? p.who : m == null || bearer == null ? null : m.who();
        Source src = nearestSource(sources, p.numberAt);
        FigureContext context = new FigureContext(figureText(s, t, p), who, bearer,
            place(places, p.numberAt), later);
        Counted counted = new Counted(p.money != null ? p.money : p.measure, p.noun, p.thing,
            p.about, p.relation, p.verb, p.outcome, p.holder);
        out.add(new NumericClaim(id, article, source, source.of(document.article().body()),
            p.low, p.high, p.qualifier, p.unit, p.outcome, subject(p, who),
            src == null ? null : src.name(), context, counted));
      }
    }
    return out;
  }

  /** One parse attempt at a token: a figure, or a non-figure to step over, or null. */
  static final class Parsed {
    int start;
    int end;
    int numberAt;
    int qualifierEnd;
    int amountEnd;
    boolean figure;
    String qualifier;
    BigDecimal low;
    BigDecimal high;
    String unit;
    String modifiers;
    String who;
    String outcome;
    String what;
    String measure = "count";
    String money;
    String noun;
    String thing;
    String about;
    String relation;
    String verb;
    String holder;

    static Parsed at(int start, int end, int numberAt) {
      Parsed p = new Parsed();
      p.start = start;
      p.end = end;
      p.numberAt = numberAt;
      p.qualifierEnd = numberAt;
      p.amountEnd = end;
      return p;
    }

    Parsed exact(BigDecimal v, String q) {
      low = v;
      high = v;
      qualifier = q;
      figure = true;
      return this;
    }
  }

  private static final BigDecimal TENTH = new BigDecimal("0.1");
  private static final BigDecimal NINE_TENTHS = new BigDecimal("0.9");
  private static final BigDecimal ELEVEN_TENTHS = new BigDecimal("1.1");

  private static Parsed parse(Sentence s, int i, Parsed prev) {
    List<Token> t = s.t();
    Parsed special = score(t, i);
    if (special == null) {
      special = ordinal(t, i);
    }
    if (special == null) {
      special = decadeOfLife(t, i);
    }
    if (special == null) {
      special = agesBetween(t, i);
    }
    if (special == null) {
      special = times(t, i, s.lastTimes());
    }
    if (special == null) {
      special = clock(t, i);
    }
    if (special != null) {
      return special;
    }
    int j = i;
    String code = null;
    boolean between = false;
    boolean aged = false;
    for (Qualifier q : NumberLexicon.qualifiersStartingWith(t.get(i).lower())) {
      if (matches(t, i, q.words())) {
        code = q.code();
        j = i + q.words().size();
        break;
      }
    }
    if (code == null && (t.get(i).is("between") || t.get(i).is("from"))) {
      between = t.get(i).is("between");
      j = i + 1;
    } else if (code == null && (t.get(i).is("aged") || t.get(i).is("age"))
        && i + 1 < t.size() && t.get(i + 1).isNumber()) {
      aged = true;
      j = i + 1;
    }
    Amount a = Amount.parse(t, j);
    if (a == null) {
      return null;
    }
    if (between || j > i && code == null && !aged) {
      // "between 20 and 30": the second number follows "and"; "from 20 to 30" is parsed already
      if (between && a.end() + 1 < t.size() && t.get(a.end()).is("and")) {
        Amount b = Amount.single(t, a.end() + 1);
        if (b != null) {
          Amount r = Amount.rangeOf(t, a, b);
          a = r.low().compareTo(r.high()) < 0 ? r : a;
        }
      }
      if (!a.range()) {
        j = i = a.start();
      }
    }
    Parsed p = Parsed.at(i, a.end(), a.start());
    p.qualifierEnd = a.start();
    p.amountEnd = a.end();
    if (notFigure(t, i, a)) {
      return p;
    }
    Token before = i > 0 ? t.get(i - 1) : null;
    Token after = a.end() < t.size() ? t.get(a.end()) : null;
    Token after2 = a.end() + 1 < t.size() ? t.get(a.end() + 1) : null;
    if (a.plus() && code == null) {
      code = "at-least";
    }
    p.qualifier = code == null ? (a.range() ? "range" : a.vague() ? "about" : "exact") : code;
    p.money = currency(a.unit());
    if (a.unit() != null) {
      p.unit = a.unit();
    }
    // ages
    if (aged || age(s, i, a, p)) {
      if (aged) {
        p.measure = "age";
        p.unit = "years";
        p.holder = nameBefore(s, t.get(i).start());
      }
      bounds(p, a, code);
      p.figure = true;
      return p;
    }
    // a number before a hyphen measures the noun after it: "61-page indictment"
    if (after != null && after.text().equals("-") && after.glued() && after2 != null
        && after2.isWord() && after2.glued() && !a.range()) {
      compound(s, p, a, code);
      return p;
    }
    if (blockedBefore(before, a, code, t, i)) {
      return p;
    }
    // lengths of time and points in time
    if (after != null && a.unit() == null) {
      String unit = after.lower();
      if (DURATIONS.containsKey(unit)) {
        duration(t, i, p, a, code);
        return p;
      }
      if (TIME_UNITS.contains(unit)) {
        return p;
      }
    }
    counted(s, p, a, code, prev);
    return p;
  }

  /** A currency code, or null for a share or no unit. */
  private static String currency(String unit) {
    return unit == null || unit.equals("percent") ? null : unit;
  }

  /**
   * Whether the word before a figure makes it point back or index something ("the two leaders",
   * "these 30", "page 5"). After "the", a sum, a figure with a qualifier and a figure before a
   * hyphenated noun are still figures ("the $2.1 billion she asked for", "the more than 300
   * pages"); after a possessive, a count of something ("their three sons"); after "which", a count
   * with its noun ("in which 50 people were killed").
   */
  private static boolean blockedBefore(Token before, Amount a, String code, List<Token> t, int i) {
    if (before == null || !NOT_BEFORE.contains(before.lower())) {
      return false;
    }
    String b = before.lower();
    boolean measure = currency(a.unit()) != null || code != null;
    if (b.equals("the")) {
      return !measure;
    }
    if (Set.of("their", "his", "her", "its", "our", "my", "your", "which").contains(b)) {
      return !(measure || countedNounAt(t, a.end()));
    }
    return true;
  }

  /** Whether a counted noun (not a time unit or stop word) follows at token k, "other" aside. */
  private static boolean countedNounAt(List<Token> t, int k) {
    for (int n = 0; k < t.size() && n < 4; k++, n++) {
      Token w = t.get(k);
      if (!w.isWord() || TIME_UNITS.contains(w.lower())) {
        return false;
      }
      String noun = lemma(w.text());
      if (plural(w.lower()) || w.is("others") || Lexicon.FIGURE_PERSON_NOUNS.contains(noun)
          || NumberLexicon.UMBRELLAS.contains(noun) || NumberLexicon.bearerOf(w.lower()) != null) {
        return true;
      }
      if (!w.is("other") && !w.isCapitalized() && STOP.contains(w.lower())) {
        return false;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // scores, ordinals, counts of times, ages

  /** "won 3-1", "beat the hosts 2-0", "ended 1-1": the two sides as written. */
  private static Parsed score(List<Token> t, int i) {
    if (i + 2 >= t.size() || !t.get(i).isNumber() || !t.get(i + 1).text().equals("-")
        || !t.get(i + 1).glued() || !t.get(i + 2).isNumber() || !t.get(i + 2).glued()) {
      return null;
    }
    if (i + 3 < t.size() && t.get(i + 3).glued() && !t.get(i + 3).text().equals(".")
        && !t.get(i + 3).text().equals(",")) {
      return null; // "17-12-2024", "3-1-0"
    }
    BigDecimal x = Amount.digits(t.get(i).text());
    BigDecimal y = Amount.digits(t.get(i + 2).text());
    if (x == null || y == null || x.scale() > 0 || y.scale() > 0
        || x.compareTo(BigDecimal.valueOf(200)) > 0 || y.compareTo(BigDecimal.valueOf(200)) > 0) {
      return null;
    }
    String said = null;
    for (int k = i - 1; k >= 0 && k >= i - 4 && said == null; k--) {
      said = NumberLexicon.SCORE_VERBS.get(t.get(k).lower());
    }
    if (said == null) {
      return null;
    }
    if (said.equals("ended")) {
      said = x.compareTo(y) == 0 ? "drew" : "won";
    }
    Parsed p = Parsed.at(i, i + 3, i);
    p.low = x;
    p.high = y;
    p.qualifier = "score";
    p.measure = "score";
    p.verb = said;
    p.figure = true;
    return p;
  }

  /** "the 47th mayor", "her second term", "ranked No. 3": a rank with what it ranks. */
  private static Parsed ordinal(List<Token> t, int i) {
    Token w = t.get(i);
    int value;
    int next;
    if (w.isNumber() && i + 1 < t.size() && t.get(i + 1).glued()
        && Set.of("th", "st", "nd", "rd").contains(t.get(i + 1).lower())) {
      BigDecimal v = Amount.digits(w.text());
      if (v == null || v.scale() > 0 || v.compareTo(BigDecimal.valueOf(1000)) >= 0) {
        return null;
      }
      value = v.intValue();
      next = i + 2;
    } else if (w.isWord() && NumberLexicon.ORDINALS.containsKey(w.lower())
        && !(i + 1 < t.size() && t.get(i + 1).text().equals("-"))
        && !(w.isCapitalized() && i > 0)
        && !(i + 1 < t.size() && t.get(i + 1).isCapitalized() && w.isCapitalized())) {
      // "Fifth Amendment", "Third Avenue": a capitalized ordinal is part of a name
      value = NumberLexicon.ORDINALS.get(w.lower());
      next = i + 1;
    } else if (w.is("no") && i > 0 && t.get(i - 1).is("ranked") && i + 2 < t.size()
        && t.get(i + 1).text().equals(".") && t.get(i + 2).isNumber()) {
      BigDecimal v = Amount.digits(t.get(i + 2).text());
      if (v == null || v.scale() > 0) {
        return null;
      }
      Parsed p = Parsed.at(i, i + 3, i + 2).exact(v, "ordinal");
      p.measure = "ordinal";
      p.noun = "rank";
      p.unit = "rank";
      return p;
    } else {
      return null;
    }
    if (value == 1) {
      return null;
    }
    // "second and final term": the words between say which, the head says what is ranked
    int k = next;
    if (k + 1 < t.size() && t.get(k).is("and")
        && (t.get(k + 1).is("final") || t.get(k + 1).is("last"))) {
      k += 2;
    }
    int head = -1;
    for (int n = 0; k < t.size() && n < 4; k++, n++) {
      Token x = t.get(k);
      if (!x.isWord() || STOP.contains(x.lower()) || NumberLexicon.OUTCOMES.containsKey(x.lower())
          || head >= 0 && (x.lower().endsWith("ed") || x.lower().endsWith("ing")
              || AUX.contains(x.lower()))) {
        break;
      }
      if (NumberLexicon.ORDINAL_NAMES.contains(lemma(x.text()))) {
        return null; // "the 5th amendment right", "the 14th brigade"
      }
      head = k;
    }
    if (head < 0 || t.get(head).isCapitalized()
        || NumberLexicon.ORDINAL_NAMES.contains(lemma(t.get(head).text()))
        || DURATIONS.containsKey(t.get(head).lower())) {
      return null;
    }
    Parsed p = Parsed.at(i, head + 1, i).exact(BigDecimal.valueOf(value), "ordinal");
    p.measure = "ordinal";
    p.noun = lemma(t.get(head).text());
    p.unit = t.get(head).text();
    return p;
  }

  /** "in his 40s", "in her early 30s": an age by its decade of life. */
  private static Parsed decadeOfLife(List<Token> t, int i) {
    if (!t.get(i).is("in") || i + 3 >= t.size()
        || !Set.of("his", "her", "their").contains(t.get(i + 1).lower())) {
      return null;
    }
    int k = i + 2;
    if (!t.get(k).isNumber() || !t.get(k + 1).is("s") || !t.get(k + 1).glued()) {
      return null;
    }
    BigDecimal v = Amount.digits(t.get(k).text());
    if (v == null || v.scale() > 0 || v.intValue() % 10 != 0 || v.intValue() < 10
        || v.intValue() > 100) {
      return null;
    }
    return ageRange(Parsed.at(i, k + 2, k), v, v.add(BigDecimal.valueOf(9)));
  }

  /** A range of ages. */
  private static Parsed ageRange(Parsed p, BigDecimal low, BigDecimal high) {
    p.low = low;
    p.high = high;
    p.qualifier = "range";
    p.measure = "age";
    p.unit = "years";
    p.figure = true;
    return p;
  }

  /** "between the ages of 12 and 16", "ages 12 to 16". */
  private static Parsed agesBetween(List<Token> t, int i) {
    int k = i;
    if (t.get(k).is("between") && k + 3 < t.size() && t.get(k + 1).is("the")
        && t.get(k + 2).is("ages") && t.get(k + 3).is("of")) {
      k += 4;
    } else if (t.get(k).is("ages") && k + 1 < t.size() && t.get(k + 1).isNumber()) {
      k += 1;
    } else if (t.get(k).is("ages") && k + 2 < t.size() && t.get(k + 1).is("of")) {
      k += 2;
    } else {
      return null;
    }
    if (k + 2 >= t.size() || !t.get(k).isNumber()
        || !(t.get(k + 1).is("and") || t.get(k + 1).is("to")) || !t.get(k + 2).isNumber()) {
      return null;
    }
    BigDecimal lo = Amount.digits(t.get(k).text());
    BigDecimal hi = Amount.digits(t.get(k + 2).text());
    if (lo == null || hi == null || lo.compareTo(hi) >= 0 || hi.intValue() > 120) {
      return null;
    }
    return ageRange(Parsed.at(i, k + 3, k), lo, hi);
  }

  /**
   * "twice", "three times", "several times": how often something was done. {@code lastTimes} is
   * the index of the sentence's last token "times", or -1: a number's "times" stands after it,
   * so with none after token {@code i} only "twice" and "thrice" are read.
   */
  static Parsed times(List<Token> t, int i, int lastTimes) {
    Token w = t.get(i);
    if (lastTimes <= i && !w.is("twice") && !w.is("thrice")) {
      return null; // an amount ends after i, and "times" would follow it
    }
    Parsed p;
    if ((w.is("twice") || w.is("thrice")) && i + 1 < t.size() && Set.of("as", "the", "that", "a",
        "more", "over").contains(t.get(i + 1).lower())) {
      return null; // "twice as many", "twice the size": a multiple
    }
    if (w.is("twice") || w.is("thrice")) {
      p = Parsed.at(i, i + 1, i).exact(BigDecimal.valueOf(w.is("twice") ? 2 : 3), "exact");
    } else {
      Amount a = Amount.single(t, i);
      if (a == null || a.unit() != null || a.end() >= t.size() || !t.get(a.end()).is("times")) {
        return null;
      }
      // "three times the size", "four times as many": a multiple, not a count
      if (a.end() + 1 < t.size() && Set.of("the", "as", "more", "less", "larger", "higher",
          "bigger", "greater", "smaller", "that", "a").contains(t.get(a.end() + 1).lower())) {
        return null;
      }
      if (a.low().compareTo(BigDecimal.ONE) == 0 && !a.vague()) {
        return null;
      }
      p = Parsed.at(i, a.end() + 1, i);
      p.low = a.low();
      p.high = a.high();
      p.qualifier = a.vague() ? "about" : "exact";
      p.figure = true;
    }
    p.noun = "time";
    p.unit = "times";
    p.verb = participle(t, i, p.end);
    if (p.verb == null) {
      return null; // "twice" with no deed is no count ("twice the size", "twice as many")
    }
    return p;
  }

  /** Clock times named by a word, in minutes after midnight. */
  private static final java.util.Map<String, Integer> CLOCK_WORDS =
      java.util.Map.of("noon", 720, "midnight", 0);

  /**
   * "at noon", "precisely at 12:00 p.m.", "at 7 a.m.": the time of day of a moment, in minutes
   * after midnight (measure {@code clock}). Only a time told with "at" is one: "by 9 p.m.",
   * "until 6 p.m.", "shortly after 7 p.m." bound a moment rather than tell it, and a bare "7:04"
   * may be anything; those stay no figures.
   */
  private static Parsed clock(List<Token> t, int i) {
    if (i == 0 || !t.get(i - 1).is("at")) {
      return null;
    }
    Token w = t.get(i);
    Integer named = w.isWord() && !w.isCapitalized() ? CLOCK_WORDS.get(w.lower()) : null;
    int end;
    int minutes;
    if (named != null) {
      end = i + 1;
      minutes = named;
    } else {
      if (!w.isNumber()) {
        return null;
      }
      BigDecimal h = Amount.digits(w.text());
      if (h == null || h.scale() > 0 || h.intValue() < 1 || h.intValue() > 12) {
        return null;
      }
      int k = i + 1;
      int past = 0;
      if (k + 1 < t.size() && t.get(k).text().equals(":") && t.get(k).glued()
          && t.get(k + 1).isNumber() && t.get(k + 1).glued()
          && t.get(k + 1).text().length() == 2) {
        BigDecimal m = Amount.digits(t.get(k + 1).text());
        if (m == null || m.scale() > 0 || m.intValue() > 59) {
          return null;
        }
        past = m.intValue();
        k += 2;
      }
      end = meridiem(t, k);
      if (end < 0) {
        return null;
      }
      boolean pm = t.get(k).lower().startsWith("p");
      minutes = h.intValue() % 12 * 60 + past + (pm ? 720 : 0);
    }
    Parsed p = Parsed.at(i, end, i).exact(BigDecimal.valueOf(minutes), "exact");
    p.measure = "clock";
    p.unit = "minutes after midnight";
    return p;
  }

  /** The end of "a.m.", "p.m.", "am" or "pm" starting at token {@code k}, or -1. */
  private static int meridiem(List<Token> t, int k) {
    if (k >= t.size()) {
      return -1;
    }
    String w = t.get(k).lower();
    if (w.equals("am") || w.equals("pm")) {
      return k + 1;
    }
    if ((w.equals("a") || w.equals("p")) && k + 2 < t.size() && t.get(k + 1).text().equals(".")
        && t.get(k + 1).glued() && t.get(k + 2).is("m") && t.get(k + 2).glued()) {
      return k + 3 < t.size() && t.get(k + 3).text().equals(".") && t.get(k + 3).glued()
          ? k + 4 : k + 3;
    }
    return -1;
  }

  /** The past participle or past verb nearest to a figure in its clause, as written, or null. */
  private static String participle(List<Token> t, int from, int to) {
    for (int d = 1; d <= 5; d++) {
      for (int k : new int[] {from - d, to - 1 + d}) {
        if (k < 0 || k >= t.size()) {
          continue;
        }
        Token x = t.get(k);
        if (!x.isWord()) {
          break;
        }
        String lw = x.lower();
        if (!x.isCapitalized() && lw.length() > 4 && lw.endsWith("ed")
            && !Lexicon.NOT_VERBS.contains(lw)) {
          return lw;
        }
      }
    }
    return null;
  }

  /**
   * Whether the figure at token i is an age, setting the parse if so: "Ana Ruiz, 64,", "Dale
   * Hurst, then 32,", "anyone 18 or older", "11 and 14 years old", "when she was 14".
   */
  private static boolean age(Sentence s, int i, Amount a, Parsed p) {
    List<Token> t = s.t();
    if (a.unit() != null || a.words() && !a.range() && a.end() < t.size()
        && !t.get(a.end()).is("years")) {
      return false;
    }
    BigDecimal v = a.low();
    if (v.scale() > 0 || v.compareTo(BigDecimal.ONE) < 0 || a.high().intValue() > 120) {
      return false;
    }
    Token before = i > 0 ? t.get(i - 1) : null;
    Token after = a.end() < t.size() ? t.get(a.end()) : null;
    Token after2 = a.end() + 1 < t.size() ? t.get(a.end() + 1) : null;
    boolean ageWord = false;
    int end = a.end();
    String holder = null;
    if (!a.range() && before != null && after != null && after.text().equals(",")) {
      // "Ana Ruiz, 64," and "Dale Hurst, then 32,"
      int comma = before.text().equals(",") ? i - 1
          : before.is("then") && i > 1 && t.get(i - 2).text().equals(",") ? i - 2 : -1;
      if (comma >= 0) {
        int m = s.doc().nameEndingAt(t.get(comma).start());
        if (m < 0 && comma > 0 && t.get(comma - 1).isCapitalized()) {
          m = s.doc().nameEndingAt(t.get(comma - 1).end());
        }
        if (m >= 0) {
          holder = holderName(s, m);
          ageWord = true;
        }
      }
    }
    if (!ageWord && after != null && after2 != null
        && (after.is("or") || after.is("and"))
        && Set.of("older", "younger", "over", "above", "up").contains(after2.lower())
        && !a.range()) {
      // "18 or older"
      ageWord = true;
      end = a.end() + 2;
      p.amountEnd = end; // "19 or older" is the figure as written
      p.qualifier = after2.is("younger") ? "up-to" : "at-least";
    }
    if (!ageWord && after != null && after2 != null && (after.is("years") || after.is("year"))
        && after2.is("old")) {
      ageWord = true;
      end = a.end() + 2;
      holder = subjectHead(t, i);
    }
    if (!ageWord && !a.range() && before != null && (before.is("was") || before.is("is"))
        && i > 1 && (t.get(i - 2).is("she") || t.get(i - 2).is("he"))
        && (after == null || !after.isWord() || after.is("when") || after.is("and"))) {
      ageWord = true; // "when she was 14"
    }
    if (!ageWord) {
      return false;
    }
    p.measure = "age";
    p.unit = "years";
    p.end = end;
    p.holder = holder;
    if (p.qualifier.equals("exact") || p.qualifier.equals("range")) {
      p.qualifier = a.range() ? "range" : "exact";
    }
    return true;
  }

  /** The person named last before an offset in the sentence, as the bundle names them, or null. */
  private static String nameBefore(Sentence s, int offset) {
    int m = s.doc().lastNameEndingBy(offset);
    if (m < 0 || s.doc().names().get(m).span().start() < s.t().get(0).start()) {
      return null;
    }
    NameMention n = s.doc().names().get(m);
    return n.words().size() >= 2 || s.people().person(s.doc(), m) != null ? holderName(s, m)
        : null;
  }

  /**
   * Whose figure a name mention says: a full name as the bundle names the person; a surname alone
   * as written ("Okafor"), since the person a bare surname stands for is a guess the matcher must
   * not take for a fact (two Hunters in one story).
   */
  private static String holderName(Sentence s, int m) {
    NameMention n = s.doc().names().get(m);
    return n.words().size() >= 2 ? s.people().name(s.doc(), m) : n.surname();
  }

  // ---------------------------------------------------------------------------------------------
  // lengths of time and hyphenated measures

  /** "for 12 days", "nine years in prison", "three years' probation"; not "three years into". */
  private static boolean duration(List<Token> t, int i, Parsed p, Amount a, String code) {
    Token unit = t.get(a.end());
    int k = a.end() + 1;
    boolean lasting = i > 0 && t.get(i - 1).is("for");
    if (k < t.size() && NumberLexicon.POINT_WORDS.contains(t.get(k).lower())
        && !(lasting && !t.get(k).is("ago") && !t.get(k).is("old"))) {
      return false; // "three years into the war", "two weeks ago", "two days after the vote"
    }
    if (k + 1 < t.size() && t.get(k).is("from") && t.get(k + 1).is("now")) {
      return false;
    }
    if (i > 0 && (t.get(i - 1).is("in") || t.get(i - 1).is("within"))) {
      return false; // "in two days"
    }
    if (k < t.size() && t.get(k).is("read")) {
      return false; // "2 min read"
    }
    p.measure = "time";
    p.noun = DURATIONS.get(unit.lower());
    p.unit = unit.text();
    p.end = k;
    p.verb = deed(t, i); // "burned for 13 hours", "sentenced to nine years"
    Phrase relation = phraseAt(t, k, NumberLexicon.RELATIONS);
    if (relation != null) {
      p.relation = relation.code();
      p.end = k + relation.tokens().size();
    } else if (k + 1 < t.size() && t.get(k).text().equals("'") && t.get(k).glued()
        && t.get(k + 1).isWord() && !STOP.contains(t.get(k + 1).lower())) {
      p.thing = lemma(t.get(k + 1).text()); // "three years' probation"
      p.end = k + 2;
    } else if (k + 1 < t.size() && t.get(k).is("of") && t.get(k + 1).isWord()
        && !STOP.contains(t.get(k + 1).lower()) && !t.get(k + 1).isCapitalized()) {
      p.thing = lemma(t.get(k + 1).text()); // "three years of probation"
      p.end = k + 2;
    }
    bounds(p, a, code);
    p.figure = true;
    return true;
  }

  /**
   * "a 61-page indictment", "a three-week strike", "a 15-year-old boy": the number measures the
   * hyphenated noun, which describes the noun after it.
   */
  private static boolean compound(Sentence s, Parsed p, Amount a, String code) {
    List<Token> t = s.t();
    int u = a.end() + 1;
    String unit = t.get(u).lower();
    if (t.get(u).isCapitalized() || STOP.contains(unit) && !unit.equals("second")) {
      return false;
    }
    // "15-year-old": an age, with whose it is after it
    if (DURATIONS.containsKey(unit) && u + 2 < t.size() && t.get(u + 1).text().equals("-")
        && t.get(u + 1).glued() && t.get(u + 2).is("old") && t.get(u + 2).glued()) {
      int end = u + 3;
      if (end < t.size() && t.get(end).isWord() && !t.get(end).isCapitalized()
          && !STOP.contains(t.get(end).lower()) && !AUX.contains(t.get(end).lower())
          && !t.get(end).lower().endsWith("ed")) {
        p.holder = lemma(t.get(end).text());
        end++;
      }
      if (a.unit() != null) {
        return false;
      }
      p.measure = "age";
      p.unit = "years";
      p.end = end;
      bounds(p, a, code);
      p.figure = true;
      return true;
    }
    // the noun the measure describes: the head of the words after it
    int k = u + 1;
    int head = -1;
    for (int n = 0; k < t.size() && n < 4; k++, n++) {
      Token x = t.get(k);
      if (!x.isWord() || STOP.contains(x.lower()) || x.isCapitalized()
          || AUX.contains(x.lower()) || OUTCOMES.containsKey(x.lower())
          || x.lower().endsWith("ly")
          || head >= 0 && (x.lower().endsWith("ed") || x.lower().endsWith("ing"))) {
        break;
      }
      head = k;
    }
    if (head < 0) {
      return false;
    }
    p.end = head + 1;
    p.thing = lemma(t.get(head).text());
    // "a two-year extension of tax cuts": what the thing is of tells two such things apart
    if (head + 2 < t.size() && t.get(head + 1).is("of")) {
      int k2 = head + 2;
      while (k2 < t.size() && (t.get(k2).is("the") || t.get(k2).is("a") || t.get(k2).is("an"))) {
        k2++;
      }
      String of = null;
      for (int n = 0; k2 < t.size() && n < 3; k2++, n++) {
        Token x = t.get(k2);
        if (!x.isWord() || STOP.contains(x.lower()) || x.lower().endsWith("ing")) {
          break;
        }
        of = x.text();
        if (plural(x.lower())) {
          break;
        }
      }
      if (of != null) {
        p.about = lemma(of);
      }
    }
    if (DURATIONS.containsKey(unit)) {
      p.measure = "time";
      p.noun = DURATIONS.get(unit);
    } else {
      p.noun = lemma(t.get(u).text());
    }
    if (a.unit() == null) {
      p.unit = t.get(u).text();
    }
    bounds(p, a, code);
    p.figure = true;
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // counts, sums and shares

  /** A count, sum or share: what is counted, what happened to it, what a sum or share is of. */
  private static void counted(Sentence s, Parsed p, Amount a, String code, Parsed prev) {
    List<Token> t = s.t();
    int i = p.start;
    boolean money = currency(a.unit()) != null;
    boolean share = "percent".equals(a.unit());
    if (share) {
      p.measure = "percent";
    }
    // what is counted
    int k = a.end();
    if (k < t.size() && t.get(k).is("worth") && k + 1 < t.size() && t.get(k + 1).is("of")) {
      k += 2; // "$8,412.06 worth of furniture"
    } else if (k < t.size() && t.get(k).is("of") && (a.vague() || a.unit() != null)) {
      k++;
      if (k < t.size() && (t.get(k).is("the") || t.get(k).is("those")) && a.unit() != null) {
        k++; // "30 percent of the budget", "70 percent of those polled"
      }
    } else if (money && k + 1 < t.size() && (t.get(k).is("in") || t.get(k).is("for"))
        && thingAt(t, k + 1)) {
      k++; // "$5 million in aid", "$5 million for border security"; not "in the capital"
    }
    int npStart = k;
    List<String> mods = new ArrayList<>();
    List<String> caps = new ArrayList<>();
    String head = null;
    String preOutcome = null;
    while ((money || share) && k < t.size() && k - npStart < 6) {
      // what a sum or share is of: words of any case, hyphenated ones joined ("$43,350
      // gold-plated men's Rolex watch"); a plural noun, a stop word or a participle with nothing
      // after it ends it
      Token w = t.get(k);
      String lw = w.lower();
      if (w.text().equals("-") && w.glued() && head != null && k + 1 < t.size()
          && t.get(k + 1).glued() && t.get(k + 1).isWord()) {
        k++;
        continue;
      }
      if (!w.isWord() || STOP.contains(lw) || TIME_UNITS.contains(lw) || lw.endsWith("ly")
          || MONTHS.contains(lw) && w.isCapitalized()
          || Lexicon.WEEKDAY_NAMES.contains(lw)) {
        break;
      }
      boolean hyphened = k > 0 && t.get(k - 1).text().equals("-") && w.glued();
      boolean more = k + 1 < t.size() && t.get(k + 1).isWord()
          && !STOP.contains(t.get(k + 1).lower());
      if ((lw.endsWith("ed") || lw.endsWith("ing")) && !hyphened && !more) {
        break;
      }
      if (head != null) {
        mods.add(head);
      }
      head = w.text();
      k++;
      if (plural(lw) && !w.isCapitalized() && !hyphened && !lw.endsWith("'s")) {
        break;
      }
    }
    while (!money && !share && k < t.size() && k - npStart < 6) {
      Token w = t.get(k);
      String lw = w.lower();
      if (w.is("other") && head == null) {
        k++; // "three other women"
        continue;
      }
      if (w.is("others") && head == null) {
        head = lw;
        k++;
        break;
      }
      if (!w.isWord() || STOP.contains(lw) || TIME_UNITS.contains(lw)
          || MONTHS.contains(lw) && w.isCapitalized()) {
        break;
      }
      boolean nextIsWord = k + 1 < t.size() && t.get(k + 1).isWord()
          && !STOP.contains(t.get(k + 1).lower()) && !OUTCOMES.containsKey(t.get(k + 1).lower());
      if (OUTCOMES.containsKey(lw) && !w.isCapitalized()) {
        if (!nextIsWord) {
          break;
        }
        String nx = t.get(k + 1).lower();
        if (!plural(nx) && NumberLexicon.bearerOf(nx) == null) {
          break;
        }
        preOutcome = OUTCOMES.get(lw);
        k++;
        continue;
      }
      if (!w.isCapitalized() && (lw.endsWith("ed") || lw.endsWith("ing"))
          && !(nextIsWord && plural(t.get(k + 1).lower()))) {
        break;
      }
      if (w.isCapitalized()) {
        if (head != null) {
          break;
        }
        caps.add(w.text().endsWith("'s") ? w.text().substring(0, w.text().length() - 2)
            : w.text());
      } else {
        if (head != null) {
          mods.add(head);
        }
        head = lw;
        if (plural(lw) || NumberLexicon.bearerOf(lw) != null || LOSS_UNITS.contains(lw)) {
          k++;
          break;
        }
      }
      k++;
    }
    int npEnd = k;
    if (head == null && !caps.isEmpty() && !money && !share && plural(lower(caps.get(
        caps.size() - 1))) && Lexicon.FIGURE_PERSON_NOUNS.contains(lemma(caps.get(caps.size() - 1)))) {
      head = lower(caps.remove(caps.size() - 1)); // "about 60 House Democrats": a group of people
    }
    if (head == null && !caps.isEmpty()) {
      npEnd = npStart; // capitalized words alone are a name that follows, not a counted noun
      caps.clear();
    }
    if ((money || share) && head != null && Character.isUpperCase(head.charAt(0))
        && mods.stream().allMatch(m -> Character.isUpperCase(m.charAt(0)))) {
      head = null; // "$900 Friday", "5% Tuesday": a name, not what the sum is of
      mods.clear();
      npEnd = a.end();
    }
    if ((money || share) && head == null && npStart > a.end()) {
      npEnd = a.end(); // "of" or "in" led nowhere
    }
    // the outcome: "30 soldiers killed or wounded", "30 troops were killed", "three went missing"
    int o = npEnd;
    int aux = 0;
    while (o < t.size() && aux < 4 && AUX.contains(t.get(o).lower())) {
      o++;
      aux++;
    }
    String outcome = null;
    int outEnd = npEnd;
    if (!money && !share && o < t.size() && OUTCOMES.containsKey(t.get(o).lower())) {
      StringBuilder sb = new StringBuilder(OUTCOMES.get(t.get(o).lower()));
      outEnd = o + 1;
      while (outEnd + 1 < t.size() && (t.get(outEnd).is("or") || t.get(outEnd).is("and")
          || t.get(outEnd).is(",")) && OUTCOMES.containsKey(t.get(outEnd + 1).lower())) {
        String joint = t.get(outEnd).is(",") ? "," : " " + t.get(outEnd).lower();
        sb.append(joint).append(' ').append(OUTCOMES.get(t.get(outEnd + 1).lower()));
        outEnd += 2;
      }
      if (outEnd + 1 < t.size() && t.get(outEnd).is("in") && t.get(outEnd + 1).is("action")) {
        outEnd += 2;
      }
      outcome = sb.toString();
    }
    if (outcome == null && !money && !share && npEnd < t.size() && head != null
        && t.get(npEnd).lower().endsWith("ing")) {
      // "2,300 residents living near the plant were evacuated": past a participle's phrase
      for (int r = npEnd + 1; r < t.size() && r <= npEnd + 6 && t.get(r).isWord(); r++) {
        if (AUX.contains(t.get(r).lower()) && r + 1 < t.size()
            && OUTCOMES.containsKey(t.get(r + 1).lower())) {
          outcome = OUTCOMES.get(t.get(r + 1).lower());
          break;
        }
      }
    }
    if (outcome == null && preOutcome != null) {
      outcome = preOutcome;
    }
    if (outcome == null && !money && !share) {
      outcome = verbBefore(t, i);
    }
    if (head != null && LOSS_UNITS.contains(head) && OUTCOMES.containsKey(head) && outcome == null) {
      outcome = OUTCOMES.get(head); // "30 dead", "12 wounded"
      head = null;
      mods.clear();
    }
    String unit = a.unit() != null ? a.unit() : head;
    String who = caps.isEmpty() ? null : String.join(" ", caps);
    if (a.unit() == null && head == null && caps.isEmpty() && prev != null && prev.unit != null
        && prev.money == null && prev.measure.equals("count") && !"percent".equals(prev.unit)) {
      unit = prev.unit; // "30 troops were killed and three went missing"
      who = prev.who;
      head = prev.unit;
      mods = prev.modifiers == null ? List.of() : List.of(prev.modifiers);
    }
    // numbers in words need something counted; "one" needs people or an outcome
    boolean isCounted = head != null || outcome != null || a.unit() != null;
    if (a.words() && !isCounted && code == null && !a.vague()) {
      return;
    }
    if (a.words() && a.low().compareTo(BigDecimal.ONE) == 0 && !a.range() && outcome == null
        && NumberLexicon.bearerOf(head) == null && !LOSS_UNITS.contains(String.valueOf(head))) {
      return;
    }
    if (namedNumber(t, i) && head == null) {
      return;
    }
    if (!a.words() && a.unit() == null && head == null && outcome == null && code == null
        && i > 0 && t.get(i - 1).isWord() && !t.get(i - 1).isCapitalized()
        && (t.get(i - 1).lower().endsWith("ed") || Lexicon.IRREGULAR_VERBS.contains(
            t.get(i - 1).lower()))) {
      return; // "called 911": a bare number a verb takes, with nothing counted, counts nothing
    }
    p.figure = true;
    p.end = Math.max(outcome != null && outEnd > npEnd ? outEnd : npEnd, a.end());
    bounds(p, a, code);
    p.unit = unit;
    p.modifiers = mods.isEmpty() ? null : String.join(" ", mods);
    p.who = who;
    p.outcome = outcome;
    if (a.unit() != null && head != null) {
      p.what = String.join(" ", mods.isEmpty() ? List.of(head) : concat(mods, head));
    }
    if (money || share) {
      sumOrShare(s, p, a, head, mods);
    } else if (head != null) {
      String noun = lemma(head);
      // "The indictment runs to 61 pages", "the oath has 35 words": what the count is of
      int v = i - 1;
      if (v >= 0 && t.get(v).is("to")) {
        v--;
      }
      if (v > 0 && NumberLexicon.SIZE_VERBS.contains(t.get(v).lower())
          && NumberLexicon.bearerOf(head) == null && !NumberLexicon.UMBRELLAS.contains(noun)
          && !Lexicon.FIGURE_PERSON_NOUNS.contains(noun)) {
        String whole = subjectBefore(t, v);
        if (whole != null) {
          p.thing = whole;
        }
      }
      String compound = mods.isEmpty() ? null
          : mods.get(mods.size() - 1).toLowerCase(java.util.Locale.ROOT) + " " + noun;
      p.noun = compound != null && NumberLexicon.COMPOUND_NOUNS.contains(compound) ? compound
          : head.equals("others") ? "people" : noun;
      String employer = i > 0 ? NumberLexicon.COUNT_VERBS.get(wordBefore(t, i)) : null;
      if (employer != null && NumberLexicon.UMBRELLAS.contains(p.noun)) {
        p.noun = employer; // "employs about 140 people"
      }
    } else if (outcome != null) {
      p.noun = "people"; // "30 dead", "two were hurt"
    }
  }

  /**
   * The verb a term is given by ("sentenced Greer to", "asked for", "faces"): the first lower-case
   * word before the figure that is not a preposition or function word, within four words; or null.
   */
  private static String deed(List<Token> t, int start) {
    for (int k = start - 1; k >= 0 && k >= start - 4; k--) {
      Token w = t.get(k);
      if (!w.isWord()) {
        return null;
      }
      if (w.isCapitalized() || STOP.contains(w.lower()) && !w.lower().endsWith("ed")) {
        continue;
      }
      return w.lower();
    }
    return null;
  }

  /** The word before a figure and its qualifier, skipping one qualifier word ("employs about"). */
  private static String wordBefore(List<Token> t, int i) {
    return t.get(i - 1).lower();
  }

  /** Whether a lower-case noun of a thing starts at token k (not a place, date or pronoun). */
  private static boolean thingAt(List<Token> t, int k) {
    Token x = t.get(k);
    return x.isWord() && !x.isCapitalized() && !STOP.contains(x.lower())
        && !PRONOUNS.contains(x.lower()) && !Set.of("her", "his", "their", "its", "our", "my",
            "your").contains(x.lower());
  }

  /** An outcome verb right before the figure and its qualifier: "killing 12 civilians". */
  private static String verbBefore(List<Token> t, int i) {
    if (i > 0 && OUTCOME_VERBS.containsKey(t.get(i - 1).lower())) {
      return OUTCOME_VERBS.get(t.get(i - 1).lower());
    }
    return null;
  }

  /**
   * What a sum or share counts: the noun named with it ("in revenue", "of the vote", "worth of
   * furniture", "contract"), else the subject that rose or fell by it ("Sales rose 4.2%"); what a
   * price is of ("the watch cost $41,680"); the base of a change ("year on year"); "per share";
   * the money verb before it ("fined", "spent") and who it is ("Ortiz raised").
   */
  private static void sumOrShare(Sentence s, Parsed p, Amount a, String head,
      List<String> mods) {
    List<Token> t = s.t();
    boolean money = p.money != null;
    if (head != null) {
      List<String> words = new ArrayList<>();
      if (money) {
        for (String m : mods) {
          if (!m.isEmpty() && Character.isLowerCase(m.charAt(0))) {
            words.add(m);
          }
        }
      }
      words.add(head);
      p.thing = NumberLexicon.lemmaOf(words);
    }
    int k = p.end;
    Phrase base = phraseAt(t, k, NumberLexicon.BASES);
    if (base != null) {
      p.relation = base.code();
      p.end = k + base.tokens().size();
    }
    Phrase rel = base == null ? phraseAt(t, k, NumberLexicon.RELATIONS) : null;
    if (rel != null && money) {
      p.relation = rel.code();
      p.end = k + rel.tokens().size();
    }
    // "those polled": the participle is what the share is of
    if (p.thing == null && p.end > a.end() && t.get(p.end - 1).is("those") && p.end < t.size()
        && t.get(p.end).isWord()) {
      p.thing = t.get(p.end).lower();
      p.end++;
    }
    // the verb before: what was done with a sum, or what rose or fell by a share or sum
    int v = p.start - 1;
    if (v >= 0 && t.get(v).is("to") || v >= 0 && t.get(v).is("by")) {
      v--;
    }
    String verb = v >= 0 ? t.get(v).lower() : "";
    if (p.thing == null && NumberLexicon.CHANGE_VERBS.contains(verb)) {
      String subject = subjectBefore(t, v);
      if (subject != null) {
        p.thing = subject;
      }
    } else if (money && p.thing == null && NumberLexicon.PRICE_VERBS.contains(verb)) {
      p.about = subjectHead(t, v);
    }
    if (money) {
      p.verb = moneyVerb(t, p.start);
      if (p.verb != null) {
        p.holder = nameBefore(s, t.get(p.start).start());
      }
      // "a bill of $10,204.17": the noun before "of"
      if (p.thing == null && p.start > 1 && t.get(p.start - 1).is("of")
          && thingAt(t, p.start - 2) && p.start > 2
          && Set.of("a", "an", "the").contains(t.get(p.start - 3).lower())) {
        p.thing = lemma(t.get(p.start - 2).text());
      }
      // "... at Build-A-Bear Workshop": a merchant or place named with "at" later in the clause,
      // before the next sum
      if (p.about == null) {
        p.about = merchant(t, p.end);
      }
      // "at Best Buy", "on meals", "at malls": where or on what it went
      if (p.about == null && p.end + 1 < t.size()
          && (t.get(p.end).is("on") || t.get(p.end).is("at")) && t.get(p.end + 1).isWord()
          && !STOP.contains(t.get(p.end + 1).lower())
          && !Lexicon.WEEKDAY_NAMES.contains(t.get(p.end + 1).lower())
          && !MONTHS.contains(t.get(p.end + 1).lower())) {
        p.about = lemma(t.get(p.end + 1).text());
      }
    }
  }

  /**
   * The capitalized name after "at" or "from" in the rest of a clause ("at Best Buy", "from
   * Build-A-Bear"), lower case, or null;
   * the search stops at the clause's end or the next sum.
   */
  private static String merchant(List<Token> t, int from) {
    for (int k = from; k + 1 < t.size() && k < from + 16; k++) {
      Token w = t.get(k);
      if (w.text().equals(";") || w.text().equals(".") || Amount.CURRENCY_SIGNS.containsKey(
          w.text())) {
        return null;
      }
      int at = k + 1;
      if ((w.is("at") || w.is("from") || w.is("on")) && at + 1 < t.size() && t.get(at).is("the")
          && t.get(at + 1).isCapitalized()) {
        at++; // "at the Martha's Vineyard Holistic Retreat"
      }
      if ((w.is("at") || w.is("from") || w.is("on") && k == from) && t.get(at).isWord()
          && t.get(at).isCapitalized()
          && !MONTHS.contains(t.get(at).lower())
          && !Lexicon.WEEKDAY_NAMES.contains(t.get(at).lower())) {
        StringBuilder name = new StringBuilder();
        for (int n = at; n < t.size() && n < at + 5; n++) {
          Token x = t.get(n);
          if (x.isWord() && x.isCapitalized()) {
            name.append(name.length() == 0 ? "" : " ").append(x.lower());
          } else if (!(x.text().equals("-") && x.glued())) {
            break;
          }
        }
        return name.toString();
      }
    }
    return null;
  }

  /** The head noun right before a verb ("Sales rose", "The bank's turnover rose"), or null. */
  private static String subjectBefore(List<Token> t, int verb) {
    int k = verb - 1;
    while (k >= 0 && (AUX.contains(t.get(k).lower()) || Set.of("may", "might", "could", "will",
        "would", "can", "should").contains(t.get(k).lower()))) {
      k--;
    }
    if (k < 0 || !t.get(k).isWord() || STOP.contains(t.get(k).lower())
        || PRONOUNS.contains(t.get(k).lower())) {
      return null;
    }
    Token w = t.get(k);
    // a capital is a name unless it only opens the sentence
    if (w.isCapitalized() && k > 0) {
      return null;
    }
    return lemma(w.text());
  }

  /** The head of the first noun phrase of the clause that ends before token {@code to}. */
  private static String subjectHead(List<Token> t, int to) {
    int from = to - 1;
    while (from > 0 && !t.get(from - 1).text().equals(",") && !t.get(from - 1).text().equals(";")) {
      from--;
    }
    int k = from;
    while (k < to && (t.get(k).is("the") || t.get(k).is("a") || t.get(k).is("an")
        || t.get(k).text().endsWith("'s") && k + 1 < to)) {
      k++;
    }
    String head = null;
    for (; k < to; k++) {
      Token w = t.get(k);
      if (!w.isWord() || STOP.contains(w.lower()) || AUX.contains(w.lower())
          || NumberLexicon.PRICE_VERBS.contains(w.lower())) {
        break;
      }
      if (PRONOUNS.contains(w.lower())) {
        return null;
      }
      head = w.text();
    }
    return head == null ? null : lemma(head);
  }

  /** The money verb before a sum in its clause ("fined the bank $2.5 million"), or null. */
  private static String moneyVerb(List<Token> t, int start) {
    for (int k = start - 1; k >= 0 && k >= start - 5; k--) {
      Token w = t.get(k);
      if (!w.isWord()) {
        return null;
      }
      if (NumberLexicon.MONEY_VERBS.contains(w.lower())) {
        return w.lower();
      }
    }
    return null;
  }

  /** The phrase of a list that starts at token k, longest first, or null. */
  private static Phrase phraseAt(List<Token> t, int k, List<Phrase> phrases) {
    for (Phrase ph : phrases) {
      if (matches(t, k, ph.tokens())) {
        return ph;
      }
    }
    return null;
  }

  private static String lower(String s) {
    return s.toLowerCase(java.util.Locale.ROOT);
  }

  private static List<String> concat(List<String> mods, String head) {
    List<String> l = new ArrayList<>(mods);
    l.add(head);
    return l;
  }

  /** The interval a figure's wording allows, in exact decimals. */
  private static void bounds(Parsed p, Amount a, String code) {
    BigDecimal lo = a.low();
    BigDecimal hi = a.high();
    if (p.qualifier == null) {
      p.qualifier = code == null ? (a.range() ? "range" : a.vague() ? "about" : "exact") : code;
    }
    switch (p.qualifier) {
      case "at-least", "more-than" -> {
        p.low = lo;
        p.high = null;
      }
      case "just-over" -> {
        p.qualifier = "more-than";
        p.low = lo;
        p.high = times(hi, ELEVEN_TENTHS);
      }
      case "up-to", "less-than" -> {
        p.low = null;
        p.high = hi;
      }
      case "nearly" -> {
        p.qualifier = "less-than";
        p.low = times(hi, NINE_TENTHS);
        p.high = hi;
      }
      case "about" -> {
        p.low = a.vague() ? lo : times(lo, NINE_TENTHS);
        p.high = a.vague() ? hi : times(hi, ELEVEN_TENTHS);
      }
      default -> {
        p.low = lo;
        p.high = hi;
        if (a.range() && code == null) {
          p.qualifier = "range";
        }
      }
    }
  }

  /** An exact product, trailing zeros stripped, never in exponent notation when written out. */
  private static BigDecimal times(BigDecimal x, BigDecimal factor) {
    BigDecimal v = x.multiply(factor, MathContext.DECIMAL64).stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  private static boolean plural(String w) {
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
        && !w.endsWith("is") && !w.endsWith("'s") && !w.endsWith("\u2019s");
  }

  private static boolean matches(List<Token> t, int i, List<String> words) {
    if (i + words.size() > t.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (!t.get(i + k).lower().equals(words.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** Dates, clock times, years, phone numbers, indexes and names. */
  private static boolean notFigure(List<Token> t, int q, Amount a) {
    int k = a.start();
    while (k < a.end() && !t.get(k).isNumber() && !Amount.isNumberWord(t.get(k).lower())
        && !Amount.BANDS.containsKey(t.get(k).lower())) {
      k++;
    }
    int fi = Math.min(k, a.end() - 1); // not t.indexOf(first): a scan per figure is quadratic
    Token first = t.get(fi);
    Token before = q > 0 ? t.get(q - 1) : null;
    Token after = a.end() < t.size() ? t.get(a.end()) : null;
    Token after2 = a.end() + 1 < t.size() ? t.get(a.end() + 1) : null;
    if (before != null && (before.text().equals(".") && q > 1 && t.get(q - 2).is("no")
        || before.is("#"))) {
      return true;
    }
    // odds and ratios: "one in three", "a two-in-three chance", "1 out of 5"
    if (before != null && q > 1 && (before.is("in") || before.is("of") && q > 2
        && t.get(q - 2).is("out")) && isNumberToken(t.get(before.is("in") ? q - 2 : q - 3))) {
      return true;
    }
    if (after != null && after2 != null && (after.is("in") && isNumberToken(after2)
        && !YEAR.matcher(after2.text()).matches()
        || after.text().equals("-") && after.glued() && after2.is("in") && after2.glued()
        || after.is("out") && after2.is("of") && a.end() + 2 < t.size()
            && isNumberToken(t.get(a.end() + 2)))) {
      return true;
    }
    if (before != null && q > 2 && before.text().equals("-") && before.glued()
        && t.get(q - 2).is("in") && t.get(q - 2).glued()) {
      return true;
    }
    // clock times: "7:04", "5 pm", "8 p.m."; the minutes of one ("04" of "7:04") too
    if (before != null && before.text().equals(":") && before.glued() && t.get(q).glued()
        && q > 1 && t.get(q - 2).isNumber()) {
      return true;
    }
    if (after != null) {
      if (after.text().equals(":") && after.glued()) {
        return true;
      }
      if ((after.is("a") || after.is("p")) && after2 != null && after2.text().equals(".")) {
        return true;
      }
    }
    // dates: "Dec. 16", "14 December", "December 17, 2024"
    if (after != null && MONTHS.contains(after.lower()) && after.isCapitalized()) {
      return true;
    }
    Token b = before;
    if (b != null && b.text().equals(".") && q > 1) {
      b = t.get(q - 2);
    }
    if (b != null && MONTHS.contains(b.lower()) && b.isCapitalized()) {
      return true;
    }
    if (!a.words()) {
      String digits = first.text();
      // years, unless money or a share
      if (a.unit() == null && YEAR.matcher(digits).matches()) {
        return true;
      }
      if (digits.replace(",", "").replace(".", "").length() >= 7 && !digits.contains(",")
          && !digits.contains(".")) {
        return true; // phone numbers and identifiers
      }
      if (fi > 0 && first.glued()) {
        Token g = t.get(fi - 1);
        if (g.isWord() || g.text().equals("+") || g.text().equals("#")
            || g.text().equals("-") && fi > 1 && g.glued()
                && (t.get(fi - 2).isWord() || t.get(fi - 2).isNumber())) {
          return true; // "G7", "+91", "F-16", "17-12-2024"
        }
      }
      if (after != null && after.glued() && (after.isWord() || after.isNumber()
          || after.text().equals("-") && after2 != null && after2.glued() && after2.isNumber())) {
        return true; // "14th", "1990s", "4x4", "720-6444012"
      }
      // list numbering: a number alone, or "1." / "1)" opening a line
      if (q == 0 && (after == null || (after.text().equals(".") || after.text().equals(")"))
          && (after2 == null || after2.isCapitalized()))) {
        return true;
      }
      // street numbers: "10 Downing Street"
      int s = a.end();
      while (s < t.size() && s < a.end() + 3 && t.get(s).isCapitalized()) {
        if (NumberLexicon.STREETS.contains(t.get(s).lower()) && s > a.end()) {
          return true;
        }
        s++;
      }
      // a number after a capitalized word in mid-sentence is part of a name: "Amendment 64"
      if (q >= 1 && a.start() == q && a.unit() == null && t.get(q - 1).isWord()
          && t.get(q - 1).isCapitalized()
          && !STOP.contains(t.get(q - 1).lower()) && !t.get(q - 1).text().endsWith("'s")
          && (after == null || !after.isWord() || STOP.contains(after.lower())
              || AUX.contains(after.lower()) || after.lower().endsWith("ed"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a token is a number in digits or a number word ("5", "three"). */
  private static boolean isNumberToken(Token x) {
    return x.isNumber() || x.isWord() && Amount.isNumberWord(x.lower());
  }

  /** A number right after a capitalized word in mid-sentence: "Boeing 737", "Article 5". */
  private static boolean namedNumber(List<Token> t, int q) {
    return q > 1 && t.get(q - 1).isWord() && t.get(q - 1).isCapitalized()
        && !STOP.contains(t.get(q - 1).lower());
  }

  private static boolean isContactLine(List<Token> t) {
    for (int k = 0; k + 1 < t.size(); k++) {
      String w = t.get(k).lower();
      if ((w.equals("phone") || w.equals("tel") || w.equals("fax") || w.equals("email")
          || w.equals("whatsapp")) && t.get(k + 1).text().equals(":")) {
        return true;
      }
      if (t.get(k).text().equals("+") && t.get(k + 1).isNumber() && t.get(k + 1).glued()) {
        return true;
      }
    }
    return false;
  }

  /** People nouns of a sentence with the capitalized group named right before them. */
  private static List<Mention> mentions(List<Token> t) {
    List<Mention> out = new ArrayList<>();
    for (int k = 0; k < t.size(); k++) {
      String lw = t.get(k).lower();
      String bearer = NumberLexicon.bearerOf(lw);
      if (bearer == null || t.get(k).isCapitalized()) {
        continue;
      }
      int b = k - 1;
      if (b >= 0 && t.get(b).isWord() && !t.get(b).isCapitalized() && !STOP.contains(t.get(b).lower())) {
        b--; // one adjective between: "Russian military personnel"
      }
      List<String> caps = new ArrayList<>();
      while (b >= 0 && caps.size() < 3 && t.get(b).isWord() && t.get(b).isCapitalized()
          && !STOP.contains(t.get(b).lower()) && Amount.words(t, b) == null) {
        String w = t.get(b).text();
        caps.add(0, w.endsWith("'s") ? w.substring(0, w.length() - 2) : w);
        b--;
      }
      out.add(new Mention(k, bearer, caps.isEmpty() ? null : String.join(" ", caps)));
    }
    return out;
  }

  /** The mention naming a group nearest to a token, preferring ones before it. */
  private static Mention nearest(List<Mention> mentions, int token) {
    Mention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Mention m : mentions) {
      int d = m.token() < token ? token - m.token() : 2 * (m.token() - token);
      if (m.who() == null) {
        d += 100;
      }
      if (d < bestDistance) {
        best = m;
        bestDistance = d;
      }
    }
    return best;
  }

  private static Source nearestSource(List<Source> sources, int token) {
    Source best = null;
    for (Source s : sources) {
      if (best == null || Math.abs(s.token() - token) < Math.abs(best.token() - token)) {
        best = s;
      }
    }
    return best;
  }

  /** Who a sentence says gave its figures: "according to X", "as per X", "citing X", "X said". */
  /** A year from 1800 to 2099 in digits. */
  private static final java.util.regex.Pattern YEAR =
      java.util.regex.Pattern.compile("1[89]\\d\\d|20\\d\\d");
  private static final List<String> ACCORDING_TO = List.of("according", "to");
  private static final List<String> AS_PER = List.of("as", "per");

  private static List<Source> sources(String s, List<Token> t, String previous) {
    List<Source> out = new ArrayList<>();
    for (int k = 0; k < t.size(); k++) {
      int from = -1;
      if (matches(t, k, ACCORDING_TO) || matches(t, k, AS_PER)) {
        from = k + 2;
      } else if (t.get(k).is("citing")) {
        from = k + 1;
      }
      if (from >= 0) {
        int e = from;
        while (e < t.size() && e - from < 9 && sourceWord(t.get(e))) {
          e++;
        }
        String name = sourceName(s, t, from, e, previous, true);
        if (name != null) {
          out.add(new Source(from, name));
        }
      } else if (SOURCE_VERBS.contains(t.get(k).lower()) && k > 0) {
        int b = k;
        while (b > 0 && k - b < 8 && sourceWord(t.get(b - 1))) {
          b--;
        }
        String name = sourceName(s, t, b, k, previous, false);
        if (name != null) {
          out.add(new Source(b, name));
        }
      }
    }
    return out;
  }

  private static boolean sourceWord(Token w) {
    if (w.text().equals("(") || w.text().equals(")") || w.text().equals("&")) {
      return true;
    }
    if (!w.isWord()) {
      return false;
    }
    String lw = w.lower();
    return !STOP.contains(lw) || lw.equals("of") || lw.equals("for") || lw.equals("the")
        || lw.equals("a") || lw.equals("an") || PRONOUNS.contains(lw);
  }

  private static String sourceName(
      String s, List<Token> t, int from, int to, String previous, boolean explicit) {
    while (from < to && (t.get(from).is("a") || t.get(from).is("an") || t.get(from).is("the")
        || t.get(from).is("of") || t.get(from).is("for"))) {
      from++;
    }
    while (to > from && (SOURCE_TAILS.contains(t.get(to - 1).lower()) || t.get(to - 1).is("of")
        || t.get(to - 1).is("the") || t.get(to - 1).is("for"))) {
      to--;
    }
    if (to <= from) {
      return null;
    }
    if (to - from == 1 && PRONOUNS.contains(t.get(from).lower())) {
      return previous;
    }
    boolean named = false;
    for (int k = from; k < to; k++) {
      named |= t.get(k).isWord() && t.get(k).isCapitalized() && !PRONOUNS.contains(t.get(k).lower());
      if (PRONOUNS.contains(t.get(k).lower())) {
        from = k + 1; // "they said" inside a longer run: only what follows the pronoun
        named = false;
      }
    }
    if (!named && !explicit || to <= from) {
      return null;
    }
    return s.substring(t.get(from).start(), t.get(to - 1).end());
  }

  /**
   * The "in/near + capitalized words" places of a sentence by token, found once per sentence: a
   * scan per figure made sentences full of figures quadratic.
   */
  private static java.util.NavigableMap<Integer, String> places(List<Token> t) {
    java.util.NavigableMap<Integer, String> places = new java.util.TreeMap<>();
    for (int k = 0; k + 1 < t.size(); k++) {
      String lw = t.get(k).lower();
      if (!(lw.equals("in") || lw.equals("near") || lw.equals("outside")
          || lw.equals("around"))) {
        continue;
      }
      int b = k + 1;
      if (t.get(b).is("the") && b + 1 < t.size()) {
        b++;
      }
      int e = b;
      while (e < t.size() && e - b < 3 && t.get(e).isWord() && t.get(e).isCapitalized()
          && !MONTHS.contains(t.get(e).lower()) && !STOP.contains(t.get(e).lower())) {
        e++;
      }
      if (e > b) {
        StringBuilder place = new StringBuilder().append(t.get(b).text());
        for (int j = b + 1; j < e; j++) {
          place.append(' ').append(t.get(j).text());
        }
        places.put(k, place.toString());
      }
    }
    return places;
  }

  /** The nearest place to a token, the earlier one on a tie, or null. */
  private static String place(java.util.NavigableMap<Integer, String> places, int token) {
    var before = places.floorEntry(token);
    var after = places.ceilingEntry(token);
    if (before == null || after == null) {
      return before != null ? before.getValue() : after == null ? null : after.getValue();
    }
    return token - before.getKey() <= after.getKey() - token ? before.getValue() : after.getValue();
  }

  private static String subject(Parsed p, String who) {
    List<String> parts = new ArrayList<>();
    switch (p.measure) {
      case "age" -> {
        return p.holder == null ? "age" : "age of " + p.holder;
      }
      case "time" -> {
        parts.add(p.noun + "s");
        if (p.thing != null) {
          parts.add("of " + p.thing);
        }
        if (p.relation != null) {
          parts.add("in " + p.relation);
        }
        return String.join(" ", parts);
      }
      case "ordinal" -> {
        return "place as " + p.noun;
      }
      case "score" -> {
        return "score";
      }
      case "clock" -> {
        return "time of day";
      }
      default -> { }
    }
    if (p.money != null || "percent".equals(p.unit)) {
      if (p.what != null) {
        parts.add(p.what);
      } else if (p.thing != null) {
        parts.add(p.thing);
      } else if (p.verb != null) {
        parts.add(p.verb);
      }
    } else {
      if (who != null) {
        parts.add(who);
      }
      if (p.modifiers != null) {
        parts.add(p.modifiers);
      }
      if (p.unit != null) {
        parts.add(p.unit);
      }
    }
    if (p.outcome != null) {
      parts.add(p.outcome);
    }
    if (p.money == null && p.verb != null && p.noun != null && p.noun.equals("time")) {
      parts.add(p.verb);
    }
    return parts.isEmpty() ? null : String.join(" ", parts);
  }

  /** The qualifier and number as written, qualifier in lower case: "at least 30". */
  private static String figureText(String s, List<Token> t, Parsed p) {
    int from = p.qualifierEnd;
    int to = Math.max(from + 1, Math.min(p.amountEnd, p.end));
    String number = s.substring(t.get(from).start(), t.get(to - 1).end());
    if (p.start == from) {
      return number;
    }
    return s.substring(t.get(p.start).start(), t.get(from - 1).end())
        .toLowerCase(java.util.Locale.ROOT) + " " + number;
  }
}
