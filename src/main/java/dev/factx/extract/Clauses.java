package dev.factx.extract;

import dev.factx.analysis.Document;
import dev.factx.analysis.Lexicon;
import dev.factx.analysis.NameMention;
import dev.factx.analysis.Roles;
import dev.factx.analysis.Token;
import dev.factx.analysis.Tokens;
import java.util.List;

/**
 * Reads the phrases of a document's tokens that say who speaks: a subject before its speech verb
 * ({@code Anna Berg, the head of the board, said}), a speaker after it ({@code said defence
 * lawyer Carla Menon}), the subject of a sentence ({@code In a statement, the ministry ...}).
 * Each read is bounded (a few commas, a few words), so reading every quote's clauses is linear in
 * the text.
 *
 * <p>A phrase is a {@link Phrase}: a name mention, a pronoun, a role noun ({@code the governor}),
 * a document noun ({@code the statement}), an organisation ({@code the White House}, {@code the
 * Ash campaign}), or nobody the text names ({@code a city official}, {@code officials}, {@code
 * Anna Berg's lawyer}). Who a phrase stands for is decided elsewhere ({@link Speakers}).
 */
final class Clauses {
  /** What a speaker phrase is. */
  enum Type { NAME, PRONOUN, ROLE, DOCUMENT, ORGANISATION, GENERIC_ORGANISATION, NOBODY }

  /**
   * A phrase that names a speaker.
   *
   * @param type what it is
   * @param start where it starts in the text
   * @param end where it ends
   * @param mention for {@link Type#NAME}, the index of its name mention; else -1
   * @param word for a pronoun, role, document or generic organisation, its head word in lower
   *     case; for an organisation, its name as written without "the"
   */
  record Phrase(Type type, int start, int end, int mention, String word) {}

  /** Commas a subject may stand back from its verb behind ({@code , the party's leader,}). */
  private static final int GROUPS = 4;
  /** Tokens one comma group may hold. */
  private static final int GROUP_TOKENS = 32;
  /** Words between a determiner and the role noun it leads to ("the presumptive Republican"). */
  private static final int MODIFIERS = 5;

  private final Document d;
  private final String text;
  private final Tokens tokens;
  private final List<NameMention> names;

  Clauses(Document d) {
    this.d = d;
    this.text = d.text().value();
    this.tokens = d.tokens();
    this.names = d.names();
  }

  // --- tokens -----------------------------------------------------------------------------------

  boolean isWord(int t) {
    return t >= 0 && t < tokens.size() && tokens.kind(t) == Token.Kind.WORD;
  }

  String lower(int t) {
    return tokens.lower(t);
  }

  boolean is(int t, String s) {
    return t >= 0 && t < tokens.size() && tokens.end(t) - tokens.start(t) == s.length()
        && text.startsWith(s, tokens.start(t));
  }

  boolean capitalized(int t) {
    return isWord(t) && Character.isUpperCase(text.codePointAt(tokens.start(t)));
  }

  private boolean lowercase(int t) {
    return isWord(t) && Character.isLowerCase(text.codePointAt(tokens.start(t)));
  }

  /** Whether token t is a pronoun that can name a speaker, standing as a word of its own. */
  boolean pronoun(int t) {
    if (!isWord(t)) {
      return false;
    }
    String w = pronounWord(t);
    return (w.equals("he") || w.equals("she")) && !tokens.glued(t);
  }

  /** Token t in lower case, without the "'s" of "is" or "has" ("she's said" is "she"). */
  private String pronounWord(int t) {
    String w = lower(t);
    return w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
  }

  /**
   * Whether token t is a speech verb (any form) that attribution reads: in lower case, or
   * capitalized only where it opens a sentence ("State" inside one names something).
   */
  boolean speechVerb(int t) {
    return verbShaped(t) && tokens.attributionVerb(t);
  }

  /** Whether token t is a speech or characterisation verb. */
  boolean frameVerb(int t) {
    return speechVerb(t) || verbShaped(t) && tokens.characterisationVerb(t);
  }

  private boolean verbShaped(int t) {
    return lowercase(t) || isWord(t) && opensSentence(t);
  }

