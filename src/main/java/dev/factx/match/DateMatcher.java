package dev.factx.match;

import dev.factx.align.Alignment;
import dev.factx.align.Link;
import dev.factx.align.Statement;
import dev.factx.analysis.Lexicon;
import dev.factx.analysis.NameKeys;
import dev.factx.extract.DateClaim;
import dev.factx.extract.DateComparison;
import dev.factx.extract.DateEvent;
import dev.factx.extract.DatePrecision;
import dev.factx.extract.Kind;
import dev.factx.extract.RoleClaim;
import dev.factx.text.Digits;
import dev.factx.text.MapValues;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Groups date claims of the same event across articles and says, through {@link
 * DateComparison}, whether their dates agree.
 *
 * <p>Two claims date the same event when their events are of one class ({@code
 * event-classes.txt}: indicted, charged and the indictment are one charge; said, told and the
 * statement one telling), or of one lemma where the class list has none, and they name the same
 * people: a participant in common across spellings, or words of one subject all found in the other
 * (a surname in the full name, "the Pentagon" in "Pentagon spokesperson Pat Ryder", or in the
 * organisations the bundle gives that person). An event that names nobody ("the Dec. 12
 * election") joins only one of the same word whose date agrees, or, both event nouns of one
 * class dated to one day, one of that class ("Sunday's shooting", "the attack on Sunday"). The attribution around a date is
 * not the event: "was indicted Tuesday, prosecutors said" dates the indictment.
 *
 * <p>Precision before recall: dates that cannot both hold make a discrepancy only between events
 * that share a person and are not tellings; one speaker's tellings on different days are different
 * occasions, and stay apart. A group never holds two claims of one article whose dates differ, nor
 * dates of one day further apart than {@link #SAME_EVENT_DAYS}. Relation: {@code same} when every
 * pair of articles' dates agree at the coarser precision, {@code conflict} when two cannot both
 * hold, {@code differs} when a scheduled date moved.
 */
public final class DateMatcher implements ClaimMatcher<DateClaim> {
  /** Dates of one day further apart than this are taken for two occasions. */
  public static final int SAME_EVENT_DAYS = 31;

  /** One claim with what matching needs; its key holds all but the claim's article. */
  record Event(DateClaim claim, Key key) {}

  /**
   * What {@link #together} reads of a claim, apart from its article. Equality is written out: a
   * record's generated equals and hashCode cost a cold start the set-up of
   * java.lang.runtime.ObjectMethods, tens of milliseconds.
   *
   * @param kind the event's class, else its lemma
   * @param lemma the event's lemma
   * @param telling whether the event is a telling
   * @param people the event's participants
   * @param subject the subject's content words
   * @param words the subject's words and the organisations the bundle gives its person
   * @param context the content words of the date's sentence
   * @param date the claim with its article left out (its days, precision, shape, event)
   * @param day the day the claim's article counts from (its anchor, else the article's date), or
   *     null
   * @param names {@code people} read as names, once for every comparison (equals leaves them
   *     out: they follow from {@code people})
   * @param speaker the event's person ({@code date.event().person()}) read as a name, once for
   *     every comparison, or null when it names none (equals leaves it out, as it leaves out the
   *     person it follows from)
   */
  private record Key(String kind, String lemma, boolean telling, Set<String> people,
      Set<String> subject, Set<String> words, Set<String> context, DateClaim date,
      LocalDate day, List<NameKeys.Name> names, NameKeys.Name speaker) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && kind.equals(k.kind) && lemma.equals(k.lemma)
          && telling == k.telling && people.equals(k.people) && subject.equals(k.subject)
          && words.equals(k.words) && context.equals(k.context)
          && Objects.equals(date.low(), k.date.low())
          && Objects.equals(date.high(), k.date.high()) && date.precision() == k.date.precision()
          && date.shape() == k.date.shape() && Objects.equals(date.anchor(), k.date.anchor())
          && date.resolution() == k.date.resolution()
          && date.event().tense() == k.date.event().tense()
          && date.event().attribution() == k.date.event().attribution()
          && date.event().rescheduled() == k.date.event().rescheduled()
          && Objects.equals(day, k.day);
    }

    @Override
    public int hashCode() {
      // every field equals reads that is cheap to hash: keys of one story often agree on the
      // first ones (kind, people, date) and differ only in their words, and keys of one hash
      // make a map's lookups linear
      return Objects.hash(kind, lemma, telling, people, subject, words, context, date.low(),
          date.high(), date.precision(), day);
    }
  }

  private final List<RoleClaim> roles;
  private final Grouping<Event> grouping;
  /**
   * The statement alignment, asked for only once the dates are grouped (grouping reads none of
   * it), so that a caller can group while the alignment is still being made.
   */
  private final Supplier<Alignment> alignment;
  /** Each article's day (its date header, else the bundle's), by article id. */
  private final Map<String, LocalDate> days;

  /**
   * A matcher that reads, for the people dates name, the organisations the bundle's role claims
   * give them, and no statement alignment.
   */
  public DateMatcher(List<RoleClaim> roles) {
    this(roles, Alignment.none());
  }

  /**
   * A matcher that also joins, agreeing only, the dates of statements the alignment says report
   * the same thing.
   */
  public DateMatcher(List<RoleClaim> roles, Alignment alignment) {
    this(roles, alignment, Map.of());
  }

  /**
   * As {@link #DateMatcher(List, Alignment)}, knowing each article's day, so that a date written
   * in full ("in 2016") is placed before or after the article's day as a relative one is.
   */
  public DateMatcher(List<RoleClaim> roles, Alignment alignment, Map<String, LocalDate> days) {
    this(roles, BLOCKED, constant(alignment), days);
  }

  /**
   * As {@link #DateMatcher(List, Alignment, Map)}, with the alignment asked of {@code alignment}
   * only after the dates are grouped (once a call of {@link #match} has grouped them, it waits
   * there for the alignment): grouping, most of the work, can go on while the aligner runs.
   */
  public DateMatcher(List<RoleClaim> roles, Supplier<Alignment> alignment,
      Map<String, LocalDate> days) {
    this(roles, BLOCKED, Objects.requireNonNull(alignment, "alignment"), days);
  }

  private static Supplier<Alignment> constant(Alignment alignment) {
    Objects.requireNonNull(alignment, "alignment");
    return () -> alignment;
  }

  /** A matcher that groups another way (the tests' all-pairs oracle). */
  DateMatcher(List<RoleClaim> roles, Grouping<Event> grouping) {
    this(roles, grouping, constant(Alignment.none()), Map.of());
  }

  private DateMatcher(List<RoleClaim> roles, Grouping<Event> grouping,
      Supplier<Alignment> alignment, Map<String, LocalDate> days) {
    this.days = Map.copyOf(days);
    this.roles = List.copyOf(roles);
    this.grouping = Objects.requireNonNull(grouping, "grouping");
    this.alignment = alignment;
  }

  /**
   * Complete linkage through keys, within blocks of one kind of event: events of different blocks never go together, so the work grows with the
   * events of each block, not of the bundle. Groups in order of first member.
   */
  private static List<List<Event>> blocked(List<Event> events,
      BiPredicate<Event, Event> together) {
    Map<String, List<Event>> blocks = new LinkedHashMap<>();
    for (Event e : events) {
      blocks.computeIfAbsent(block(e), MapValues.list()).add(e);
    }
    Map<Event, Integer> place = new IdentityHashMap<>();
    for (int i = 0; i < events.size(); i++) {
      place.put(events.get(i), i);
    }
    // blocks share nothing (the grouping of one reads only its own events): grouped side by side
    List<List<Event>> out = new ArrayList<>();
    for (List<List<Event>> groups :
        new ArrayList<>(blocks.values()).parallelStream().map(GROUP_BLOCK).toList()) {
      out.addAll(groups);
    }
    out.sort(new ByFirstMember(place));
    return out;
  }

  // The functions grouping is given (here and in KIN) are classes rather than lambdas: a lambda's
  // call site costs a cold start its linking, about a tenth of a millisecond (see MapValues).

  private static final Grouping<Event> BLOCKED = new Grouping<>() {
    @Override
    public List<List<Event>> groups(List<Event> events, BiPredicate<Event, Event> together) {
      return blocked(events, together);
    }
  };

  /** The groups of one block (its events of one kind). */
  private static final Function<List<Event>, List<List<Event>>> GROUP_BLOCK = new Function<>() {
    @Override
    public List<List<Event>> apply(List<Event> block) {
      return Clusters.byBlocks(block, KEY, KEYS_TOGETHER, ARTICLE, SAME_DATE, HOMES, PROBES, KIN);
    }
  };

  private static final Function<Event, Key> KEY = new Function<>() {
    @Override
    public Key apply(Event e) {
      return e.key();
    }
  };

  private static final BiPredicate<Key, Key> KEYS_TOGETHER = new BiPredicate<>() {
    @Override
    public boolean test(Key a, Key b) {
      return together(a, b);
    }
  };

  private static final BiPredicate<Event, Event> EVENTS_TOGETHER = new BiPredicate<>() {
    @Override
    public boolean test(Event a, Event b) {
      return together(a, b);
    }
  };

  private static final Function<Event, String> ARTICLE = new Function<>() {
    @Override
    public String apply(Event e) {
      return e.claim().articleId();
    }
  };

  /** Two events of one article go together only if their dates are the same. */
  private static final BiPredicate<Event, Event> SAME_DATE = new BiPredicate<>() {
    @Override
    public boolean test(Event x, Event y) {
      return DateComparison.same(x.claim(), y.claim());
    }
  };

  private static final Function<Key, List<String>> HOMES = new Function<>() {
    @Override
    public List<String> apply(Key k) {
      return homes(k);
    }
  };

  private static final Function<Key, List<String>> PROBES = new Function<>() {
    @Override
    public List<String> apply(Key k) {
      return probes(k);
    }
  };

  /** Groups in order of their first members' places among the events. */
  private static final class ByFirstMember implements Comparator<List<Event>> {
    private final Map<Event, Integer> place;

    ByFirstMember(Map<Event, Integer> place) {
      this.place = place;
    }

    @Override
    public int compare(List<Event> a, List<Event> b) {
      return Integer.compare(place.get(a.get(0)), place.get(b.get(0)));
    }
  }

  /**
   * Where a key is filed for grouping within its block (one kind of event), so that {@link
   * #probes} finds every group that may take a key: a group is filed under the homes of each of
   * its keys, and a key joins a group only if {@link #together} holds with every one of them, so
   * it is enough that {@code together(a, k)} implies that {@code probes(a)} meets {@code
   * homes(k)}. Why it does, route by route of {@link #together} (kinds are equal within a block,
   * so both keys are tellings or neither):
   *
   * <ul>
   *   <li>Two keys that share a person: their surnames are in each other's near blocks ({@link
   *       NameKeys.Name#block}, {@link NameKeys.Name#nearBlocks}).
   *   <li>Otherwise two keys that both name people never go together. Every other pair goes only
   *       by one of the two routes below, and only a key naming nobody need meet keys naming
   *       people by them: so each key files the tags of those routes under "P" when it names
   *       people, under "N" when not, and a key naming people probes only the "N" ones.
   *   <li>Subjects: {@code a}'s subject words all among {@code k}'s words (then {@code k}'s words
   *       hold {@code a}'s least subject word: every key is filed under each of its words, and
   *       {@code a} probes its least subject word), or {@code k}'s subject words all among
   *       {@code a}'s words (every key is filed under its least subject word, and {@code a}
   *       probes each of its words).
   *   <li>Agreeing dates of no telling, of one lemma that is no generic verb or told among two
   *       context words in common: the dates are {@link DateComparison.Relation#SAME}, so a day
   *       lies in both claims' days widened to their own precisions (compared at the coarser
   *       precision, whose units part the calendar, the unit they meet in lies within the
   *       coarser one's widened days and holds a day of the finer one's). {@link #dateTags} gives
   *       tags of the months (or years) such widened days cover, so that two keys with a day in
   *       common share a tag; a key is filed under its lemma and under each context word with
   *       each of its date tags, and probes the same with its date probes. Agreeing event nouns
   *       of one class naming nobody, each of one day ({@link #classNounOnADay}): such a key is
   *       also filed and probes under "k" with each date tag (the class is the block's).
   * </ul>
   *
   * A key whose date has an open end, or covers more than a dozen years, probes every group.
   */
  private static List<String> homes(Key k) {
    List<String> out = new ArrayList<>();
    for (NameKeys.Name n : k.names()) {
      out.add(n.block());
    }
    String side = k.people().isEmpty() ? "N|" : "P|";
    for (String w : k.words()) {
      out.add(side + "w|" + w);
    }
    String least = least(k.subject());
    if (least != null) {
      out.add(side + "s|" + least);
    }
    if (!k.telling()) {
      agreeing(k, side, dateTags(k, false), out);
    }
    return out;
  }

  /** The blocks whose groups may take a key (see {@link #homes}), or null for every group. */
  private static List<String> probes(Key k) {
    List<String> dates = k.telling() ? List.of() : dateTags(k, true);
    if (dates == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (NameKeys.Name n : k.names()) {
      out.addAll(n.nearBlocks());
    }
    for (String side : k.people().isEmpty() ? List.of("N|", "P|") : List.of("N|")) {
      String least = least(k.subject());
      if (least != null) {
        out.add(side + "w|" + least);
      }
      for (String w : k.words()) {
        out.add(side + "s|" + w);
      }
      agreeing(k, side, dates, out);
    }
    return out;
  }

  /** The tags of agreeing dates of one lemma or of two context words, with each date tag. */
  private static void agreeing(Key k, String side, List<String> dates, List<String> out) {
    boolean classNoun = classNounOnADay(k);
    for (String d : dates) {
      if (classNoun) {
        out.add(side + "k|" + d);
      }
      if (!GENERIC_VERBS.contains(k.lemma())) {
        out.add(side + "l|" + k.lemma() + "|" + d);
      }
      for (String c : k.context()) {
        out.add(side + "c|" + c + "|" + d);
      }
    }
  }

  /** The least of some words, or null when there are none. */
  private static String least(Set<String> words) {
    String out = null;
    for (String w : words) {
      if (out == null || w.compareTo(out) < 0) {
        out = w;
      }
    }
    return out;
  }

  /** Months a date's tags are kept by; a date covering more is tagged by years. */
  private static final int TAGGED_MONTHS = 13;

  /** Years a date's tags are kept by; a date covering more probes every group. */
  private static final int TAGGED_YEARS = 12;

  /**
   * Tags of the days a key's date covers, widened to (at least) its own precision: a date of at
   * most {@link #TAGGED_MONTHS} months is filed under each month ("m") and each year it touches
   * ("y"), a longer one of at most {@link #TAGGED_YEARS} years under each year ("Y"), any other
   * under "all". Its probes: a short date its months ("m"), its years among the long dates ("Y")
   * and "all"; a long one its years among the short ("y") and the long dates ("Y") and "all"; any
   * other null (every group). Two dates with a day in common share a tag, whichever is longer.
   *
   * @param probe the tags to probe ({@code true}) or to be filed under
   */
  private static List<String> dateTags(Key k, boolean probe) {
    DateClaim c = k.date();
    if (c.low() == null || c.high() == null) {
      return probe ? null : List.of("all");
    }
    LocalDate low = c.low().isBefore(c.high()) ? c.low() : c.high();
    LocalDate high = low == c.low() ? c.high() : c.low();
    // wider than the date widened to its own precision: a week's Monday lies at most six days
    // before it, its Sunday six after
    switch (c.precision()) {
      case DECADE:
        low = LocalDate.of(low.getYear() - Math.floorMod(low.getYear(), 10), 1, 1);
        high = LocalDate.of(high.getYear() - Math.floorMod(high.getYear(), 10) + 9, 12, 31);
        break;
      case YEAR:
        low = low.withDayOfYear(1);
        high = high.withMonth(12).withDayOfMonth(31);
        break;
      case WEEK:
        low = low.minusDays(6);
        high = high.plusDays(6);
        break;
      default:
        // a day, days, a part of a month, a month: within the months of its ends
        break;
    }
    long firstMonth = low.getYear() * 12L + low.getMonthValue() - 1;
    long lastMonth = high.getYear() * 12L + high.getMonthValue() - 1;
    List<String> out = new ArrayList<>();
    if (lastMonth - firstMonth < TAGGED_MONTHS) {
      for (long m = firstMonth; m <= lastMonth; m++) {
        out.add("m" + m);
      }
      for (int y = low.getYear(); y <= high.getYear(); y++) {
        out.add((probe ? "Y" : "y") + y);
      }
    } else if (high.getYear() - low.getYear() < TAGGED_YEARS) {
      for (int y = low.getYear(); y <= high.getYear(); y++) {
        out.add("Y" + y);
        if (probe) {
          out.add("y" + y);
        }
      }
    } else {
      return probe ? null : List.of("all");
    }
    if (probe) {
      out.add("all");
    }
    return out;
  }

  /**
   * Keys a group tests as one against a key ({@link Clusters.Kin}), in two cases where {@link
   * #together} reads of the group's key only what its kin holds:
   *
   * <ul>
   *   <li>Keys that share a person: {@code together} then reads, besides that, only the dates
   *       ({@link DateComparison#compare}: days, precision, shape, anchor, resolution, tense and
   *       move; {@code gap}), the days they count from ({@code side}), whether the date is the
   *       telling's ({@code toldOn}), whether the lemma is a generic verb, the event's person,
   *       a telling's speaker's words ({@code maySpeakAlike}) and the kind (one per block). A kin
   *       of keys naming people holds those and the people (so that sharing a person with one is
   *       sharing it with all).
   *   <li>Two keys naming nobody, of one lemma that is no generic verb: the same and the
   *       subjects' and words' tests, but not the context (the lemma decides before it is
   *       read). A kin of keys naming nobody holds those and the lemma, subject and words.
   * </ul>
   *
   * A change to {@link #together} that reads more of such keys must add it here.
   */
  private static final Clusters.Kin<Key> KIN =
      new Clusters.Kin<>(
          new Function<Key, Object>() {
            @Override
            public Object apply(Key k) {
              return kin(k);
            }
          },
          new BiPredicate<Key, Key>() {
            @Override
            public boolean test(Key a, Key k) {
              return oneForKin(a, k);
            }
          });

  /** Whether a key's test against a key of a kin holds for the whole kin (see {@link #KIN}). */
  private static boolean oneForKin(Key a, Key k) {
    return sharePerson(a.names(), k.names())
        || (a.people().isEmpty() && k.people().isEmpty() && a.lemma().equals(k.lemma())
            && !GENERIC_VERBS.contains(a.lemma()));
  }

  /** A key's kin (see {@link #KIN}); null parts are kept (the list allows them). */
  private static List<Object> kin(Key k) {
    DateClaim c = k.date();
    DateEvent e = c.event();
    List<Object> dated = java.util.Arrays.asList(c.low(), c.high(), c.precision(), c.shape(),
        c.anchor(), c.resolution(), e.tense(), e.attribution(), e.rescheduled(), k.day(),
        e.person(), k.telling());
    return k.people().isEmpty()
        ? List.of(NOBODY_KIN, dated, k.lemma(), k.subject(), k.words())
        : List.of(k.people(), dated, GENERIC_VERBS.contains(k.lemma()),
            // a telling's speaker (maySpeakAlike)
            k.telling() && speaker(k) != null ? k.subject() : List.of());
  }

  /** The mark of a kin of keys naming nobody. */
  private static final String NOBODY_KIN = "nobody";

  /** The block of an event: its kind (events of other kinds never go together). */
  private static String block(Event e) {
    return e.key().kind();
  }

  @Override
  public List<Finding> match(List<DateClaim> claims) {
    Map<String, Set<String>> organisations = organisations(roles);
    List<Finding> out = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    for (DateClaim c : claims) {
      DateEvent e = c.event();
      if (!c.resolved() || e == null) {
        out.add(finding(List.of(c)));
        continue;
      }
      Set<String> words = new HashSet<>(e.words());
      Set<String> people = new LinkedHashSet<>(e.participants());
      for (String p : e.participants()) {
        words.addAll(organisations.getOrDefault(p, Set.of()));
      }
      String kind = e.eventClass() != null ? e.eventClass() : e.lemma();
      List<NameKeys.Name> names = new ArrayList<>(people.size());
      for (String p : people) {
        names.add(NameKeys.Name.of(p));
      }
      events.add(new Event(c, new Key(kind, e.lemma(), "speak".equals(kind), people,
          e.words(), words, e.context(), c,
          c.anchor() != null ? c.anchor() : days.get(c.articleId()), names,
          e.person() == null ? null : NameKeys.Name.of(e.person()))));
    }
    List<List<Event>> groups = towards(deeds(grouping.groups(events, EVENTS_TOGETHER)));
    Set<List<Event>> viaAlignment = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (List<Event> g : aligned(groups, claims, viaAlignment)) {
      List<DateClaim> members = new ArrayList<>(g.size());
      for (Event e : g) {
        members.add(e.claim());
      }
      Finding f = finding(members);
      // a finding the alignment joined shows the links it rests on
      out.add(viaAlignment.contains(g) ? f.withAlignments(alignment().basis(members)) : f);
    }
    return out;
  }

  private Alignment alignment() {
    return alignment.get();
  }

  /** Groups of dates in aligned statements compared for joining at most this many at a time. */
  static final int MAX_ALIGNED_GROUPS = 64;

  /**
   * Joins groups whose dates stand in statements the alignment says report the same thing
   * ("Twelve workers died on Tuesday" / "The fire, which killed 12 workers on March 11, ..."),
   * agreeing only: every date of one group agrees with every date of the other, the groups share
   * no article, each of the two statements holds that one date and no other, and the two events
   * do not name different people. Joined groups are added to {@code joinedOut}.
   */
  private List<List<Event>> aligned(List<List<Event>> groups, List<DateClaim> claims,
      Set<List<Event>> joinedOut) {
    // how many dates each statement holds: a statement of two dates does not say which is which
    Map<Statement, Integer> datesIn = new HashMap<>();
    for (DateClaim c : claims) {
      Statement s = alignment().statementOf(c);
      if (s != null) {
        MapValues.count(datesIn, s);
      }
    }
    if (datesIn.isEmpty()) {
      return groups;
    }
    // per group, one statement of one date for each statement node (copies share a node, so a
    // telling copied into thousands of articles costs one), and the groups standing in each node
    Map<Integer, List<Placed>> byNode = new HashMap<>();
    List<List<Statement>> own = new ArrayList<>(groups.size());
    for (int i = 0; i < groups.size(); i++) {
      Map<Integer, Statement> mine = new LinkedHashMap<>();
      for (Event e : groups.get(i)) {
        Statement s = alignment().statementOf(e.claim());
        if (s != null && datesIn.get(s) == 1) {
          int n = alignment().nodeOf(s);
          if (mine.putIfAbsent(n, s) == null) {
            byNode.computeIfAbsent(n, MapValues.list()).add(new Placed(i, s));
          }
        }
      }
      own.add(List.copyOf(mine.values()));
    }
    List<List<Event>> joined = new ArrayList<>(groups.size());
    List<Set<String>> articles = new ArrayList<>(groups.size());
    List<Set<Key>> keys = new ArrayList<>(groups.size());
    List<Map<DateComparison.Reads, DateClaim>> reads = new ArrayList<>(groups.size());
    open(groups, joined, articles, keys, reads);
    Map<String, Double> best = new HashMap<>();
    boolean[] gone = new boolean[groups.size()];
    boolean[] grew = new boolean[groups.size()];
    for (int i = 0; i < groups.size(); i++) {
      if (gone[i] || own.get(i).isEmpty()) {
        continue;
      }
      java.util.ArrayDeque<Statement> todo = new java.util.ArrayDeque<>(own.get(i));
      int tried = 0;
      while (!todo.isEmpty() && tried < MAX_ALIGNED_GROUPS) {
        Statement sa = todo.poll();
        int n = alignment().nodeOf(sa);
        List<Integer> near = new ArrayList<>(List.of(n));
        near.addAll(alignment().linkedNodes(n));
        for (int m : near) {
          for (Placed p : byNode.getOrDefault(m, List.of())) {
            int j = p.group();
            if (j == i || gone[j] || tried++ >= MAX_ALIGNED_GROUPS
                || !java.util.Collections.disjoint(articles.get(i), articles.get(j))
                || !agree(readsOf(reads, keys, i), readsOf(reads, keys, j))
                || !oneDoer(keys.get(i), keys.get(j))
                || !eachOthersBest(sa, p.statement(), datesIn.keySet(), best)) {
              continue;
            }
            joined.get(i).addAll(joined.get(j));
            articles.get(i).addAll(articles.get(j));
            keys.get(i).addAll(keys.get(j));
            joinReads(reads, keys, i, j);
            gone[j] = true;
            grew[i] = true;
            todo.addAll(own.get(j));
          }
        }
      }
    }
    List<List<Event>> out = new ArrayList<>();
    for (int i = 0; i < joined.size(); i++) {
      if (!gone[i]) {
        out.add(joined.get(i));
        if (grew[i]) {
          joinedOut.add(joined.get(i));
        }
      }
    }
    return out;
  }

  /**
   * The least score of two statements' link for their dates to join: above the alignment's own
   * threshold, since the two dates' events may be told in words that share nothing.
   */
  static final double MIN_ALIGNED_SCORE = 0.30;

  /** A statement of one date and the group its date stands in. */
  private record Placed(int group, Statement statement) {}

  /**
   * Whether two statements of different articles are aligned and each is the other's best among
   * the other article's statements that hold a date: a sentence that shares words with several
   * of another article's dated sentences joins only the one it is most like.
   */
  private boolean eachOthersBest(Statement a, Statement b, Set<Statement> dated,
      Map<String, Double> best) {
    Link l = alignment().link(a, b);
    if (l == null || !l.statements()) {
      return false;
    }
    double s = l.score().doubleValue();
    return s >= MIN_ALIGNED_SCORE && s >= bestIn(a, b.articleId(), dated, best)
        && s >= bestIn(b, a.articleId(), dated, best);
  }

  /** The best score of a statement's whole-statement links to another article's dated ones. */
  private double bestIn(Statement a, String article, Set<Statement> dated,
      Map<String, Double> best) {
    String key = a.articleId() + ":" + a.index() + ">" + article;
    Double known = best.get(key);
    if (known != null) {
      return known;
    }
    double most = 0;
    for (Statement b : alignment().statements(article)) {
      if (!dated.contains(b)) {
        continue;
      }
      Link l = alignment().link(a, b);
      if (l != null && l.statements()) {
        most = Math.max(most, l.score().doubleValue());
      }
    }
    best.put(key, most);
    return most;
  }

  /**
   * Whether the events of two groups can be one doer's: at most one of them names its doer (a
   * person, or a subject that is not the event itself: "the crews pulled", not "the fire swept";
   * two that both name a doer meet through their doers, above, or not at all), and not both are
   * tellings (people who react to one news on one day say alike things: whose telling each is,
   * only their people can say).
   */
  private static boolean oneDoer(Set<Key> a, Set<Key> b) {
    for (Key x : a) {
      for (Key y : b) {
        if ((doer(x) && doer(y)) || (x.telling() && y.telling())
            || !maySharePeople(x.names(), y.names())) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether two events' people can be the same: either names nobody, or a person of one has the
   * other's surname ("court papers filed against Jackson" and "documents showed how Jesse
   * Jackson spent": a bare surname may name either of two namesakes).
   */
  private static boolean maySharePeople(List<NameKeys.Name> a, List<NameKeys.Name> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    for (NameKeys.Name x : a) {
      for (NameKeys.Name y : b) {
        String sx = x.surname();
        String sy = y.surname();
        if (sx != null && sy != null && NameKeys.samePerson(sx, sy)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether an event names who did it: its subject is a person, or words that name no event
   * (a person named after the verb, "papers filed against Jackson", is no doer).
   */
  private static boolean doer(Key k) {
    if (k.date().event().person() != null) {
      return true;
    }
    // "court papers", "the 48-page indictment": a subject whose head is a document or event noun
    String[] written = k.date().event().subject().toLowerCase(java.util.Locale.ROOT).split(" ");
    if (eventNoun(written[written.length - 1])) {
      return false;
    }
    for (String w : k.subject()) {
      if (!Digits.in(w) && !Lexicon.SCALES.containsKey(w)
          && !Lexicon.NUMBER_WORDS.containsKey(w) && !eventNoun(w)) {
        return true;
      }
    }
    return false;
  }


  /** Nouns of papers that record what someone did, not who did it: "court papers filed". */
  private static final Set<String> RECORD_NOUNS = Set.of("document", "paper", "record", "file",
      "transcript", "indictment", "complaint", "affidavit", "motion");

  /** Whether a word (maybe a stem, maybe plural) is a noun of an event, a speech or a document. */
  private static boolean eventNoun(String w) {
    for (String f : List.of(w, w + "s", singular(w))) {
      if (Lexicon.EVENT_NOUNS.contains(f) || Lexicon.SPEECH_NOUNS.contains(f)
          || Lexicon.DOCUMENT_NOUNS.contains(f) || RECORD_NOUNS.contains(f)) {
        return true;
      }
    }
    return false;
  }

  private static String singular(String w) {
    return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
  }

  /** Words of a sentence that tell its time, not its event ("last week", "later that day"). */
  private static final Set<String> TIME_WORDS = Set.of("last", "next", "week", "month", "year",
      "earlier", "later", "early", "late", "ago", "morning", "afternoon", "evening", "night",
      "weekend");

  /** Groups of one doer's deeds compared for joining at most this many at a time. */
  static final int MAX_DEED_GROUPS = 64;

  /**
   * Joins groups that tell one person's doing on one day in other words ("Ana Lind resigned on
   * Tuesday", "Lind quit Tuesday", "Lind stepped down this week"): groups of other articles whose
   * every claim has that person as subject, is no telling, names a day or a week, and agrees with
   * every claim of the other group, and whose sentences share a word beyond the person's name and
   * the date. A group takes the one of most shared words first. Only dates that agree are joined,
   * so the join never makes a discrepancy; tellings, events of no person and coarser dates keep
   * their own groups.
   */
  static List<List<Event>> deeds(List<List<Event>> groups) {
    return joinOnOneDay(groups, /* deeds= */ true);
  }

  /**
   * Joins groups that tell what one body of people did to one person on one day, in other words
   * ("Every Republican on the committee demanded Ito resign on Thursday", "Republicans accused
   * Ito on Thursday", "In a letter dated Thursday, the committee members accused Ito"): groups of
   * other articles whose every claim names no person as its doer but a subject that is no event
   * or record, takes that person as a participant, is no telling, names a day, and agrees with
   * every claim of the other group, and whose subjects share a word ("Republicans" /
   * "Republican", "committee"). As for {@link #deeds}, only dates that agree are joined, so the
   * join never makes a discrepancy.
   */
  static List<List<Event>> towards(List<List<Event>> groups) {
    return joinOnOneDay(groups, /* deeds= */ false);
  }

  /**
   * Joins groups of one key ({@link #deedKey} for {@code deeds}, else {@link #targetKey}; null for
   * none) whose articles differ and whose dates agree, each taking first the one that shares most
   * words ({@link #sharedBeyondNames} for {@code deeds}, else {@link #sharedSubjectWords}; at
   * least one).
   */
  private static List<List<Event>> joinOnOneDay(List<List<Event>> groups, boolean deeds) {
    Map<String, List<Integer>> byDay = new LinkedHashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      String k = deeds ? deedKey(groups.get(i)) : targetKey(groups.get(i));
      if (k != null) {
        byDay.computeIfAbsent(k, MapValues.list()).add(i);
      }
    }
    List<List<Event>> joined = new ArrayList<>(groups.size());
    List<Set<String>> articles = new ArrayList<>(groups.size());
    List<Set<Key>> keys = new ArrayList<>(groups.size());
    List<Map<DateComparison.Reads, DateClaim>> reads = new ArrayList<>(groups.size());
    open(groups, joined, articles, keys, reads);
    boolean[] gone = new boolean[groups.size()];
    for (List<Integer> same : byDay.values()) {
      if (same.size() < 2 || same.size() > MAX_DEED_GROUPS) {
        continue;
      }
      for (int x = 0; x < same.size(); x++) {
        int i = same.get(x);
        if (gone[i]) {
          continue;
        }
        while (true) {
          int best = -1;
          int bestShared = 0;
          for (int y = x + 1; y < same.size(); y++) {
            int j = same.get(y);
            if (gone[j] || !java.util.Collections.disjoint(articles.get(i), articles.get(j))) {
              continue;
            }
            int n = deeds ? sharedBeyondNames(keys.get(i), keys.get(j))
                : sharedSubjectWords(keys.get(i), keys.get(j));
            if (n > bestShared && agree(readsOf(reads, keys, i), readsOf(reads, keys, j))) {
              best = j;
              bestShared = n;
            }
          }
          if (best < 0) {
            break;
          }
          joined.get(i).addAll(joined.get(best));
          articles.get(i).addAll(articles.get(best));
          keys.get(i).addAll(keys.get(best));
          joinReads(reads, keys, i, best);
          gone[best] = true;
        }
      }
    }
    List<List<Event>> out = new ArrayList<>();
    for (int i = 0; i < joined.size(); i++) {
      if (!gone[i]) {
        out.add(joined.get(i));
      }
    }
    return out;
  }

  /**
   * Each group as a list that can grow, with its articles, its distinct keys and a place for a
   * date of each distinct read of its dates ({@link #readsOf}, for {@link #agree}): copies of one
   * telling share a key, so comparisons grow with the distinct tellings, not with the articles.
   */
  private static void open(List<List<Event>> groups, List<List<Event>> joined,
      List<Set<String>> articles, List<Set<Key>> keys,
      List<Map<DateComparison.Reads, DateClaim>> reads) {
    for (List<Event> g : groups) {
      joined.add(new ArrayList<>(g));
      Set<String> a = new HashSet<>();
      Set<Key> k = new LinkedHashSet<>();
      for (Event e : g) {
        a.add(e.claim().articleId());
        k.add(e.key());
      }
      articles.add(a);
      keys.add(k);
      reads.add(null); // made when first asked for (readsOf)
    }
  }

  /** Group {@code i}'s distinct reads, made from its keys when first asked for. */
  private static Map<DateComparison.Reads, DateClaim> readsOf(
      List<Map<DateComparison.Reads, DateClaim>> reads, List<Set<Key>> keys, int i) {
    Map<DateComparison.Reads, DateClaim> r = reads.get(i);
    if (r == null) {
      r = new HashMap<>();
      addReads(r, keys.get(i));
      reads.set(i, r);
    }
    return r;
  }

  private static void addReads(Map<DateComparison.Reads, DateClaim> into, Set<Key> keys) {
    for (Key key : keys) {
      into.putIfAbsent(DateComparison.reads(key.date()), key.date());
    }
  }

  /**
   * Group {@code j} joined to group {@code i} (its keys added to {@code i}'s already): {@code
   * j}'s distinct reads added to {@code i}'s, if those are made yet (else they are made from the
   * joined keys when asked for).
   */
  private static void joinReads(List<Map<DateComparison.Reads, DateClaim>> reads,
      List<Set<Key>> keys, int i, int j) {
    Map<DateComparison.Reads, DateClaim> into = reads.get(i);
    if (into == null) {
      return;
    }
    Map<DateComparison.Reads, DateClaim> from = reads.get(j);
    if (from != null) {
      for (Map.Entry<DateComparison.Reads, DateClaim> e : from.entrySet()) {
        into.putIfAbsent(e.getKey(), e.getValue());
      }
    } else {
      addReads(into, keys.get(j));
    }
  }

  /**
   * The person and week of a group of one doer's deeds, or null: every claim's subject is that
   * person, no claim is a telling, every date names a day, a few days or a week.
   */
  private static String deedKey(List<Event> g) {
    String person = null;
    LocalDate monday = null;
    for (Event e : g) {
      DateClaim c = e.claim();
      DateEvent ev = c.event();
      if (e.key().telling() || ev.attribution() || c.low() == null
          || c.precision().compareTo(DatePrecision.WEEK) > 0) {
        return null;
      }
      LocalDate m = c.low().with(java.time.DayOfWeek.MONDAY);
      if ((person != null && ev.person() != null && !person.equals(ev.person()))
          || (monday != null && !monday.equals(m))) {
        return null;
      }
      person = ev.person() != null ? ev.person() : person;
      monday = m;
    }
    return person == null ? null : person + "|" + monday;
  }

  /**
   * The person and day of a group of one body's acts towards a person, or null: every claim
   * names a day, is no telling, names no person as doer but a doer ({@link #doer}), and has that
   * person among its participants (the least such name, when several).
   */
  private static String targetKey(List<Event> g) {
    Set<String> common = null;
    LocalDate day = null;
    for (Event e : g) {
      DateClaim c = e.claim();
      DateEvent ev = c.event();
      if (e.key().telling() || ev.attribution() || ev.person() != null || !doer(e.key())
          || c.low() == null || c.precision() != DatePrecision.DAY || !c.low().equals(c.high())
          || (day != null && !day.equals(c.low()))) {
        return null;
      }
      day = c.low();
      if (common == null) {
        common = new java.util.TreeSet<>(ev.participants());
      } else {
        common.retainAll(ev.participants());
      }
    }
    return common == null || common.isEmpty() ? null : common.iterator().next() + "|" + day;
  }

  /** How many words two groups' subjects share at most, plurals read as their singular. */
  private static int sharedSubjectWords(Set<Key> a, Set<Key> b) {
    List<Set<String>> others = new ArrayList<>(b.size());
    for (Key y : b) {
      others.add(subjectWords(y));
    }
    int most = 0;
    for (Key x : a) {
      Set<String> mine = subjectWords(x);
      for (Set<String> other : others) {
        int n = 0;
        for (String w : mine) {
          n += other.contains(w) ? 1 : 0;
        }
        most = Math.max(most, n);
      }
    }
    return most;
  }

  /** A key's subject words of three letters or more that are no stop words, as singulars. */
  private static Set<String> subjectWords(Key k) {
    Set<String> words = new HashSet<>();
    for (String w : k.subject()) {
      String s = singular(w);
      if (s.length() >= 3 && !Lexicon.STOP_WORDS.contains(s)) {
        words.add(s);
      }
    }
    return words;
  }

  /**
   * Whether every date of one group agrees with every date of the other, each group given by a
   * date of each of its distinct {@link DateComparison#reads} (dates of equal reads compare alike
   * with any date, so each pair of reads is compared once, however many keys share them).
   */
  private static boolean agree(Map<DateComparison.Reads, DateClaim> a,
      Map<DateComparison.Reads, DateClaim> b) {
    for (DateClaim x : a.values()) {
      for (DateClaim y : b.values()) {
        if (!DateComparison.same(x, y)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether a word is one of the words or a stem of one. */
  private static boolean stemOfAny(String stem, Set<String> words) {
    for (String w : words) {
      if (w.startsWith(stem)) {
        return true;
      }
    }
    return false;
  }

  /** The most words two keys of the groups' sentences share, the subjects' words aside. */
  private static int sharedBeyondNames(Set<Key> a, Set<Key> b) {
    int most = 0;
    for (Key x : a) {
      for (Key y : b) {
        Set<String> common = new HashSet<>(x.context());
        common.retainAll(y.context());
        common.removeAll(TIME_WORDS);
        // the context's words are stems ("lepag" of "LePage"): a stem of a subject word goes
        int n = 0;
        for (String w : common) {
          n += stemOfAny(w, x.subject()) || stemOfAny(w, y.subject()) ? 0 : 1;
        }
        most = Math.max(most, n);
      }
    }
    return most;
  }


  /** Whether two claims can date one event and sit in one finding. */
  static boolean together(Event a, Event b) {
    DateClaim x = a.claim();
    DateClaim y = b.claim();
    if (x.articleId().equals(y.articleId()) && !DateComparison.same(x, y)) {
      return false;
    }
    return together(a.key(), b.key());
  }

  /** Whether two claims of different articles can date one event. */
  private static boolean together(Key a, Key b) {
    if (!a.kind().equals(b.kind())) {
      return false;
    }
    DateComparison.Result r = DateComparison.compare(a.date(), b.date());
    if (r == null) {
      return false;
    }
    boolean agree = r.relation() == DateComparison.Relation.SAME;
    if (r.precision() == DatePrecision.DAY && gap(a.date(), b.date()) > SAME_EVENT_DAYS) {
      return false;
    }
    // "were indicted, prosecutors announced Tuesday": a date its telling gives joins only dates
    // that agree
    if (!agree && (toldOn(a) || toldOn(b))) {
      return false;
    }
    // "the Friday vote" and "votes next week": a day gone by and one to come, each by its own
    // article's day, are two occasions
    if (!agree && Math.abs(side(a) - side(b)) == 2) {
      return false;
    }
    // "the pressure was on her last week" and "she was terrific tonight": a verb that names no
    // event of its own makes no conflict
    if (!agree && GENERIC_VERBS.contains(a.lemma()) && GENERIC_VERBS.contains(b.lemma())) {
      return false;
    }
    // "Lind said the calls to remove Ito were absurd" and "Ito told a newspaper": two speakers'
    // tellings are two, whoever else they name
    // (NameKeys.samePerson of the two persons, each read as a name once, in its key)
    NameKeys.Name sa = a.speaker();
    NameKeys.Name sb = b.speaker();
    if (a.telling() && b.telling() && sa != null && sb != null && !sa.same(sb)) {
      return false;
    }
    if (sharePerson(a.names(), b.names())) {
      // "The Atlantic reported on Monday that Ito had resigned" and "Ito confirmed on Monday":
      // two speakers' tellings are two though they name one person, also when a speaker is no
      // person
      if (a.telling() && !maySpeakAlike(a, b)) {
        return false;
      }
      // one speaker's tellings of other days are other occasions
      return agree || !a.telling();
    }
    if (!a.people().isEmpty() && !b.people().isEmpty()) {
      return false; // blocked() files keys by their people on the strength of this (homes)
    }
    Set<String> p = a.subject();
    Set<String> q = b.subject();
    // a person's subject also stands for the organisations the bundle gives them
    boolean subjects = (!p.isEmpty() && b.words().containsAll(p))
        || (!q.isEmpty() && a.words().containsAll(q));
    if (subjects) {
      // "his debate last week" and "the 1988 debate": an event of someone's and one of nobody
      // named may be two occasions; only two of nobody named conflict
      return agree || (!a.telling() && !p.isEmpty() && !q.isEmpty() && a.people().isEmpty()
          && b.people().isEmpty());
    }
    // an event that names nobody: one of the same word, or told in a sentence of the same
    // words, or named by nouns of one class on one day ("the attack on Sunday", "Sunday's
    // shooting"), whose date agrees
    return agree && !a.telling()
        && ((a.lemma().equals(b.lemma()) && !GENERIC_VERBS.contains(a.lemma()))
            || shared(a.context(), b.context()) >= 2 || (classNounOnADay(a) && classNounOnADay(b)));
  }

  /**
   * Whether a key is an event noun of a class that names nobody and no subject ("the attack",
   * "Sunday's shooting", "the violence, which shattered lives on Sunday"), dated to one day.
   */
  private static boolean classNounOnADay(Key k) {
    DateClaim c = k.date();
    DateEvent e = c.event();
    return e.eventClass() != null && !k.telling()
        && k.people().isEmpty() && e.subject().isEmpty() && c.precision() == DatePrecision.DAY
        && c.low() != null && c.low().equals(c.high());
  }

  /**
   * Whether two tellings may be one speaker's: either names no speaker (no subject, or none but
   * a pronoun that stands for nobody known), both name one person, a person's surname is among
   * the other's subject words ("Ortiz's office said" / "Lena Ortiz said"), or the words of one
   * speaker that is no person are all among the other's ("the department" / "the Justice
   * Department").
   */
  private static boolean maySpeakAlike(Key a, Key b) {
    if (speaker(a) == null || speaker(b) == null) {
      return true;
    }
    NameKeys.Name pa = a.speaker();
    NameKeys.Name pb = b.speaker();
    if (pa != null && pb != null) {
      return pa.same(pb);
    }
    if (pa != null || pb != null) {
      String surname = (pa != null ? pa : pb).surname();
      if (surname != null) {
        for (String w : (pa != null ? b : a).subject()) {
          if (NameKeys.fold(w).equals(surname)) {
            return true;
          }
        }
      }
      return false;
    }
    return a.subject().containsAll(b.subject()) || b.subject().containsAll(a.subject());
  }

  /**
   * Who tells a telling, as {@link #maySpeakAlike} reads it: its person, else its subject's
   * words, or null when it names no speaker.
   */
  private static Object speaker(Key k) {
    DateEvent e = k.date().event();
    if (e.person() != null) {
      return e.person();
    }
    return e.subject().isEmpty() || k.subject().isEmpty() ? null : k.subject();
  }

  /**
   * Verbs that name no event of their own ("it took", "they had", "he got"): two of them name one
   * event only with more words in common.
   */
  private static final Set<String> GENERIC_VERBS = Set.of("take", "be", "have", "get", "make",
      "go", "come", "give", "do", "put", "keep", "see", "seem", "become");

  /**
   * Where a date lies from the day its article counts from: -1 wholly before it, 1 wholly after,
   * 0 across it or when the claim counts from no day.
   */
  private static int side(Key k) {
    DateClaim c = k.date();
    LocalDate from = k.day();
    if (from == null || c.low() == null || c.high() == null) {
      return 0;
    }
    return c.high().isBefore(from) ? -1 : c.low().isAfter(from) ? 1 : 0;
  }

  /** Whether a claim dates an event by the day it was told, not by its own date. */
  private static boolean toldOn(Key k) {
    return !k.telling() && k.date().event().attribution();
  }

  /** How many words two sets share. */
  private static int shared(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int n = 0;
    for (String w : small) {
      if (large.contains(w)) {
        n++;
      }
    }
    return n;
  }

  /** Whether two lists of names share a person ({@link NameKeys#samePerson} of some two). */
  private static boolean sharePerson(List<NameKeys.Name> a, List<NameKeys.Name> b) {
    for (NameKeys.Name x : a) {
      for (NameKeys.Name y : b) {
        if (x.same(y)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Finding finding(List<DateClaim> members) {
    List<String> ids = new ArrayList<>(members.size());
    Set<String> articles = new LinkedHashSet<>();
    for (DateClaim c : members) {
      ids.add(c.id());
      articles.add(c.articleId());
    }
    DateEvent event = members.get(0).event();
    String subject = event == null ? null : event.text();
    Finding.Dated detail = dated(articles, members);
    if (articles.size() < 2) {
      return new Finding(null, Kind.DATE, Verdict.UNIQUE, null, subject, ids, List.of(), detail);
    }
    // the worst relation between the dates of two different articles
    Relation relation = WorstDates.of(members);
    Verdict verdict = relation == Relation.SAME ? Verdict.AGREE : Verdict.DISCREPANCY;
    return new Finding(null, Kind.DATE, verdict, relation, subject, ids, List.of(), detail);
  }

  /** What a date finding's message tells: the articles, the first date, every date as written. */
  private static Finding.Dated dated(Set<String> articles, List<DateClaim> members) {
    List<Finding.DateText> texts = new ArrayList<>();
    for (DateClaim c : members) {
      texts.add(new Finding.DateText(c.text(), c.articleId(), c.value()));
    }
    return new Finding.Dated(List.copyOf(articles), members.get(0).value(), texts);
  }

  /** Days between two claims' days, 0 when they meet (an open end meets everything). */
  private static long gap(DateClaim a, DateClaim b) {
    LocalDate aLow = a.low();
    LocalDate aHigh = a.high();
    LocalDate bLow = b.low();
    LocalDate bHigh = b.high();
    if (aHigh != null && bLow != null && aHigh.isBefore(bLow)) {
      return ChronoUnit.DAYS.between(aHigh, bLow);
    }
    if (bHigh != null && aLow != null && bHigh.isBefore(aLow)) {
      return ChronoUnit.DAYS.between(bHigh, aLow);
    }
    return 0;
  }

  /** The words of the organisations the bundle's role claims give each person. */
  private static Map<String, Set<String>> organisations(List<RoleClaim> roles) {
    Map<String, Set<String>> out = new HashMap<>();
    for (RoleClaim r : roles) {
      if (r.organisation() != null) {
        out.computeIfAbsent(r.person(), MapValues.set()).addAll(r.organisationWords());
      }
    }
    return out;
  }
}
