package dev.factx.extract;

import dev.factx.analysis.Document;
import dev.factx.analysis.Lexicon;
import dev.factx.analysis.NameMention;
import dev.factx.analysis.People;
import dev.factx.analysis.Person;
import dev.factx.analysis.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * The attribution phrases of a document, read from its tokens and name mentions: who is said to
 * speak where. Three forms, each a {@link Match} with the speaker it names:
 *
 * <ul>
 *   <li>{@link Form#SUBJECT_VERB}: a name or {@code he}/{@code she}, then words of {@link
 *       Lexicon#AUXILIARIES} or a clause between commas, then a speech verb ({@code Pat Ryder also
 *       said}, {@code Anna Berg, the head of the board, confirmed});
 *   <li>{@link Form#VERB_SUBJECT}: a speech verb that can stand before its speaker, or {@code
 *       according to}, then the run of capitalized words holding a name ({@code said Anna Berg});
 *   <li>{@link Form#FROM}: {@code from} or {@code by}, a name, and a colon ({@code Quote from
 *       Anna Berg:}).
 * </ul>
 *
 * <p>A name resolves through the bundle's {@link People}; a name right after "the", "a" or "an"
 * names no speaker ("the United States said"); a pronoun names the person named last before it.
 */
final class Attribution {
  /** The forms of attribution. */
  enum Form { SUBJECT_VERB, VERB_SUBJECT, FROM }

  /**
   * One attribution phrase.
   *
   * @param form its form
   * @param start where it starts (its speaker's name or pronoun for SUBJECT_VERB)
   * @param end where it ends (after the verb, the name or the colon)
   * @param subject where the words that name the speaker start
   * @param speaker the speaker's name, or null when the words name no person
   * @param known whether the speaker is a person the bundle knows, or a full name
   */
  record Match(Form form, int start, int end, int subject, String speaker, boolean known) {}

  /** How far back a clause between commas may reach ({@code , the head of the board,}). */
  private static final int CLAUSE = 100;

  private final Document d;
  private final People people;
  private final String text;
  private final Tokens tokens;

  Attribution(Document d, People people) {
    this.d = d;
    this.people = people;
    this.text = d.text().value();
    this.tokens = d.tokens();
  }

  /** The attribution phrases of a form that lie within {@code [from, to)}, in text order. */
  List<Match> within(Form form, int from, int to) {
    List<Match> out = new ArrayList<>();
    int end = -1;
    for (int t = tokens.firstAtOrAfter(from); t < tokens.size() && tokens.start(t) < to; t++) {
      Match m = switch (form) {
        case SUBJECT_VERB -> subjectVerb(t, from);
        case VERB_SUBJECT -> verbSubject(t);
        case FROM -> fromColon(t);
      };
      // successive matches do not overlap, as a regular expression's finds
      if (m != null && m.start() >= from && m.end() <= to && m.start() >= end) {
        out.add(m);
        end = m.end();
      }
    }
    return out;
  }

  /** SUBJECT [, CLAUSE,] [AUXILIARY ...] VERB, with the verb at token {@code v}. */
  Match subjectVerb(int v, int from) {
    if (!Lexicon.SPEECH_VERBS.contains(tokens.text(v))) {
      return null;
    }
    int q = v;
    while (q > 0 && spaced(q - 1, q) && Lexicon.AUXILIARIES.contains(tokens.text(q - 1))) {
      q--;
    }
    if (q == 0 || !spaced(q - 1, q)) {
      return null;
    }
    int p = q - 1;
    int subjectEnd;
    if (tokens.text(p).equals(",")) {
      // SUBJECT ", " clause "," : the clause holds neither a comma nor a quote mark
      int close = tokens.start(p);
      int open = close - 1;
      while (open >= 0 && close - open <= CLAUSE + 1 && text.charAt(open) != ','
          && text.charAt(open) != '"') {
        open--;
      }
      if (open < 1 || text.charAt(open) != ',' || close - open < 3 || text.charAt(open + 1) != ' ') {
        return null;
      }
      subjectEnd = open;
    } else {
      subjectEnd = tokens.end(p);
    }
    return subjectEndingAt(subjectEnd, tokens.end(v), from);
  }