  /** Whether token t may stand between a subject and its verb ("also", "himself", "swiftly"). */
  boolean adverb(int t) {
    if (!lowercase(t)) {
      return false;
    }
    String w = lower(t);
    return Lexicon.ATTRIBUTION_ADVERBS.contains(w) || w.length() >= 5 && w.endsWith("ly")
        && !Lexicon.ROLE_NOUNS.contains(w);
  }

  /** The first token of the catenative that ends right before token {@code v}, else v. */
  int catenativeBefore(int v) {
    for (List<String> c : Lexicon.SPEECH_CATENATIVES) {
      int n = c.size();
      if (v - n < 0) {
        continue;
      }
      boolean all = true;
      for (int k = 0; k < n && all; k++) {
        all = isWord(v - n + k) && lower(v - n + k).equals(c.get(k));
      }
      if (all) {
        return v - n;
      }
    }
    return v;
  }

  /**
   * Whether the verb at token v names something rather than quoting someone: a participle right
   * after a noun ({@code a group called}, {@code an operation named}).
   */
  boolean namingPassive(int v, int from) {
    String w = lower(v);
    if (!(w.equals("called") || w.equals("dubbed") || w.equals("labeled")
        || w.equals("labelled") || w.equals("branded") || w.equals("named"))) {
      return false;
    }
    int q = v - 1;
    return q >= from && lowercase(q) && !pronoun(q) && !adverb(q) && !lower(q).equals("who")
        && !lower(q).equals("what") && !Lexicon.STOP_WORDS.contains(lower(q));
  }

  // --- subjects read back from their verb -------------------------------------------------------

  /**
   * The subject of the speech verb at token {@code v}, read back to no earlier than token {@code
   * floor}: past adverbs, auxiliaries and catenatives ({@code went on to}), comma groups and "of
   * PLACE"; null when nothing there names a speaker. A passive ({@code was told}) names nobody.
   */
  Phrase subjectOf(int v, int floor) {
    int q = v - 1;
    boolean passive = false;
    while (q >= floor) {
      int c = catenativeBefore(q + 1);
      if (c <= q) {
        q = c - 1;
        continue;
      }
      if (adverb(q)) {
        String w = lower(q);
        passive |= w.equals("was") || w.equals("were") || w.equals("been") || w.equals("being")
            || w.equals("is") || w.equals("are") || w.equals("be");
        q--;
        continue;
      }
      break;
    }
    if (passive && lower(v).endsWith("ed") || passive && isWord(v) && (lower(v).equals("told")
        || lower(v).equals("asked"))) {
      return nobody(v);
    }
    if (q < floor) {
      return null;
    }
    if (isWord(q) && lower(q).equals("who")) {
      // "Anna Berg, who said": the name before the comma
      int comma = q - 1;
      if (comma >= floor && is(comma, ",")) {
        return subjectEndingAt(comma - 1, floor);
      }
      return null;
    }
    return subjectEndingAt(q, floor);
  }

