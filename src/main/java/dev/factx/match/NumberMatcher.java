package dev.factx.match;

import dev.factx.align.Alignment;
import dev.factx.align.Statement;
import dev.factx.analysis.WordKeys;
import dev.factx.extract.Counted;
import dev.factx.extract.DateClaim;
import dev.factx.extract.FigureContext;
import dev.factx.extract.Kind;
import dev.factx.extract.NumericClaim;
import dev.factx.text.MapValues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Groups number claims that count the same thing and says whether their figures agree.
 *
 * <p><b>What a figure counts</b> ({@link Counted}) decides whether two figures may be one count:
 * the same measure (a count, a currency, a share, a length of time, an age, a rank, a score), the
 * same counted noun or a synonym ({@code figure-synonyms.txt}: workers and employees; revenue and
 * turnover), or one of them an umbrella noun of people ("people", "others"), or a noun that counts
 * people by what happened to them ("200 arrests" are 200 people arrested); the same outcome
 * ("killed", "injured" = "wounded" = "hurt", "killed or wounded" = "casualties"); and no word that
 * makes them specific contradicting the other's (a sum of furniture and a sum of televisions, a
 * sum "at malls" and one "on meals", per share and in revenue, two different people's ages, two
 * groups' losses). The unit word alone never groups figures.
 *
 * <p><b>Which figures are compared</b>, in order of the evidence:
 *
 * <ol>
 *   <li>figures whose statements are aligned as wholes ({@link Alignment}: copies, or statements
 *       that share enough rare words, names, figures and dates) are one count, whether they
 *       agree or not;
 *   <li>figures that count a specific thing ("workers killed", "residents evacuated", "pages of
 *       the indictment", "campaign money", "sales year on year") are one count when each of their
 *       articles gives that count one value only: a fact-checker compares the one figure each
 *       article gives for it;
 *   <li>then, to agree only: figures whose surroundings are alike (the words around them), and
 *       figures of the same specific thing anywhere in the bundle, join when their values are the
 *       same. Two different nouns of people never join ("four teenage girls" and "four women" may
 *       be one count, but "two young sons" and "two senators" are not, and nothing in the words
 *       tells the two cases apart).
 * </ol>
 *
 * Two figures of one statement of one article are never one count (a writer gives two figures
 * side by side because they are two). Everything else stays apart: precision before recall.
 *
 * <p><b>A changing count</b> (deaths, injuries, arrests) whose values cannot both hold is reported
 * as {@code differs}, not {@code conflict}, when the statements give different days for them: a
 * toll that rose. The message shows each figure's day.
 *
 * <p>Work is linear in the number of claims: claims are blocked by measure, joined through the
 * alignment's nodes (copies are one node) and hashed keys, and only the distinct values of a group
 * are compared with each other.
 */
public final class NumberMatcher implements ClaimMatcher<NumericClaim> {
  /** Outcomes of a count that can grow as a story goes on (a toll that rises). */
  private static final Set<String> CHANGING = Set.of("killed", "injured", "killed or wounded",
      "arrested", "detained", "missing", "evacuated", "displaced", "hospitalized", "rescued",
      "captured", "destroyed", "damaged");

  /** A claim with what matching reads of it. */
  private record Item(
      int index,
      NumericClaim claim,
      FigureContext context,
      String block,
      List<String> keys,
      String agreeKey,
      String valueKey,
      Profile profile,
      int node) {}

  /** What a group of claims counts, as far as its members say: each field set by some member. */
  private static final class Profile {
    final Set<String> classes = new TreeSet<>();
    boolean age;
    boolean sum;
    /** Per statement of an article its members stand in, their value. */
    Map<String, String> statements = new HashMap<>();
    boolean person;
    String who;
    String holder;
    String thing;
    String about;
    String relation;
    String verb;
    String outcome;

    Profile copy() {
      Profile p = new Profile();
      p.classes.addAll(classes);
      p.person = person;
      p.age = age;
      p.sum = sum;
      p.who = who;
      p.holder = holder;
      p.thing = thing;
      p.about = about;
      p.relation = relation;
      p.verb = verb;
      p.outcome = outcome;
      p.statements.putAll(statements);
      return p;
    }

    /** Whether nothing one says contradicts the other; classes only when {@code classes}. */
    boolean fits(Profile o, boolean checkClasses) {
      if (differ(who, o.who) || !sameHolder(holder, o.holder) || differ(about, o.about)
          || differ(relation, o.relation)) {
        return false;
      }
      // read the smaller map against the larger: a bundle of many copies makes one large group
      Map<String, String> small = statements.size() <= o.statements.size() ? statements
          : o.statements;
      Map<String, String> large = small == statements ? o.statements : statements;
      for (Map.Entry<String, String> e : small.entrySet()) {
        String v = large.get(e.getKey());
        if (v != null && !v.equals(e.getValue())) {
          return false; // two figures of one statement are two counts
        }
      }
      if (thing != null && o.thing != null && !sameThing(thing, o.thing)) {
        return false;
      }
      if (verb != null && o.verb != null && !verb.equals(o.verb) && thing == null
          && o.thing == null && about == null && o.about == null) {
        return false;
      }
      return !checkClasses || classes.isEmpty() || o.classes.isEmpty()
          || classes.equals(o.classes);
    }

    /** Takes in what {@code o} says; {@code o} is spent (its group joined this one). */
    void absorb(Profile o) {
      classes.addAll(o.classes);
      if (o.statements.size() > statements.size()) {
        // the larger map takes the smaller one in: joins cost the smaller group's size
        Map<String, String> mine = statements;
        statements = o.statements;
        o.statements = mine;
      }
      statements.putAll(o.statements);
      who = who != null ? who : o.who;
      holder = holder != null ? holder : o.holder;
      thing = thing != null ? thing : o.thing;
      about = about != null ? about : o.about;
      relation = relation != null ? relation : o.relation;
      verb = verb != null ? verb : o.verb;
    }

    private static boolean differ(String a, String b) {
      return a != null && b != null && !a.equals(b);
    }

    /** Whether two holders can be one: equal, unknown, or a surname and a full name with it. */
    private static boolean sameHolder(String a, String b) {
      if (a == null || b == null || a.equals(b)) {
        return true;
      }
      boolean fullA = a.indexOf(' ') > 0;
      boolean fullB = b.indexOf(' ') > 0;
      if (fullA == fullB) {
        return false;
      }
      String full = fullA ? a : b;
      String surname = fullA ? b : a;
      return full.endsWith(" " + surname);
    }

    /**
     * Whether two things of a class name one: the same class ("campaign funds", "campaign
     * cash"), or the same head where one of them says no more ("aid", "military aid").
     */
    private static boolean sameThing(String a, String b) {
      if (a.equals(b)) {
        return true;
      }
      int sa = a.lastIndexOf(' ');
      int sb = b.lastIndexOf(' ');
      String ha = a.substring(sa + 1);
      String hb = b.substring(sb + 1);
      return FigureWords.classOf(ha).equals(FigureWords.classOf(hb)) && (sa < 0 || sb < 0);
    }
  }

  /** Groups of items joined so far: a union-find with each group's profile and values. */
  private static final class Groups {
    final int[] parent;
    final Profile[] profiles;
    final List<List<Item>> values;

    Groups(List<Item> items) {
      parent = new int[items.size()];
      profiles = new Profile[items.size()];
      values = new ArrayList<>(items.size());
      for (int i = 0; i < parent.length; i++) {
        parent[i] = i;
        profiles[i] = items.get(i).profile().copy();
        values.add(new ArrayList<>(List.of(items.get(i))));
      }
    }

    int root(int x) {
      while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
      }
      return x;
    }

    /** Joins two groups when their profiles fit; {@code sameOnly}: only if their values agree. */
    boolean join(int x, int y, boolean sameOnly, boolean checkClasses) {
      int rx = root(x);
      int ry = root(y);
      if (rx == ry || !profiles[rx].fits(profiles[ry], checkClasses)) {
        return false;
      }
      // ages disagree only as one person's: without whose age both are, they may only agree
      if (profiles[rx].age && (profiles[rx].holder == null || profiles[ry].holder == null)) {
        sameOnly = true;
      }
      if (sameOnly && !agree(rx, ry)) {
        return false;
      }
      int lo = Math.min(rx, ry);
      int hi = Math.max(rx, ry);
      parent[hi] = lo;
      profiles[lo].absorb(profiles[hi]);
      Set<String> known = new LinkedHashSet<>();
      for (Item v : values.get(lo)) {
        known.add(v.valueKey());
      }
      for (Item v : values.get(hi)) {
        if (known.add(v.valueKey())) {
          values.get(lo).add(v);
        }
      }
      values.set(hi, List.of());
      return true;
    }

    /** Whether every value of two groups is the same figure as every other: they agree. */
    private boolean agree(int rx, int ry) {
      List<FigureRelation.Figure> all = new ArrayList<>();
      for (Item v : values.get(rx)) {
        all.add(new FigureRelation.Figure(v.claim()));
      }
      for (Item v : values.get(ry)) {
        all.add(new FigureRelation.Figure(v.claim()));
      }
      for (int i = 0; i < all.size(); i++) {
        for (int j = i + 1; j < all.size(); j++) {
          if (!FigureRelation.of(all.get(i), all.get(j)).equals(FigureRelation.SAME)) {
            return false;
          }
        }
      }
      return true;
    }
  }

  private final Alignment alignment;
  private final Map<String, List<DateClaim>> datesByStatement = new HashMap<>();

  /**
   * A matcher that knows which statements of the articles report the same thing and the dates
   * the articles give, so a rising toll is told from two figures that cannot both hold.
   */
  public NumberMatcher(Alignment alignment, List<DateClaim> dates) {
    this.alignment = alignment;
    for (DateClaim d : dates) {
      Statement s = alignment.statementOf(d);
      if (s != null && d.value() != null) {
        datesByStatement.computeIfAbsent(s.articleId() + ":" + s.index(), MapValues.list())
            .add(d);
      }
    }
  }

  /** A matcher that knows the statements aligned, without dates. */
  public NumberMatcher(Alignment alignment) {
    this(alignment, List.of());
  }

  /** A matcher without alignment: figures meet only through what they count. */
  public NumberMatcher() {
    this(Alignment.none());
  }

  @Override
  public List<Finding> match(List<NumericClaim> claims) {
    // an item depends on its claim alone, and a block's groups and findings on that block alone
    // (the alignment and the dates are only read): both go side by side, kept in order
    List<Item> items = java.util.stream.IntStream.range(0, claims.size()).parallel()
        .mapToObj(new ItemOf(claims)).toList();
    Map<String, List<Item>> blocks = new LinkedHashMap<>();
    for (Item item : items) {
      blocks.computeIfAbsent(item.block(), MapValues.list()).add(item);
    }
    List<Finding> out = new ArrayList<>();
    for (List<Finding> found :
        new ArrayList<>(blocks.values()).parallelStream().map(new BlockFindings()).toList()) {
      out.addAll(found);
    }
    return out;
  }

  // The function objects below (for the streams above and the sort in joinAligned) are classes
  // rather than lambdas: a lambda's call site costs a cold start its linking, about a tenth of a
  // millisecond (see MapValues).

  /** The item of each claim, by its place among the claims. */
  private final class ItemOf implements IntFunction<Item> {
    private final List<NumericClaim> claims;

    ItemOf(List<NumericClaim> claims) {
      this.claims = claims;
    }

    @Override
    public Item apply(int i) {
      return item(i, claims.get(i));
    }
  }

  /** The findings of one block, group by group. */
  private final class BlockFindings implements Function<List<Item>, List<Finding>> {
    @Override
    public List<Finding> apply(List<Item> block) {
      List<Finding> found = new ArrayList<>();
      for (List<Item> group : groups(block)) {
        found.addAll(findings(group));
      }
      return found;
    }
  }

  /** Pairs of claims {preference, x, y}, best fitting (least preference) first. */
  private static final Comparator<int[]> BY_PREFERENCE = new Comparator<>() {
    @Override
    public int compare(int[] a, int[] b) {
      return Integer.compare(a[0], b[0]);
    }
  };

  /** The groups of one block, each in claim order, in order of their first claim. */
  private List<List<Item>> groups(List<Item> items) {
    Groups g = new Groups(items);
    // 1. statements aligned as wholes: copies share a node, aligned statements are linked nodes
    Map<Integer, List<Integer>> byNode = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).node() >= 0) {
        byNode.computeIfAbsent(items.get(i).node(), MapValues.list()).add(i);
      }
    }
    for (Map.Entry<Integer, List<Integer>> e : byNode.entrySet()) {
      List<Integer> members = e.getValue();
      joinAligned(g, items, members, members);
      for (int nb : alignment.linkedNodes(e.getKey())) {
        List<Integer> others = byNode.get(nb);
        if (others != null && nb > e.getKey()) {
          joinAligned(g, items, members, others);
        }
      }
    }
    // 2. a specific count each article gives one value of
    Map<String, Map<String, Set<String>>> keyValues = new LinkedHashMap<>();
    for (Item it : items) {
      for (String key : it.keys()) {
        keyValues.computeIfAbsent(key, MapValues.linkedMap())
            .computeIfAbsent(it.claim().articleId(), MapValues.linkedSet())
            .add(it.valueKey());
      }
    }
    Map<String, Integer> firstOfKey = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      if (it.profile().sum) {
        continue; // a sum or share is someone's: two articles' one sum meet only when aligned
      }
      for (String key : it.keys()) {
        if (keyValues.get(key).get(it.claim().articleId()).size() != 1) {
          continue;
        }
        Integer first = firstOfKey.putIfAbsent(key, i);
        if (first != null && !sameStatement(items.get(first), it)) {
          g.join(first, i, false, true);
        }
      }
    }
    // 2b. one specific count in one paragraph: the same count, given twice ("at least 30 ...
    // Afterward, up to 250 casualties"), unless the paragraph puts them in two places
    Map<String, Integer> firstInParagraph = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      Statement st = alignment.statementOf(it.claim());
      if (st == null || st.paragraph() < 0) {
        continue;
      }
      for (String key : it.keys()) {
        String where = it.claim().articleId() + "|" + st.paragraph() + "|" + key;
        Integer first = firstInParagraph.putIfAbsent(where, i);
        if (first != null && !sameStatement(items.get(first), it)
            && !differ(items.get(first).context().place(), it.context().place())) {
          g.join(first, i, false, true);
        }
      }
    }
    // 3. to agree only: alike surroundings, the same specific count anywhere, people nouns
    Map<Integer, List<Integer>> byWindow = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      for (int w : alignment.windowNodesOf(items.get(i).claim())) {
        byWindow.computeIfAbsent(w, MapValues.list()).add(i);
      }
    }
    for (Map.Entry<Integer, List<Integer>> e : byWindow.entrySet()) {
      List<Integer> here = representatives(g, items, e.getValue());
      for (int w2 : alignment.linkedWindows(e.getKey())) {
        List<Integer> there = representatives(g, items, byWindow.getOrDefault(w2, List.of()));
        for (int i : here) {
          for (int j : there) {
            if (!sameArticle(items.get(i), items.get(j))) {
              g.join(i, j, true, true);
            }
          }
        }
      }
    }
    Map<String, List<Integer>> byKey = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String key = items.get(i).agreeKey();
      if (key == null) {
        continue;
      }
      List<Integer> seen = byKey.computeIfAbsent(key, MapValues.list());
      boolean joined = false;
      for (int j : seen) {
        if (g.join(j, i, true, true)) {
          joined = true;
          break;
        }
      }
      int root = g.root(i);
      if (!joined && !anyOfRoot(g, seen, root)) {
        seen.add(i);
      }
    }
    Map<Integer, List<Item>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      byRoot.computeIfAbsent(g.root(i), MapValues.list()).add(items.get(i));
    }
    return new ArrayList<>(byRoot.values());
  }

  /** Whether one of some items is in the group of root {@code root}. */
  private static boolean anyOfRoot(Groups g, List<Integer> items, int root) {
    for (int j : items) {
      if (g.root(j) == root) {
        return true;
      }
    }
    return false;
  }

  /**
   * Joins the claims of two aligned statements (or of copies of one), each claim of the second
   * with the claim of the first that fits it best (the same value and what it counts named alike,
   * then what it counts named alike, then any that fits): a statement can give several figures
   * of one block, and each is matched with its own. Two claims of one article are never joined
   * here, and two of different nouns of people never.
   */
  private static void joinAligned(Groups g, List<Item> items, List<Integer> allXs,
      List<Integer> allYs) {
    if (allXs == allYs) {
      joinCopies(g, items, allXs);
    }
    List<Integer> xs = representatives(g, items, allXs);
    List<Integer> ys = allXs == allYs ? xs : representatives(g, items, allYs);
    // every pair of claims of two articles, best fitting first, so that the same figure of two
    // statements meets its own before another figure of the statement can take its place
    // by article, so that the claims of one article's statement are never paired at all
    Map<String, List<Integer>> xsByArticle = new LinkedHashMap<>();
    for (int x : xs) {
      xsByArticle.computeIfAbsent(items.get(x).claim().articleId(), MapValues.list()).add(x);
    }
    List<int[]> pairs = new ArrayList<>();
    for (int y : ys) {
      String article = items.get(y).claim().articleId();
      for (Map.Entry<String, List<Integer>> e : xsByArticle.entrySet()) {
        if (e.getKey().equals(article)) {
          continue;
        }
        for (int x : e.getValue()) {
          if (x < y || xs != ys) {
            pairs.add(new int[] {preference(items.get(x), items.get(y)), x, y});
          }
        }
      }
    }
    pairs.sort(BY_PREFERENCE);
    for (int[] p : pairs) {
      int x = p[1];
      int y = p[2];
      // two figures that name what they count differently (one names it, the other not) may
      // agree, but a discrepancy needs them to count the same named thing
      if (g.root(x) != g.root(y)) {
        g.join(x, y, p[0] == 2, true);
      }
    }
  }

  /**
   * Everything about a claim that joining reads, but for its article and statement: two claims
   * of one signature in two articles always join (they fit and agree), and a pair of groups
   * joins or not whichever of their members of one signature stand for them.
   */
  private record Signature(String block, List<String> keys, String agreeKey, String valueKey,
      Set<String> classes, boolean age, boolean sum, boolean person, String who, String holder,
      String thing, String about, String relation, String verb, String outcome,
      FigureContext context, Counted counted) {
    static Signature of(Item i) {
      Profile p = i.profile();
      return new Signature(i.block(), i.keys(), i.agreeKey(), i.valueKey(), Set.copyOf(p.classes),
          p.age, p.sum, p.person, p.who, p.holder, p.thing, p.about, p.relation, p.verb,
          p.outcome, i.context(), i.claim().counted());
    }

    // equals and hashCode as a record's, written out: the generated ones link through
    // java.lang.runtime.ObjectMethods at their first call, milliseconds of every start-up

    @Override
    public boolean equals(Object o) {
      return o instanceof Signature s && age == s.age && sum == s.sum && person == s.person
          && Objects.equals(block, s.block) && Objects.equals(keys, s.keys)
          && Objects.equals(agreeKey, s.agreeKey) && Objects.equals(valueKey, s.valueKey)
          && Objects.equals(classes, s.classes) && Objects.equals(who, s.who)
          && Objects.equals(holder, s.holder) && Objects.equals(thing, s.thing)
          && Objects.equals(about, s.about) && Objects.equals(relation, s.relation)
          && Objects.equals(verb, s.verb) && Objects.equals(outcome, s.outcome)
          && Objects.equals(context, s.context) && Objects.equals(counted, s.counted);
    }

    @Override
    public int hashCode() {
      int h = Objects.hashCode(block);
      h = 31 * h + Objects.hashCode(keys);
      h = 31 * h + Objects.hashCode(agreeKey);
      h = 31 * h + Objects.hashCode(valueKey);
      h = 31 * h + Objects.hashCode(classes);
      h = 31 * h + Boolean.hashCode(age);
      h = 31 * h + Boolean.hashCode(sum);
      h = 31 * h + Boolean.hashCode(person);
      h = 31 * h + Objects.hashCode(who);
      h = 31 * h + Objects.hashCode(holder);
      h = 31 * h + Objects.hashCode(thing);
      h = 31 * h + Objects.hashCode(about);
      h = 31 * h + Objects.hashCode(relation);
      h = 31 * h + Objects.hashCode(verb);
      h = 31 * h + Objects.hashCode(outcome);
      h = 31 * h + Objects.hashCode(context);
      return 31 * h + Objects.hashCode(counted);
    }
  }

  /**
   * Joins the claims of one signature that copies of a statement give in different articles:
   * what the pairwise pass would join first, at a cost linear in the copies (a thousand
   * articles carrying one sentence are one group, not half a million pairs).
   */
  private static void joinCopies(Groups g, List<Item> items, List<Integer> members) {
    Map<Signature, int[]> first = new HashMap<>(); // {first member, first of another article}
    for (int m : members) {
      Signature s = Signature.of(items.get(m));
      int[] f = first.get(s);
      if (f == null) {
        first.put(s, new int[] {m, -1});
      } else if (!sameArticle(items.get(f[0]), items.get(m))) {
        g.join(f[0], m, false, true);
        if (f[1] < 0) {
          f[1] = m;
        }
      } else if (f[1] >= 0) {
        g.join(f[1], m, false, true);
      }
    }
  }

  /**
   * The members that stand for a list of claims in pairing: per group and signature the first
   * member and the first of another article (the join of two groups reads only the groups, and
   * a pair must be of two articles), in the list's order.
   */
  private static List<Integer> representatives(Groups g, List<Item> items, List<Integer> members) {
    if (members.size() <= 8) {
      return members;
    }
    Map<List<Object>, int[]> seen = new HashMap<>();
    List<Integer> out = new ArrayList<>();
    for (int m : members) {
      List<Object> key = List.of(g.root(m), Signature.of(items.get(m)));
      int[] f = seen.get(key);
      if (f == null) {
        seen.put(key, new int[] {m, -1});
        out.add(m);
      } else if (f[1] < 0 && !sameArticle(items.get(f[0]), items.get(m))) {
        f[1] = m;
        out.add(m);
      }
    }
    return out;
  }

  /**
   * 0 for the same value counting the same named thing, 1 for the same named thing (both name
   * nothing, or one word that names it is the same in both), 2 for anything else.
   */
  private static int preference(Item a, Item b) {
    Profile p = a.profile();
    Profile q = b.profile();
    boolean none = p.thing == null && p.about == null && q.thing == null && q.about == null
        && java.util.Objects.equals(p.relation, q.relation);
    boolean shared = p.thing != null && (p.thing.equals(q.thing) || p.thing.equals(q.about))
        || p.about != null && (p.about.equals(q.about) || p.about.equals(q.thing));
    return none || shared ? (a.valueKey().equals(b.valueKey()) ? 0 : 1) : 2;
  }

  private static boolean differ(String a, String b) {
    return a != null && b != null && !a.equals(b);
  }

  private static boolean sameArticle(Item a, Item b) {
    return a.claim().articleId().equals(b.claim().articleId());
  }

  private static boolean sameStatement(Item a, Item b) {
    return sameArticle(a, b) && a.node() == b.node() && a.node() >= 0;
  }

  /** What matching reads of a claim: its block, its specific key, its value and profile. */
  private Item item(int index, NumericClaim c) {
    FigureContext ctx = c.context() == null ? FigureContext.NONE : c.context();
    Counted k = c.counted() != null ? c.counted()
        : new Counted("count", c.unit() == null ? null : c.unit().toLowerCase(Locale.ROOT), null,
            null, null, null, c.outcome(), null);
    Profile p = new Profile();
    p.who = ctx.who() == null ? null : stem(ctx.who());
    p.thing = k.thing() == null ? null : FigureWords.classOf(k.thing());
    p.about = k.about() == null ? null : FigureWords.classOf(k.about());
    p.relation = k.relation();
    p.verb = k.verb();
    String holder = k.holder();
    p.holder = holder != null && !holder.isEmpty() && Character.isUpperCase(holder.charAt(0))
        ? holder : null;
    String outcome = outcomeClass(k.outcome());
    String noun = k.noun();
    if (noun != null && FigureWords.NOMINAL.containsKey(noun)) {
      outcome = outcome == null ? outcomeClass(FigureWords.NOMINAL.get(noun)) : outcome;
      noun = "people";
    }
    p.outcome = outcome;
    // the value in its unit: six months and six years are two values
    String valueKey = c.qualifier() + "|" + plain(c.low()) + "|" + plain(c.high())
        + (k.measure().equals("time") ? "|" + k.noun() : "");
    String measure = k.measure();
    String block;
    String key = null;
    // what it is of, and where or on what (a sum can be both: televisions at Best Buy), each a key
    List<String> facetList = new ArrayList<>();
    if (p.thing != null) {
      facetList.add("|" + head(p.thing) + "|" + nz(p.relation));
    }
    if (p.about != null) {
      facetList.add("|" + head(p.about) + "|" + nz(p.relation));
    }
    if (facetList.isEmpty()) {
      facetList.add("||" + nz(p.relation));
    }
    String facets = facetList.get(0);
    boolean things = p.thing != null || p.about != null || p.relation != null;
    if (measure.equals("count")) {
      if (noun == null && outcome == null && c.unit() == null) {
        block = "bare|" + valueKey; // nothing counted: it can only meet the same number
      } else if (noun == null || FigureWords.person(noun)) {
        p.person = true;
        if (noun != null && !FigureWords.umbrella(noun)) {
          p.classes.add(FigureWords.classOf(noun));
        }
        block = "people|" + nz(outcome);
        if (outcome != null || p.thing != null) {
          key = block + facets;
        } else if (!p.classes.isEmpty()) {
          key = block + "|" + p.classes.iterator().next(); // "85 firefighters", "140 employees"
        }
      } else {
        block = "count|" + FigureWords.classOf(noun) + "|" + nz(outcome);
        key = outcome != null || p.thing != null ? block + facets
            : noun.equals("time") && p.verb != null ? block + "|" + p.verb : null;
      }
    } else if (measure.equals("age") || measure.equals("score")) {
      block = measure;
      p.age = measure.equals("age");
      key = p.holder != null ? block + "|" + p.holder : null;
    } else if (measure.equals("ordinal")) {
      block = "ordinal|" + FigureWords.classOf(noun);
      key = block + "|" + nz(p.holder);
    } else if (measure.equals("clock")) {
      // a time of day meets only the same time: two times in aligned statements are more often
      // two moments (a start and an end) than one moment told twice, so they never conflict
      block = "clock|" + valueKey;
    } else {
      block = measure; // a currency code, percent or time
      key = things ? block + facets : null;
      p.sum = !measure.equals("time");
    }
    List<String> keys = new ArrayList<>();
    if (key != null) {
      keys.add(key);
      if (key.equals(block + facets)) {
        for (String f : facetList.subList(1, facetList.size())) {
          keys.add(block + f);
        }
      }
    }
    // a length of time of one deed ("burned for 13 hours") may agree anywhere, never more
    String agreeKey = key != null ? key
        : measure.equals("time") && p.verb != null ? block + facets + "|" + p.verb
        : measure.equals("age") ? block : null;
    if (measure.equals("age")) {
      agreeKey = block; // ages agree anywhere when whose they are allows it
    }
    int node = alignment.nodeOf(c);
    if (node >= 0) {
      p.statements.put(c.articleId() + ":" + node, valueKey);
    }
    return new Item(index, c, ctx, block, List.copyOf(keys), agreeKey, valueKey, p, node);
  }

  /** The class of the head word of a thing ("gold plated men's watch" is of the "watch"). */
  private static String head(String thing) {
    return thing == null ? null : FigureWords.classOf(thing.substring(thing.lastIndexOf(' ') + 1));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String plain(java.math.BigDecimal v) {
    return v == null ? "null" : v.stripTrailingZeros().toPlainString();
  }

  /** The canonical outcome: "hurt" and "wounded" are "injured"; both together are casualties. */
  static String outcomeClass(String outcome) {
    if (outcome == null) {
      return null;
    }
    String o = outcome.replace("wounded", "injured");
    boolean killed = o.contains("killed");
    boolean injured = o.contains("injured");
    if (killed && injured) {
      return "killed or wounded";
    }
    return o;
  }

  private List<Finding> findings(List<Item> group) {
    Set<String> arts = new LinkedHashSet<>();
    for (Item i : group) {
      arts.add(i.claim().articleId());
    }
    if (arts.size() == 1) {
      // one article only: each distinct value is a unique finding
      Map<String, List<Item>> byValue = new LinkedHashMap<>();
      for (Item i : group) {
        byValue.computeIfAbsent(i.valueKey(), MapValues.list()).add(i);
      }
      List<Finding> out = new ArrayList<>();
      for (List<Item> same : byValue.values()) {
        Item first = same.get(0);
        out.add(new Finding(null, Kind.NUMBER, Verdict.UNIQUE, null, subject(same), ids(same),
            List.of(), new Finding.FigureAlone(first.claim().articleId(), display(first),
                first.claim().sourceCited())));
      }
      return out;
    }
    // compare distinct values only, and sort them into classes of the same figure
    Map<String, NumericClaim> distinct = new LinkedHashMap<>();
    for (Item i : group) {
      distinct.putIfAbsent(i.valueKey(), i.claim());
    }
    // each claim read as a figure once for all its comparisons
    Map<NumericClaim, FigureRelation.Figure> figures = new java.util.IdentityHashMap<>();
    for (Item i : group) {
      if (!figures.containsKey(i.claim())) {
        figures.put(i.claim(), new FigureRelation.Figure(i.claim()));
      }
    }
    List<FigureRelation.Figure> values = new ArrayList<>();
    for (NumericClaim c : distinct.values()) {
      values.add(figures.get(c));
    }
    Relation relation = Relation.SAME;
    for (int a = 0; a < values.size(); a++) {
      for (int b = a + 1; b < values.size(); b++) {
        relation = Relation.worse(relation, FigureRelation.of(values.get(a), values.get(b)));
      }
    }
    List<List<Item>> classes = new ArrayList<>();
    for (Item i : group) {
      List<Item> home = null;
      FigureRelation.Figure fi = figures.get(i.claim());
      for (List<Item> c : classes) {
        if (FigureRelation.of(figures.get(c.get(0).claim()), fi) == Relation.SAME) {
          home = c;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        classes.add(home);
      }
      home.add(i);
    }
    // a changing count given for different days: a later figure, not two that cannot both hold
    boolean later = relation.equals(FigureRelation.CONFLICT) && changing(group)
        && differentDays(classes);
    if (later) {
      relation = FigureRelation.DIFFERS;
    }
    List<List<Finding.FigureText>> texts = new ArrayList<>();
    for (List<Item> c : classes) {
      texts.add(variants(c, later));
    }
    List<NumericClaim> members = new ArrayList<>(group.size());
    for (Item i : group) {
      members.add(i.claim());
    }
    Verdict verdict = relation == Relation.SAME ? Verdict.AGREE : Verdict.DISCREPANCY;
    return List.of(new Finding(null, Kind.NUMBER, verdict, relation, subject(group), ids(group),
        List.of(), new Finding.FiguresCompared(arts.size(), texts, later),
        alignment.basis(members)));
  }

  /** Whether the group counts something that can grow as a story goes on. */
  private static boolean changing(List<Item> group) {
    String o = group.get(0).profile().outcome;
    return o != null && CHANGING.contains(o);
  }

  /** Whether every class of figures is dated by its statements, and not all on one day. */
  private boolean differentDays(List<List<Item>> classes) {
    Set<String> days = new LinkedHashSet<>();
    for (List<Item> c : classes) {
      String day = null;
      for (Item i : c) {
        List<DateClaim> d = datesOf(i);
        if (!d.isEmpty()) {
          day = d.get(0).value();
          break;
        }
      }
      if (day == null) {
        return false;
      }
      days.add(day);
    }
    return days.size() > 1;
  }

  private List<DateClaim> datesOf(Item i) {
    Statement s = alignment.statementOf(i.claim());
    return s == null ? List.of()
        : datesByStatement.getOrDefault(s.articleId() + ":" + s.index(), List.of());
  }

  /** Each way a class of figures is written, with its articles, sources and, if asked, days. */
  private List<Finding.FigureText> variants(List<Item> items, boolean withDays) {
    Map<String, List<Item>> byText = new LinkedHashMap<>();
    for (Item i : items) {
      byText.computeIfAbsent(display(i), MapValues.list()).add(i);
    }
    List<Finding.FigureText> out = new ArrayList<>();
    for (Map.Entry<String, List<Item>> e : byText.entrySet()) {
      String text = e.getKey();
      List<Item> list = e.getValue();
      Set<String> arts = new LinkedHashSet<>();
      Set<String> sources = new LinkedHashSet<>();
      Set<String> days = new LinkedHashSet<>();
      boolean later = false;
      for (Item i : list) {
        arts.add(i.claim().articleId());
        if (i.claim().sourceCited() != null) {
          sources.add(i.claim().sourceCited());
        }
        later |= i.context().later();
        if (withDays) {
          for (DateClaim d : datesOf(i)) {
            days.add("\"" + d.text() + "\" = " + d.value());
          }
        }
      }
      out.add(new Finding.FigureText(text, List.copyOf(arts), List.copyOf(sources), later,
          List.copyOf(days)));
    }
    return out;
  }

  private static String display(Item i) {
    if (i.context().figure() != null) {
      return i.context().figure();
    }
    NumericClaim c = i.claim();
    String lo = c.low() == null ? null : plain(c.low());
    String hi = c.high() == null ? null : plain(c.high());
    return switch (c.qualifier()) {
      case "at-least" -> "at least " + lo;
      case "more-than" -> "more than " + lo;
      case "up-to" -> "up to " + hi;
      case "less-than" -> "fewer than " + hi;
      case "range", "about", "score" -> lo + "-" + hi;
      default -> lo;
    };
  }

  /** "North Korean casualties in Kursk": the group, the measure, the place most named. */
  private static String subject(List<Item> items) {
    Map<String, Integer> whos = new LinkedHashMap<>();
    Map<String, Integer> places = new LinkedHashMap<>();
    for (Item i : items) {
      countNamed(whos, i.context().who());
      countNamed(places, i.context().place());
    }
    String who = MapValues.mostCounted(whos);
    String place = MapValues.mostCounted(places);
    NumericClaim first = items.get(0).claim();
    String measure = measure(first.unit(), first.outcome());
    String what;
    boolean plainCount = first.counted() == null || first.counted().measure().equals("count");
    if (plainCount && measure.equals("casualties")) {
      what = "casualties";
    } else if (plainCount && (first.unit() == null || isLoss(first.unit()))) {
      what = first.outcome() == null ? (first.subject() != null ? first.subject() : measure)
          : "people " + first.outcome();
    } else {
      String s = first.subject();
      if (s != null && who != null && s.startsWith(who + " ")) {
        s = s.substring(who.length() + 1);
      }
      what = s != null ? s : first.unit();
    }
    StringBuilder sb = new StringBuilder();
    if (who != null && first.subject() != null && first.subject().startsWith(who)) {
      sb.append(who).append(' ');
    }
    sb.append(what);
    if (place != null) {
      sb.append(" in ").append(place);
    }
    return sb.toString();
  }

  /** Counts a value unless it is null. */
  private static void countNamed(Map<String, Integer> counts, String v) {
    if (v != null) {
      MapValues.count(counts, v);
    }
  }

  private static List<String> ids(List<Item> items) {
    List<String> out = new ArrayList<>(items.size());
    for (Item i : items) {
      out.add(i.claim().id());
    }
    return out;
  }

  /** casualties, killed, wounded, missing, ... or count: how reports name a measure. */
  static String measure(String unit, String outcome) {
    if (outcome != null) {
      boolean killed = outcome.contains("killed");
      boolean wounded = outcome.contains("wounded") || outcome.contains("injured");
      if (killed && wounded) {
        return "casualties";
      }
      if (killed) {
        return outcome.equals("killed") ? "killed" : outcome;
      }
      if (wounded && !outcome.contains(" ")) {
        return "wounded";
      }
      return outcome;
    }
    if (unit == null) {
      return "count";
    }
    switch (unit) {
      case "casualties", "casualty", "losses" -> {
        return "casualties";
      }
      case "deaths", "dead", "fatalities", "killed" -> {
        return "killed";
      }
      case "injuries", "wounded", "injured" -> {
        return "wounded";
      }
      default -> {
        return "count";
      }
    }
  }

  private static boolean isLoss(String unit) {
    return !measure(unit, null).equals("count");
  }

  /** A crude stem ({@link WordKeys#stem}). */
  static String stem(String s) {
    return WordKeys.stem(s);
  }
}
