package dev.factx.align;

import dev.factx.analysis.Document;
import dev.factx.analysis.Lexicon;
import dev.factx.analysis.NameMention;
import dev.factx.analysis.People;
import dev.factx.analysis.Person;
import dev.factx.analysis.Token;
import dev.factx.analysis.Tokens;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a stretch of text is compared by: its content words (stemmed), the people it names (by
 * their bundle-wide person, so "Mr. Hunter" and "Duncan Hunter" are one term), other capitalized
 * words, the figures it gives (by value, and for 100 and more also rounded to two significant
 * digits, to the nearest and down, so "$43,350" meets "$43,000"), and its dates (the resolved day, and weekday and month
 * names). It reads the analysis's tokens and names; it has no tokenizer of its own.
 */
final class Terms {
  /** The kinds of term and how much one occurrence weighs beside a content word. */
  enum Kind {
    WORD(1.0),
    ENTITY(1.5),
    /** A person of the bundle's index; its surname is a term too, and only that one counts as shared. */
    PERSON(1.5),
    NUMBER(2.0),
    DATE(1.5),
    ROUNDING(1.0);

    final double boost;

    Kind(double boost) {
      this.boost = boost;
    }

    /** Whether the term only says a figure: two statements sharing figures alone are not alike. */
    boolean figure() {
      return this == NUMBER || this == ROUNDING;
    }

    /** Whether sharing the term counts towards the shared terms two alike statements need. */
    boolean counted() {
      return this != PERSON;
    }
  }

  /** A term: its key (the kind's prefix, then the value) and kind. */
  record Term(String key, Kind kind) {}

  /** Words that say nothing about what a statement reports: function words, speech verbs. */
  private static final Set<String> STOP = stop();

  /** Digits as a number is written: "43,350", "12.37", "2025". */
  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");

  /** The date term of each weekday name and capitalized month word ({@link #dateWord}). */
  private static final Map<String, String> WEEKDAY_TERMS = weekdayTerms();
  private static final Map<String, String> MONTH_TERMS = monthTerms();

  private static final MathContext TWO_DIGITS = new MathContext(2);
  private static final MathContext TWO_DIGITS_DOWN =
      new MathContext(2, java.math.RoundingMode.DOWN);

  private Terms() {}

  private static Map<String, String> weekdayTerms() {
    Map<String, String> out = new HashMap<>();
    for (List<String> day : Lexicon.WEEKDAYS) {
      out.putIfAbsent(day.get(0), "@" + day.get(0).substring(0, 3));
    }
    return Map.copyOf(out);
  }

  private static Map<String, String> monthTerms() {
    Map<String, String> out = new HashMap<>();
    for (String w : Lexicon.MONTH_WORDS) {
      if (w.length() >= 3 && !w.equals("may")) {
        out.put(w, "@" + Lexicon.MONTH_NAMES.get(Lexicon.month(w) - 1).substring(0, 3));
      }
    }
    return Map.copyOf(out);
  }

  private static Set<String> stop() {
    Set<String> out = new HashSet<>(Lexicon.STOP_WORDS);
    out.addAll(Lexicon.SPEECH_VERBS);
    out.addAll(Lexicon.STATEMENT_STOP_WORDS);
    return Set.copyOf(out);
  }

  /**
   * The terms of tokens {@code [from, to)} of a document, in text order; a term appears once for
   * each time it is said.
   *
   * @param firstWord the index of the first word of the sentence holding them: a capital there
   *     only opens the sentence
   * @param dates the resolved days of the date claims made in the stretch ("2025-03-11")
   */
  static List<Term> of(Document d, People people, int from, int to, int firstWord,
      List<String> dates) {
    return of(new Memo(d.tokens()), d, people, from, to, firstWord, dates);
  }