  /** The speaker phrase that ends with token {@code p}, read back to no earlier than floor. */
  Phrase subjectEndingAt(int p, int floor) {
    if (p < floor || p < 0 || tokens.quoted(p)) {
      return null;
    }
    if (is(p, ")")) {
      int open = p - 1;
      while (open >= floor && open > p - GROUP_TOKENS && !is(open, "(")) {
        open--;
      }
      return open > floor && is(open, "(") ? subjectEndingAt(open - 1, floor) : null;
    }
    if (is(p, ",")) {
      return afterGroups(p, floor);
    }
    if (pronoun(p)) {
      return new Phrase(Type.PRONOUN, tokens.start(p), tokens.end(p), -1, pronounWord(p));
    }
    int i = d.nameEndingAt(tokens.end(p));
    if (i >= 0 && !partyTag(i)) {
      NameMention m = names.get(i);
      if (m.afterArticle()) {
        // "the Kremlin said"; "a Facebook post" is no subject at all
        return organisationRun(p, floor);
      }
      Phrase org = organisationRun(p, floor);
      if (org != null && org.start() < m.span().start()) {
        return org;
      }
      int first = tokens.firstAtOrAfter(m.runStart());
      if (first - 1 >= floor && objectPreposition(first - 1)) {
        // "a spokeswoman for Anna Berg said", "an aide to Senator Tom Ash told": the name is the
        // preposition's object; the speaker is somebody the text does not name
        return nobody(p);
      }
      return new Phrase(Type.NAME, m.runStart(), m.span().end(), i, null);
    }
    if (capitalized(p)) {
      Phrase of = beforeOf(p, floor);
      if (of != null) {
        return of;
      }
      return organisationRun(p, floor);
    }
    if (!lowercase(p)) {
      return null;
    }
    String w = lower(p);
    if (Lexicon.ORGANISATION_HEADS.contains(w)) {
      // "the Ash campaign", "Moore's campaign": an organisation, never the person it is named for
      // "Jones' campaign": the apostrophe after a final s stands as a token of its own
      int last = bareApostrophe(p - 1) && p - 2 >= floor ? p - 2 : p - 1;
      int k = last;
      while (k >= floor && capitalized(k) && (!possessiveWord(k) || k == last)) {
        k--;
      }
      if (k < last) {
        String name = text.substring(tokens.start(k + 1), tokens.end(p));
        return new Phrase(Type.ORGANISATION, tokens.start(k + 1), tokens.end(p), -1, name);
      }
      return determiner(p, floor) == Det.THE
          ? new Phrase(Type.GENERIC_ORGANISATION, tokens.start(p), tokens.end(p), -1, w)
          : nobody(p);
    }
    if (Lexicon.ROLE_NOUNS.contains(w) || Lexicon.DOCUMENT_NOUNS.contains(w)) {
      Det det = determiner(p, floor);
      if (det == Det.THE) {
        Type type = Lexicon.ROLE_NOUNS.contains(w) ? Type.ROLE : Type.DOCUMENT;
        String head = p > 0 && isWord(p - 1) && Roles.otherOffice(lower(p - 1))
            ? lower(p - 1) + " " + w : w;
        return new Phrase(type, tokens.start(p), tokens.end(p), -1, head);
      }
      return det == Det.NONE ? null : nobody(p);
    }
    if (Lexicon.STOP_WORDS.contains(w) || Lexicon.ATTRIBUTION_VERBS.contains(w)
        || Lexicon.CHARACTERISATION_VERBS.contains(w) || w.endsWith("ing")) {
      return null;
    }
    // a plural noun or one after an indefinite determiner ("officials", "residents", "a city
    // official"): somebody the text does not name; any other word may be no subject at all
    if (w.endsWith("s") && !w.endsWith("ss") || indefinite(p - 1)) {
      return nobody(p);
    }
    return null;
  }

  /** The determiner before a role noun at token p, across a few modifiers. */
  private enum Det { THE, OTHER, NONE }

  private Det determiner(int p, int floor) {
    for (int k = p - 1; k >= floor && k >= p - MODIFIERS; k--) {
      if (bareApostrophe(k) && k - 1 >= floor) {
        // "the Parkers' lawyer" is nobody named, "the voters' choice" is the voters'
        return capitalized(k - 1) ? Det.OTHER : determiner(k - 1, floor);
      }
      if (!isWord(k)) {
        return Det.NONE;
      }
      String w = lower(k);
      if (w.equals("the")) {
        return Det.THE;
      }
      if (w.equals("a") || w.equals("an") || w.equals("one") || w.equals("another")
          || w.equals("some") || w.equals("any") || w.equals("each") || w.equals("every")
          || w.equals("no") || w.equals("his") || w.equals("her") || w.equals("their")
          || w.equals("its") || w.equals("our") || w.equals("my") || w.equals("your")) {
        return Det.OTHER;
      }
      if (possessiveWord(k)) {
        // "the party's nominee" is the party's; "Anna Berg's lawyer" is nobody named
        return capitalized(k) ? Det.OTHER : determiner(k, floor);
      }
      if (Lexicon.STOP_WORDS.contains(w) || speechVerb(k)) {
        return Det.NONE;
      }
    }
    return Det.NONE;
  }

