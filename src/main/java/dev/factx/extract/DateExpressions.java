package dev.factx.extract;

import dev.factx.analysis.Lexicon;
import dev.factx.text.Span;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import dev.factx.analysis.WordList;
import java.util.function.BiFunction;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions in normalized text and resolves them against an anchor date.
 *
 * <p>Rules, for any story:
 *
 * <ul>
 *   <li>A date without a year is placed by the tense of its clause ({@link DateTense}): told in
 *       the past, it is the latest such day on or before the anchor, allowing {@link
 *       #FUTURE_SLACK_DAYS} days after it; told of something to come ("will", "is scheduled",
 *       "set for"), the first on or after the anchor; with no tense to go by, the one nearest the
 *       anchor ("Voters go to the polls in the June 25 runoff" written in March is this June).
 *   <li>A month alone ("in June") or with a year ("February 2022") is the range of its days, at
 *       month precision; "early", "mid" and "late" narrow it to days 1-10, 11-20, 21-end. A month
 *       alone is placed by tense as a day is.
 *   <li>A weekday ("on Monday") told in the past or with no tense is the latest such day on or
 *       before the anchor: news reports what happened, and an article dated Monday that says "on
 *       Monday" means that same day. Told of something to come ("is expected to announce
 *       Thursday") it is the next one on or after the anchor. "last Monday" is strictly before the
 *       anchor, "next Monday" strictly after. A weekday with its date ("Sunday, March 9") is one
 *       expression.
 *   <li>A year alone is a date after a preposition ("in 2017", "since 2002", "by 2019") or right
 *       before an event noun ("his 2010 victory"), never in a clause of what did not happen ("If
 *       only we lived in 1850"); "the 1990s" is a decade; "from 1966 to 1978", "between 2009 and
 *       2016" and "from March 3 to March 7" are ranges.
 *   <li>"by" before a date makes it a bound (on or before its last day), "since" a time that has
 *       held from its first day to the anchor.
 *   <li>Weeks run Monday to Sunday; "over the weekend" is the latest Saturday-Sunday that began on
 *       or before the anchor.
 *   <li>"N units ago" counts back from the anchor with a tolerance (none for days, a day for weeks,
 *       three for months); qualifiers widen it: "a little more than a week ago" is 8 to 11 days
 *       back, "more than a week ago" 8 to 14, "about a week ago" 5 to 9.
 *   <li>"the same day", "the day before", "a week earlier", "later in the day" count from the
 *       event told before them and are left for the caller to resolve ({@link
 *       DateMention#fromPrevious()}); "later in the day" and "throughout the day" are the
 *       article's own day when nothing was told before.
 *   <li>A date followed by a clock time, or after "Updated:" at the start of its line, is a
 *       timestamp and no claim; so is a date on a photo caption line (ending in a credit such as
 *       "(... via Getty Images)"). A weekday that opens a name ("The Sunday Herald") is no date.
 * </ul>
 *
 * <p>Without an anchor, expressions that need one stay unresolved.
 */
public final class DateExpressions {
  /** How far after the anchor a day or month told in the past may fall (a late or wrong header). */
  public static final int FUTURE_SLACK_DAYS = 7;

  /**
   * Longer words first, words of one length in alphabetical order ({@link #longestFirst}). Before
   * the fields below: they call {@link #longestFirst} as the class is initialised.
   */
  private static final java.util.Comparator<String> LONGEST_FIRST = new java.util.Comparator<>() {
    @Override
    public int compare(String a, String b) {
      return a.length() != b.length() ? Integer.compare(b.length(), a.length()) : a.compareTo(b);
    }
  };

  private static final String PREP_WORDS =
      "on|in|since|until|till|by|from|during|through|throughout|before|after|as of";
  private static final String PREP = "(?:(?i:" + PREP_WORDS + ")\\s+)?";
  private static final int PREP_REACH = longest(PREP_WORDS) + 1;
  private static final String MONTH_PREP_WORDS =
      "in|since|until|till|by|during|from|through|throughout|last|this|next";
  private static final String WEEKDAY_PREP_WORDS =
      "on|by|since|until|till|from|last|next|this|this past|late|early|earlier|later";
  private static final String WEEKEND_PREP_WORDS =
      "over|during|at|on|this past|last|this|the past";
  private static final String PERIOD_WORDS =
      "earlier this|later this|the past|the last|in the past|last|this|next";
  private static final String DAY_OF_PREVIOUS_WORDS = "same|previous|preceding|next|following";
  private static final String YEAR_PREP_WORDS =
      "in|since|by|until|till|before|after|during|through|throughout|from|as of|early|late|mid";
  private static final String MONTH_NAMES =
      String.join("|", Lexicon.capitalized(Lexicon.MONTH_NAMES));
  private static final String MONTH =
      "(?:" + MONTH_NAMES + "|(?:" + String.join("|", Lexicon.capitalized(
          longestFirst(Lexicon.MONTH_ABBREVIATIONS))) + ")\\b\\.?)";
  private static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
  private static final String YEAR = "(?:1[89]|20)\\d{2}";
  private static final String WEEKDAY =
      String.join("|", Lexicon.capitalized(Lexicon.WEEKDAY_NAMES));
  private static final String COUNT =
      "a|an|" + String.join("|", longestFirst(Lexicon.NUMBER_WORDS.keySet()))
          + "|a few|a couple of|a couple|several|\\d{1,3}";
  private static final String QUALIFIER =
      "a little more than|a little over|a little less than|just over|just under"
          + "|slightly more than|slightly less than|more than|over|about|around|roughly|nearly"
          + "|almost|less than|under|some|just|barely";
  /** Nouns a year right before them dates: year-nouns.txt and the event nouns. */
  private static final String YEAR_NOUN = String.join("|", longestFirst(yearNouns()));

  private static final Pattern TIMESTAMP_AFTER = Pattern.compile("^,?\\s*\\d{1,2}:\\d{2}");
  private static final Pattern TIMESTAMP_BEFORE = Pattern.compile(
      "(?i)^\\W*(?:last\\s+)?(?:updated|published|posted|created|modified)(?:\\s+(?:on|at))?"
          + "\\s*:?\\s*$");
  private static final Pattern CAPTION_LINE =
      Pattern.compile("(?i)(?:\\((?:[^()]*\\b(?:getty|images?|photo|credit|afp|reuters|via)\\b[^()]*)\\)\\s*$"
          + "|image credit)");
  private static final Pattern TIME_NOTE = Pattern.compile("^\\s*\\((?i:[\\p{L} ]{0,20}time)\\)");
  private static final Pattern PART_OF_DAY =
      Pattern.compile("^\\s+(?:morning|afternoon|evening|night)\\b");
  /** A capitalized word right after a weekday without a preposition: "The Sunday Herald". */
  private static final Pattern NAME_AFTER = Pattern.compile("^ \\p{Lu}\\p{Ll}");

  /** What resolving a match reads: the text, the anchor, and the match's tense when asked. */
  private static final class Context {
    final String text;
    final LocalDate anchor;
    private MatchResult match;
    private Tense tense;

    Context(String text, LocalDate anchor) {
      this.text = text;
      this.anchor = anchor;
    }

    Context at(MatchResult m) {
      match = m;
      tense = null;
      return this;
    }

    Tense tense() {
      if (tense == null) {
        tense = DateTense.of(text, match.start(), match.end());
      }
      return tense;
    }

    String after() {
      return text.substring(match.end(), Math.min(text.length(), match.end() + 3));
    }
  }

  /**
   * A resolution: the allowed days (both null when the anchor is missing), or previous-event
   * days, with the precision, shape and way of resolving.
   */
  private record Resolved(
      LocalDate low, LocalDate high, boolean relative, boolean fromPrevious, int from, int to,
      DatePrecision precision, DateShape shape, DateResolution resolution, boolean orAnchor) {
    static Resolved days(LocalDate low, LocalDate high, boolean relative, DatePrecision p,
        DateResolution how) {
      if (low == null) {
        return new Resolved(null, null, relative, false, 0, 0, p, DateShape.POINT,
            DateResolution.UNRESOLVED, false);
      }
      if (high.isBefore(low)) {
        return new Resolved(high, low, relative, false, 0, 0, p, DateShape.POINT, how, false);
      }
      return new Resolved(low, high, relative, false, 0, 0, p, DateShape.POINT, how, false);
    }

    static Resolved day(LocalDate d, boolean relative, DateResolution how) {
      return days(d, d, relative, DatePrecision.DAY, how);
    }

    /** Days counted from the anchor, a day or a few days by their length. */
    static Resolved counted(LocalDate low, LocalDate high) {
      return days(low, high, true,
          low != null && low.equals(high) ? DatePrecision.DAY : DatePrecision.DAYS,
          DateResolution.HEADER);
    }

    static Resolved unresolved(boolean relative, DatePrecision p) {
      return days(null, null, relative, p, DateResolution.UNRESOLVED);
    }

    static Resolved previous(int from, int to, boolean orAnchor) {
      return new Resolved(null, null, true, true, Math.min(from, to), Math.max(from, to),
          from == to ? DatePrecision.DAY : DatePrecision.DAYS, DateShape.POINT,
          DateResolution.UNRESOLVED, orAnchor);
    }

    Resolved range() {
      return new Resolved(low, high, relative, fromPrevious, from, to, precision, DateShape.RANGE,
          resolution, orAnchor);
    }

    /** The same days read through the word before them: "by" makes a bound, "since" a span. */
    Resolved shaped(String prep, LocalDate anchor) {
      if (fromPrevious || shape != DateShape.POINT) {
        return this;
      }
      if (prep.equals("by")) {
        return new Resolved(null, high, relative, false, 0, 0, precision, DateShape.BY,
            resolution, false);
      }
      if (prep.equals("since") && low != null) {
        LocalDate end = anchor != null && !anchor.isBefore(low) ? anchor : null;
        return new Resolved(low, end, relative, false, 0, 0, precision, DateShape.SINCE,
            resolution, false);
      }
      return this;
    }
  }

  /** The places a rule's match must hold one of ({@link Triggers}). */
  private enum Trigger {
    DIGITS, MONTHS, WEEKDAYS, DAYS, UNITS;

    int[] places(Triggers t) {
      return switch (this) {
        case DIGITS -> t.digits();
        case MONTHS -> t.months();
        case WEEKDAYS -> t.weekdays();
        case DAYS -> t.days();
        case UNITS -> t.units();
      };
    }
  }

  /**
   * The kinds of expression, in the order they are tried: each its pattern, where it can match
   * and how far before that ({@link Triggers}; every match holds one of the trigger's places and
   * starts at most {@code reach} characters before it, a run of white space counting as one
   * character) and how to resolve a match (null rejects it). Constants with bodies rather than a
   * table of lambdas: each lambda is a call site that a cold start links, about a tenth of a
   * millisecond apiece (see {@link dev.factx.text.MapValues}).
   */
  private enum Rule {
    ISO_DAY(
        Pattern.compile(PREP + "\\b(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})\\b"),
        Trigger.DIGITS,
        PREP_REACH) {
      @Override
      Resolved resolve(MatchResult m, Context c) {
        return calendar(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
      }
    },
    NUMERIC_DAY(
        Pattern.compile(PREP + "\\b(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})\\b"),
        Trigger.DIGITS,
        PREP_REACH) {
      @Override
      Resolved resolve(MatchResult m, Context c) {
        return numeric(m);
      }
    },
    WEEKDAY_MONTH_DAY(
        Pattern.compile("\\b(?:(?i:" + WEEKDAY_PREP_WORDS + ")\\s+)?(?:" + WEEKDAY
            + "),\\s+(" + MONTH + ")\\s+(" + DAY + ")\\b(?!:)(?:,?\\s+(" + YEAR + ")\\b)?"),
        Trigger.WEEKDAYS,
        longest(WEEKDAY_PREP_WORDS) + 1) {
      @Override
      Resolved resolve(MatchResult m, Context c) {
        return monthDay(m.group(1), m.group(2), m.group(3), c);
      }
    },
    MONTH_DAY(
        Pattern.compile(PREP + "\\b(" + MONTH + ")\\s+(" + DAY + ")\\b(?!:)(?:,?\\s+(" + YEAR
            + ")\\b)?"),
        Trigger.MONTHS,
        PREP_REACH) {
      @Override
      Resolved resolve(MatchResult m, Context c) {
        return monthDay(m.group(1), m.group(2), m.group(3), c);
      }
    },
    DAY_MONTH(
        Pattern.compile(PREP + "\\b(?:the\\s+)?(" + DAY + ")\\s+(?:of\\s+)?(" + MONTH
            + ")(?:,?\\s+(" + YEAR + ")\\b)?"),
        Trigger.MONTHS,
        PREP_REACH + "the ".length() + "31st ".length() + "of ".length()) {
      @Override
      Resolved resolve(MatchResult m, Context c) {
        return monthDay(m.group(2), m.group(1), m.group(3), c);
      }
    },
    DAY_RANGE(
        Pattern.compile("\\b(?i:from)\\s+(" + MONTH + ")\\s+(" + DAY + ")\\s+(?i:to|until"
            + "|till|through)\\s+(?:(" + MONTH + ")\\s+)?(" + DAY + ")\\b(?!:)(?:,?\\s+("
            + YEAR + ")\\b)?"),
        Trigger.MONTHS,
        "from ".length()) {
      @Override
      Resolved resolve(MatchResult m, Context c) {
        return dayRange(m, c);
      }
    },
    MONTH_YEAR(
        Pattern.compile(PREP + "\\b(?:(early|mid|late)[- ])?(" + MONTH + "),?\\s+(" + YEAR
            + ")\\b"),
        Trigger.MONTHS,
        PREP_REACH + "early-".length()) {
      @Override
      Resolved resolve(MatchResult m, Context c) {
        return month(m.group(1), m.group(2), Integer.parseInt(m.group(3)));
      }
    },
    MONTH_ALONE(
        Pattern.compile("\\b(?i:(" + MONTH_PREP_WORDS + ")\\s+)(?:(early|mid|late)[- ])?("
            + MONTH_NAMES + ")\\b(?!\\s*\\d)|\\b(early|mid|late)[- ](" + MONTH_NAMES
            + ")\\b(?!\\s*\\d)"),
        Trigger.MONTHS,
        longest(MONTH_PREP_WORDS) + 1 + "early-".length()) {
      @Override
      Resolved resolve(MatchResult m, Context c) {
        return monthAlone(m, c);
      }
    },
    // "dates back to January": the month, without the words before it
    BACK_TO_MONTH(
        Pattern.compile("(?<=\\b(?i:back) (?i:to) )(" + MONTH_NAMES + ")\\b(?!\\s*\\d)"),
        Trigger.MONTHS,
        0) {
      @Override
      Resolved resolve(MatchResult m, Context c) {
        return monthIn(null, m.group(1), null, c);
      }
    },
    ON_WEEKDAY(
        Pattern.compile("\\b(?:(?i:(" + WEEKDAY_PREP_WORDS + "))\\s+)?(" + WEEKDAY + ")\\b"),
        Trigger.WEEKDAYS,
        longest(WEEKDAY_PREP_WORDS) + 1) {
      @Override
      Resolved resolve(MatchResult m, Context c) {
        return m.group(1) == null && NAME_AFTER.matcher(c.after()).find()
            ? null : weekday(m.group(1), m.group(2), c);
      }
    },
    DAY_WORD(
        Pattern.compile("\\b(?i:" + String.join("|", longestFirst(Lexicon.DAY_WORDS))
            + "|last night)\\b"),
        Trigger.DAYS,
        0) {
      @Override
      Resolved resolve(MatchResult m, Context c) {
        return simple(m.group().toLowerCase(Locale.ROOT), c.anchor);
      }
    },
    WEEKEND(
        Pattern.compile("(?i)\\b(?:" + WEEKEND_PREP_WORDS + ")\\s+(?:the\\s+)?weekend\\b"),
        Trigger.UNITS,
        longest(WEEKEND_PREP_WORDS) + 1 + "the ".length()) {
      @Override
      Resolved resolve(MatchResult m, Context c) {
        return weekend(c.anchor);
      }
    },
    PERIOD(
        Pattern.compile("(?i)\\b(" + PERIOD_WORDS + ")\\s+(week|month|year)\\b"),
        Trigger.UNITS,
        longest(PERIOD_WORDS) + 1) {
      @Override
      Resolved resolve(MatchResult m, Context c) {
        return period(m.group(1).toLowerCase(Locale.ROOT),
            m.group(2).toLowerCase(Locale.ROOT), c.anchor);
      }
    },
    COUNTED(
        Pattern.compile("(?i)\\b(?:(" + QUALIFIER + ")\\s+)?(" + COUNT + ")\\s+(days?|weeks?"
            + "|months?|years?)\\s+(ago|earlier|later|before|after|prior)\\b"
            + "(?=\\s*[,.;:)]|\\s*$|\\s+(?:that|when)\\b|(?<=ago|earlier|later)\\b)"),
        Trigger.UNITS,
        longest(QUALIFIER) + 1 + longest(COUNT) + 1) {
      @Override
      Resolved resolve(MatchResult m, Context c) {
        return counted(m, c.anchor);
      }
    },
    DAY_OF_PREVIOUS(
        Pattern.compile("(?i)\\b(?:the\\s+(" + DAY_OF_PREVIOUS_WORDS + ")\\s+day"
            + "|the\\s+day\\s+(before|after)(?=\\s*[,.;:)]|\\s*$|\\s+(?:that|when)\\b)"
            + "|(?:(?:later|earlier)\\s+)?that\\s+(?:same\\s+)?day"
            + "|(?:later|earlier)\\s+in\\s+the\\s+day|throughout\\s+the\\s+day)\\b"),
        Trigger.UNITS,
        "earlier in the ".length()) {
      @Override
      Resolved resolve(MatchResult m, Context c) {
        return dayOfPrevious(m.group().toLowerCase(Locale.ROOT));
      }
    },
    // "started the day with a service": the day told of (as "throughout the day")
    THE_DAY_TOLD(
        Pattern.compile("(?i)(?<=\\b(?:started|starts|began|begins|ended|ends|spent|spends)"
            + "\\s)the\\s+day\\b(?!\\s+(?:before|after)\\b|\\s*')"),
        Trigger.UNITS,
        "the ".length()) {
      @Override
      Resolved resolve(MatchResult m, Context c) {
        return dayOfPrevious("the day");
      }
    },
    YEAR_RANGE(
        Pattern.compile("\\b(?i:from)\\s+(" + YEAR + ")\\s+(?i:to|until|till|through)\\s+("
            + YEAR + ")\\b(?![-/]\\d)|\\b(?i:between)\\s+(" + YEAR + ")\\s+(?i:and)\\s+("
            + YEAR + ")\\b(?![-/]\\d)"),
        Trigger.DIGITS,
        "between ".length()) {
      @Override
      Resolved resolve(MatchResult m, Context c) {
        return yearRange(m, c);
      }
    },
    DECADE(
        Pattern.compile("\\b(?:(?i:in|during|since|through|from)\\s+)?(?i:the)\\s+("
            + "(?:1[89]|20)\\d)0s\\b"),
        Trigger.DIGITS,
        "during the ".length()) {
      @Override
      Resolved resolve(MatchResult m, Context c) {
        return decade(Integer.parseInt(m.group(1)) * 10);
      }
    },
    YEAR_AFTER_WORD(
        Pattern.compile("\\b(?i:(" + YEAR_PREP_WORDS + "))\\s+(" + YEAR
            + ")\\b(?![-/]\\d|,\\d|\\s*%|\\s+(?i:percent))"),
        Trigger.DIGITS,
        longest(YEAR_PREP_WORDS) + 1) {
      @Override
      Resolved resolve(MatchResult m, Context c) {
        return DateTense.counterfactual(c.text, m.start()) ? null
            : year(Integer.parseInt(m.group(2)));
      }
    },
    YEAR_BEFORE_NOUN(
        Pattern.compile("\\b(" + YEAR + ")(?=\\s+(?:\\p{Ll}+\\s+)?(?i:" + YEAR_NOUN
            + ")\\b)"),
        Trigger.DIGITS,
        0) {
      @Override
      Resolved resolve(MatchResult m, Context c) {
        return DateTense.counterfactual(c.text, m.start()) ? null
            : year(Integer.parseInt(m.group(1)));
      }
    };

    final Pattern pattern;
    final Trigger trigger;
    final int reach;

    Rule(Pattern pattern, Trigger trigger, int reach) {
      this.pattern = pattern;
      this.trigger = trigger;
      this.reach = reach;
    }

    abstract Resolved resolve(MatchResult m, Context c);
  }

  /**
   * Mentions by start, the longest first at one start. A constant, and a class rather than a
   * lambda (as {@link #LONGEST_FIRST}): a lambda's call site is linked at its first run, a cost
   * paid at every start.
   */
  private static final java.util.Comparator<DateMention> BY_START_LONGEST_FIRST =
      new java.util.Comparator<>() {
        @Override
        public int compare(DateMention a, DateMention b) {
          return a.span().start() != b.span().start()
              ? Integer.compare(a.span().start(), b.span().start())
              : Integer.compare(-a.span().length(), -b.span().length());
        }
      };

  /** The rules in order. */
  private static final List<Rule> RULES = List.of(Rule.values());

  private DateExpressions() {}

  private static List<String> yearNouns() {
    List<String> out = new ArrayList<>(WordList.load("year-nouns").entries());
    for (String n : Lexicon.EVENT_NOUNS) {
      if (!out.contains(n)) {
        out.add(n);
      }
    }
    List<String> quoted = new ArrayList<>();
    for (String n : out) {
      quoted.add(Pattern.quote(n));
    }
    return quoted;
  }

  /**
   * The date expressions of a text, in order and not overlapping (at each place the longest).
   *
   * @param text normalized text
   * @param anchor the article's date, or null
   */
  public static List<DateMention> find(String text, LocalDate anchor) {
    return find(text, anchor, null);
  }

  /**
   * The same as {@link #find}, each rule's pattern matched by {@code scan} instead of at its
   * trigger places: the tests' oracle scans every place, and the triggers must agree with it.
   */
  static List<DateMention> find(String text, LocalDate anchor,
      BiFunction<Pattern, String, List<MatchResult>> scan) {
    List<DateMention> candidates = new ArrayList<>();
    Triggers triggers = new Triggers(text);
    Context context = new Context(text, anchor);
    Furniture furniture = new Furniture(text);
    for (Rule rule : RULES) {
      List<MatchResult> matches =
          scan != null ? scan.apply(rule.pattern, text) : matches(rule, text, triggers);
      for (MatchResult m : matches) {
        if (m.end() == m.start() || furniture.at(m.start(), m.end())) {
          continue;
        }
        Resolved r;
        try {
          r = rule.resolve(m, context.at(m));
        } catch (DateTimeException e) {
          r = null; // "February 30": not a date
        }
        if (r == null) {
          continue;
        }
        r = r.shaped(firstWord(m.group()), anchor);
        Span span = new Span(m.start(), extend(text, m.end()));
        candidates.add(
            new DateMention(span, r.low(), r.high(), r.relative(), r.fromPrevious(), r.from(),
                r.to(), r.precision(), r.shape(), r.resolution(), r.orAnchor()));
      }
    }
    candidates.sort(BY_START_LONGEST_FIRST);
    List<DateMention> out = new ArrayList<>();
    int end = 0;
    for (DateMention d : candidates) {
      if (d.span().start() >= end) {
        out.add(d);
        end = d.span().end();
      }
    }
    return out;
  }

  /** The first word of a match, lower case ("by" of "by March 2017"). */
  private static String firstWord(String match) {
    int i = 0;
    while (i < match.length() && Character.isLetter(match.charAt(i))) {
      i++;
    }
    return match.substring(0, i).toLowerCase(Locale.ROOT);
  }

  /**
   * The same matches as {@link Matcher#find()} gives in turn, the pattern tried only at the
   * places that can start one: a
   * letter or digit at most the rule's reach before one of its trigger places, or the trigger
   * place itself. A region with transparent, non-anchoring bounds makes {@code lookingAt} at a
   * place match exactly what {@code find} matches there; trying the places in order from the end
   * of the last match finds the leftmost match, as {@code find} does.
   */
  private static List<MatchResult> matches(Rule rule, String text, Triggers triggers) {
    List<MatchResult> out = new ArrayList<>();
    Matcher m = rule.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    boolean bounded = opensWithBoundary(rule.pattern);
    int next = 0; // the first place not yet tried, or the end of the last match
    for (int t : rule.trigger.places(triggers)) {
      for (int c = Math.max(next, reachBack(text, t, rule.reach)); c <= t; c++) {
        if (c < t && !isAsciiLetterOrDigit(text.charAt(c))) {
          continue;
        }
        // a pattern that opens with \b matches nowhere inside a word (between two letters or
        // digits there is no boundary, and the bounds are transparent): not tried there
        if (bounded && c > 0 && isAsciiLetterOrDigit(text.charAt(c))
            && isAsciiLetterOrDigit(text.charAt(c - 1))) {
          next = c + 1;
          continue;
        }
        if (m.region(c, text.length()).lookingAt()) {
          out.add(m.toMatchResult());
          next = m.end() > c ? m.end() : c + 1;
          c = next - 1;
        } else {
          next = c + 1;
        }
      }
    }
    return out;
  }

  /** The place {@code reach} characters before {@code at}, a run of white space counting as one. */
  private static int reachBack(String text, int at, int reach) {
    int p = at;
    for (int left = reach; left > 0 && p > 0; left--) {
      p--;
      while (p > 0 && Triggers.isSpace(text.charAt(p)) && Triggers.isSpace(text.charAt(p - 1))) {
        p--;
      }
    }
    return p;
  }

  /** Whether a pattern's first element is a word boundary ({@code \\b}, flags aside). */
  static boolean opensWithBoundary(Pattern p) {
    String s = p.pattern();
    return s.startsWith("\\b") || s.startsWith("(?i)\\b");
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static int longest(String alternation) {
    int n = 0;
    for (String a : alternation.split("\\|")) {
      n = Math.max(n, a.length());
    }
    return n;
  }

  /**
   * The places of a text where a rule's match must hold something: digits, month and weekday
   * names, relative day words, and units of time after white space. Each list is in order and a
   * superset of the places the patterns need; each is made once per text, when first asked for.
   */
  private static final class Triggers {
    private static final List<String> MONTH_STARTS = monthStarts();
    private static final List<String> WEEKDAYS = List.of(WEEKDAY.split("\\|"));
    private static final List<String> DAY_WORDS = dayWords();

    /** The first three letters of each month, capitalized ("Jan"). */
    private static List<String> monthStarts() {
      List<String> out = new ArrayList<>();
      for (String m : Lexicon.capitalized(Lexicon.MONTH_NAMES)) {
        out.add(m.substring(0, 3));
      }
      return List.copyOf(out);
    }

    private static List<String> dayWords() {
      List<String> out = new ArrayList<>(Lexicon.DAY_WORDS);
      out.add("last night");
      return List.copyOf(out);
    }
    private static final List<String> UNITS = List.of("day", "week", "month", "year");

    private final String text;
    private char[] chars;
    private int[] digits;
    private int[] months;
    private int[] weekdays;
    private int[] days;
    private int[] units;

    Triggers(String text) {
      this.text = text;
    }

    /** Java's {@code \s}: space, tab, newline, vertical tab, form feed, carriage return. */
    static boolean isSpace(char c) {
      return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** The text's characters, copied once (reading a char array checks no string coder). */
    private char[] chars() {
      if (chars == null) {
        chars = text.toCharArray();
      }
      return chars;
    }

    /** The first digit of each run of digits. */
    int[] digits() {
      if (digits == null) {
        char[] c = chars();
        IntList out = new IntList();
        for (int i = 0; i < c.length; i++) {
          if (isDigit(c[i]) && (i == 0 || !isDigit(c[i - 1]))) {
            out.add(i);
          }
        }
        digits = out.toArray();
      }
      return digits;
    }

    /** Where a month name or abbreviation can begin (its capitalized first three letters). */
    int[] months() {
      if (months == null) {
        months = places(MONTH_STARTS, false, false);
      }
      return months;
    }

    int[] weekdays() {
      if (weekdays == null) {
        weekdays = places(WEEKDAYS, false, false);
      }
      return weekdays;
    }

    /** "yesterday", "today", "tonight", "tomorrow", "last night" in any case. */
    int[] days() {
      if (days == null) {
        days = places(DAY_WORDS, true, false);
      }
      return days;
    }

    /** "day", "week", "month", "year" in any case after white space. */
    int[] units() {
      if (units == null) {
        units = places(UNITS, true, true);
      }
      return units;
    }

    /**
     * Where each of {@code words} occurs in the text, in order (a place twice when two words
     * start there), found in one pass over the text: the places {@code indexOf} would give word
     * by word, sorted. With {@code folded}, the text's ASCII capitals read as lower case (as the
     * patterns' case-insensitive parts read them; the words are in lower case).
     */
    private int[] places(List<String> words, boolean folded, boolean afterSpace) {
      char[] c = chars();
      // the words by their first character, tried only where the text holds one: an ASCII first
      // character indexes a table, any other is looked for among the rest
      String[][] byFirst = new String[128][];
      List<String> others = new ArrayList<>();
      for (String w : words) {
        char f = w.charAt(0);
        if (f < 128) {
          String[] had = byFirst[f];
          String[] grown = had == null ? new String[1] : Arrays.copyOf(had, had.length + 1);
          grown[grown.length - 1] = w;
          byFirst[f] = grown;
        } else {
          others.add(w);
        }
      }
      IntList out = new IntList();
      for (int i = 0; i < c.length; i++) {
        char ch = folded ? fold(c[i]) : c[i];
        if (ch < 128 && byFirst[ch] == null || ch >= 128 && others.isEmpty()
            || afterSpace && !(i > 0 && isSpace(c[i - 1]))) {
          continue;
        }
        if (ch < 128) {
          for (String w : byFirst[ch]) {
            if (startsAt(c, i, w, folded)) {
              out.add(i);
            }
          }
        } else {
          for (String w : others) {
            if (w.charAt(0) == ch && startsAt(c, i, w, folded)) {
              out.add(i);
            }
          }
        }
      }
      return out.toArray();
    }

    private static boolean startsAt(char[] c, int i, String w, boolean folded) {
      if (i + w.length() > c.length) {
        return false;
      }
      for (int k = 1; k < w.length(); k++) {
        char x = folded ? fold(c[i + k]) : c[i + k];
        if (x != w.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    /** An ASCII capital in lower case, any other character as it is. */
    private static char fold(char c) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }
  }

  /** A growable list of ints. */
  private static final class IntList {
    private int[] a = new int[16];
    private int n;

    void add(int v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, 2 * n);
      }
      a[n++] = v;
    }

    int[] toArray() {
      return Arrays.copyOf(a, n);
    }
  }

  /** Takes in a following "(local time)" or "morning", which belong to the expression. */
  private static int extend(String text, int end) {
    // a region reads like the substring from end on (opaque, anchoring bounds) without copying it
    Matcher m = TIME_NOTE.matcher(text).region(end, text.length());
    if (m.find()) {
      return m.end();
    }
    m = PART_OF_DAY.matcher(text).region(end, text.length());
    return m.find() ? m.end() : end;
  }

  /**
   * Timestamps and photo captions date the page, not the story: whether a date is one, in time
   * that does not grow with the length of its line. The two timestamp patterns are anchored at
   * both ends of their regions ({@code ^}, {@code $}), so a match must start where the region
   * does and looking there is all a search would find; the lines are found through the text's
   * line breaks, and each line is read for a caption once.
   */
  private static final class Furniture {
    private final String text;
    /** The offsets of the text's '\n's, in order. */
    private final int[] breaks;
    /** For a line (its start and end): whether it is a caption. */
    private final Map<Long, Boolean> captions = new HashMap<>();

    Furniture(String text) {
      this.text = text;
      int count = 0;
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        count++;
      }
      breaks = new int[count];
      int k = 0;
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        breaks[k++] = i;
      }
    }

    boolean at(int start, int end) {
      if (TIMESTAMP_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
        return true;
      }
      int lineStart = lastBreakBefore(start) + 1; // text.lastIndexOf('\n', start - 1) + 1
      if (TIMESTAMP_BEFORE.matcher(text).region(lineStart, start).lookingAt()) {
        return true;
      }
      int lineEnd = firstBreakFrom(end); // text.indexOf('\n', end)
      int to = lineEnd < 0 ? text.length() : lineEnd;
      long line = (long) lineStart << 32 | to;
      Boolean caption = captions.get(line);
      if (caption == null) {
        caption = CAPTION_LINE.matcher(text.substring(lineStart, to)).find();
        captions.put(line, caption);
      }
      return caption;
    }

    /** The offset of the last '\n' before {@code offset}, or -1. */
    private int lastBreakBefore(int offset) {
      int i = java.util.Arrays.binarySearch(breaks, offset);
      int below = i >= 0 ? i - 1 : -i - 2; // the last break at an offset under this one
      return below >= 0 ? breaks[below] : -1;
    }

    /** The offset of the first '\n' at or after {@code offset}, or -1. */
    private int firstBreakFrom(int offset) {
      int i = java.util.Arrays.binarySearch(breaks, offset);
      int at = i >= 0 ? i : -i - 1;
      return at < breaks.length ? breaks[at] : -1;
    }
  }

  private static Resolved calendar(int year, int month, int day) {
    return Resolved.day(LocalDate.of(year, month, day), false, DateResolution.EXPLICIT);
  }

  /** 17-12-2024 or 12/17/2024: a part above 12 decides; else slashes read US, dashes and dots day-first. */
  private static Resolved numeric(MatchResult m) {
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(3));
    int y = Integer.parseInt(m.group(4));
    boolean dayFirst = a > 12 || (b <= 12 && !m.group(2).equals("/"));
    return dayFirst ? calendar(y, b, a) : calendar(y, a, b);
  }

  static int monthNumber(String name) {
    int m = Lexicon.month(name);
    if (m == 0) {
      throw new IllegalArgumentException("not a month: " + name);
    }
    return m;
  }

  /** Words longest first, for alternations that must try a longer word before its prefix. */
  private static List<String> longestFirst(java.util.Collection<String> words) {
    List<String> out = new ArrayList<>(words);
    out.sort(LONGEST_FIRST);
    return out;
  }

  private static Resolved monthDay(String monthName, String dayText, String yearText, Context c) {
    int month = monthNumber(monthName);
    int day = Integer.parseInt(dayText.replaceAll("\\D", ""));
    if (yearText != null) {
      return calendar(Integer.parseInt(yearText), month, day);
    }
    LocalDate a = c.anchor;
    if (a == null) {
      return Resolved.unresolved(false, DatePrecision.DAY);
    }
    LocalDate before = validDay(a.getYear(), month, day);
    if (before.isAfter(a.plusDays(FUTURE_SLACK_DAYS))) {
      before = validDay(a.getYear() - 1, month, day);
    }
    LocalDate onOrAfter = validDay(a.getYear(), month, day);
    if (onOrAfter.isBefore(a)) {
      onOrAfter = validDay(a.getYear() + 1, month, day);
    }
    switch (c.tense()) {
      case PAST:
        return Resolved.day(before, false, DateResolution.HEADER_PAST);
      case FUTURE:
        return Resolved.day(onOrAfter, false, DateResolution.HEADER_FUTURE);
      default:
        long back = a.toEpochDay() - before.toEpochDay();
        long ahead = onOrAfter.toEpochDay() - a.toEpochDay();
        // ties and days within the slack after the anchor go to the past, as a report's do
        return Resolved.day(back <= ahead || !before.isBefore(a) ? before : onOrAfter, false,
            DateResolution.HEADER_NEAREST);
    }
  }

  /** "from March 3 to March 7", "from May 30 to June 2, 2024": a range of days. */
  private static Resolved dayRange(MatchResult m, Context c) {
    Resolved start = monthDay(m.group(1), m.group(2), m.group(5), c);
    int endMonth = m.group(3) == null ? monthNumber(m.group(1)) : monthNumber(m.group(3));
    int endDay = Integer.parseInt(m.group(4).replaceAll("\\D", ""));
    if (start.low() == null) {
      return Resolved.unresolved(false, DatePrecision.DAY).range();
    }
    LocalDate end = validDay(start.low().getYear(), endMonth, endDay);
    if (end.isBefore(start.low())) {
      end = validDay(start.low().getYear() + 1, endMonth, endDay);
    }
    if (end.toEpochDay() - start.low().toEpochDay() > 366) {
      return null;
    }
    return Resolved.days(start.low(), end, false, DatePrecision.DAY, start.resolution()).range();
  }

  /** The day, or Feb 28 for a Feb 29 in a common year. */
  private static LocalDate validDay(int year, int month, int day) {
    LocalDate first = LocalDate.of(year, month, 1);
    if (day > first.lengthOfMonth() && month == 2 && day == 29) {
      return lastDay(first);
    }
    return LocalDate.of(year, month, day);
  }

  /** The last day of the month that {@code day} is in. */
  private static LocalDate lastDay(LocalDate day) {
    return day.withDayOfMonth(day.lengthOfMonth());
  }

  private static Resolved month(String part, String monthName, int year) {
    return part(part, LocalDate.of(year, monthNumber(monthName), 1), false,
        DateResolution.EXPLICIT);
  }

  /**
   * The month, or its early, mid or late part. A month is its first day here, a LocalDate, rather
   * than a java.time.YearMonth: YearMonth's class sets up a parser at its first use, and with it
   * java.time's formatters, which nothing else of a run needs (milliseconds of a cold start).
   */
  private static Resolved part(String part, LocalDate month, boolean relative,
      DateResolution how) {
    if (part == null) {
      return Resolved.days(month, lastDay(month), relative, DatePrecision.MONTH, how);
    }
    switch (part.toLowerCase(Locale.ROOT)) {
      case "early":
        return Resolved.days(month, month.withDayOfMonth(10), relative, DatePrecision.MONTH_PART,
            how);
      case "mid":
        return Resolved.days(month.withDayOfMonth(11), month.withDayOfMonth(20), relative,
            DatePrecision.MONTH_PART, how);
      default:
        return Resolved.days(month.withDayOfMonth(21), lastDay(month), relative,
            DatePrecision.MONTH_PART, how);
    }
  }

  private static Resolved monthAlone(MatchResult m, Context c) {
    String prep = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
    String part = m.group(1) != null ? m.group(2) : m.group(4);
    String name = m.group(1) != null ? m.group(3) : m.group(5);
    return monthIn(prep, name, part, c);
  }

  /** A month without a year: "last" and "next" say which; else the tense, else the nearest. */
  private static Resolved monthIn(String prep, String name, String part, Context c) {
    LocalDate a = c.anchor;
    if (a == null) {
      return Resolved.unresolved(false, part == null ? DatePrecision.MONTH
          : DatePrecision.MONTH_PART);
    }
    int month = monthNumber(name);
    LocalDate ym = LocalDate.of(a.getYear(), month, 1);
    LocalDate current = a.withDayOfMonth(1);
    String p = prep == null ? "" : prep;
    if (p.equals("last")) {
      return part(part, ym.isBefore(current) ? ym : ym.minusYears(1), false,
          DateResolution.HEADER);
    }
    if (p.equals("next")) {
      return part(part, ym.isAfter(current) ? ym : ym.plusYears(1), false, DateResolution.HEADER);
    }
    LocalDate before = ym.isAfter(a.plusDays(FUTURE_SLACK_DAYS)) ? ym.minusYears(1) : ym;
    LocalDate onOrAfter = ym.isBefore(current) ? ym.plusYears(1) : ym;
    switch (c.tense()) {
      case PAST:
        return part(part, before, false, DateResolution.HEADER_PAST);
      case FUTURE:
        return part(part, onOrAfter, false, DateResolution.HEADER_FUTURE);
      default:
        long back = months(before, current);
        long ahead = months(current, onOrAfter);
        return part(part, back <= ahead ? before : onOrAfter, false,
            DateResolution.HEADER_NEAREST);
    }
  }

  /** Months from {@code a} to {@code b}, 0 when b is not after a. */
  private static long months(LocalDate a, LocalDate b) {
    return Math.max(0, (b.getYear() - a.getYear()) * 12L + b.getMonthValue() - a.getMonthValue());
  }

  private static Resolved weekday(String prep, String name, Context c) {
    LocalDate a = c.anchor;
    if (a == null) {
      return Resolved.unresolved(true, DatePrecision.DAY);
    }
    DayOfWeek day = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    String p = prep == null ? "" : prep.toLowerCase(Locale.ROOT);
    if (p.equals("next")) {
      return Resolved.day(a.with(TemporalAdjusters.next(day)), true, DateResolution.HEADER);
    }
    if (p.equals("last") || p.equals("this past")) {
      return Resolved.day(a.with(TemporalAdjusters.previous(day)), true, DateResolution.HEADER);
    }
    if (c.tense() == Tense.FUTURE) {
      return Resolved.day(a.with(TemporalAdjusters.nextOrSame(day)), true,
          DateResolution.HEADER_FUTURE);
    }
    return Resolved.day(a.with(TemporalAdjusters.previousOrSame(day)), true,
        DateResolution.HEADER_PAST);
  }

  private static Resolved simple(String word, LocalDate a) {
    if (a == null) {
      return Resolved.unresolved(true, DatePrecision.DAY);
    }
    switch (word) {
      case "yesterday":
      case "last night":
        return Resolved.day(a.minusDays(1), true, DateResolution.HEADER);
      case "tomorrow":
        return Resolved.day(a.plusDays(1), true, DateResolution.HEADER);
      default:
        return Resolved.day(a, true, DateResolution.HEADER);
    }
  }

  private static Resolved weekend(LocalDate a) {
    if (a == null) {
      return Resolved.unresolved(true, DatePrecision.DAYS);
    }
    LocalDate saturday = a.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
    return Resolved.days(saturday, saturday.plusDays(1), true, DatePrecision.DAYS,
        DateResolution.HEADER);
  }

  private static Resolved period(String which, String unit, LocalDate a) {
    DatePrecision precision;
    switch (unit) {
      case "week":
        precision = DatePrecision.WEEK;
        break;
      case "month":
        precision = DatePrecision.MONTH;
        break;
      default:
        precision = DatePrecision.YEAR;
        break;
    }
    boolean rolling = which.equals("the past") || which.equals("the last")
        || which.equals("in the past");
    if (rolling) {
      precision = unit.equals("year") ? DatePrecision.YEAR : DatePrecision.DAYS;
    }
    if (a == null) {
      return Resolved.unresolved(true, precision);
    }
    LocalDate start;
    LocalDate end;
    switch (unit) {
      case "week":
        start = a.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        end = start.plusDays(6);
        break;
      case "month":
        start = a.withDayOfMonth(1);
        end = a.with(TemporalAdjusters.lastDayOfMonth());
        break;
      default:
        start = a.withDayOfYear(1);
        end = a.with(TemporalAdjusters.lastDayOfYear());
        break;
    }
    DateResolution how = DateResolution.HEADER;
    switch (which) {
      case "last":
        return Resolved.days(shift(start, unit, -1), shift(start, unit, 0).minusDays(1), true,
            precision, how);
      case "next":
        return Resolved.days(shift(start, unit, 1), shift(start, unit, 2).minusDays(1), true,
            precision, how);
      case "earlier this":
        return Resolved.days(start, a.minusDays(1).isBefore(start) ? start : a.minusDays(1), true,
            precision, how);
      case "later this":
        return Resolved.days(a.plusDays(1).isAfter(end) ? end : a.plusDays(1), end, true,
            precision, how);
      case "this":
        return Resolved.days(start, end, true, precision, how);
      default: // the past week: the unit's length up to the anchor
        return Resolved.days(shift(a, unit, -1), a, true, precision, how);
    }
  }

  private static LocalDate shift(LocalDate d, String unit, int n) {
    switch (unit) {
      case "week":
        return d.plusWeeks(n);
      case "month":
        return d.plusMonths(n);
      default:
        return d.plusYears(n);
    }
  }

  private static Resolved counted(MatchResult m, LocalDate a) {
    String qualifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
    String count = m.group(2).toLowerCase(Locale.ROOT);
    String unit = m.group(3).toLowerCase(Locale.ROOT).replaceAll("s$", "");
    String direction = m.group(4).toLowerCase(Locale.ROOT);
    int unitDays;
    int tolerance;
    switch (unit) {
      case "day":
        unitDays = 1;
        tolerance = 0;
        break;
      case "week":
        unitDays = 7;
        tolerance = 1;
        break;
      case "month":
        unitDays = 30;
        tolerance = 3;
        break;
      default:
        unitDays = 365;
        tolerance = 15;
        break;
    }
    int[] n = count(count);
    int lo = n[0] * unitDays;
    int hi = n[1] * unitDays;
    int[] back = widen(qualifier, lo, hi, tolerance);
    if (direction.equals("ago")) {
      if (a == null) {
        return Resolved.unresolved(true, back[0] == back[1] ? DatePrecision.DAY
            : DatePrecision.DAYS);
      }
      return Resolved.counted(a.minusDays(back[1]), a.minusDays(back[0]));
    }
    if (direction.equals("later") || direction.equals("after")) {
      return Resolved.previous(back[0], back[1], false);
    }
    return Resolved.previous(-back[1], -back[0], false);
  }

  /** The counts a quantity allows: "a few" is 2 to 5, "a couple" 2 to 3, "several" 3 to 7. */
  private static int[] count(String count) {
    if (count.equals("a few")) {
      return new int[] {2, 5};
    }
    if (count.startsWith("a couple")) {
      return new int[] {2, 3};
    }
    if (count.equals("several")) {
      return new int[] {3, 7};
    }
    Integer n = count.equals("a") || count.equals("an") ? Integer.valueOf(1)
        : Lexicon.NUMBER_WORDS.get(count);
    int v = n != null ? n : Integer.parseInt(count);
    return new int[] {v, v};
  }

  /** The least and most days a qualified count allows. */
  private static int[] widen(String qualifier, int lo, int hi, int tolerance) {
    switch (qualifier) {
      case "a little more than":
      case "a little over":
      case "just over":
      case "slightly more than":
        return new int[] {hi + 1, hi + Math.max(1, (hi + 1) / 2)};
      case "more than":
      case "over":
        return new int[] {hi + 1, Math.max(hi + 1, 2 * hi)};
      case "less than":
      case "under":
        return new int[] {0, Math.max(0, lo - 1)};
      case "nearly":
      case "almost":
      case "a little less than":
      case "slightly less than":
      case "just under":
      case "barely":
        return new int[] {Math.max(0, lo - Math.max(1, (lo + 3) / 4)), Math.max(0, lo - 1)};
      case "about":
      case "around":
      case "roughly":
      case "some":
        int t = Math.max(1, 2 * tolerance);
        return new int[] {Math.max(0, lo - t), hi + t};
      default:
        return new int[] {Math.max(0, lo - tolerance), hi + tolerance};
    }
  }

  private static Resolved dayOfPrevious(String phrase) {
    if (phrase.contains("before") || phrase.contains("previous") || phrase.contains("preceding")) {
      return Resolved.previous(-1, -1, false);
    }
    if (phrase.contains("after") || phrase.contains("next") || phrase.contains("following")) {
      return Resolved.previous(1, 1, false);
    }
    // "later in the day", "throughout the day": the story's day, the article's when none is told
    return Resolved.previous(0, 0, phrase.contains("the day"));
  }

  private static Resolved year(int y) {
    return Resolved.days(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), false,
        DatePrecision.YEAR, DateResolution.EXPLICIT);
  }

  private static Resolved decade(int start) {
    return Resolved.days(LocalDate.of(start, 1, 1), LocalDate.of(start + 9, 12, 31), false,
        DatePrecision.DECADE, DateResolution.EXPLICIT);
  }

  /** "from 1966 to 1978", "between 2009 and 2016": a later year within a century, else none. */
  private static Resolved yearRange(MatchResult m, Context c) {
    int a = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
    int b = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
    if (b <= a || b - a > 100) {
      return null;
    }
    return Resolved.days(LocalDate.of(a, 1, 1), LocalDate.of(b, 12, 31), false,
        DatePrecision.YEAR, DateResolution.EXPLICIT).range();
  }
}
