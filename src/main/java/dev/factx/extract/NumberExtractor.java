package dev.factx.extract;

import static dev.factx.extract.NumberLexicon.AUX;
import static dev.factx.extract.NumberLexicon.LOSS_UNITS;
import static dev.factx.extract.NumberLexicon.MONTHS;
import static dev.factx.extract.NumberLexicon.NOT_BEFORE;
import static dev.factx.extract.NumberLexicon.OUTCOMES;
import static dev.factx.extract.NumberLexicon.OUTCOME_VERBS;
import static dev.factx.extract.NumberLexicon.PRONOUNS;
import static dev.factx.extract.NumberLexicon.SOURCE_TAILS;
import static dev.factx.extract.NumberLexicon.SOURCE_VERBS;
import static dev.factx.extract.NumberLexicon.STOP;
import static dev.factx.extract.NumberLexicon.STREETS;
import static dev.factx.extract.NumberLexicon.TIME_UNITS;

import dev.factx.analysis.Document;
import dev.factx.analysis.Lexicon;
import dev.factx.analysis.People;
import dev.factx.analysis.Token;
import dev.factx.extract.NumberLexicon.Qualifier;
import dev.factx.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds figures (counts, amounts, shares) with their qualifier, what they count and who gave them.
 *
 * <p>Intervals: "at least n" is [n, open); "more than n" keeps n as an exclusive low bound (the
 * qualifier says so; for counts that is n + 1, for amounts it is not); "up to n", "at most n",
 * "fewer than n" leave low open (null) because the wording gives no floor; "about n" and "some n"
 * allow n ± 10%; "nearly n" is {@code less-than} with low 0.9n, high n; bands in words
 * ("dozens", "hundreds", "tens of thousands") are {@code about} with the band's bounds (24-99,
 * 200-999, 20,000-99,999). Not figures: years, dates, times, durations ("three years into"),
 * ordinals, phone numbers, list numbering, numbers in names ("G7", "F-16", "Article 5"),
 * street numbers and ages.
 */
public final class NumberExtractor implements Extractor<NumericClaim> {

  /** A people noun in a sentence: its token, its kind and the group named with it. */
  private record Mention(int token, String bearer, String who) {}

  /** A source named in a sentence and the token where it stands. */
  private record Source(int token, String name) {}

  /** The figures of a document, each with its context; they do not depend on who is named. */
  @Override
  public List<NumericClaim> extract(Document document, People people) {
    String s = document.text().value();
    String article = document.article().id();
    List<NumericClaim> out = new ArrayList<>();
    String lastSource = null;
    for (Span sentence : document.sentences()) {
      List<Token> t = document.tokens(sentence);
      List<Source> sources = sources(s, t, lastSource);
      if (!sources.isEmpty()) {
        lastSource = sources.get(sources.size() - 1).name();
      }
      if (isContactLine(t)) {
        continue;
      }
      List<Mention> mentions = mentions(t);
      java.util.NavigableMap<Integer, String> places = places(t);
      boolean later = t.stream().anyMatch(x -> Lexicon.LATER_WORDS.contains(x.lower()));
      Parsed prev = null;
      int i = 0;
      while (i < t.size()) {
        Parsed p = parse(t, i, prev);
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
        Span span = document.sourceSpan(new Span(t.get(p.start).start(), t.get(p.end - 1).end()));
        Mention m = nearest(mentions, p.amount.start());
        String bearer = NumberLexicon.bearerOf(p.unit);
        if (bearer == null && p.amount.unit() == null && (p.unit == null
            || LOSS_UNITS.contains(p.unit) || p.outcome != null)) {
          bearer = m == null ? (p.outcome != null ? "people" : null) : m.bearer();
        }
        // a group named elsewhere in the sentence owns the figure only when it counts people
        String who = p.who != null ? p.who : m == null || bearer == null ? null : m.who();
        Source src = nearestSource(sources, p.amount.start());
        FigureContext context = new FigureContext(figureText(s, t, p), who, bearer,
            place(places, p.amount.start()), later);
        out.add(new NumericClaim(id, article, span, document.article().body().substring(
            span.start(), span.end()), p.low, p.high, p.qualifier, p.unit, p.outcome,
            subject(p, who), src == null ? null : src.name(), context));
      }
    }
    return out;
  }