  /** Whether token k is an indefinite determiner ("a", "an", "one", "another", "some"). */
  private boolean indefinite(int k) {
    if (!isWord(k)) {
      return false;
    }
    String w = lower(k);
    return w.equals("a") || w.equals("an") || w.equals("one") || w.equals("another")
        || w.equals("some");
  }

  /**
   * Whether token k is the apostrophe of a plural or s-final possessive, which the tokenizer
   * keeps apart from its word ({@code Jones' campaign}, {@code the voters' choice}): a straight or
   * curly apostrophe glued to a word ending in s, with a space after it.
   */
  private boolean bareApostrophe(int k) {
    if (k < 1 || !tokens.glued(k) || !isWord(k - 1)) {
      return false;
    }
    String a = tokens.text(k);
    if (!a.equals("'") && !a.equals("\u2019")) {
      return false;
    }
    String w = tokens.text(k - 1);
    char last = w.charAt(w.length() - 1);
    return (last == 's' || last == 'S') && (k + 1 >= tokens.size() || !tokens.glued(k + 1));
  }

  /** Whether token k is a word in the possessive ("Berg's", "the council's", "voters'"). */
  boolean possessiveWord(int k) {
    String w = tokens.text(k);
    return w.endsWith("'s") || w.endsWith("s'");
  }

  /** A run of capitalized words ending at token p that names an organisation, else null. */
  Phrase organisationRun(int p, int floor) {
    int k = p;
    while (k - 1 >= floor && (capitalized(k - 1) && !possessiveWord(k - 1)
        && !lower(k - 1).equals("the") || is(k - 1, "of") && capitalized(k - 2))) {
      k--;
    }
    return organisation(k, p);
  }

  /**
   * The organisation tokens {@code [from, to]} name, else null: a known body ({@link
   * Lexicon#ORGANISATIONS}: "White House", "Kremlin"), a run whose head is an organisation noun
   * ("State Department", "Department of Justice"), or an acronym of a known outlet or body
   * ("CNN"). A country is no organisation that speaks: its government or a ministry does.
   */
  Phrase organisation(int from, int to) {
    StringBuilder sb = new StringBuilder();
    String head = null;
    boolean acronyms = true;
    for (int t = from; t <= to; t++) {
      if (!isWord(t)) {
        return null;
      }
      String w = lower(t);
      if (w.equals("of") && head == null) {
        head = lower(t - 1);
      }
      sb.append(sb.length() > 0 ? " " : "").append(w);
      String raw = tokens.text(t);
      acronyms &= raw.length() >= 2 && raw.equals(raw.toUpperCase(java.util.Locale.ROOT))
          && Lexicon.ORGANISATION_WORDS.contains(w);
    }
    String run = sb.toString();
    boolean known = Lexicon.ORGANISATIONS.contains(run)
        || Lexicon.ORGANISATION_HEADS.contains(head != null ? head : lower(to)) || acronyms;
    if (!known || Lexicon.PLACES.contains(run)) {
      return null;
    }
    // "The Hill" keeps the capitalized article it is named with; "the Kremlin" drops "the"
    int start = tokens.start(from);
    if (from > 0 && is(from - 1, "The") && !opensSentence(from - 1)) {
      start = tokens.start(from - 1);
    }
    return new Phrase(Type.ORGANISATION, start, tokens.end(to), -1,
        text.substring(start, tokens.end(to)));
  }

  private boolean opensSentence(int t) {
    int s = tokens.sentence(t);
    return s >= 0 && d.sentences().get(s).start() == tokens.start(t);
  }

  /** "NAME of PLACE" / "NAME of the BODY" ending at token p: the name, else null. */
  private Phrase beforeOf(int p, int floor) {
    for (int k = p - 1; k >= floor && k >= p - 6; k--) {
      if (is(k, "of")) {
        int i = d.nameEndingAt(tokens.end(k - 1));
        if (k - 1 >= floor && i >= 0 && !names.get(i).possessive()) {
          return subjectEndingAt(k - 1, floor);
        }
        return null;
      }
      if (!(capitalized(k) || is(k, "the") || is(k, "-") || is(k, "."))) {
        return null;
      }
    }
    return null;
  }