  /** {@link #of(Document, People, int, int, int, List)} with the document's {@link Memo}. */
  static List<Term> of(Memo memo, Document d, People people, int from, int to, int firstWord,
      List<String> dates) {
    Tokens tk = d.tokens();
    List<Term> out = new ArrayList<>();
    // a name the bundle knows is one term, its person; its words are not counted again
    int namedUpTo = -1;
    List<NameMention> names = d.names();
    int m = from < tk.size() ? d.firstNameFrom(tk.start(from)) : names.size();
    for (int i = from; i < to; i++) {
      while (m < names.size() && names.get(m).span().end() <= tk.start(i)) {
        m++;
      }
      if (m < names.size() && names.get(m).span().start() == tk.start(i)) {
        Person p = people.person(d, m);
        if (p != null) {
          // the person, and the surname as a word: a person the index splits in two still meets
          out.add(new Term("p:" + p.id(), Kind.PERSON));
          out.add(new Term("w:" + stem(possessive(p.surname().toLowerCase(Locale.ROOT))), Kind.ENTITY));
          namedUpTo = names.get(m).span().end();
        }
      }
      if (tk.start(i) < namedUpTo) {
        continue;
      }
      String ordinal = ordinal(tk, i, to);
      if (ordinal != null) {
        out.add(new Term("#" + ordinal, Kind.NUMBER));
        i++; // its suffix
        continue;
      }
      BigDecimal v = memo.isNumber(i, to) ? number(tk, i, to) : null;
      if (v != null) {
        String plain = v.stripTrailingZeros().toPlainString();
        out.add(new Term("#" + plain, Kind.NUMBER));
        if (v.compareTo(BigDecimal.valueOf(100)) >= 0) {
          // rounded to two significant digits, to the nearest and down: "$41,680" meets both
          // "$42,000" and "$41,000", "$12.37 million" meets "$12.4 million"
          String nearest = v.round(TWO_DIGITS).stripTrailingZeros().toPlainString();
          String down = v.round(TWO_DIGITS_DOWN).stripTrailingZeros().toPlainString();
          out.add(new Term("~" + nearest, Kind.ROUNDING));
          if (!down.equals(nearest)) {
            out.add(new Term("~" + down, Kind.ROUNDING));
          }
        }
        continue;
      }
      if (tk.kind(i) != Token.Kind.WORD) {
        continue;
      }
      String date = memo.dateWord(i);
      if (date != null) {
        out.add(new Term(date, Kind.DATE));
        continue;
      }
      String key = memo.word(i);
      if (key == null) {
        continue;
      }
      // a capital weighs more, except where it only opens the sentence; the term is the same
      boolean capital = Character.isUpperCase(tk.text(i).codePointAt(0));
      out.add(new Term(key, capital && i != firstWord ? Kind.ENTITY : Kind.WORD));
    }
    for (String day : dates) {
      out.add(new Term("@" + day, Kind.DATE));
    }
    return out;
  }

  /**
   * What each token of one document gives as a term, worked out once however many pieces read
   * it: a token of a figure's window is read with its statement and again with the window, and
   * the group keys ask again whether it is a figure or date. Each answer is the one of the
   * static method of the same name. Not for sharing between threads.
   */
  static final class Memo {
    /** A token found to give no word term (or no date term). */
    private static final String NONE = "\u0000none";
    private static final byte KNOWN = 1;
    /** Digits as {@link #DIGITS} reads them, or a number word from two up. */
    private static final byte NUMERAL = 2;
    private static final byte CONTENT = 4;

    private final Tokens tk;
    private final String[] dates;
    private final String[] words;
    private final byte[] flags;

    Memo(Tokens tk) {
      this.tk = tk;
      this.dates = new String[tk.size()];
      this.words = new String[tk.size()];
      this.flags = new byte[tk.size()];
    }

    private byte flags(int i) {
      byte f = flags[i];
      if (f == 0) {
        f = KNOWN;
        if (tk.kind(i) == Token.Kind.NUMBER) {
          f |= CONTENT;
          if (DIGITS.matcher(tk.text(i)).matches()) {
            f |= NUMERAL;
          }
        } else if (tk.kind(i) == Token.Kind.WORD) {
          Integer w = Lexicon.NUMBER_WORDS.get(tk.lower(i));
          if (w != null && w > 1) {
            f |= NUMERAL;
          }
          if (!STOP.contains(possessive(tk.lower(i)))) {
            f |= CONTENT;
          }
        }
        flags[i] = f;
      }
      return f;
    }

    /** {@link Terms#isNumber}. */
    boolean isNumber(int i, int to) {
      if ((flags(i) & NUMERAL) == 0) {
        return false;
      }
      return tk.kind(i) != Token.Kind.NUMBER || !gluedWord(tk, i, to)
          || Lexicon.SHORT_SCALES.containsKey(tk.lower(i + 1));
    }

    /** {@link Terms#content}. */
    boolean content(int i) {
      return (flags(i) & CONTENT) != 0;
    }

    /** {@link Terms#dateWord(Tokens, int)}. */
    String dateWord(int i) {
      String d = dates[i];
      if (d == null) {
        d = Terms.dateWord(tk, i);
        dates[i] = d == null ? NONE : d;
      }
      return d == NONE ? null : d;
    }

    /**
     * The word term of word token {@code i} that is no figure or date, as {@link Terms#of}
     * gives it ("w:" and the stem), or null for a word that gives none.
     */
    String word(int i) {
      String k = words[i];
      if (k == null) {
        String w = possessive(tk.lower(i));
        // a word token is content when its possessive-free form is no stop word
        k = w.length() < 2 || !content(i) || Lexicon.NUMBER_WORDS.containsKey(w) ? NONE
            : "w:" + stem(w);
        words[i] = k;
      }
      return k == NONE ? null : k;
    }
  }

