package dev.factx.extract;

import dev.factx.analysis.Document;
import dev.factx.analysis.Lexicon;
import dev.factx.analysis.NameMention;
import dev.factx.analysis.People;
import dev.factx.analysis.Person;
import dev.factx.analysis.QuoteSpan;
import dev.factx.analysis.Roles;
import dev.factx.analysis.Tokens;
import dev.factx.extract.Clauses.Phrase;
import dev.factx.extract.Clauses.Type;
import dev.factx.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who speaks each quote of a document, read as a careful reader reads an article: in one pass
 * over its sentences, in order, keeping who has been speaking and who holds which role.
 *
 * <p>A quote's own clause comes first ({@link Clauses}): a speech or characterisation verb before
 * it in its sentence, with the verb's subject ({@code Anna Berg said:}, {@code Anna Berg, the
 * head of the board, told reporters that}, {@code ..., saying}, {@code , who said}, {@code
 * according to}), else an attribution right after it ({@code ," said Anna Berg}, {@code ," the
 * governor said}), else a colon that the sentence's subject introduces it with. The phrase then
 * names the speaker:
 *
 * <ul>
 *   <li>a name: the bundle's person ({@link People}), else the name as written when it is a full
 *       name or has a title;
 *   <li>{@code he} or {@code she}: going back sentence by sentence to the start of the paragraph
 *       two before, the first sentence with someone the pronoun can stand for: its subject
 *       unless another person there is surely of the pronoun's gender and the subject is not,
 *       then a person named there; never a person named inside quote marks, never one whose
 *       gender is known to differ; else the speaker of the last attributed quote;
 *   <li>a role ({@code the senator}): the person named last before with that role in the
 *       article, else the bundle's only one;
 *   <li>a document ({@code the statement}): whoever the sentence that last named one had as
 *       subject;
 *   <li>an organisation ({@code the White House}, {@code the Ash campaign}): itself, named without
 *       "the"; {@code the ministry} the organisation of that head named last before;
 *   <li>nobody named ({@code a city official}, {@code Anna Berg's lawyer}, {@code was told}): no
 *       speaker.
 * </ul>
 *
 * <p>A quote with no clause of its own that opens its sentence carries on: the speaker of the
 * quote before it in its paragraph, when no sentence between has someone else as subject; at a
 * paragraph's start, the speaker of a quote in the last sentence of the paragraph before, or the
 * subject of a sentence there that introduces it with a colon or names a statement or a tweet.
 * Parts of a quote over several paragraphs share their speaker. Everything is looked up through
 * per-sentence and per-mention arrays: linear in the text.
 */
final class Speakers {
  /** How many paragraphs back a pronoun's antecedent may be, and the last speaker still counts. */
  private static final int PARAGRAPHS_BACK = 2;
  /** How many sentences back a pronoun or role noun is looked for at most. */
  private static final int SENTENCES_BACK = 12;
  /** How many tokens before a quote its attribution verb may stand. */
  static final int LOOK_BACK = 80;
  /** How many mentions back a participle's clause subject is looked for. */
  private static final int MENTIONS_BACK = 30;

  /**
   * A speaker as resolved.
   *
   * @param name the person's name, or the organisation's
   * @param organisation whether it is an organisation
   * @param person the bundle's person, or null
   */
  record Who(String name, boolean organisation, Person person) {
    boolean same(Who o) {
      return o != null && (person != null ? person == o.person() : name.equals(o.name()));
    }
  }

  /**
   * Reported speech found in a sentence without quote marks.
   *
   * @param clause the reported words
   * @param speaker who reports them
   */
  record Reported(Span clause, Who speaker) {}

  private final Document d;
  private final People people;
  private final Clauses cl;
  private final Tokens tokens;
  private final String text;
  private final List<QuoteSpan> quotes;
  private final List<Span> sentences;
  private final List<NameMention> names;

  private final int[] quoteSentence;
  private final int[] firstQuote; // per sentence: its first quote
  private final int[] firstMention; // per sentence: its first mention, by start
  private final Phrase[] own;
  private final int[] nextOwn; // per quote: the next quote with a clause of its own, or -1
  private final Who[] speakers;
  private final Who[] agents;
  private final boolean[] agentDone;
  private final List<Reported> reported = new ArrayList<>();
  /** Surnames the document gives a title somewhere ("President Trump"): a person's, alone too. */
  private final java.util.Set<String> titledSurnames = new java.util.HashSet<>();

  // what the pass has read so far
  private int nextMention;
  private int nextToken;
  private final Map<String, Person> roleHolders = new HashMap<>();
  private final Map<String, String> organisations = new HashMap<>();
  private final Map<String, Who> authors = new HashMap<>();
  private Who currentSpeaker;
  private int currentSpeakerParagraph = -1;

  Speakers(Document d, People people) {
    this.d = d;
    this.people = people;
    this.cl = new Clauses(d);
    this.tokens = d.tokens();
    this.text = d.text().value();
    this.quotes = d.quotes();
    this.sentences = d.sentences();
    this.names = d.names();
    int n = quotes.size();
    quoteSentence = new int[n];
    for (int k = 0; k < n; k++) {
      Span o = quotes.get(k).outer();
      int s = d.sentenceAt(o.start());
      s = s >= 0 ? s : d.sentenceAt(quotes.get(k).inner().start());
      // quotes are in text order, so their sentences never go back
      quoteSentence[k] = Math.max(s, k > 0 ? quoteSentence[k - 1] : 0);
    }
    firstQuote = new int[sentences.size() + 1];
    int q = 0;
    for (int s = 0; s <= sentences.size(); s++) {
      while (q < n && quoteSentence[q] < s) {
        q++;
      }
      firstQuote[s] = q;
    }
    firstMention = new int[sentences.size() + 1];
    int m = 0;
    for (int s = 0; s < sentences.size(); s++) {
      while (m < names.size() && names.get(m).span().start() < sentences.get(s).start()) {
        m++;
      }
      firstMention[s] = m;
    }
    firstMention[sentences.size()] = names.size();
    for (NameMention mention : names) {
      if (mention.title() != null) {
        titledSurnames.add(mention.surname().toLowerCase(java.util.Locale.ROOT));
      }
    }
    own = new Phrase[n];
    nextOwn = new int[n];
    speakers = new Who[n];
    agents = new Who[sentences.size()];
    agentDone = new boolean[sentences.size()];
    run();
  }

  /** The speaker of quote k, or null. */
  Who speaker(int k) {
    return speakers[k];
  }

  /** Whether quote k has an attribution clause of its own, naming someone or nobody. */
  boolean framed(int k) {
    return own[k] != null;
  }

  /**
   * For a later part of a quote split by its attribution ({@code "We will," he said, "win."}),
   * the index of its first part; else k itself.
   */
  int splitFrom(int k) {
    int first = k;
    while (first > 0 && splits(first - 1, first)) {
      first--;
    }
    return first;
  }

  /**
   * Whether quote b goes on quote a, split by an attribution: one sentence, a not ending its own
   * sentence, and between them only a clause with a speech verb set off by commas.
   */
  private boolean splits(int a, int b) {
    if (quoteSentence[a] != quoteSentence[b]) {
      return false;
    }
    if (stitched(a, b)) {
      return true;
    }
    if (own[a] == null) {
      return false;
    }
    String inner = quotes.get(a).inner().of(text).strip();
    if (inner.isEmpty() || ".!?".indexOf(inner.charAt(inner.length() - 1)) >= 0) {
      return false;
    }
    int from = tokens.firstAtOrAfter(quotes.get(a).outer().end());
    int to = tokens.firstAtOrAfter(quotes.get(b).outer().start());
    if (to - from > 12 || to - 1 < from || !cl.is(to - 1, ",") && !cl.is(to - 1, ":")) {
      return false;
    }
    for (int t = from; t < to; t++) {
      if (cl.speechVerb(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether quote b goes on fragment a across a few words of the writer's that make one clause of
   * them ({@code "empty shops" are "spreading like weeds"}): a fragment, then one to three lower
   * case words with a verb of being or having among them and no conjunction, then the next quote.
   */
  private boolean stitched(int a, int b) {
    int words = 0;
    for (var t : d.tokens(quotes.get(a).inner())) {
      words += t.kind() == dev.factx.analysis.Token.Kind.PUNCT ? 0 : 1;
    }
    if (words == 0 || words >= STITCHED_WORDS) {
      return false;
    }
    int from = tokens.firstAtOrAfter(quotes.get(a).outer().end());
    int to = tokens.firstAtOrAfter(quotes.get(b).outer().start());
    if (to - from < 1 || to - from > 3) {
      return false;
    }
    boolean verb = false;
    for (int t = from; t < to; t++) {
      if (!cl.isWord(t) || cl.capitalized(t) || cl.frameVerb(t)) {
        return false;
      }
      String w = cl.lower(t);
      if (w.equals("and") || w.equals("or") || w.equals("but") || w.equals("nor")) {
        return false;
      }
      verb |= Lexicon.AUXILIARIES.contains(w);
    }
    return verb;
  }

  /** A stitched first part is a fragment: fewer words than this. */
  private static final int STITCHED_WORDS = 5;

  /** The reported speech of the document's sentences without quote marks, in order. */
  List<Reported> reported() {
    return reported;
  }

  // --- the pass -------------------------------------------------------------------------------

  private void run() {
    int n = quotes.size();
    if (sentences.isEmpty()) {
      return;
    }
    for (int k = 0; k < n; k++) {
      own[k] = ownPhrase(k);
    }
    for (int k = n - 1, next = -1; k >= 0; k--) {
      nextOwn[k] = next;
      next = own[k] != null ? k : next;
    }
    int next = 0; // the next sentence to finish
    for (int k = 0; k < n; k++) {
      int s = quoteSentence[k];
      while (next < sentences.size() && next < s) {
        finish(next++);
      }
      readUpTo(quotes.get(k).outer().start());
      Who who = own[k] == null ? null : resolve(own[k], k);
      if (own[k] == null) {
        who = carried(k);
      }
      speakers[k] = who;
      if (who != null && own[k] != null && !who.organisation()) {
        currentSpeaker = who;
        currentSpeakerParagraph = d.paragraphAt(quotes.get(k).outer().start());
      }
    }
    while (next < sentences.size()) {
      finish(next++);
    }
    // a quote over several paragraphs: an earlier part takes a later part's speaker
    for (int k = n - 2; k >= 0; k--) {
      if (speakers[k] == null && own[k] == null && quotes.get(k + 1).continues()) {
        speakers[k] = speakers[k + 1];
      }
    }
  }

  /**
   * The asides of the text {@code [from, to)}, as the offsets from {@code from} they cover: the
   * text between two spaced dashes ({@code " - "}, {@code " -- "}) and the text in brackets,
   * closed ones only. One pass over the text, and each offset is marked at most twice.
   */
  private java.util.BitSet asides(int from, int to) {
    java.util.BitSet out = new java.util.BitSet();
    int dash = -1;
    int bracket = -1;
    int depth = 0;
    for (int p = from; p < to; p++) {
      char c = text.charAt(p);
      if (c == '(') {
        if (depth++ == 0) {
          bracket = p;
        }
      } else if (c == ')' && depth > 0) {
        if (--depth == 0) {
          out.set(bracket - from, p + 1 - from);
        }
      } else if (c == '-' && p > from && text.charAt(p - 1) == ' ') {
        int q = p;
        while (q < to && text.charAt(q) == '-') {
          q++;
        }
        if (q < to && text.charAt(q) == ' ' && q - p <= 2) {
          if (dash < 0) {
            dash = p;
          } else {
            out.set(dash - from, q - from);
            dash = -1;
          }
        }
        p = q - 1;
      }
    }
    return out;
  }

  /** Reads the mentions and tokens before an offset into the pass's memory of roles and bodies. */
  private void readUpTo(int offset) {
    while (nextMention < names.size() && names.get(nextMention).span().start() < offset) {
      int i = nextMention++;
      Person p = people.person(d, i);
      if (p != null) {
        for (String role : people.rolesAt(d, i)) {
          roleHolders.put(role, p);
        }
      }
    }
    while (nextToken < tokens.size() && tokens.start(nextToken) < offset) {
      int t = nextToken++;
      if (cl.capitalized(t) && !tokens.quoted(t) && cl.capitalized(t - 1)
          && Lexicon.ORGANISATION_HEADS.contains(cl.lower(t))) {
        Phrase org = cl.organisationRun(t, Math.max(0, t - 6));
        if (org != null) {
          organisations.put(cl.lower(t), org.word());
        }
      }
    }
  }

  /** Finishes sentence s: who its subject is, reported speech in it, the statements it names. */
  private void finish(int s) {
    Span sentence = sentences.get(s);
    readUpTo(sentence.start());
    int first = tokens.firstAtOrAfter(sentence.start());
    int end = tokens.firstAtOrAfter(sentence.end());
    Who agent = null;
    boolean hasQuote = false;
    java.util.BitSet asides = null;
    for (int k = firstQuote[s]; k < firstQuote[s + 1]; k++) {
      hasQuote = true;
      if (agent == null && own[k] != null && speakers[k] != null) {
        // a quote in an aside ("Lane - the new mayor vowed to "fight," aides say - said ...")
        // is not what the sentence's subject says
        asides = asides != null ? asides : asides(sentence.start(), sentence.end());
        int at = quotes.get(k).outer().start() - sentence.start(); // may open before it
        if (at < 0 || !asides.get(at)) {
          agent = speakers[k];
        }
      }
    }
    if (agent == null && first < end) {
      agent = lastSpeaker(first, end);
    }
    if (agent == null && first < end) {
      Phrase subject = cl.sentenceSubject(first, end);
      if (subject != null && subject.type() != Type.NOBODY) {
        agent = resolve(subject, -1);
      }
    }
    agents[s] = agent;
    agentDone[s] = true;
    if (!hasQuote && text.substring(sentence.start(), sentence.end()).indexOf('"') < 0) {
      reportedSpeech(first, end);
    }
    readUpTo(sentence.end());
    if (agent != null) {
      for (int t = first; t < end; t++) {
        if (!tokens.quoted(t) && cl.isWord(t) && Lexicon.DOCUMENT_NOUNS.contains(cl.lower(t))) {
          authors.put(cl.lower(t), agent);
        }
      }
    }
  }

  /**
   * The person who speaks last in tokens {@code [first, end)}: the subject of the last speech
   * verb that no "that" of an earlier one reports ("Tom Ash spoke first, then Anna Berg said the
   * board had met": Anna Berg; "Tom Ash said that Dan Ito told him": Tom Ash), or null.
   */
  private Who lastSpeaker(int first, int end) {
    Who last = null;
    boolean reported = false;
    boolean spoke = false;
    for (int t = first; t < end; t++) {
      if (tokens.quoted(t)) {
        continue;
      }
      if (spoke && cl.is(t, "that")) {
        reported = true;
      }
      if (reported || !cl.speechVerb(t) || cl.lower(t).endsWith("ing")) {
        continue;
      }
      Phrase p = cl.subjectOf(t, first);
      if (p != null && (p.type() == Type.NAME || p.type() == Type.PRONOUN
          || p.type() == Type.ROLE)) {
        Who who = resolve(p, -1);
        if (who != null) {
          last = who;
          spoke = true;
        }
      }
    }
    return last;
  }

  // --- a quote's own clause -------------------------------------------------------------------

  /** The attribution phrase of quote k's own sentence, or null. */
  private Phrase ownPhrase(int k) {
    QuoteSpan q = quotes.get(k);
    int s = quoteSentence[k];
    int open = tokens.firstAtOrAfter(q.outer().start());
    int regionStart = s >= 0 ? tokens.firstAtOrAfter(sentences.get(s).start()) : open;
    regionStart = Math.min(regionStart, open);
    Phrase before = before(regionStart, open);
    if (before != null) {
      return before;
    }
    int close = tokens.firstAtOrAfter(q.outer().end());
    if (q.runsOn() || close >= tokens.size()
        || d.paragraphAt(tokens.start(close)) != d.paragraphAt(q.outer().start())) {
      return null;
    }
    int limit = afterLimit(k, close);
    return after(close, limit);
  }

  /** Where the clause after a quote's closing mark ends: its sentence's end, the next quote. */
  private int afterLimit(int k, int close) {
    int s = tokens.sentence(close);
    int end = s >= 0 ? tokens.firstAtOrAfter(sentences.get(s).end()) : close;
    if (k + 1 < quotes.size()) {
      end = Math.min(end, tokens.firstAtOrAfter(quotes.get(k + 1).outer().start()));
    }
    int p = d.paragraphAt(tokens.start(close));
    if (p >= 0) {
      end = Math.min(end, tokens.firstAtOrAfter(d.paragraphs().get(p).end()));
    }
    return end;
  }

  /** A speech or characterisation verb before the quote in its sentence, with its subject. */
  private Phrase before(int from, int open) {
    if (from >= open) {
      return null;
    }
    int firstWord = from;
    while (firstWord < open && tokens.quoted(firstWord)) {
      firstWord++;
    }
    boolean participle = false;
    int participleAt = -1;
    for (int v = open - 1; v >= from && v >= open - LOOK_BACK; v--) {
      if (tokens.quoted(v)) {
        continue;
      }
      if (cl.is(v, "according") || cl.is(v, "According")) {
        if (cl.is(v + 1, "to")) {
          Phrase p = cl.phraseFrom(v + 2, open);
          // "according to the United States": attributed, to nobody who speaks as a person
          return p != null ? p : new Phrase(Type.NOBODY, tokens.start(v), tokens.end(v), -1, null);
        }
        continue;
      }
      if (!cl.frameVerb(v)) {
        continue;
      }
      String w = cl.lower(v);
      if (v == firstWord && w.equals("asked")) {
        return new Phrase(Type.NOBODY, tokens.start(v), tokens.end(v), -1, null);
      }
      if (w.endsWith("ing") && (commaBefore(v, from) || documentBefore(v, from))) {
        participle = true; // the subject of the clause it hangs on speaks
        participleAt = participleAt < 0 ? v : participleAt;
        continue;
      }
      if (cl.namingPassive(v, from)) {
        continue; // "an area called ...": a name, read by Terms
      }
      Phrase owner = possessor(v, from);
      if (owner != null) {
        return owner; // "Anna Berg's promise of '...'": her words, whoever reports them
      }
      if (v - 1 >= from && cl.isWord(v - 1) && cl.possessiveWord(v - 1)
          && !CONTRACTIONS.contains(cl.lower(v - 1))) {
        continue; // "the council's claims were '...'": a noun, described by whoever speaks
      }
      Phrase p = named(cl.subjectOf(v, from));
      if ((p == null || p.type() == Type.NOBODY) && verbFirst(v, from)) {
        // ", said Matthew Miller, and": the speaker after the verb
        Phrase after = cl.phraseFrom(v + 1, open);
        p = after != null ? after : p;
      }
      if (p != null) {
        return p;
      }
    }
    if (participle) {
      Phrase p = cl.sentenceSubject(from, open);
      if (p == null || p.type() == Type.NOBODY) {
        Phrase clause = clauseSubject(from, participleAt);
        p = clause != null ? clause : p;
      }
      if (p != null) {
        return p;
      }
    }
    // an introducing colon: the sentence's subject, or a name alone ("Berg: '...'")
    int last = open - 1;
    if (last >= from && cl.is(last, ":")) {
      // "Quote from Matthew Miller:", "Statement by Anna Berg:"
      int i = d.nameEndingAt(tokens.end(last - 1));
      if (i >= 0 && !names.get(i).possessive()) {
        int r = tokens.at(names.get(i).runStart()) - 1;
        if (r >= from && (cl.is(r, "from") || cl.is(r, "by"))) {
          NameMention m = names.get(i);
          return new Phrase(Type.NAME, m.runStart(), m.span().end(), i, null);
        }
      }
      Phrase p = cl.sentenceSubject(from, open);
      if (p != null && p.type() != Type.NOBODY) {
        return p;
      }
    }
    return null;
  }

  /**
   * The subject of the clause a participle at token {@code v} hangs on, when the sentence's own
   * subject names nobody: the last name before it that opens a clause ({@code It came after
   * Boehner chided Obama, accusing ...}).
   */
  private Phrase clauseSubject(int from, int v) {
    int s = tokens.sentence(v);
    if (s < 0) {
      return null;
    }
    int lowest = Math.max(firstMention[s], firstMention[s + 1] - MENTIONS_BACK);
    for (int i = firstMention[s + 1] - 1; i >= lowest; i--) {
      NameMention m = names.get(i);
      int t = tokens.at(m.runStart());
      if (t < from || t >= v || tokens.quoted(t) || m.possessive() || m.afterArticle()) {
        continue;
      }
      if (t > from && cl.isWord(t - 1) && CLAUSE_OPENERS.contains(cl.lower(t - 1))) {
        return new Phrase(Type.NAME, m.runStart(), m.span().end(), i, null);
      }
    }
    return null;
  }

  /** Words in "'s" that are a pronoun and "is" or "has", never a possessive ("she's said"). */
  private static final java.util.Set<String> CONTRACTIONS = java.util.Set.of("he's", "she's",
      "it's", "that's", "there's", "who's", "what's", "here's", "where's", "let's");

  /** Words that open a clause whose subject follows ("after Boehner chided ..."). */
  private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("after", "when",
      "as", "while", "because", "before", "since", "until", "although", "though", "but", "and",
      "once", "whereas");

  /**
   * The name whose possessive stands a few nouns before token v, a speech word used as a noun
   * ({@code Anna Berg's promise of}, {@code Mr. LePage's apology and promise to}), else null.
   */
  private Phrase possessor(int v, int from) {
    int next = v + 1;
    if (!(cl.is(next, "of") || cl.is(next, "to") || cl.is(next, "for"))) {
      return null; // "Moore's campaign denied the report": a verb, not a noun
    }
    for (int k = v - 1; k >= from && k >= v - 3; k--) {
      if (tokens.quoted(k)) {
        return null;
      }
      String w = tokens.text(k);
      if (w.endsWith("'s") && Character.isUpperCase(w.codePointAt(0))) {
        int i = d.lastNameEndingBy(tokens.end(k));
        if (i >= 0 && names.get(i).possessive() && names.get(i).runEnd() == tokens.end(k)) {
          NameMention m = names.get(i);
          return new Phrase(Type.NAME, m.runStart(), m.span().end(), i, null);
        }
        return null;
      }
      if (!cl.isWord(k) || Character.isUpperCase(w.codePointAt(0))
          || Lexicon.STOP_WORDS.contains(cl.lower(k)) && !cl.is(k, "and")) {
        return null;
      }
    }
    return null;
  }

  /**
   * The phrase, unless it is a name that names nobody the document can stand for as a speaker
   * (a single capitalized word such as "Facebook" in "a Facebook post"): then null, so that the
   * reading goes on to an earlier verb.
   */
  private Phrase named(Phrase p) {
    if (p == null || p.type() != Type.NAME) {
      return p;
    }
    return resolve(p, -1) != null ? p : null;
  }

  /** Whether a verb that can stand before its speaker stands after a comma or opens the region. */
  private boolean verbFirst(int v, int from) {
    return Lexicon.SPEECH_VERBS_BEFORE_SPEAKER.contains(cl.lower(v))
        && (v == from || commaBefore(v, from));
  }

  /** Whether a comma stands before token v, past adverbs. */
  private boolean commaBefore(int v, int from) {
    int q = v - 1;
    while (q >= from && cl.adverb(q)) {
      q--;
    }
    return q >= from && cl.is(q, ",");
  }

  /**
   * Whether a document noun with its determiner and an issuing verb stands right before the
   * participle at token v, maybe with a day after it ({@code issued a statement saying}, {@code
   * posted a message on Friday saying}): the participle hangs on the clause that issued it.
   */
  private boolean documentBefore(int v, int from) {
    int q = v - 1;
    for (int skipped = 0; q >= from && skipped < 3 && !isDocumentNoun(q); skipped++) {
      if (!cl.isWord(q) || !(cl.capitalized(q) || DAY_WORDS.contains(cl.lower(q)))) {
        return false;
      }
      q--;
    }
    if (q < from || !isDocumentNoun(q)) {
      return false;
    }
    for (int k = q - 1; k >= from && k >= q - 3; k--) {
      if (!cl.isWord(k) || tokens.quoted(k)) {
        return false;
      }
      String d = cl.lower(k);
      if (d.equals("a") || d.equals("an") || d.equals("the") || d.equals("its")
          || d.equals("his") || d.equals("her") || d.equals("their")) {
        return k - 1 >= from && cl.isWord(k - 1) && ISSUING_VERBS.contains(cl.lower(k - 1));
      }
    }
    return false;
  }

  /**
   * Verbs by which a subject puts out a document of its own ("issued a statement"); a document
   * someone received, read or saw ("received a letter saying") says nothing of its author.
   */
  private static final java.util.Set<String> ISSUING_VERBS = java.util.Set.of("issued",
      "issues", "issue", "released", "releases", "release", "posted", "posts", "post", "sent",
      "sends", "send", "published", "publishes", "tweeted", "tweets", "shared", "shares", "filed",
      "files", "emailed", "wrote", "writes", "put", "puts");

  private boolean isDocumentNoun(int t) {
    return cl.isWord(t) && !cl.capitalized(t) && !tokens.quoted(t)
        && Lexicon.DOCUMENT_NOUNS.contains(cl.lower(t));
  }

  /** Words of a short time phrase between a document noun and its participle ("on Friday"). */
  private static final java.util.Set<String> DAY_WORDS = java.util.Set.of("on", "late", "early",
      "this", "last", "overnight");

  /** The attribution right after a quote's closing mark, within {@code [close, limit)}. */
  private Phrase after(int close, int limit) {
    int t = close;
    while (t < limit && (cl.is(t, ",") || cl.is(t, "-") || cl.is(t, "\""))) {
      t++;
    }
    if (t >= limit) {
      return null;
    }
    if ((cl.is(t, "according") || cl.is(t, "According")) && cl.is(t + 1, "to")) {
      return cl.phraseFrom(t + 2, limit);
    }
    if (cl.speechVerb(t)) {
      int u = t + 1;
      while (u < limit && cl.adverb(u)) {
        u++;
      }
      Phrase p = cl.phraseFrom(u, limit);
      if (p != null) {
        return p;
      }
    }
    for (int v = t; v < limit && v <= t + 14; v++) {
      if (tokens.quoted(v)) {
        break;
      }
      if (cl.speechVerb(v)) {
        Phrase p = named(cl.subjectOf(v, t));
        if (p != null && p.start() >= tokens.start(t)) {
          return p;
        }
        return null;
      }
    }
    return null;
  }

  // --- carrying a speaker on --------------------------------------------------------------------

  /** The speaker a quote without a clause of its own carries on, or null. */
  private Who carried(int k) {
    QuoteSpan q = quotes.get(k);
    if (q.continues() && k > 0) {
      return speakers[k - 1];
    }
    int s = quoteSentence[k];
    if (s < 0 || !opensSentence(k, s)) {
      return null;
    }
    int p = d.paragraphAt(q.outer().start());
    if (k > 0 && d.paragraphAt(quotes.get(k - 1).outer().start()) == p) {
      Who prev = speakers[k - 1];
      if (prev == null) {
        return null;
      }
      for (int between = quoteSentence[k - 1] + 1; between < s; between++) {
        if (!hasQuote(between) && agents[between] != null && !agents[between].same(prev)) {
          return null;
        }
      }
      return prev;
    }
    if (p <= 0 || d.paragraphs().get(p).start() != q.outer().start()
        || laterOwnClause(k, p)) {
      return null;
    }
    // the last sentence of the paragraph before
    int last = d.sentenceAt(d.paragraphs().get(p - 1).end() - 1);
    if (last < 0) {
      return null;
    }
    for (int j = k - 1; j >= 0 && quoteSentence[j] >= last; j--) {
      if (quoteSentence[j] == last && speakers[j] != null) {
        return speakers[j];
      }
    }
    if (hasQuote(last)) {
      return null;
    }
    Span ls = sentences.get(last);
    String tail = text.substring(ls.start(), ls.end()).strip();
    if (tail.endsWith(":") || namesAStatement(last)) {
      return agents[last];
    }
    return null;
  }

  /** Whether a later quote of paragraph p has an attribution of its own. */
  private boolean laterOwnClause(int k, int p) {
    int j = nextOwn[k];
    return j >= 0 && d.paragraphAt(quotes.get(j).outer().start()) == p;
  }

  /** Whether sentence s names a tweet, a post or a statement its subject made, with no quote. */
  private boolean namesAStatement(int s) {
    Span sp = sentences.get(s);
    int first = tokens.firstAtOrAfter(sp.start());
    int end = tokens.firstAtOrAfter(sp.end());
    boolean verb = false;
    for (int t = first; t < end; t++) {
      if (cl.isWord(t) && (Lexicon.DOCUMENT_NOUNS.contains(cl.lower(t)))) {
        return true;
      }
      verb |= cl.speechVerb(t) && cl.lower(t).startsWith("tweet");
    }
    return verb;
  }

  private boolean opensSentence(int k, int s) {
    return quotes.get(k).outer().start() <= sentences.get(s).start();
  }

  private boolean hasQuote(int s) {
    return firstQuote[s] < firstQuote[s + 1];
  }

  // --- resolving a phrase -----------------------------------------------------------------------

  /** Who a phrase names, or null; {@code k} is the quote it attributes, or -1. */
  private Who resolve(Phrase p, int k) {
    switch (p.type()) {
      case NAME: {
        Person person = people.person(d, p.mention());
        if (person != null) {
          return new Who(person.name(), false, person);
        }
        NameMention m = names.get(p.mention());
        boolean aPerson = m.words().size() >= 2 || m.title() != null
            || titledSurnames.contains(m.surname().toLowerCase(java.util.Locale.ROOT));
        return aPerson ? new Who(m.name(), false, null) : null;
      }
      case PRONOUN:
        return pronoun(p);
      case ROLE:
        return role(p);
      case DOCUMENT:
        return authors.get(p.word());
      case ORGANISATION:
        return new Who(stripThe(p.word()), true, null);
      case GENERIC_ORGANISATION: {
        String name = organisations.get(p.word());
        return name == null ? null : new Who(stripThe(name), true, null);
      }
      default:
        return null;
    }
  }

  private static String stripThe(String name) {
    return name.startsWith("the ") ? name.substring(4) : name;
  }

  /**
   * The person a role noun stands for, or null: going back as for a pronoun, the first subject
   * or person named there whom the bundle gives the role ("the presumptive Republican nominee"
   * after a sentence about the nominee, not another party's named earlier); else the person named
   * last before with that role in the article; else the bundle's only holder of it.
   */
  private Who role(Phrase phrase) {
    String noun = phrase.word();
    String role = Roles.canonical(noun);
    if (role == null) {
      return null;
    }
    String gender = Roles.gender(noun);
    Person p = recentHolder(role, phrase.start());
    if (p == null) {
      p = roleHolders.get(role);
    }
    if (p == null) {
      List<Person> all = people.holders(role);
      p = all.size() == 1 ? all.get(0) : null;
    }
    if (p == null) {
      return null;
    }
    Who who = new Who(p.name(), false, p);
    return gender != null && !fits(who, gender) ? null : who;
  }

  /** A person the bundle gives a role, named or speaking in the last few paragraphs. */
  private Person recentHolder(String role, int at) {
    int s0 = d.sentenceAt(at);
    int p0 = d.paragraphAt(at);
    for (int s = s0; s >= 0 && s > s0 - SENTENCES_BACK; s--) {
      if (d.paragraphAt(sentences.get(s).start()) < p0 - PARAGRAPHS_BACK) {
        break;
      }
      Who agent = s < s0 && agentDone[s] ? agents[s] : null;
      if (agent != null && agent.person() != null && people.roles(agent.person()).contains(role)) {
        return agent.person();
      }
      Person object = null;
      for (int i = firstMention[s + 1] - 1; i >= firstMention[s]; i--) {
        Person person = people.person(d, i);
        if (names.get(i).span().end() <= at && person != null
            && people.roles(person).contains(role)) {
          if (subjectLike(i)) {
            return person; // "Donald Trump ripped Obama and Hillary Clinton": the one who acts
          }
          object = object == null ? person : object;
        }
      }
      if (object != null) {
        return object;
      }
    }
    return null;
  }

  /** Whether mention i is followed by a word that can be its verb, not by a preposition. */
  private boolean subjectLike(int i) {
    NameMention m = names.get(i);
    if (m.possessive()) {
      return false;
    }
    int t = tokens.firstAtOrAfter(m.span().end());
    return t < tokens.size() && cl.isWord(t) && !cl.capitalized(t)
        && !Lexicon.STOP_WORDS.contains(cl.lower(t)) && !Lexicon.CLAUSE_STOPS.contains(cl.lower(t));
  }

  /** Whether a person's known gender allows a pronoun or title of this gender. */
  private boolean fits(Who who, String gender) {
    String g = who.person() == null ? null : people.genderEvidence(d, who.person());
    return g == null || g.equals(gender);
  }

  private boolean surelyFits(Who who, String gender) {
    return who.person() != null && gender.equals(people.genderEvidence(d, who.person()));
  }

  /**
   * Who a pronoun stands for, or null: going back sentence by sentence, the first sentence with
   * someone it can stand for decides (its subject, or a person named there whose gender is sure
   * when the subject's is not), else the speaker of the last attributed quote.
   */
  private Who pronoun(Phrase p) {
    String gender = Lexicon.PRONOUN_GENDER.get(p.word());
    int at = p.start();
    int s0 = d.sentenceAt(at);
    int p0 = d.paragraphAt(at);
    if (s0 < 0 || gender == null) {
      return null;
    }
    // the pronoun's own sentence, when its subject comes before it ("He took aim at Reid, who
    // he said ...": he is the subject's he)
    Phrase subject = cl.sentenceSubject(tokens.firstAtOrAfter(sentences.get(s0).start()),
        tokens.firstAtOrAfter(at));
    if (subject != null && subject.start() < at) {
      if (subject.type() == Type.PRONOUN && gender.equals(
          Lexicon.PRONOUN_GENDER.get(subject.word()))) {
        return pronoun(subject);
      }
      if (subject.type() == Type.NAME) {
        Who who = person(subject.mention());
        if (who != null && fits(who, gender)) {
          return who;
        }
      }
    }
    Who object = null; // the nearest person named where a subject would not stand
    int objectSentence = -1;
    for (int s = s0; s >= 0 && s > s0 - SENTENCES_BACK; s--) {
      int ps = d.paragraphAt(sentences.get(s).start());
      if (ps < p0 - PARAGRAPHS_BACK) {
        break;
      }
      Who agent = s < s0 && agentDone[s] ? agents[s] : null;
      boolean agentFits = agent != null && !agent.organisation() && fits(agent, gender);
      Who sure = null;
      Who named = null;
      for (int i = firstMention[s]; i < firstMention[s + 1]; i++) {
        NameMention m = names.get(i);
        if (m.span().end() > at) {
          break;
        }
        int tok = tokens.at(m.span().start());
        if (m.possessive() || m.afterArticle() || tok >= 0 && tokens.quoted(tok)) {
          continue;
        }
        Who who = person(i);
        if (who == null || !fits(who, gender)) {
          continue;
        }
        if (subjectLike(i)) {
          named = who;
        } else if (object == null || objectSentence == s) {
          object = who; // the last of the nearest sentence that names one
          objectSentence = s;
        }
        if (who.person() != null && gender.equals(people.titledGender(d, who.person()))) {
          sure = who;
        }
      }
      // the subject, unless it may not be of the pronoun's gender while another person there is
      // one, as a title says ("Tom Ash met the spokeswoman, Lena Park. ... she said")
      if (agentFits) {
        return surelyFits(agent, gender) || sure == null ? agent : sure;
      }
      if (named != null) {
        return named;
      }
    }
    // no subject to stand for: the speaker of the last attributed quote, else a person named
    if (currentSpeaker != null && currentSpeakerParagraph >= p0 - PARAGRAPHS_BACK - 1
        && !currentSpeaker.organisation() && fits(currentSpeaker, gender)) {
      return currentSpeaker;
    }
    return object;
  }

  /** The person mention i names: the bundle's person, else a full name as written, else null. */
  private Who person(int i) {
    Person person = people.person(d, i);
    if (person != null) {
      return new Who(person.name(), false, person);
    }
    NameMention m = names.get(i);
    return m.words().size() >= 2 ? new Who(m.name(), false, null) : null;
  }

  // --- reported speech --------------------------------------------------------------------------

  private static final int MIN_REPORTED_WORDS = 3;

  /** {@code NAME VERB [a few words] that CLAUSE} in tokens {@code [first, end)}. */
  private void reportedSpeech(int first, int end) {
    for (int v = first; v < end; v++) {
      if (!cl.isWord(v) || !tokens.speechVerbAsWritten(v)) {
        continue;
      }
      int that = -1;
      for (int j = v + 1; j < end && j <= v + 6; j++) {
        if (cl.is(j, "that")) {
          that = j;
          break;
        }
        if (cl.is(j, ",") || cl.is(j, ";") || cl.is(j, ":") || cl.is(j, "\"")) {
          break;
        }
      }
      if (that < 0) {
        continue;
      }
      Phrase p = cl.subjectOf(v, first);
      if (p == null || p.type() != Type.NAME && p.type() != Type.PRONOUN) {
        continue;
      }
      Who who = resolve(p, -1);
      if (who == null || p.type() == Type.NAME && who.person() == null
          && names.get(p.mention()).words().size() < 2) {
        continue;
      }
      int e = tokens.end(end - 1);
      int start = tokens.end(that) + 1;
      while (e > start && ".!?;:'\" ".indexOf(text.charAt(e - 1)) >= 0) {
        e--;
      }
      if (e > start && d.words(new Span(start, e)).size() >= MIN_REPORTED_WORDS) {
        reported.add(new Reported(new Span(start, e), who));
      }
      return;
    }
  }
}