  /** Whether name mention i is a party tag ("R-Texas", "D-Ohio"), not a name. */
  private boolean partyTag(int i) {
    String n = names.get(i).name();
    return n.length() >= 3 && n.charAt(1) == '-' && "DRI".indexOf(n.charAt(0)) >= 0;
  }

  /**
   * The subject before a comma group ending at the comma at token {@code p}: {@code Dan Ito, the
   * acting deputy chief of staff, said}, {@code Rep. Tom Ash, R-Texas, who chairs the panel,
   * said}. A role or unnamed subject with a name right after it speaks by that name ({@code The
   * Pentagon's spokesman, Maj. Gen. Pat Ryder, said}).
   */
  private Phrase afterGroups(int p, int floor) {
    int comma = p;
    for (int g = 0; g < GROUPS; g++) {
      int c = comma - 1;
      while (c >= floor && c > comma - GROUP_TOKENS && !is(c, ",") && !tokens.quoted(c)
          && !is(c, ":") && !is(c, ";")) {
        c--;
      }
      if (c < floor || !is(c, ",")) {
        return null;
      }
      Phrase head = c - 1 >= floor && !is(c - 1, ",") ? subjectEndingAt(c - 1, floor) : null;
      if (head != null && head.type() == Type.NAME && partyTag(head.mention())) {
        head = null;
      }
      int named = nameFilling(c + 1, comma - 1);
      if (named >= 0 && (head != null && (head.type() == Type.NOBODY || head.type() == Type.ROLE)
          || head == null && g == 0 && commonNounPhrase(c - 1, floor))) {
        NameMention m = names.get(named);
        return new Phrase(Type.NAME, m.runStart(), m.span().end(), named, null);
      }
      if (head != null) {
        return head;
      }
      comma = c;
    }
    return null;
  }

  /**
   * Whether token p ends a common noun phrase led by a determiner or a possessive ({@code the
   * city's treasurer}, {@code Alabama's state auditor}, {@code her lawyer}): a noun no list
   * holds, which a name set off by commas right after it names ({@code the city's treasurer,
   * Anna Berg, said}). A verb, a function word or a word with no determiner before it is none.
   */
  private boolean commonNounPhrase(int p, int floor) {
    if (!lowercase(p) || tokens.quoted(p)) {
      return false;
    }
    String w = lower(p);
    if (Lexicon.STOP_WORDS.contains(w) || Lexicon.ATTRIBUTION_VERBS.contains(w)
        || Lexicon.CHARACTERISATION_VERBS.contains(w) || w.endsWith("ing") || w.endsWith("ed")
        || w.endsWith("ly") || possessiveWord(p)) {
      return false;
    }
    for (int k = p - 1; k >= floor && k >= p - MODIFIERS; k--) {
      if (!isWord(k) || tokens.quoted(k)) {
        return false;
      }
      String m = lower(k);
      if (m.equals("the") || m.equals("his") || m.equals("her") || m.equals("their")
          || m.equals("its") || m.equals("our") || possessiveWord(k)) {
        return true;
      }
      if (Lexicon.STOP_WORDS.contains(m)) {
        return false;
      }
    }
    return false;
  }

  /** The name mention that fills tokens {@code [from, to]} (titles included), else -1. */
  private int nameFilling(int from, int to) {
    if (from > to) {
      return -1;
    }
    int i = d.nameEndingAt(tokens.end(to));
    if (i < 0 || partyTag(i)) {
      return -1;
    }
    NameMention m = names.get(i);
    return m.runStart() == tokens.start(from) && !m.possessive() ? i : -1;
  }

  // --- speakers read forward from a verb or a sentence start -----------------------------------

