package dev.factx.match;

import dev.factx.analysis.WordDiff;
import dev.factx.analysis.WordDiff.Segment;
import dev.factx.extract.Kind;
import dev.factx.extract.Quote;
import dev.factx.match.QuoteForm.Unit;
import dev.factx.text.MapValues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups quote claims across articles into one finding per statement and says how each article's
 * version stands against the reference form.
 *
 * <p>Quotes are compared sentence by sentence (and piece by piece around an ellipsis), since
 * outlets cut and join quotes differently: a quote holding two sentences joins the finding of each.
 * Two sentences match when they share a content-word pair and their {@link Similarity} reaches
 * {@link #MATCH}; reported speech joins a quote of the same speaker at {@link #PARAPHRASE}.
 * Candidate pairs come from an inverted index on content-word pairs, so the work grows with the
 * number of sentences, not its square: a sentence meets the others holding a pair through that
 * pair, or, for a pair in more than {@value #COMMON_PAIR} forms, the next {@value #COMMON_PAIR}
 * of them (the tests hold an oracle that compares every pair and must find the same groups;
 * below that size it is exactly the same search). Short fragments (scare quotes) group only
 * with the same fragment, so that they never glue two statements together. Reported speech that
 * matches no quote is left out; every quote is in at least one finding.
 */
public final class QuoteMatcher implements ClaimMatcher<Quote> {
  /** Similarity at which two quoted sentences are one statement. */
  public static final double MATCH = 0.6;
  /** Similarity at which reported speech paraphrases a quote of the same speaker. */
  public static final double PARAPHRASE = 0.7;
  /** Similarity two groups' reference sentences need before the groups join. */
  static final double JOIN = 0.5;
  /** Sentences with fewer content words ride along with their quote but never match alone. */
  static final int MIN_CONTENT = 3;
  /** Quotes of fewer words are fragments. */
  static final int FRAGMENT_WORDS = 5;
  /** A short sentence or fragment needs this many words to join a sentence that holds it. */
  static final int CONTAINED_WORDS = 3;
  /** ... and a fragment this many content words. */
  static final int CONTAINED_CONTENT = 2;
  /**
   * A content-word pair in more sentence forms than this is common: a sentence is tried only
   * against the next {@value} sentences (of other kinds) that hold it, in order of appearance,
   * so that the work stays linear; every sentence still meets its neighbours through every pair
   * it holds, and a statement carried by any number of copies stays one.
   */
  static final int COMMON_PAIR = 500;

  private static final Similarity SIMILARITY = Similarity.DEFAULT;

  /**
   * How the pairs of sentences that match are offered to the groups: in order of score, then of
   * first and second sentence.
   */
  interface PairSearch {
    /**
     * Offers every matching pair of sentences to {@code groups.join}, best first.
     *
     * @param pairs each sentence's content-word pairs
     * @param spread in how many distinct sentences each content-word pair stands
     */
    void offer(List<QuoteForm> forms, List<Unit> units, List<Set<String>> pairs,
        Map<String, Integer> spread, Groups groups);
  }

  private final PairSearch search;

  // The function objects below are classes rather than lambdas: a lambda's call site costs a cold
  // start its linking, about a tenth of a millisecond (see MapValues).

  private static final PairSearch BY_CLASS = new PairSearch() {
    @Override
    public void offer(List<QuoteForm> forms, List<Unit> units, List<Set<String>> pairs,
        Map<String, Integer> spread, Groups groups) {
      byClass(forms, units, pairs, spread, groups);
    }
  };

  /** Units in order of their quote forms. */
  private static final Comparator<Unit> BY_FORM = new Comparator<>() {
    @Override
    public int compare(Unit a, Unit b) {
      return Integer.compare(a.form(), b.form());
    }
  };

  /** Groups of units in order of their first units' quote forms. */
  private static final Comparator<List<Unit>> BY_FIRST_FORM = new Comparator<>() {
    @Override
    public int compare(List<Unit> a, List<Unit> b) {
      return BY_FORM.compare(a.get(0), b.get(0));
    }
  };

  /** A heap's heads {next sentence, class, position} in order of their next sentence. */
  private static final Comparator<int[]> BY_NEXT_SENTENCE = new Comparator<>() {
    @Override
    public int compare(int[] x, int[] y) {
      return Integer.compare(x[0], y[0]);
    }
  };

  /** The matcher, its candidate pairs found through an index on content-word pairs. */
  public QuoteMatcher() {
    this(BY_CLASS);
  }

  /** A matcher that finds candidate pairs another way (the tests' oracle). */
  QuoteMatcher(PairSearch search) {
    this.search = Objects.requireNonNull(search, "search");
  }

  @Override
  public List<Finding> match(List<Quote> claims) {
    // the extractor named the speaker through the bundle's people: one person, one name; the
    // parts of a split or stitched quote are one statement
    List<QuoteForm> forms = QuoteForm.statements(claims);
    List<Unit> units = new ArrayList<>();
    List<Unit> loose = new ArrayList<>();
    for (QuoteForm f : forms) {
      if (f.quote().indirect() || f.words().size() >= FRAGMENT_WORDS) {
        for (Unit u : f.units()) {
          if (u.content().size() >= MIN_CONTENT) {
            units.add(u);
          } else if (!f.quote().indirect() && u.words().size() >= CONTAINED_WORDS
              && !u.content().isEmpty()) {
            loose.add(u); // a short sentence: it matches the sentences it stands in
          }
        }
      } else if (!f.words().isEmpty()) {
        loose.add(new Unit(f.index(), f.text(), f.words(), QuoteForm.content(f.words())));
      }
    }
    List<List<Unit>> groups = cluster(forms, units, loose);
    List<Finding> out = new ArrayList<>();
    Set<Integer> covered = new HashSet<>();
    groups.sort(BY_FIRST_FORM);
    for (List<Unit> g : groups) {
      Set<Integer> members = new LinkedHashSet<>();
      for (Unit u : g) {
        members.add(u.form());
      }
      if (members.size() >= 2 && anyDirect(forms, members)) {
        out.add(finding(forms, g));
        covered.addAll(members);
      }
    }
    for (QuoteForm f : forms) {
      if (!f.quote().indirect() && !covered.contains(f.index())) {
        out.add(unique(f));
      }
    }
    return out;
  }

  /** Whether one of some quote forms is a direct quote. */
  private static boolean anyDirect(List<QuoteForm> forms, Set<Integer> members) {
    for (int i : members) {
      if (!forms.get(i).quote().indirect()) {
        return true;
      }
    }
    return false;
  }

  // --- grouping -------------------------------------------------------------------------------

  /**
   * Groups of matching sentences: each group holds at most one sentence of a quote. The loose
   * units (short sentences and fragments) take no part in the similarity search: a fragment
   * groups with the same fragment, and a loose unit joins the group of a longer sentence whose
   * words it stands in as a run ({@link #contained}).
   */
  private List<List<Unit>> cluster(List<QuoteForm> forms, List<Unit> units, List<Unit> loose) {
    List<Unit> all = new ArrayList<>(units);
    all.addAll(loose);
    int n = all.size();
    List<Set<String>> pairs = new ArrayList<>(n);
    Map<String, Integer> spread = new HashMap<>();
    // the spread of a pair is the number of distinct content forms that hold it: each form
    // counts its pairs when it is first met (its words hashed once, not once per pair)
    Set<List<String>> seen = new HashSet<>();
    for (int i = 0; i < n; i++) {
      Set<String> p = i < units.size() ? contentPairs(all.get(i).content()) : Set.of();
      pairs.add(p);
      if (!p.isEmpty() && seen.add(all.get(i).content())) {
        for (String key : p) {
          MapValues.count(spread, key);
        }
      }
    }
    Groups groups = new Groups(forms, all);
    search.offer(forms, all, pairs, spread, groups);
    contained(forms, all, units.size(), groups);
    units = all;
    Map<Integer, List<Unit>> byRoot = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      byRoot.computeIfAbsent(groups.find(i), MapValues.list()).add(units.get(i));
    }
    List<List<Unit>> out = new ArrayList<>();
    for (List<Unit> g : byRoot.values()) {
      if (g.size() >= 2) {
        out.add(g);
      }
    }
    return out;
  }

  /**
   * Offers the groups the same pairs, in the same order, as the all-pairs path: by score, then by
   * first and second sentence. Sentences that are alike in everything matching reads (content
   * words, reported or not, speaker) form a class; the pair tests and scores are worked out once
   * per pair of classes, found through an index on content-word pairs, and the sentence pairs
   * are then walked class by class instead of being listed and sorted.
   */
  private static void byClass(
      List<QuoteForm> forms,
      List<Unit> units,
      List<Set<String>> pairs,
      Map<String, Integer> spread,
      Groups groups) {
    int n = units.size();
    Map<List<Object>, Integer> classOf = new HashMap<>();
    int[] klass = new int[n];
    List<Integer> first = new ArrayList<>(); // a sentence of each class
    List<List<Integer>> members = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      QuoteForm f = forms.get(units.get(i).form());
      List<Object> key = java.util.Arrays.asList(
          units.get(i).content(), units.get(i).words(), f.quote().indirect(), f.speaker());
      Integer k = classOf.get(key);
      if (k == null) {
        k = first.size();
        classOf.put(key, k);
        first.add(i);
        members.add(new ArrayList<>());
      }
      klass[i] = k;
      members.get(k).add(i);
    }
    int classes = first.size();
    // class pairs that share a content-word pair; in the list of a common pair, each class and
    // the next COMMON_PAIR classes
    Map<String, List<Integer>> lists = new HashMap<>();
    for (int k = 0; k < classes; k++) {
      for (String key : pairs.get(first.get(k))) {
        lists.computeIfAbsent(key, MapValues.list()).add(k);
      }
    }
    Map<String, int[]> postings = new HashMap<>(Math.max(16, (int) (lists.size() / 0.75f) + 1));
    for (Map.Entry<String, List<Integer>> e : lists.entrySet()) {
      List<Integer> list = e.getValue();
      int[] classesOf = new int[list.size()];
      for (int i = 0; i < classesOf.length; i++) {
        classesOf[i] = list.get(i);
      }
      postings.put(e.getKey(), classesOf);
    }
    lists = null;
    // the score of each matching class pair, both ways round, and the levels of score; the
    // score is SIMILARITY's (the LCS overlap) on the content words, numbered once
    Map<String, Integer> wordIds = new HashMap<>();
    int[][] contentIds = new int[n][];
    for (int k = 0; k < classes; k++) {
      List<String> content = units.get(first.get(k)).content();
      int[] ids = new int[content.size()];
      for (int w = 0; w < ids.length; w++) {
        Integer id = wordIds.get(content.get(w));
        if (id == null) {
          id = wordIds.size();
          wordIds.put(content.get(w), id);
        }
        ids[w] = id;
      }
      contentIds[first.get(k)] = ids;
    }
    Map<Integer, Map<Integer, Double>> partners = new HashMap<>();
    Set<Double> levels = new java.util.TreeSet<>(Comparator.reverseOrder());
    // the candidate pairs {p, q}, p <= q, class by class: each class p with the classes after it
    // (itself first) in the lists of its pairs, sorted, each once. Not one array of every
    // candidate pair of the bundle (a bundle of 10,000 articles has millions of them); the
    // pairs come in the same order, p then q increasing, and their results below do not depend
    // on that order anyway
    // what the pair tests read of each class's first sentence, in arrays: the candidate loop
    // below reads it for every candidate pair
    boolean[] indirectOf = new boolean[classes];
    String[] speakerOf = new String[classes];
    int[] firstOf = new int[classes];
    for (int k = 0; k < classes; k++) {
      firstOf[k] = first.get(k);
      QuoteForm f = forms.get(units.get(firstOf[k]).form());
      indirectOf[k] = f.quote().indirect();
      speakerOf[k] = f.speaker();
    }
    int[] candidates = new int[16];
    for (int p = 0; p < classes; p++) {
      int count = 0;
      for (String key : pairs.get(first.get(p))) {
        int[] list = postings.get(key);
        int x = java.util.Arrays.binarySearch(list, p);
        int reach = spread.get(key) <= COMMON_PAIR ? list.length : COMMON_PAIR;
        int end = (int) Math.min(list.length, (long) x + reach + 1);
        if (count + end - x > candidates.length) {
          candidates = java.util.Arrays.copyOf(candidates,
              Math.max(2 * candidates.length, count + end - x));
        }
        System.arraycopy(list, x, candidates, count, end - x);
        count += end - x;
      }
      java.util.Arrays.sort(candidates, 0, count);
      Unit up = units.get(firstOf[p]);
      boolean ip = indirectOf[p];
      String sp = speakerOf[p];
      for (int i = 0; i < count; i++) {
        int q = candidates[i];
        if (i > 0 && candidates[i - 1] == q) {
          continue;
        }
        boolean iq = indirectOf[q];
        if (ip && iq || (ip || iq) && (sp == null || !sp.equals(speakerOf[q]))) {
          continue;
        }
        Unit uq = units.get(firstOf[q]);
        int common = commonWords(up, uq, contentIds, firstOf[p], firstOf[q]);
        double score = (double) common / Math.min(up.content().size(), uq.content().size());
        if (score >= (ip || iq ? PARAPHRASE : MATCH) && covers(up, uq, common)) {
          partners.computeIfAbsent(p, MapValues.map()).put(q, score);
          partners.computeIfAbsent(q, MapValues.map()).put(p, score);
          levels.add(score);
        }
      }
    }
    postings = null;
    int[][] sentences = new int[classes][];
    for (int k = 0; k < classes; k++) {
      List<Integer> list = members.get(k);
      sentences[k] = new int[list.size()];
      for (int i = 0; i < sentences[k].length; i++) {
        sentences[k][i] = list.get(i);
      }
    }
    // runs of a class's sentences known to be in one group: sentences[k][i .. ahead[k][i]);
    // a sentence in the group of the one it is offered to joins nothing, so such runs are
    // passed over at once (groups only grow, so a run stays in one group)
    int[][] ahead = new int[classes][];
    for (int k = 0; k < classes; k++) {
      ahead[k] = new int[sentences[k].length];
      for (int i = 0; i < ahead[k].length; i++) {
        ahead[k][i] = i + 1;
      }
    }
    // each class's partners by level
    List<Map<Double, List<Integer>>> byLevel = new ArrayList<>(classes);
    for (int k = 0; k < classes; k++) {
      Map<Double, List<Integer>> m = new HashMap<>();
      for (Map.Entry<Integer, Double> e : partners.getOrDefault(k, Map.of()).entrySet()) {
        m.computeIfAbsent(e.getValue(), MapValues.list()).add(e.getKey());
      }
      byLevel.add(m);
    }
    for (double level : levels) {
      for (int a = 0; a < n; a++) {
        List<Integer> mine = byLevel.get(klass[a]).get(level);
        if (mine == null) {
          continue;
        }
        // the sentences after a in the partner classes of this level, merged in order: a heap
        // of {next sentence, class, position}, since a class can have many partners
        java.util.PriorityQueue<int[]> heads = new java.util.PriorityQueue<>(BY_NEXT_SENTENCE);
        for (int q : mine) {
          int[] list = sentences[q];
          int at = java.util.Arrays.binarySearch(list, a);
          int h = at >= 0 ? at + 1 : -at - 1;
          if (h < list.length) {
            heads.add(new int[] {list[h], q, h});
          }
        }
        int form = units.get(a).form();
        while (!heads.isEmpty()) {
          int[] head = heads.poll();
          int b = head[0];
          int k = head[1];
          int h = head[2];
          int next;
          if (groups.find(b) == groups.find(a)) {
            next = runEnd(sentences[k], ahead[k], h, groups); // nothing to join in this run
          } else {
            next = h + 1;
            if (units.get(b).form() != form) {
              groups.join(a, b);
            }
          }
          if (next < sentences[k].length) {
            heads.add(new int[] {sentences[k][next], k, next});
          }
        }
      }
    }
  }

  /**
   * The end of the run of sentences from {@code list[i]} on that are in one group, extending the
   * known runs ({@code ahead}) and pointing every position passed straight at the end.
   */
  private static int runEnd(int[] list, int[] ahead, int i, Groups groups) {
    int root = groups.find(list[i]);
    int end = ahead[i];
    while (end < list.length && groups.find(list[end]) == root) {
      end = ahead[end];
    }
    for (int p = i; p < end; ) {
      int next = ahead[p];
      ahead[p] = end;
      p = next;
    }
    return end;
  }

  /** Sentences joined into groups, pair by pair, each group with its forms and representative. */
  static final class Groups {
    private final List<QuoteForm> forms;
    private final List<Unit> units;
    private final int[] parent;
    private final int[] rep;
    private final List<Set<Integer>> members;
    /** Joins each group has taken, so that a refusal is known to hold while neither changes. */
    private final int[] version;
    /** Pairs of groups found not to join, with their versions then. */
    private final Map<Long, Long> refused = new HashMap<>();

    /** The persons each group's quotes are attributed to (the bundle's person ids). */
    private final List<Set<Integer>> persons;

    Groups(List<QuoteForm> forms, List<Unit> units) {
      this.forms = forms;
      this.units = units;
      int n = units.size();
      parent = new int[n];
      rep = new int[n];
      version = new int[n];
      members = new ArrayList<>(n);
      persons = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        parent[i] = i;
        rep[i] = i;
        members.add(new HashSet<>(Set.of(units.get(i).form())));
        Quote q = forms.get(units.get(i).form()).quote();
        persons.add(q.person() >= 0 && !q.organisation() ? new HashSet<>(Set.of(q.person()))
            : new HashSet<>());
      }
    }

    /**
     * Whether joining the groups of sentences x and y would put surely different people's words
     * in one statement though x and y are not the same words cut differently: two people who
     * say something alike say two things (a misattribution needs the same words).
     */
    private boolean twoStatements(int a, int b, int x, int y) {
      Set<Integer> pa = persons.get(a);
      Set<Integer> pb = persons.get(b);
      if (pa.isEmpty() || pb.isEmpty() || pa.equals(pb) && pa.size() == 1) {
        return false;
      }
      List<String> wx = units.get(x).words();
      List<String> wy = units.get(y).words();
      return !(contains(wx, wy) || contains(wy, wx));
    }

    /**
     * Joins the groups of sentences a and b unless they are one group, share a quote, or their
     * representatives are too far apart.
     */
    void join(int x, int y) {
      int a = find(x);
      int b = find(y);
      if (a == b) {
        return;
      }
      long pair = (long) a * parent.length + b;
      long versions = (long) version[a] << 32 | version[b];
      Long known = refused.get(pair);
      if (known != null && known == versions) {
        return;
      }
      Unit ra = units.get(rep[a]);
      Unit rb = units.get(rep[b]);
      if (!disjoint(members.get(a), members.get(b))
          || SIMILARITY.score(ra.content(), rb.content()) < JOIN) {
        refused.put(pair, versions);
        return;
      }
      if (twoStatements(a, b, x, y)) {
        return; // depends on x and y, not only on the groups: not remembered as refused
      }
      parent[b] = a;
      version[a]++;
      union(persons, a, b);
      union(members, a, b);
      rep[a] = better(forms, ra, rb) ? rep[a] : rep[b];
    }

    /** Puts set b into set a (the larger one is kept, to copy less) and drops b. */
    private static void union(List<Set<Integer>> sets, int a, int b) {
      Set<Integer> sa = sets.get(a);
      Set<Integer> sb = sets.get(b);
      if (sa.size() >= sb.size()) {
        sa.addAll(sb);
      } else {
        sb.addAll(sa);
        sets.set(a, sb);
      }
      sets.set(b, null);
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }
  }

  /** Whether sentence a represents a group better than b: direct over reported, then longer. */
  private static boolean better(List<QuoteForm> forms, Unit a, Unit b) {
    boolean da = !forms.get(a.form()).quote().indirect();
    boolean db = !forms.get(b.form()).quote().indirect();
    if (da != db) {
      return da;
    }
    return a.content().size() >= b.content().size();
  }

  /**
   * Joins each loose unit (a short sentence, a fragment) to the same fragment and to the
   * longest sentence that holds its words as a run, when the speakers are not surely different
   * people: {@code "recklessly spending reserves"} is a cut of {@code "quietly and recklessly
   * spending reserves"}, {@code "There is no room for prejudice."} one of {@code "When you open
   * your heart to patriotism, there is no room for prejudice"}. A loose unit of fewer than
   * {@value #CONTAINED_WORDS} words, or with fewer than {@value #CONTAINED_CONTENT} content words
   * for a fragment, only groups with the same words. Hosts are found through an index on word
   * pairs whose lists are cut at {@value #COMMON_PAIR} entries, so the work stays linear.
   */
  private static void contained(List<QuoteForm> forms, List<Unit> all, int firstLoose,
      Groups groups) {
    Map<List<String>, Integer> same = new HashMap<>();
    for (int i = firstLoose; i < all.size(); i++) {
      Integer before = same.putIfAbsent(all.get(i).words(), i);
      if (before != null) {
        groups.join(before, i);
      }
    }
    // the word pairs loose units start with, and what may stand before the space in one
    List<Integer> looking = new ArrayList<>();
    Set<String> wanted = new HashSet<>();
    Set<String> heads = new HashSet<>();
    for (int i = firstLoose; i < all.size(); i++) {
      Unit u = all.get(i);
      QuoteForm f = forms.get(u.form());
      boolean fragment = f.words().size() < FRAGMENT_WORDS;
      if (u.words().size() < CONTAINED_WORDS
          || fragment && (u.content().size() < CONTAINED_CONTENT || titleCase(u.text()))) {
        continue; // a fragment in title case names something ("Smiles for Life")
      }
      looking.add(i);
      String key = u.words().get(0) + " " + u.words().get(1);
      if (wanted.add(key)) {
        for (int sp = key.indexOf(' '); sp >= 0; sp = key.indexOf(' ', sp + 1)) {
          heads.add(key.substring(0, sp));
        }
      }
    }
    // where those pairs stand: word pair -> (unit, position), in order; no other pair is asked
    Map<String, List<int[]>> at = new HashMap<>();
    for (int i = 0; i < all.size() && !wanted.isEmpty(); i++) {
      List<String> w = all.get(i).words();
      for (int k = 0; k + 1 < w.size(); k++) {
        if (!heads.contains(w.get(k))) {
          continue; // no wanted pair starts with this word
        }
        String key = w.get(k) + " " + w.get(k + 1);
        if (!wanted.contains(key)) {
          continue;
        }
        List<int[]> list = at.computeIfAbsent(key, MapValues.list());
        if (list.size() <= COMMON_PAIR) {
          list.add(new int[] {i, k});
        }
      }
    }
    for (int i : looking) {
      Unit u = all.get(i);
      QuoteForm f = forms.get(u.form());
      List<int[]> list = at.get(u.words().get(0) + " " + u.words().get(1));
      if (list == null || list.size() > COMMON_PAIR) {
        continue;
      }
      int host = -1;
      for (int[] e : list) {
        Unit h = all.get(e[0]);
        if (h.form() == u.form() || h.words().size() <= u.words().size()
            || !runAt(h.words(), u.words(), e[1])
            || surelyDifferentPeople(f, forms.get(h.form()))) {
          continue;
        }
        if (host < 0 || h.words().size() > all.get(host).words().size()) {
          host = e[0];
        }
      }
      if (host >= 0) {
        groups.join(host, i);
      }
    }
  }

  /** Whether every word of a text that has letters starts with a capital. */
  private static boolean titleCase(String text) {
    for (String w : text.split(" ")) {
      if (!w.isEmpty() && Character.isLetter(w.codePointAt(0))
          && !Character.isUpperCase(w.codePointAt(0)) && w.length() > 3) {
        return false;
      }
    }
    return true;
  }

  private static boolean runAt(List<String> whole, List<String> part, int at) {
    return at + part.size() <= whole.size() && whole.subList(at, at + part.size()).equals(part);
  }

  /**
   * Whether two matching sentences cover each other enough to be one statement: the content
   * words they share in order are more than half of the longer's, or the shorter's words stand
   * in the longer as a run (a cut of it). A long phrase two sentences share ("the attorney
   * general of the United States", "runs the water board") does not make them one.
   */
  static boolean covers(Unit a, Unit b) {
    return covers(a, b, Similarity.commonWords(a.content(), b.content()));
  }

  /** As {@link #covers(Unit, Unit)}, the length of their content words' LCS given. */
  private static boolean covers(Unit a, Unit b, int commonWords) {
    int longer = Math.max(a.content().size(), b.content().size());
    if (2 * commonWords > longer) {
      return true;
    }
    return contains(a.words(), b.words()) || contains(b.words(), a.words());
  }

  /**
   * {@link Similarity#commonWords} of two sentences' content words, through their word numbers
   * ({@code ids}, indexed by sentence); as that method codes words as chars, two sentences of
   * more than 65,536 words between them (where its codes would wrap) go through it.
   */
  private static int commonWords(Unit a, Unit b, int[][] ids, int ia, int ib) {
    if (a.content().size() + b.content().size() > 65_536) {
      return Similarity.commonWords(a.content(), b.content());
    }
    return Lcs.length(ids[ia], ids[ib]);
  }

  private static Set<String> contentPairs(List<String> content) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 1 < content.size(); i++) {
      out.add(content.get(i) + " " + content.get(i + 1));
    }
    return out;
  }

  private static boolean disjoint(Set<Integer> a, Set<Integer> b) {
    if (a.size() > b.size()) {
      return disjoint(b, a); // the smaller set is walked
    }
    for (Integer x : a) {
      if (b.contains(x)) {
        return false;
      }
    }
    return true;
  }

  // --- findings -------------------------------------------------------------------------------

  private static Finding unique(QuoteForm f) {
    return new Finding(null, Kind.QUOTE, Verdict.UNIQUE, null, subject(f.speaker(), f.text()),
        f.ids(), List.of(),
        new Finding.QuoteCarried(List.of(f.quote().articleId())));
  }

  private static Finding finding(List<QuoteForm> forms, List<Unit> group) {
    List<Unit> g = new ArrayList<>(group);
    g.sort(BY_FORM);
    Unit ref = reference(forms, g);
    QuoteForm refForm = forms.get(ref.form());
    String speaker = refForm.speaker() != null ? refForm.speaker() : commonSpeaker(forms, g);
    List<String> ids = new ArrayList<>();
    List<Variant> variants = new ArrayList<>();
    Set<String> articles = new LinkedHashSet<>();
    boolean differs = false;
    for (Unit u : g) {
      QuoteForm f = forms.get(u.form());
      QuoteRelation rel = relation(f, u, ref, refForm);
      articles.add(f.quote().articleId());
      differs |= rel == QuoteRelation.ALTERED || rel == QuoteRelation.MISATTRIBUTED;
      List<Segment> diff = rel == QuoteRelation.EXACT ? null : WordDiff.quote(ref.text(), f.text());
      for (String id : f.ids()) {
        ids.add(id);
        variants.add(new Variant(id, rel, diff == null || diff.isEmpty() ? null : diff));
      }
    }
    Verdict verdict = articles.size() < 2 ? Verdict.UNIQUE
        : differs ? Verdict.DISCREPANCY : Verdict.AGREE;
    return new Finding(null, Kind.QUOTE, verdict, null, subject(speaker, ref.text()), ids,
        variants, new Finding.QuoteCarried(List.copyOf(articles)));
  }

  /**
   * The reference form: the sentence that most quotes of the group contain, or are cut from,
   * and then the longest; every version is classified against it.
   */
  private static Unit reference(List<QuoteForm> forms, List<Unit> g) {
    // the count depends only on the candidate's words and on each member's words, so equal
    // members are counted once with their number
    Map<List<Object>, Integer> direct = new LinkedHashMap<>();
    for (Unit u : g) {
      QuoteForm f = forms.get(u.form());
      if (!f.quote().indirect()) {
        MapValues.count(direct, List.of(f.words(), u.words(), f.elided()));
      }
    }
    Map<List<String>, Integer> scores = new HashMap<>();
    Unit best = null;
    int bestScore = -1;
    for (Unit cand : g) {
      if (forms.get(cand.form()).quote().indirect()) {
        continue;
      }
      Integer score = scores.get(cand.words());
      if (score == null) {
        score = containing(direct, cand.words());
        scores.put(cand.words(), score);
      }
      if (score > bestScore
          || score == bestScore && cand.words().size() > best.words().size()) {
        best = cand;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * How many of the direct quotes ({@code direct}: their words, their sentence's words and whether
   * elided, with their number) contain {@code words} or are cut from it.
   */
  private static int containing(Map<List<Object>, Integer> direct, List<String> words) {
    int sum = 0;
    for (Map.Entry<List<Object>, Integer> e : direct.entrySet()) {
      @SuppressWarnings("unchecked")
      List<String> fw = (List<String>) e.getKey().get(0);
      @SuppressWarnings("unchecked")
      List<String> uw = (List<String>) e.getKey().get(1);
      boolean elided = (Boolean) e.getKey().get(2);
      if (contains(fw, words) || contains(words, fw) || elided && contains(words, uw)) {
        sum += e.getValue();
      }
    }
    return sum;
  }

  /** How one quote stands against the reference sentence of the reference quote. */
  static QuoteRelation relation(QuoteForm f, Unit u, Unit ref, QuoteForm refForm) {
    if (f.quote().indirect()) {
      return QuoteRelation.PARAPHRASE;
    }
    QuoteRelation rel;
    if (f.words().equals(ref.words())) {
      rel = trimEnd(f.text()).equals(trimEnd(ref.text()))
          ? QuoteRelation.EXACT : QuoteRelation.NORMALIZED;
    } else if (f.elided() && contains(ref.words(), u.words())) {
      rel = QuoteRelation.ELIDED;
    } else if (contains(f.words(), ref.words()) || contains(u.words(), ref.words())) {
      rel = QuoteRelation.EXTENDED;
    } else if (contains(ref.words(), f.words()) || contains(ref.words(), u.words())) {
      rel = QuoteRelation.TRUNCATED;
    } else if (unitsIn(f, ref.words())) {
      rel = QuoteRelation.TRUNCATED; // its sentences, each a run of the reference, in order
    } else {
      rel = QuoteRelation.ALTERED;
    }
    if (rel != QuoteRelation.ALTERED && surelyDifferentSpeakers(f, refForm)) {
      return QuoteRelation.MISATTRIBUTED;
    }
    return rel;
  }

  /**
   * Whether two quotes are surely by different people: both attributed to persons of the bundle's
   * index, two different ones, and neither a fragment, which other people echo ("spiritual
   * guidance"). An unattributed quote, an organisation, a name the index does not hold or a short
   * fragment is never a misattribution.
   */
  static boolean surelyDifferentSpeakers(QuoteForm a, QuoteForm b) {
    return surelyDifferentPeople(a, b)
        && a.words().size() >= FRAGMENT_WORDS && b.words().size() >= FRAGMENT_WORDS;
  }

  /** Whether two quotes are attributed to two different persons of the bundle's index. */
  static boolean surelyDifferentPeople(QuoteForm a, QuoteForm b) {
    Quote x = a.quote();
    Quote y = b.quote();
    return x.person() >= 0 && y.person() >= 0 && x.person() != y.person()
        && !x.organisation() && !y.organisation();
  }

  private static String commonSpeaker(List<QuoteForm> forms, List<Unit> g) {
    Map<String, Integer> votes = new LinkedHashMap<>();
    for (Unit u : g) {
      String s = forms.get(u.form()).speaker();
      if (s != null) {
        MapValues.count(votes, s);
      }
    }
    return MapValues.mostCounted(votes);
  }

  private static String subject(String speaker, String text) {
    String quoted = "\"" + trimEnd(text) + "\"";
    return speaker == null ? quoted : speaker + ": " + quoted;
  }

  private static String trimEnd(String s) {
    return s.strip().replaceAll("[\\s.,;:!?]+$", "");
  }

  /**
   * Whether every sentence of a quote of several stands in {@code whole} as a run of words, in
   * order: "I run the board. I drink the water" against "I run the board, and I drink the water".
   */
  static boolean unitsIn(QuoteForm f, List<String> whole) {
    if (f.units().size() < 2) {
      return false;
    }
    int from = 0;
    for (Unit u : f.units()) {
      int at = u.words().isEmpty() ? -1
          : java.util.Collections.indexOfSubList(whole.subList(from, whole.size()), u.words());
      if (at < 0) {
        return false;
      }
      from += at + u.words().size();
    }
    return true;
  }

  /** Whether {@code part} stands in {@code whole} as a run of consecutive words. */
  static boolean contains(List<String> whole, List<String> part) {
    if (part.isEmpty() || part.size() > whole.size()) {
      return false;
    }
    return java.util.Collections.indexOfSubList(whole, part) >= 0;
  }
}
