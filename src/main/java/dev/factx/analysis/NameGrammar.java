package dev.factx.analysis;

import dev.factx.analysis.NameMention.Evidence;
import dev.factx.text.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one name grammar of factx: finds the {@link NameMention}s of a document in its tokens.
 *
 * <p>A name word is a capitalized word with a lower-case letter in it, in any script ({@code
 * Miller}, {@code Núñez}, {@code Зеленський}, {@code O'Brien}, {@code McDonald}), a hyphenated
 * run of them ({@code Campa-Najjar}, {@code al-Assad}), and not a title word, an organisation
 * word, a month, a weekday or another word of {@link Lexicon#NEVER_NAMES}. Words one space apart
 * make a run, lower-case title words ({@code spokesperson}) and particles ({@code von}) included;
 * in a run, a name is one to {@value #MAX_WORDS} name words with initials ({@code M.}) and
 * particles between them and a suffix ({@code Jr.}) after them, and the title words right before
 * it are its title. A run of places after "of" ({@code Maria Lopez of Ohio}) is no name; it is
 * the place of the name before it. Every mention records the evidence the text gives that it is a
 * person's name ({@link Evidence}). Linear in the number of tokens.
 */
final class NameGrammar {
  /** A name holds at most this many name words; a longer run keeps its last ones. */
  static final int MAX_WORDS = 4;

  /** How a words of a run can take part in a name. */
  private enum Part { NAME, INITIAL, PARTICLE, SUFFIX, TITLE, OTHER }

  /**
   * One word of a run.
   *
   * @param start where it starts
   * @param end where it ends, a possessive {@code 's} included
   * @param first its first token
   * @param last its last token
   * @param part what it can be in a name
   * @param word the word as written, without a possessive
   * @param possessive whether it ends in {@code 's}
   */
  private record Unit(
      int start, int end, int first, int last, Part part, String word, boolean possessive) {}

  private NameGrammar() {}

  /** The name mentions of a normalized text, in text order. */
  static List<NameMention> find(String text, Tokens tokens, List<Span> sentences) {
    int[] sentenceStarts = new int[sentences.size()];
    for (int k = 0; k < sentenceStarts.length; k++) {
      sentenceStarts[k] = sentences.get(k).start();
    }
    List<NameMention> out = new ArrayList<>();
    List<Unit> run = new ArrayList<>();
    int n = tokens.size();
    int i = 0;
    while (i < n) {
      Unit u = unit(text, tokens, i);
      if (u == null) {
        i++;
        continue;
      }
      run.clear();
      run.add(u);
      int next = u.last() + 1;
      while (next < n) {
        Unit prev = run.get(run.size() - 1);
        if (tokens.start(next) != prev.end() + 1 || text.charAt(prev.end()) != ' '
            || prev.possessive()) {
          break;
        }
        Unit v = unit(text, tokens, next);
        if (v == null) {
          break;
        }
        run.add(v);
        next = v.last() + 1;
      }
      mentions(text, tokens, run, sentenceStarts, out);
      i = next;
    }
    return surnamesAlone(out);
  }

  /** The word that starts at token {@code i}, or null when none does. */
  private static Unit unit(String text, Tokens tokens, int i) {
    if (tokens.kind(i) != Token.Kind.WORD) {
      return null;
    }
    int start = tokens.start(i);
    if (start > 0) {
      char c = text.charAt(start - 1);
      if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '\'' || c == '-') {
        return null; // inside a longer word: "U.S.-Ukraine", "co-chair"
      }
    }
    int n = tokens.size();
    int j = i;
    boolean hyphenated = false;
    while (j + 2 < n && tokens.glued(j + 1) && tokens.glued(j + 2)
        && text.charAt(tokens.start(j + 1)) == '-' && tokens.end(j + 1) == tokens.start(j + 1) + 1
        && tokens.kind(j + 2) == Token.Kind.WORD) {
      j += 2;
      hyphenated = true;
    }
    // a word of one token is its (shared) text, and its lower case is made already
    String word = j == i ? tokens.text(i) : text.substring(start, tokens.end(j));
    boolean possessive = word.endsWith("'s") && word.length() > 2;
    String base = possessive ? word.substring(0, word.length() - 2) : word;
    String lower = j == i && !possessive ? tokens.lower(i) : Tokens.lower(base);
    int first = base.codePointAt(0);
    boolean capital = Character.isUpperCase(first) || Character.isTitleCase(first);
    boolean period = !possessive && j + 1 < n && tokens.glued(j + 1)
        && tokens.end(j + 1) == tokens.start(j + 1) + 1 && text.charAt(tokens.start(j + 1)) == '.';
    int end = tokens.end(j);
    if (!capital) {
      int dash = lower.indexOf('-');
      if (hyphenated && dash > 0 && Lexicon.NAME_PARTICLES.contains(lower.substring(0, dash))
          && Character.isUpperCase(base.codePointAt(dash + 1))) {
        return new Unit(start, end, i, j, Part.NAME, base, possessive); // al-Assad
      }
      if (Lexicon.NAME_PARTICLES.contains(lower)) {
        return new Unit(start, end, i, j, Part.PARTICLE, base, false);
      }
      if (Lexicon.TITLE_WORDS.contains(lower) && !Lexicon.STOP_WORDS.contains(lower)) {
        return new Unit(start, end, i, j, Part.TITLE, base, possessive);
      }
      return null;
    }
    if (period && base.length() == 1 && !hyphenated) {
      // an initial, or an initialism such as U.S. or D.C.
      int k = j + 1;
      boolean initialism = false;
      while (k + 2 < n && tokens.glued(k + 1) && tokens.glued(k + 2)
          && tokens.kind(k + 1) == Token.Kind.WORD && tokens.end(k + 1) - tokens.start(k + 1) == 1
          && text.charAt(tokens.start(k + 2)) == '.'
          && tokens.end(k + 2) == tokens.start(k + 2) + 1) {
        k += 2;
        initialism = true;
      }
      String w = text.substring(start, tokens.end(k));
      return new Unit(start, tokens.end(k), i, k, initialism ? Part.OTHER : Part.INITIAL, w, false);
    }
    boolean takesPeriod = period && (Lexicon.TITLE_WORDS.contains(lower + ".")
        || Lexicon.NAME_SUFFIXES.contains(lower) || Lexicon.NEVER_END_SENTENCE.contains(lower));
    if (takesPeriod) {
      end = tokens.end(j + 1);
      base = base + ".";
      j++;
    }
    Part part;
    if (Lexicon.TITLE_WORDS.contains(lower) || takesPeriod && Lexicon.TITLE_WORDS.contains(lower + ".")
        || pluralTitle(lower, takesPeriod) || hyphenated && compoundTitle(lower)) {
      part = Part.TITLE;
    } else if (Lexicon.NAME_SUFFIXES.contains(lower)) {
      part = Part.SUFFIX;
    } else if (Lexicon.NEVER_NAMES.contains(lower) || !hasLowerCase(base) || base.length() < 2
        || takesPeriod) {
      part = Part.OTHER;
    } else {
      part = Part.NAME;
    }
    return new Unit(start, end, i, j, part, base, possessive);
  }

  /** "Editor-in-Chief", "Attorney-General": a hyphenated title whose first word is a title. */
  private static boolean compoundTitle(String lower) {
    int dash = lower.indexOf('-');
    return dash > 0 && Lexicon.TITLE_WORDS.contains(lower.substring(0, dash))
        && !Lexicon.NAME_PARTICLES.contains(lower.substring(0, dash));
  }

  /** "Senators", "Reps.": the plural of a title word before the names it titles. */
  private static boolean pluralTitle(String lower, boolean period) {
    return lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss")
        && Lexicon.TITLE_WORDS.contains(lower.substring(0, lower.length() - 1) + (period ? "." : ""));
  }

  private static boolean hasLowerCase(String s) {
    for (int k = 0; k < s.length(); ) {
      int cp = s.codePointAt(k);
      if (Character.isLowerCase(cp)) {
        return true;
      }
      k += Character.charCount(cp);
    }
    return false;
  }

  /** The names of one run. */
  private static void mentions(String text, Tokens tokens, List<Unit> run, int[] sentenceStarts,
      List<NameMention> out) {
    int runStart = run.get(0).start();
    if (isPlace(text, tokens, run)) {
      // "Maria Lopez of Ohio": Ohio is where she is from
      if (!out.isEmpty()) {
        NameMention last = out.get(out.size() - 1);
        if (text.startsWith(" of ", last.span().end()) && last.span().end() + 4 == runStart
            && !last.possessive()) {
          out.set(out.size() - 1, new NameMention(last.span(), last.name(), last.words(),
              last.title(), last.titleSpan(), last.runStart(), last.runEnd(), false,
              last.afterArticle(),
              last.opensSentence(), text.substring(runStart, run.get(run.size() - 1).end()),
              last.evidence()));
        }
      }
      return;
    }
    int tb = tokenBefore(text, tokens, runStart);
    portfolio(text, tokens, run, tb);
    boolean afterArticle = tb >= 0 && isArticle(tokens.lower(tb));
    boolean opens = Arrays.binarySearch(sentenceStarts, runStart) >= 0;
    if (opens && run.get(0).part() == Part.NAME && openerWord(run.get(0).word())) {
      // "Both Facebook and Twitter", "Following Romney's remarks": a capital that only opens
      // the sentence
      Unit u = run.get(0);
      run.set(0, new Unit(u.start(), u.end(), u.first(), u.last(), Part.OTHER, u.word(),
          u.possessive()));
    }
    int m = run.size();
    int k = 0;
    boolean first = true;
    while (k < m) {
      if (run.get(k).part() != Part.NAME) {
        k++;
        continue;
      }
      int j = k + 1;
      while (j < m && !run.get(j - 1).possessive()) {
        Part p = run.get(j).part();
        if (p == Part.NAME || p == Part.INITIAL) {
          j++;
        } else if (p == Part.PARTICLE && nameAfterParticles(run, j)) {
          j++;
        } else if (p == Part.SUFFIX) {
          j++;
          break;
        } else {
          break;
        }
      }
      int end = j;
      while (end > k && run.get(end - 1).part() != Part.NAME
          && run.get(end - 1).part() != Part.SUFFIX) {
        end--; // no initial or particle at the end
      }
      int from = k;
      List<Integer> names = new ArrayList<>();
      for (int q = k; q < end; q++) {
        if (run.get(q).part() == Part.NAME) {
          names.add(q);
        }
      }
      if (names.size() > MAX_WORDS) {
        from = names.get(names.size() - MAX_WORDS);
        names = names.subList(names.size() - MAX_WORDS, names.size());
      }
      out.add(mention(text, tokens, run, from, end, names, runStart, afterArticle, opens, first));
      first = false;
      k = Math.max(j, k + 1);
    }
  }

  /**
   * "Minister for Health Tom Ash", "Secretary of Homeland Security Kirstjen Nielsen": after a
   * capitalized title and "of" or "for", a run of three or four name words opens with the
   * office's portfolio; its words are the title's, and the last two name words the name. A run
   * that opens with a title word ("Secretary of State Mary Jo White") is read as it stands.
   *
   * @param tb the token before the run, or -1
   */
  private static void portfolio(String text, Tokens tokens, List<Unit> run, int tb) {
    if (tb < 0 || run.get(0).part() != Part.NAME) {
      return;
    }
    String prep = tokens.lower(tb);
    if (!prep.equals("of") && !prep.equals("for")) {
      return;
    }
    int title = tokenBefore(text, tokens, tokens.start(tb));
    if (title < 0) {
      return;
    }
    String word = text.substring(tokens.start(title), tokens.end(title));
    if (!Character.isUpperCase(word.codePointAt(0))
        || !Lexicon.TITLE_WORDS.contains(Tokens.lower(word))) {
      return;
    }
    int names = 0;
    for (Unit u : run) {
      if (u.part() == Part.NAME) {
        names++;
      } else if (u.part() != Part.PARTICLE && u.part() != Part.INITIAL
          && u.part() != Part.TITLE) {
        return; // another word in the run: leave it to the grammar
      }
    }
    if (names < 3 || names > MAX_WORDS) {
      return;
    }
    for (int q = 0; names > 2; q++) {
      Unit u = run.get(q);
      if (u.part() == Part.NAME) {
        names--;
      }
      run.set(q, new Unit(u.start(), u.end(), u.first(), u.last(), Part.TITLE, u.word(),
          u.possessive()));
    }
  }

  /** Whether particles from unit {@code j} on lead to a name word ("von der Leyen"). */
  private static boolean nameAfterParticles(List<Unit> run, int j) {
    int k = j;
    while (k < run.size() && run.get(k).part() == Part.PARTICLE) {
      k++;
    }
    return k < run.size() && run.get(k).part() == Part.NAME;
  }

  private static NameMention mention(String text, Tokens tokens, List<Unit> run, int from, int to,
      List<Integer> names, int runStart, boolean afterArticle, boolean opens, boolean first) {
    Unit last = run.get(to - 1);
    int end = last.possessive() ? last.end() - 2 : last.end();
    Span span = new Span(run.get(from).start(), end);
    StringBuilder name = new StringBuilder();
    for (int q = from; q < to; q++) {
      name.append(q > from ? " " : "").append(run.get(q).word());
    }
    List<String> words = new ArrayList<>(names.size());
    for (int q : names) {
      words.add(tokens.intern(run.get(q).word()));
    }
    int t = from;
    while (t > 0 && run.get(t - 1).part() == Part.TITLE) {
      t--;
    }
    Span titleSpan = t < from ? new Span(run.get(t).start(), run.get(from - 1).end()) : null;
    String title = titleSpan == null ? null : tokens.intern(titleSpan.of(text));
    int evidence = 0;
    if (titleSpan != null) {
      evidence |= Evidence.TITLE_BEFORE.bit();
    }
    if (!last.possessive() && titleAfter(text, tokens, last.last() + 1)) {
      evidence |= Evidence.TITLE_AFTER.bit();
    }
    if (speechAfter(text, tokens, last.last() + 1, last.end())) {
      evidence |= Evidence.SPEECH_AFTER.bit();
    }
    if (first && speechBefore(text, tokens, runStart)) {
      evidence |= Evidence.SPEECH_BEFORE.bit();
    }
    if (first && roleBefore(text, tokens, runStart)) {
      evidence |= Evidence.ROLE_BEFORE.bit();
    }
    // a bundle names one person many times: the name's strings are kept once
    return new NameMention(span, tokens.intern(name.toString()), words, title, titleSpan,
        runStart, run.get(run.size() - 1).end(), last.possessive(), afterArticle, opens, null,
        evidence);
  }

  /** Whether a word that opens a sentence is a function word or a participle, not a name. */
  private static boolean openerWord(String word) {
    String w = Tokens.lower(word);
    return Lexicon.SENTENCE_OPENERS.contains(w) || Lexicon.STOP_WORDS.contains(w)
        || w.length() > 5 && w.endsWith("ing") && w.indexOf('-') < 0;
  }

  /** Whether the run stands after "of" and names a place ("of Ohio", "of New York"). */
  private static boolean isPlace(String text, Tokens tokens, List<Unit> run) {
    int tb = tokenBefore(text, tokens, run.get(0).start());
    if (tb < 0 || !tokens.lower(tb).equals("of")) {
      return false;
    }
    StringBuilder words = new StringBuilder();
    for (Unit u : run) {
      words.append(words.length() > 0 ? " " : "").append(Tokens.lower(u.word()));
    }
    return Lexicon.PLACES.contains(words.toString());
  }

  /** The token that ends one space before {@code offset}, or -1. */
  private static int tokenBefore(String text, Tokens tokens, int offset) {
    if (offset < 2 || text.charAt(offset - 1) != ' ') {
      return -1;
    }
    int t = tokens.at(offset - 2);
    return t >= 0 && tokens.end(t) == offset - 1 ? t : -1;
  }

  private static boolean isArticle(String lower) {
    return lower.equals("the") || lower.equals("a") || lower.equals("an");
  }

  /** "NAME, [the] [up to 4 capitalized words] [up to 2 lower-case words] TITLE". */
  private static boolean titleAfter(String text, Tokens tokens, int t) {
    int n = tokens.size();
    if (t >= n || !tokens.glued(t) || !text.startsWith(",", tokens.start(t))) {
      return false;
    }
    int p = spaced(text, tokens, t);
    if (p < 0) {
      return false;
    }
    if (isArticle(tokens.lower(p))) {
      p = spaced(text, tokens, p);
      if (p < 0) {
        return false;
      }
    }
    for (int caps = 0; caps <= 4 && p >= 0; caps++) {
      int q = p;
      for (int lows = 0; lows <= 2 && q >= 0; lows++) {
        if (titleAt(text, tokens.start(q)) || tokens.kind(q) == Token.Kind.WORD
            && isLowerCase(tokens.text(q)) && Lexicon.ROLE_NOUNS.contains(tokens.lower(q))) {
          return true;
        }
        if (tokens.kind(q) != Token.Kind.WORD || !isLowerCase(tokens.text(q))) {
          break;
        }
        q = spaced(text, tokens, q);
      }
      if (tokens.kind(p) != Token.Kind.WORD || !Character.isUpperCase(text.codePointAt(tokens.start(p)))) {
        break;
      }
      // a capitalized word with its glued periods ("U.S.")
      int e = p;
      while (e + 1 < n && tokens.glued(e + 1) && (text.charAt(tokens.start(e + 1)) == '.'
          || tokens.kind(e + 1) == Token.Kind.WORD)) {
        e++;
      }
      p = spaced(text, tokens, e);
    }
    return false;
  }

  private static boolean isLowerCase(String word) {
    return Character.isLowerCase(word.codePointAt(0));
  }

  /** The token after token {@code t} when one space stands between them, else -1. */
  private static int spaced(String text, Tokens tokens, int t) {
    int next = t + 1;
    if (next >= tokens.size() || tokens.start(next) != tokens.end(t) + 1
        || text.charAt(tokens.end(t)) != ' ') {
      return -1;
    }
    return next;
  }

  /** Whether a title of {@link Lexicon#TITLES} starts at {@code offset}, case aside. */
  static boolean titleAt(String text, int offset) {
    for (String title : Lexicon.TITLES) {
      int e = offset + title.length();
      if (text.regionMatches(true, offset, title, 0, title.length())
          && (e == text.length() || !Character.isLetter(text.charAt(e)))) {
        return true;
      }
    }
    return false;
  }

  /** "NAME [,] [also|then|...]* [,] VERB": a speech verb after the name. */
  private static boolean speechAfter(String text, Tokens tokens, int t, int end) {
    int n = tokens.size();
    int prevEnd = end;
    while (t < n) {
      if (tokens.start(t) == prevEnd && text.charAt(tokens.start(t)) == ','
          && tokens.end(t) == prevEnd + 1) {
        prevEnd = tokens.end(t);
        t++;
        if (t >= n) {
          return false;
        }
      }
      if (tokens.start(t) != prevEnd + 1 || text.charAt(prevEnd) != ' ') {
        return false;
      }
      String w = tokens.text(t);
      if (Lexicon.ATTRIBUTION_VERBS.contains(w)) {
        return true;
      }
      if (!Lexicon.AUXILIARIES.contains(w)) {
        return false;
      }
      prevEnd = tokens.end(t);
      t++;
    }
    return false;
  }

  /** "VERB NAME", "according to NAME", "from NAME": a speech verb right before the run. */
  private static boolean speechBefore(String text, Tokens tokens, int runStart) {
    int tb = tokenBefore(text, tokens, runStart);
    if (tb < 0) {
      return false;
    }
    String w = tokens.text(tb);
    if (Lexicon.SPEECH_VERBS.contains(w) || w.equals("from")) {
      return true;
    }
    if (w.equals("to")) {
      int a = tokenBefore(text, tokens, tokens.start(tb));
      return a >= 0 && (tokens.text(a).equals("according") || tokens.text(a).equals("According"));
    }
    return false;
  }

  /** "[the|a|X's] [modifiers] ROLE, NAME": a role noun and a comma right before the run. */
  private static boolean roleBefore(String text, Tokens tokens, int runStart) {
    int c = tokenBefore(text, tokens, runStart);
    if (c < 1 || !text.startsWith(",", tokens.start(c)) || !tokens.glued(c)) {
      return false;
    }
    int r = c - 1;
    if (tokens.kind(r) != Token.Kind.WORD || !isLowerCase(tokens.text(r))
        || !Lexicon.ROLE_NOUNS.contains(tokens.lower(r))) {
      return false;
    }
    for (int k = r - 1; k >= 0 && k >= r - 4; k--) {
      if (tokens.kind(k) != Token.Kind.WORD) {
        return false;
      }
      String w = tokens.lower(k);
      if (w.equals("the") || w.equals("a") || w.equals("an") || w.endsWith("'s")
          || w.equals("his") || w.equals("her") || w.equals("their")) {
        return true;
      }
    }
    return false;
  }

  /** Full names whose surname the text also uses alone get {@link Evidence#SURNAME_ALONE}. */
  private static List<NameMention> surnamesAlone(List<NameMention> mentions) {
    Set<String> alone = new HashSet<>();
    for (NameMention m : mentions) {
      if (m.words().size() == 1) {
        alone.add(m.surname());
      }
    }
    if (alone.isEmpty()) {
      return mentions;
    }
    List<NameMention> out = new ArrayList<>(mentions.size());
    for (NameMention m : mentions) {
      out.add(m.words().size() >= 2 && alone.contains(m.surname())
          ? m.with(Evidence.SURNAME_ALONE) : m);
    }
    return out;
  }
}