  /**
   * The speaker phrase that starts at token {@code t} ({@code said [defence lawyer] Carla Menon},
   * {@code according to the Pentagon}, {@code said a spokesman}), within {@code [t, limit)}.
   */
  Phrase phraseFrom(int t, int limit) {
    if (t >= limit || t >= tokens.size() || !isWord(t)) {
      return null;
    }
    if (pronoun(t)) {
      return new Phrase(Type.PRONOUN, tokens.start(t), tokens.end(t), -1, pronounWord(t));
    }
    String w = lower(t);
    if (w.equals("a") || w.equals("an") || w.equals("one") || w.equals("another")
        || w.equals("some") || w.equals("two") || w.equals("several")) {
      return nobody(t);
    }
    if (is(t, "The") && !opensSentence(t) && capitalized(t + 1)) {
      // "according to The Hill": a capitalized "The" inside a sentence opens a name
      int e = t + 1;
      while (e + 1 < limit && capitalized(e + 1) && !possessiveWord(e)) {
        e++;
      }
      return new Phrase(Type.ORGANISATION, tokens.start(t), tokens.end(e), -1,
          text.substring(tokens.start(t), tokens.end(e)));
    }
    if (w.equals("the")) {
      // the capitalized run or the role noun after "the"
      int k = t + 1;
      int afterRun = k;
      while (afterRun < limit && capitalized(afterRun)) {
        afterRun++;
      }
      boolean modifier = afterRun > k && afterRun < limit && lowercase(afterRun)
          && Lexicon.ROLE_NOUNS.contains(lower(afterRun));
      if (capitalized(k) && !modifier) {
        int e = k;
        while (e + 1 < limit && (capitalized(e + 1) && !possessiveWord(e)
            || is(e + 1, "of") && capitalized(e + 2))) {
          e++;
        }
        Phrase org = organisation(k, e);
        if (org != null && !(e + 1 < limit && lowercase(e + 1)
            && Lexicon.ORGANISATION_HEADS.contains(lower(e + 1)))) {
          return org;
        }
        if (e + 1 < limit && lowercase(e + 1) && Lexicon.ORGANISATION_HEADS.contains(lower(e + 1))) {
          String name = text.substring(tokens.start(k), tokens.end(e + 1));
          return new Phrase(Type.ORGANISATION, tokens.start(k), tokens.end(e + 1), -1, name);
        }
      }
      for (int j = t + 1; j < limit && j <= t + MODIFIERS; j++) {
        if (!isWord(j) || possessiveWord(j)) {
          return possessiveWord(j) ? nobody(t) : null;
        }
        String h = lower(j);
        boolean more = j + 1 < limit && lowercase(j + 1)
            && (Lexicon.ROLE_NOUNS.contains(lower(j + 1))
                || Lexicon.ORGANISATION_HEADS.contains(lower(j + 1)));
        if (!more && Lexicon.ORGANISATION_HEADS.contains(h) && lowercase(j)) {
          return new Phrase(Type.GENERIC_ORGANISATION, tokens.start(t), tokens.end(j), -1, h);
        }
        if (!more && (Lexicon.ROLE_NOUNS.contains(h) || Lexicon.DOCUMENT_NOUNS.contains(h))
            && lowercase(j)) {
          Type type = Lexicon.ROLE_NOUNS.contains(h) ? Type.ROLE : Type.DOCUMENT;
          String head = j > t + 1 && Roles.otherOffice(lower(j - 1)) ? lower(j - 1) + " " + h : h;
          return new Phrase(type, tokens.start(t), tokens.end(j), -1, head);
        }
        if (Lexicon.STOP_WORDS.contains(h) || speechVerb(j)) {
          return null;
        }
      }
      return nobody(t);
    }
    // a possessive name before an organisation's head ("Moore's campaign")
    if (capitalized(t) && possessiveWord(t) && t + 1 < limit && lowercase(t + 1)
        && Lexicon.ORGANISATION_HEADS.contains(lower(t + 1))) {
      return new Phrase(Type.ORGANISATION, tokens.start(t), tokens.end(t + 1), -1,
          text.substring(tokens.start(t), tokens.end(t + 1)));
    }
    // a name, maybe after lower-case title words ("defence lawyer Carla Menon")
    int i = d.firstNameFrom(tokens.start(t));
    if (i < names.size()) {
      NameMention m = names.get(i);
      int last = lastOfRun(i);
      NameMention lm = names.get(last);
      boolean reached = m.runStart() == tokens.start(t) || lowerWordsBefore(t, m.runStart());
      if (reached && lm.span().end() <= (limit < tokens.size() ? tokens.start(limit)
          : text.length()) && !lm.possessive() && !partyTag(last)) {
        Phrase org = lm.runStart() == tokens.start(t) ? runOrganisation(t, lm) : null;
        return org != null ? org : new Phrase(Type.NAME, lm.runStart(), lm.span().end(), last, null);
      }
    }
    if (capitalized(t)) {
      int e = t;
      while (e + 1 < limit && capitalized(e + 1)) {
        e++;
      }
      return organisation(t, e);
    }
    if (lowercase(t) && !Lexicon.STOP_WORDS.contains(w) && !speechVerb(t) && !adverb(t)) {
      return nobody(t); // "said officials", "said residents"
    }
    return null;
  }