  /** The SUBJECT_VERB match whose subject ends at {@code subjectEnd}, or null. */
  private Match subjectEndingAt(int subjectEnd, int end, int from) {
    int t = tokens.at(subjectEnd - 1);
    if (t >= 0 && tokens.end(t) == subjectEnd && isPronoun(tokens.text(t))
        && (t == 0 || !tokens.glued(t) || !Character.isLetterOrDigit(text.charAt(tokens.start(t) - 1)))) {
      int at = tokens.start(t);
      Person who = people.lastBefore(d, at);
      return new Match(Form.SUBJECT_VERB, at, end, at, who == null ? null : who.name(),
          who != null);
    }
    int i = d.nameEndingAt(subjectEnd);
    if (i < 0) {
      return null;
    }
    NameMention m = d.names().get(i);
    if (m.runEnd() != subjectEnd || m.possessive()) {
      return null;
    }
    // a run that starts before the region is the subject from its name on
    int start = m.runStart() >= from || m.span().start() < from ? m.runStart() : m.span().start();
    return match(Form.SUBJECT_VERB, start, end, start, i);
  }

  /** VERB RUN or "according to" RUN, with the verb at token {@code v}. */
  Match verbSubject(int v) {
    String w = tokens.text(v);
    int last = v;
    if (w.equals("according")) {
      if (v + 1 >= tokens.size() || !spaced(v, v + 1) || !tokens.text(v + 1).equals("to")) {
        return null;
      }
      last = v + 1;
    } else if (!Lexicon.SPEECH_VERBS_BEFORE_SPEAKER.contains(w)) {
      return null;
    }
    if (last + 1 >= tokens.size() || !spaced(last, last + 1)) {
      return null;
    }
    int i = lastOfRunAt(tokens.start(last + 1));
    if (i < 0) {
      return null;
    }
    NameMention m = d.names().get(i);
    return match(Form.VERB_SUBJECT, tokens.start(v), m.runEnd(), m.runStart(), i);
  }

  /** "from" or "by", a run, and a colon, with "from" at token {@code f}. */
  Match fromColon(int f) {
    String w = tokens.text(f);
    if (!(w.equals("from") || w.equals("by")) || f + 1 >= tokens.size() || !spaced(f, f + 1)) {
      return null;
    }
    int i = lastOfRunAt(tokens.start(f + 1));
    if (i < 0) {
      return null;
    }
    NameMention m = d.names().get(i);
    int colon = m.runEnd();
    if (colon < text.length() && text.charAt(colon) == ' ') {
      colon++;
    }
    if (colon >= text.length() || text.charAt(colon) != ':') {
      return null;
    }
    return match(Form.FROM, tokens.start(f), colon + 1, m.runStart(), i);
  }

  /** The last mention of the run that starts at {@code start}, when it ends the run, else -1. */
  private int lastOfRunAt(int start) {
    int i = d.firstNameFrom(start);
    int found = -1;
    while (i < d.names().size() && d.names().get(i).runStart() == start) {
      found = i;
      i++;
    }
    if (found < 0) {
      return -1;
    }
    NameMention m = d.names().get(found);
    int end = m.possessive() ? m.span().end() + 2 : m.span().end();
    return end == m.runEnd() ? found : -1;
  }

  /**
   * A match whose speaker is name mention {@code mention}: the person it names, else the name as
   * written; none after "the", "a" or "an" ("the United States said": no person).
   */
  private Match match(Form form, int start, int end, int subject, int mention) {
    NameMention m = d.names().get(mention);
    if (m.afterArticle()) {
      return new Match(form, start, end, subject, null, false);
    }
    boolean known = people.person(d, mention) != null || m.words().size() >= 2;
    return new Match(form, start, end, subject, people.name(d, mention), known);
  }

  private static boolean isPronoun(String w) {
    return w.equals("he") || w.equals("He") || w.equals("she") || w.equals("She");
  }

  /** Whether one space stands between tokens {@code a} and {@code b}. */
  private boolean spaced(int a, int b) {
    return tokens.start(b) == tokens.end(a) + 1 && text.charAt(tokens.end(a)) == ' ';
  }
}
