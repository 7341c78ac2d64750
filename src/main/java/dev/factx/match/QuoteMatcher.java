package dev.factx.match;

import dev.factx.analysis.WordDiff;
import dev.factx.analysis.WordDiff.Segment;
import dev.factx.extract.Kind;
import dev.factx.extract.Quote;
import dev.factx.match.QuoteForm.Unit;
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
 * Two sentences match when they share a content-word pair (not one of the very common ones) and
 * their {@link Similarity} reaches {@link #MATCH}; reported speech joins a quote of the same
 * speaker at {@link #PARAPHRASE}. Candidate pairs come from an inverted index on content-word
 * pairs, so the work grows with the number of sentences, not its square (the tests hold an
 * oracle that compares every pair and must find the same groups). Short fragments (scare quotes) group only
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
  /** A content-word pair in more sentence forms than this is too common to suggest a match. */
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

  /** The matcher, its candidate pairs found through an index on content-word pairs. */
  public QuoteMatcher() {
    this(QuoteMatcher::byClass);
  }

  /** A matcher that finds candidate pairs another way (the tests' oracle). */
  QuoteMatcher(PairSearch search) {
    this.search = Objects.requireNonNull(search, "search");
  }

  @Override
  public List<Finding> match(List<Quote> claims) {
    List<QuoteForm> forms = new ArrayList<>(claims.size());
    for (int i = 0; i < claims.size(); i++) {
      Quote q = claims.get(i);
      // the extractor named the speaker through the bundle's people: one person, one name
      forms.add(QuoteForm.of(i, q, q.speaker()));
    }
    List<Unit> units = new ArrayList<>();
    for (QuoteForm f : forms) {
      if (f.quote().indirect() || f.words().size() >= FRAGMENT_WORDS) {
        for (Unit u : f.units()) {
          if (u.content().size() >= MIN_CONTENT) {
            units.add(u);
          }
        }
      }
    }
    List<List<Unit>> groups = cluster(forms, units);
    groups.addAll(fragments(forms));
    List<Finding> out = new ArrayList<>();
    Set<Integer> covered = new HashSet<>();
    groups.sort(Comparator.comparingInt(g -> g.get(0).form()));
    for (List<Unit> g : groups) {
      Set<Integer> members = new LinkedHashSet<>();
      g.forEach(u -> members.add(u.form()));
      boolean direct = members.stream().anyMatch(i -> !forms.get(i).quote().indirect());
      if (members.size() >= 2 && direct) {
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

  // --- grouping -------------------------------------------------------------------------------

  /** Groups of matching sentences: each group holds at most one sentence of a quote. */
  private List<List<Unit>> cluster(List<QuoteForm> forms, List<Unit> units) {
    int n = units.size();
    List<Set<String>> pairs = new ArrayList<>(n);
    Map<String, Integer> spread = new HashMap<>();
    Map<String, Set<List<String>>> formsOf = new HashMap<>();
    for (Unit u : units) {
      Set<String> p = contentPairs(u.content());
      pairs.add(p);
      for (String key : p) {
        formsOf.computeIfAbsent(key, k -> new HashSet<>()).add(u.content());
      }
    }
    formsOf.forEach((k, v) -> spread.put(k, v.size()));
    Groups groups = new Groups(forms, units);
    search.offer(forms, units, pairs, spread, groups);
    Map<Integer, List<Unit>> byRoot = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      byRoot.computeIfAbsent(groups.find(i), k -> new ArrayList<>()).add(units.get(i));
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
          units.get(i).content(), f.quote().indirect(), f.speaker());
      int k = classOf.computeIfAbsent(key, x -> first.size());
      if (k == first.size()) {
        first.add(i);
        members.add(new ArrayList<>());
      }
      klass[i] = k;
      members.get(k).add(i);
    }
    int classes = first.size();
    // class pairs that share a content-word pair that is not too common
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int k = 0; k < classes; k++) {
      for (String key : pairs.get(first.get(k))) {
        if (spread.get(key) <= COMMON_PAIR) {
          postings.computeIfAbsent(key, x -> new ArrayList<>()).add(k);
        }
      }
    }
    Set<Long> candidates = new HashSet<>();
    for (List<Integer> list : postings.values()) {
      for (int x = 0; x < list.size(); x++) {
        for (int y = x; y < list.size(); y++) {
          candidates.add((long) list.get(x) * classes + list.get(y));
        }
      }
    }
    // the score of each matching class pair, both ways round, and the levels of score
    Map<Integer, Map<Integer, Double>> partners = new HashMap<>();
    Set<Double> levels = new java.util.TreeSet<>(Comparator.reverseOrder());
    for (long c : candidates) {
      int p = (int) (c / classes);
      int q = (int) (c % classes);
      Unit up = units.get(first.get(p));
      Unit uq = units.get(first.get(q));
      boolean ip = forms.get(up.form()).quote().indirect();
      boolean iq = forms.get(uq.form()).quote().indirect();
      String sp = forms.get(up.form()).speaker();
      if (ip && iq || (ip || iq) && (sp == null || !sp.equals(forms.get(uq.form()).speaker()))) {
        continue;
      }
      double score = SIMILARITY.score(up.content(), uq.content());
      if (score >= (ip || iq ? PARAPHRASE : MATCH)) {
        partners.computeIfAbsent(p, x -> new HashMap<>()).put(q, score);
        partners.computeIfAbsent(q, x -> new HashMap<>()).put(p, score);
        levels.add(score);
      }
    }
    int[][] sentences = new int[classes][];
    for (int k = 0; k < classes; k++) {
      sentences[k] = members.get(k).stream().mapToInt(Integer::intValue).toArray();
    }
    for (double level : levels) {
      for (int a = 0; a < n; a++) {
        Map<Integer, Double> mine = partners.get(klass[a]);
        if (mine == null) {
          continue;
        }
        // the sentences after a in the partner classes of this level, merged in order
        List<int[]> lists = new ArrayList<>();
        List<Integer> heads = new ArrayList<>();
        for (Map.Entry<Integer, Double> e : mine.entrySet()) {
          if (e.getValue() == level) {
            int[] list = sentences[e.getKey()];
            int at = java.util.Arrays.binarySearch(list, a);
            lists.add(list);
            heads.add(at >= 0 ? at + 1 : -at - 1);
          }
        }
        int form = units.get(a).form();
        while (true) {
          int pick = -1;
          for (int j = 0; j < lists.size(); j++) {
            int h = heads.get(j);
            if (h < lists.get(j).length
                && (pick < 0 || lists.get(j)[h] < lists.get(pick)[heads.get(pick)])) {
              pick = j;
            }
          }
          if (pick < 0) {
            break;
          }
          int b = lists.get(pick)[heads.get(pick)];
          heads.set(pick, heads.get(pick) + 1);
          if (units.get(b).form() != form) {
            groups.join(a, b);
          }
        }
      }
    }
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

    Groups(List<QuoteForm> forms, List<Unit> units) {
      this.forms = forms;
      this.units = units;
      int n = units.size();
      parent = new int[n];
      rep = new int[n];
      version = new int[n];
      members = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        parent[i] = i;
        rep[i] = i;
        members.add(new HashSet<>(Set.of(units.get(i).form())));
      }
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
      parent[b] = a;
      version[a]++;
      Set<Integer> ma = members.get(a);
      Set<Integer> mb = members.get(b);
      if (ma.size() >= mb.size()) {
        ma.addAll(mb);
      } else {
        mb.addAll(ma);
        members.set(a, mb);
      }
      members.set(b, null);
      rep[a] = better(forms, ra, rb) ? rep[a] : rep[b];
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

  /** Fragments group with fragments of the same words only. */
  private static List<List<Unit>> fragments(List<QuoteForm> forms) {
    Map<List<String>, List<Unit>> byWords = new LinkedHashMap<>();
    for (QuoteForm f : forms) {
      if (!f.quote().indirect() && f.words().size() < FRAGMENT_WORDS && !f.words().isEmpty()) {
        byWords
            .computeIfAbsent(f.words(), k -> new ArrayList<>())
            .add(new Unit(f.index(), f.text(), f.words(), QuoteForm.content(f.words())));
      }
    }
    List<List<Unit>> out = new ArrayList<>();
    for (List<Unit> g : byWords.values()) {
      if (g.size() >= 2) {
        out.add(g);
      }
    }
    return out;
  }

  private static Set<String> contentPairs(List<String> content) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 1 < content.size(); i++) {
      out.add(content.get(i) + " " + content.get(i + 1));
    }
    return out;
  }

  private static boolean disjoint(Set<Integer> a, Set<Integer> b) {
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
        List.of(f.quote().id()), List.of(),
        new Finding.QuoteCarried(List.of(f.quote().articleId())));
  }

  private static Finding finding(List<QuoteForm> forms, List<Unit> group) {
    List<Unit> g = new ArrayList<>(group);
    g.sort(Comparator.comparingInt(Unit::form));
    Unit ref = reference(forms, g);
    QuoteForm refForm = forms.get(ref.form());
    String speaker = refForm.speaker() != null ? refForm.speaker() : commonSpeaker(forms, g);
    List<String> ids = new ArrayList<>();
    List<Variant> variants = new ArrayList<>();
    Set<String> articles = new LinkedHashSet<>();
    boolean differs = false;
    for (Unit u : g) {
      QuoteForm f = forms.get(u.form());
      QuoteRelation rel = relation(f, u, ref, speaker);
      ids.add(f.quote().id());
      articles.add(f.quote().articleId());
      differs |= rel == QuoteRelation.ALTERED || rel == QuoteRelation.MISATTRIBUTED;
      List<Segment> diff = rel == QuoteRelation.EXACT ? null : WordDiff.quote(ref.text(), f.text());
      variants.add(new Variant(f.quote().id(), rel, diff == null || diff.isEmpty() ? null : diff));
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
        direct.merge(List.of(f.words(), u.words(), f.elided()), 1, Integer::sum);
      }
    }
    Map<List<String>, Integer> scores = new HashMap<>();
    Unit best = null;
    int bestScore = -1;
    for (Unit cand : g) {
      if (forms.get(cand.form()).quote().indirect()) {
        continue;
      }
      int score = scores.computeIfAbsent(cand.words(), words -> {
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
      });
      if (score > bestScore
          || score == bestScore && cand.words().size() > best.words().size()) {
        best = cand;
        bestScore = score;
      }
    }
    return best;
  }

  /** How one quote stands against the reference sentence. */
  static QuoteRelation relation(QuoteForm f, Unit u, Unit ref, String speaker) {
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
    } else {
      rel = QuoteRelation.ALTERED;
    }
    if (speaker != null && f.speaker() != null && !speaker.equals(f.speaker())) {
      return QuoteRelation.MISATTRIBUTED;
    }
    return rel;
  }

  private static String commonSpeaker(List<QuoteForm> forms, List<Unit> g) {
    Map<String, Integer> votes = new LinkedHashMap<>();
    for (Unit u : g) {
      String s = forms.get(u.form()).speaker();
      if (s != null) {
        votes.merge(s, 1, Integer::sum);
      }
    }
    return votes.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private static String subject(String speaker, String text) {
    String quoted = "\"" + trimEnd(text) + "\"";
    return speaker == null ? quoted : speaker + ": " + quoted;
  }

  private static String trimEnd(String s) {
    return s.strip().replaceAll("[\\s.,;:!?]+$", "");
  }

  /** Whether {@code part} stands in {@code whole} as a run of consecutive words. */
  static boolean contains(List<String> whole, List<String> part) {
    if (part.isEmpty() || part.size() > whole.size()) {
      return false;
    }
    return java.util.Collections.indexOfSubList(whole, part) >= 0;
  }
}