  /** One parse attempt at a token: a figure, or a non-figure to step over, or null. */
  private static final class Parsed {
    int start;
    int end;
    boolean figure;
    Amount amount;
    String qualifier;
    Double low;
    Double high;
    String unit;
    String modifiers;
    String who;
    String outcome;
    String what;
  }

  private static Parsed parse(List<Token> t, int i, Parsed prev) {
    int j = i;
    String code = null;
    boolean between = false;
    for (Qualifier q : NumberLexicon.QUALIFIERS) {
      if (matches(t, i, q.words())) {
        code = q.code();
        j = i + q.words().size();
        break;
      }
    }
    if (code == null && (t.get(i).is("between") || t.get(i).is("from"))) {
      between = t.get(i).is("between");
      j = i + 1;
    }
    Amount a = Amount.parse(t, j);
    if (a == null) {
      return null;
    }
    if (between || j > i && code == null) {
      // "between 20 and 30": the second number follows "and"; "from 20 to 30" is parsed already
      if (between && a.end() + 1 < t.size() && t.get(a.end()).is("and")) {
        Amount b = Amount.single(t, a.end() + 1);
        if (b != null) {
          Amount r = Amount.rangeOf(t, a, b);
          a = r.low() < r.high() ? r : a;
        }
      }
      if (!a.range()) {
        j = i = a.start();
      }
    }
    Parsed p = new Parsed();
    p.start = i;
    p.amount = a;
    p.end = a.end();
    if (notFigure(t, i, a)) {
      return p;
    }
    // what is counted
    int k = a.end();
    if (k < t.size() && t.get(k).is("of") && (a.vague() || a.unit() != null)) {
      k++;
      if (k < t.size() && t.get(k).is("the") && a.unit() != null) {
        k++; // "30 percent of the budget"
      }
    } else if (a.unit() != null && k + 1 < t.size() && !t.get(k + 1).is("the")
        && (t.get(k).is("in") || t.get(k).is("for"))) {
      k++; // "$5 million in aid"; "61% in the capital" is a place
    }
    int npStart = k;
    List<String> mods = new ArrayList<>();
    List<String> caps = new ArrayList<>();
    String head = null;
    String preOutcome = null;
    while (k < t.size() && k - npStart < 5) {
      Token w = t.get(k);
      String lw = w.lower();
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
        caps.add(w.text().endsWith("'s") ? w.text().substring(0, w.text().length() - 2) : w.text());
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
    if (head == null && !caps.isEmpty()) {
      npEnd = npStart; // capitalized words alone are a name that follows, not a counted noun
      caps.clear();
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
    if (o < t.size() && OUTCOMES.containsKey(t.get(o).lower())) {
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
    if (outcome == null && preOutcome != null) {
      outcome = preOutcome;
    }
    if (outcome == null && i > 0 && OUTCOME_VERBS.containsKey(t.get(i - 1).lower())) {
      outcome = OUTCOME_VERBS.get(t.get(i - 1).lower());
    }
    if (head != null && LOSS_UNITS.contains(head) && OUTCOMES.containsKey(head) && outcome == null) {
      outcome = OUTCOMES.get(head); // "30 dead", "12 wounded"
      head = null;
      mods.clear();
    }
    String unit = a.unit() != null ? a.unit() : head;
    String who = caps.isEmpty() ? null : String.join(" ", caps);
    if (a.unit() == null && head == null && caps.isEmpty() && prev != null && prev.unit != null
        && prev.amount.unit() == null) {
      unit = prev.unit; // "30 troops were killed and three went missing"
      who = prev.who;
      mods = prev.modifiers == null ? List.of() : List.of(prev.modifiers);
    }
    // numbers in words need something counted; "one" needs people or an outcome
    boolean counted = head != null || outcome != null || a.unit() != null;
    if (a.words() && !counted && code == null && !a.vague()) {
      return p;
    }
    if (a.words() && a.low() == 1 && !a.range() && outcome == null
        && NumberLexicon.bearerOf(head) == null && !LOSS_UNITS.contains(String.valueOf(head))) {
      return p;
    }
    if (namedNumber(t, i) && head == null) {
      return p;
    }
    p.figure = true;
    p.end = Math.max(outcome != null && outEnd > npEnd ? outEnd : npEnd, a.end());
    p.qualifier = code == null ? (a.range() ? "range" : a.vague() ? "about" : "exact") : code;
    bounds(p, a, code);
    p.unit = unit;
    p.modifiers = mods.isEmpty() ? null : String.join(" ", mods);
    p.who = who;
    p.outcome = outcome;
    if (a.unit() != null && head != null) {
      p.what = String.join(" ", mods.isEmpty() ? List.of(head) : concat(mods, head));
    }
    return p;
  }

  private static List<String> concat(List<String> mods, String head) {
    List<String> l = new ArrayList<>(mods);
    l.add(head);
    return l;
  }

  private static void bounds(Parsed p, Amount a, String code) {
    double lo = a.low();
    double hi = a.high();
    switch (p.qualifier) {
      case "at-least", "more-than" -> {
        p.low = lo;
        p.high = null;
      }
      case "up-to", "less-than" -> {
        p.low = null;
        p.high = hi;
      }
      case "nearly" -> {
        p.qualifier = "less-than";
        p.low = 0.9 * hi;
        p.high = hi;
      }
      case "about" -> {
        p.low = a.vague() ? lo : 0.9 * lo;
        p.high = a.vague() ? hi : 1.1 * hi;
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

  private static boolean plural(String w) {
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
        && !w.endsWith("is");
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

  /** Dates, times, years, phone numbers, ordinals, durations, indexes and names. */
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
    if (before != null && NOT_BEFORE.contains(before.lower())) {
      return true;
    }
    if (before != null && (before.text().equals(".") && q > 1 && t.get(q - 2).is("no")
        || before.is("#"))) {
      return true;
    }
    // durations and clock times: "three years into", "2 min read", "7:04", "5 pm", "45-year-old"
    if (after != null) {
      Token unit = after.text().equals("-") && after.glued() && after2 != null ? after2 : after;
      if (TIME_UNITS.contains(unit.lower()) || unit.text().equals(":") && unit.glued()) {
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
      if (a.unit() == null && digits.matches("1[89]\\d\\d|20\\d\\d") && !a.range()
          || a.range() && a.unit() == null && digits.matches("1[89]\\d\\d|20\\d\\d")) {
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
      // ages: "Smith, 45, said"
      if (before != null && before.text().equals(",") && q > 1 && t.get(q - 2).isCapitalized()
          && after != null && after.text().equals(",")) {
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
    }
    return false;
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
  private static List<Source> sources(String s, List<Token> t, String previous) {
    List<Source> out = new ArrayList<>();
    for (int k = 0; k < t.size(); k++) {
      int from = -1;
      if (matches(t, k, List.of("according", "to")) || matches(t, k, List.of("as", "per"))) {
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
        places.put(k, String.join(" ", t.subList(b, e).stream().map(Token::text).toList()));
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
    if (p.amount.unit() != null) {
      if (p.what != null) {
        parts.add(p.what);
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
    return parts.isEmpty() ? null : String.join(" ", parts);
  }

  /** The qualifier and number as written, qualifier in lower case: "at least 30". */
  private static String figureText(String s, List<Token> t, Parsed p) {
    String number = s.substring(t.get(p.amount.start()).start(), t.get(p.amount.end() - 1).end());
    if (p.start == p.amount.start()) {
      return number;
    }
    return s.substring(t.get(p.start).start(), t.get(p.amount.start() - 1).end())
        .toLowerCase(java.util.Locale.ROOT) + " " + number;
  }
}