  /** A mention's run read as an organisation ("the Kremlin"), else null. */
  private Phrase runOrganisation(int t, NameMention m) {
    int e = tokens.at(m.runEnd() - 1);
    return e >= t ? organisation(t, e) : null;
  }

  /** Whether only up to three lower-case words stand from token t to offset runStart. */
  private boolean lowerWordsBefore(int t, int runStart) {
    int k = t;
    int n = 0;
    while (k < tokens.size() && tokens.start(k) < runStart) {
      if (!lowercase(k) || Lexicon.STOP_WORDS.contains(lower(k)) || ++n > 3) {
        return false;
      }
      k++;
    }
    return n > 0 && tokens.start(k) == runStart && Lexicon.isTitleWord(lower(k - 1))
        || n > 0 && tokens.start(k) == runStart && Lexicon.ROLE_NOUNS.contains(lower(k - 1));
  }

  /** The index of the last mention of the run that mention i belongs to. */
  private int lastOfRun(int i) {
    int k = i;
    while (k + 1 < names.size() && names.get(k + 1).runStart() == names.get(i).runStart()) {
      k++;
    }
    return k;
  }

  /**
   * The subject of a sentence, read from its first token {@code t}: past a conjunction and an
   * opening phrase set off by a comma ({@code In a statement,}, {@code On Monday,}).
   */
  Phrase sentenceSubject(int t, int limit) {
    int k = t;
    while (k < limit && tokens.quoted(k)) {
      k++;
    }
    if (k < limit && isWord(k) && Lexicon.SENTENCE_OPENERS.contains(lower(k)) && !pronoun(k)
        && !lower(k).equals("the") && !lower(k).equals("a") && !lower(k).equals("an")) {
      String w = lower(k);
      if (w.equals("but") || w.equals("and") || w.equals("yet") || w.equals("so")
          || w.equals("still") || w.equals("meanwhile") || w.equals("however")) {
        k++;
        if (is(k, ",")) {
          k++;
        }
      } else {
        int c = k;
        while (c < limit && c < k + 12 && !is(c, ",") && !tokens.quoted(c)) {
          c++;
        }
        if (c < limit && is(c, ",")) {
          k = c + 1;
        }
      }
    }
    if (k >= limit) {
      return null;
    }
    Phrase p = phraseFrom(k, limit);
    if (p != null && p.type() == Type.NAME && names.get(p.mention()).runStart() != tokens.start(k)) {
      return null;
    }
    return p;
  }

  /**
   * Whether token t is a preposition whose object is never the subject of the verb after it:
   * {@code for}, {@code to}, {@code with} ({@code a lawyer for}, {@code close to}, {@code a
   * meeting with}) after a common noun. Not {@code from} or {@code by}: {@code a statement from
   * Anna Berg said} is hers.
   */
  private boolean objectPreposition(int t) {
    if (!isWord(t)) {
      return false;
    }
    String w = lower(t);
    if (!w.equals("for") && !w.equals("to") && !w.equals("with")) {
      return false;
    }
    // after a common noun ("a lawyer for", "close to"), not inside a title ("Secretary for
    // Diplomatic Security Ana Ruiz", "Minister for Health Tom Ash" are the name's own title)
    int k = t - 1;
    return k >= 0 && isWord(k)
        && (lowercase(k) || k == 0 || tokens.sentence(k - 1) != tokens.sentence(k));
  }

  private Phrase nobody(int t) {
    return new Phrase(Type.NOBODY, tokens.start(t), tokens.end(t), -1, null);
  }
}