  /** Whether token {@code i} is a word that says something, or a number. */
  static boolean content(Tokens tk, int i) {
    if (tk.kind(i) == Token.Kind.NUMBER) {
      return true;
    }
    return tk.kind(i) == Token.Kind.WORD && !STOP.contains(possessive(tk.lower(i)));
  }

  /** Token {@code i} as a weekday or month date term, or null. */
  static String dateWord(Tokens tk, int i) {
    return tk.kind(i) == Token.Kind.WORD ? dateWord(tk.lower(i), tk.text(i)) : null;
  }

  /** A weekday or (capitalized) month name as a date term ("@tue", "@mar"), or null. */
  private static String dateWord(String lower, String text) {
    String day = WEEKDAY_TERMS.get(lower);
    if (day != null) {
      return day;
    }
    return Character.isUpperCase(text.codePointAt(0)) ? MONTH_TERMS.get(lower) : null;
  }

  /**
   * The value of the number at token {@code i} (digits, with a scale word or suffix after it:
   * "12.37 million", "2.4bn"; or a number word from two up: "four"), or null. Decades and ordinals
   * ("30s", "14th") are not numbers here; "one" is too often no figure to count.
   */
  static BigDecimal number(Tokens tk, int i, int to) {
    if (tk.kind(i) == Token.Kind.NUMBER) {
      String s = tk.text(i);
      if (!DIGITS.matcher(s).matches()) {
        return null;
      }
      if (gluedWord(tk, i, to)) {
        Double scale = Lexicon.SHORT_SCALES.get(tk.lower(i + 1));
        return scale == null ? null
            : new BigDecimal(s.replace(",", "")).multiply(BigDecimal.valueOf(scale));
      }
      BigDecimal v = new BigDecimal(s.replace(",", ""));
      if (i + 1 < to && tk.kind(i + 1) == Token.Kind.WORD) {
        Double scale = Lexicon.SCALES.get(tk.lower(i + 1));
        if (scale != null && !tk.lower(i + 1).equals("dozen")) {
          return v.multiply(BigDecimal.valueOf(scale));
        }
      }
      return v;
    }
    if (tk.kind(i) == Token.Kind.WORD) {
      Integer w = Lexicon.NUMBER_WORDS.get(tk.lower(i));
      if (w != null && w > 1) {
        return BigDecimal.valueOf(w);
      }
    }
    return null;
  }

  /** An ordinal in digits at token {@code i} ("45th") as written, or null. */
  private static String ordinal(Tokens tk, int i, int to) {
    if (tk.kind(i) != Token.Kind.NUMBER || i + 1 >= to || !tk.glued(i + 1)) {
      return null;
    }
    String suffix = tk.lower(i + 1);
    return suffix.equals("th") || suffix.equals("st") || suffix.equals("nd")
        || suffix.equals("rd") ? tk.text(i) + suffix : null;
  }

  /** Whether a word is glued to the number at token {@code i} ("2.4bn"). */
  private static boolean gluedWord(Tokens tk, int i, int to) {
    return i + 1 < to && tk.glued(i + 1) && tk.kind(i + 1) == Token.Kind.WORD;
  }

  /**
   * Whether token {@code i} is a number {@link #number} reads: its tests without the value
   * (asked of every token of every statement and figure window).
   */
  static boolean isNumber(Tokens tk, int i, int to) {
    if (tk.kind(i) == Token.Kind.NUMBER) {
      return DIGITS.matcher(tk.text(i)).matches()
          && (!gluedWord(tk, i, to) || Lexicon.SHORT_SCALES.containsKey(tk.lower(i + 1)));
    }
    if (tk.kind(i) == Token.Kind.WORD) {
      Integer w = Lexicon.NUMBER_WORDS.get(tk.lower(i));
      return w != null && w > 1;
    }
    return false;
  }

  private static String possessive(String w) {
    if (w.endsWith("'s") || w.endsWith("\u2019s")) {
      return w.substring(0, w.length() - 2);
    }
    return w;
  }

  /** A crude suffix-stripping stem: "killed", "kills" and "killing" are one term. */
  static String stem(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.isEmpty() || STEM_LAST.indexOf(w.charAt(w.length() - 1)) < 0) {
      return w; // no suffix ends so
    }
    for (String suffix : SUFFIXES) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
        String s = w.substring(0, w.length() - suffix.length());
        return suffix.equals("ies") || suffix.equals("ied") ? s + "y" : s;
      }
    }
    return w;
  }

  private static final List<String> SUFFIXES = List.of("ations", "ation", "ments", "ment",
      "ingly", "ing", "edly", "ies", "ied", "ed", "es", "ly", "s");
  /** The last letters of the {@link #SUFFIXES}. */
  private static final String STEM_LAST = lastLetters();

  private static String lastLetters() {
    StringBuilder out = new StringBuilder();
    for (String suffix : SUFFIXES) {
      char c = suffix.charAt(suffix.length() - 1);
      if (out.indexOf(String.valueOf(c)) < 0) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
