package dev.factx.verify;

import dev.factx.analysis.Word;
import dev.factx.analysis.Document;
import dev.factx.analysis.WordDiff;
import dev.factx.analysis.WordKeys;
import dev.factx.extract.Claim;
import dev.factx.extract.Kind;
import dev.factx.analysis.NameKeys;
import dev.factx.extract.DateClaim;
import dev.factx.extract.DateComparison;
import dev.factx.extract.Offices;
import dev.factx.extract.RoleComparison;
import dev.factx.extract.NumericClaim;
import dev.factx.extract.Quote;
import dev.factx.extract.RoleClaim;
import dev.factx.text.MapValues;
import dev.factx.text.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Compares one reprint with its original, sentence pair by sentence pair, and lists the changes. */
final class PairChecker {
  private final Document original;
  private final Document reprint;
  private final ClaimBook book;
  private final boolean strict;
  private final String textO;
  private final String textR;

  PairChecker(Document original, Document reprint, ClaimBook book, boolean strict) {
    this.original = original;
    this.reprint = reprint;
    this.book = book;
    this.strict = strict;
    this.textO = original.text().value();
    this.textR = reprint.text().value();
  }

  /** The changes, in reprint order. */
  List<Change> check(Alignment al) {
    List<List<Mark>> marksO = bySentence(al.original(), original,
        ClaimMarks.of(original, book.claims(original)));
    List<List<Mark>> marksR = bySentence(al.reprint(), reprint,
        ClaimMarks.of(reprint, book.claims(reprint)));
    List<Change> changes = new ArrayList<>();
    for (int j = 0; j < al.reprint().size(); j++) {
      Sentence rs = al.reprint().get(j);
      Sentence os = al.sourceOf(j);
      if (os == null) {
        added(rs, marksR.get(j), changes);
      } else {
        new Pair(os, marksO.get(os.index()), rs, marksR.get(j)).compare(changes);
      }
    }
    cut(al, marksO, changes);
    changes.sort(BY_PLACE);
    return changes;
  }

  private void added(Sentence rs, List<Mark> marks, List<Change> changes) {
    boolean any = false;
    for (Mark q : quotes(marks)) {
      changes.add(new Change(Kind.QUOTE, "quote added", q.span(), null, rawR(q.span()), null,
          List.of(book.claim(reprint, q))));
      any = true;
    }
    if (!any && strict) {
      Span raw = reprint.sourceSpan(rs.span());
      changes.add(new Change(null, "sentence added", raw, null, rawR(raw), null, List.of()));
    }
  }

  private void cut(Alignment al, List<List<Mark>> marksO, List<Change> changes) {
    int[] firstCopy = new int[al.original().size()];
    Arrays.fill(firstCopy, -1);
    for (int j = 0; j < al.reprint().size(); j++) {
      int s = al.sources().get(j);
      if (s >= 0 && firstCopy[s] < 0) {
        firstCopy[s] = j;
      }
    }
    int lastKept = -1;
    for (Sentence os : al.original()) {
      int i = os.index();
      if (firstCopy[i] >= 0) {
        lastKept = i;
        continue;
      }
      // where the sentence would stand: after the copy of the last sentence kept before it
      int at = 0;
      if (lastKept >= 0) {
        int j = firstCopy[lastKept];
        at = j + 1 < al.reprint().size()
            ? reprint.sourceSpan(al.reprint().get(j + 1).span()).start()
            : reprint.sourceSpan(al.reprint().get(j).span()).end();
      } else if (!al.reprint().isEmpty()) {
        at = reprint.sourceSpan(al.reprint().get(0).span()).start();
      }
      List<Claim> claims = new ArrayList<>();
      Span sentence = original.sourceSpan(os.span());
      for (Claim c : book.claims(original)) {
        if (c instanceof Quote q && q.indirect() && q.span().overlaps(sentence)) {
          claims.add(c); // reported speech is a claim when it is cut, though not a mark
        }
      }
      Mark firstOwn = null;
      for (Mark m : marksO.get(i)) {
        if (m.extracted()) {
          claims.add(m.claim());
        } else if (firstOwn == null && m.kind() != Kind.ROLE) {
          firstOwn = m;
        }
      }
      if (claims.isEmpty() && firstOwn != null) {
        claims.add(book.claim(original, firstOwn));
      }
      String words = original.sourceText(os.span());
      if (!claims.isEmpty()) {
        changes.add(new Change(claims.get(0).kind(), "sentence with claims cut", new Span(at, at),
            words, null, null, claims));
      } else if (strict) {
        changes.add(new Change(null, "sentence cut", new Span(at, at), words, null, null, List.of()));
      }
    }
  }

  /** The extracted quote marks. */
  private static List<Mark> quotes(List<Mark> marks) {
    List<Mark> out = new ArrayList<>();
    for (Mark m : marks) {
      if (m.kind() == Kind.QUOTE && m.extracted()) {
        out.add(m);
      }
    }
    return out;
  }

  /** The marks of each sentence: those that overlap its raw span. */
  private static List<List<Mark>> bySentence(List<Sentence> sentences, Document d, List<Mark> marks) {
    List<Span> raw = new ArrayList<>(sentences.size());
    List<List<Mark>> out = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      raw.add(d.sourceSpan(s.span()));
      out.add(new ArrayList<>());
    }
    for (Mark m : marks) {
      // sentences are in order and disjoint: find the first that ends after the mark starts
      int lo = 0;
      int hi = raw.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (raw.get(mid).end() <= m.span().start()) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      for (int k = lo; k < raw.size() && raw.get(k).start() < m.span().end(); k++) {
        out.get(k).add(m);
      }
    }
    return out;
  }

  private String rawO(Span raw) {
    return raw.of(original.article().body());
  }

  private String rawR(Span raw) {
    return raw.of(reprint.article().body());
  }

  private static String label(Mark m) {
    switch (m.kind()) {
      case NUMBER:
        return "figure";
      case ROLE:
        return m.extracted() ? "role" : "name";
      default:
        return m.kind().label();
    }
  }

  /** An original sentence and its copy in the reprint. */
  private final class Pair {
    private final Sentence os;
    private final Sentence rs;
    private final List<Mark> marksO;
    private final List<Mark> marksR;
    private final WordDiff diff;
    private final Span[] rawO;
    private final Span[] rawR;
    private final Set<Mark> handled = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<String> speakerWords = new java.util.HashSet<>();

    Pair(Sentence os, List<Mark> marksO, Sentence rs, List<Mark> marksR) {
      this.os = os;
      this.rs = rs;
      this.marksO = marksO;
      this.marksR = marksR;
      this.diff = WordDiff.of(keys(os.tokens()), keys(rs.tokens()));
      this.rawO = raw(original, os.tokens());
      this.rawR = raw(reprint, rs.tokens());
    }

    void compare(List<Change> changes) {
      quotes(changes);
      hunks(changes);
      values(changes);
    }

    /** Quotes: words changed (word diff), added, or given to another speaker. */
    private void quotes(List<Change> changes) {
      List<Mark> quotesO = PairChecker.quotes(marksO);
      for (Mark qR : PairChecker.quotes(marksR)) {
        List<Integer> wordsR = inside(rawR, qR.span());
        if (wordsR.isEmpty()) {
          continue;
        }
        Map<Mark, Integer> hits = new IdentityHashMap<>();
        for (int j : wordsR) {
          int a = diff.originalOf(j);
          if (a >= 0) {
            for (Mark qO : quotesO) {
              if (qO.span().overlaps(rawO[a])) {
                MapValues.count(hits, qO);
              }
            }
          }
        }
        Mark qO = null;
        for (Mark m : quotesO) {
          if (hits.containsKey(m) && (qO == null || hits.get(m) > hits.get(qO))) {
            qO = m;
          }
        }
        handled.add(qR);
        if (qO == null) {
          changes.add(new Change(Kind.QUOTE, "quote added", qR.span(), null, rawR(qR.span()), null,
              List.of(book.claim(reprint, qR))));
          continue;
        }
        handled.add(qO);
        List<Integer> wordsO = inside(rawO, qO.span());
        List<Word> to = pick(os.tokens(), wordsO);
        List<Word> tr = pick(rs.tokens(), wordsR);
        List<Claim> claims = List.of(book.claim(reprint, qR), book.claim(original, qO));
        if (!keys(to).equals(keys(tr))) {
          changes.add(new Change(Kind.QUOTE, "quote changed", qR.span(), rawO(qO.span()),
              rawR(qR.span()), WordDiff.of(keys(to), keys(tr)).segments(shown(to), shown(tr)),
              claims));
        }
        // a speaker resolved differently from the same words is the extractor's reading, not
        // the reprint's change: the words around the quote must differ too
        if (qO.claim() instanceof Quote a && qR.claim() instanceof Quote b && a.speaker() != null
            && b.speaker() != null && !a.speaker().equalsIgnoreCase(b.speaker())
            && changedOutside(qO.span(), qR.span())) {
          changes.add(new Change(Kind.QUOTE, "speaker changed", qR.span(), a.speaker(), b.speaker(),
              null, claims));
          for (String name : new String[] {a.speaker(), b.speaker()}) {
            speakerWords.addAll(WordKeys.words(name));
          }
        }
      }
    }

    /** Words changed, added or cut where they touch a claim outside the quotes compared above. */
    private void hunks(List<Change> changes) {
      Map<Mark, int[]> groups = new IdentityHashMap<>(); // primary mark -> merged hunk bounds
      List<Mark> order = new ArrayList<>();
      for (WordDiff.Hunk h : diff.hunks()) {
        Span spanO = range(rawO, h.aStart(), h.aEnd());
        Span spanR = range(rawR, h.bStart(), h.bEnd());
        List<Mark> touched = new ArrayList<>();
        for (Mark m : ClaimMarks.touching(marksR, spanR)) {
          if (relevant(m, reprint)) {
            touched.add(m);
          }
        }
        for (Mark m : ClaimMarks.touching(marksO, spanO)) {
          if (relevant(m, original)) {
            touched.add(m);
          }
        }
        if (touched.isEmpty()) {
          continue;
        }
        Mark primary = touched.get(0);
        for (Mark m : touched) {
          if (Mark.precedence(m) < Mark.precedence(primary)) {
            primary = m;
          }
        }
        int[] g = groups.get(primary);
        if (g == null) {
          groups.put(primary, new int[] {h.aStart(), h.aEnd(), h.bStart(), h.bEnd()});
          order.add(primary);
        } else {
          g[1] = h.aEnd();
          g[3] = h.bEnd();
        }
      }
      for (Mark primary : order) {
        int[] g = groups.get(primary);
        Span spanO = range(rawO, g[0], g[1]);
        Span spanR = range(rawR, g[2], g[3]);
        Mark markO = best(ClaimMarks.touching(marksO, spanO), primary.kind());
        Mark markR = best(ClaimMarks.touching(marksR, spanR), primary.kind());
        if (markO != null && markO.extracted() && markR == null) {
          markR = counterpart(markO, false);
        } else if (markR != null && markR.extracted() && markO == null) {
          markO = counterpart(markR, true);
        }
        boolean told = (markO != null && handled.contains(markO))
            || (markR != null && handled.contains(markR));
        if (told && primary.kind() != Kind.QUOTE) {
          continue; // told with the counterpart of another change's claim
        }
        Span wordsO = markO == null ? spanO : cover(spanO, markO.span());
        Span wordsR = markR == null ? spanR : cover(spanR, markR.span());
        String verb = g[2] == g[3] ? " cut" : g[0] == g[1] ? " added" : " changed";
        // a date or role in other words that states the same is no change ("on Tuesday" and "on
        // March 11" of one day, "Rep." and "Representative")
        if (markO != null && markR != null && markO.extracted() && markR.extracted()
            && unchanged(markO.claim(), markR.claim())) {
          handled.add(markR);
          handled.add(markO);
          continue;
        }
        List<Claim> claims = new ArrayList<>();
        if (markR != null) {
          claims.add(book.claim(reprint, markR));
          handled.add(markR);
        }
        if (markO != null) {
          claims.add(book.claim(original, markO));
        }
        // located at the words that changed; the message shows the whole claim around them
        changes.add(new Change(primary.kind(), label(primary) + verb, spanR.length() > 0 ? spanR
            : new Span(spanR.start(), spanR.start()),
            wordsO.length() == 0 ? null : rawO(wordsO), wordsR.length() == 0 ? null : rawR(wordsR),
            null, claims));
      }
    }

    private boolean relevant(Mark m, Document side) {
      if (handled.contains(m)) {
        return false;
      }
      // a compared quote was reported as a whole, with the words inside it
      List<Mark> own = side == reprint ? marksR : marksO;
      for (Mark h : handled) {
        if (h.kind() == Kind.QUOTE && own.contains(h)
            && (m.kind() == Kind.QUOTE ? h.span().overlaps(m.span()) : h.span().contains(m.span()))) {
          return false;
        }
      }
      if (m.kind() == Kind.ROLE && !m.extracted()) {
        String w = ClaimMarks.lower(m.span().of(side.article().body()));
        return !speakerWords.contains(w);
      }
      return true;
    }

    /** Extracted figures, dates and roles whose values differ though their words may not. */
    private void values(List<Change> changes) {
      for (Mark mR : marksR) {
        if (!mR.extracted() || mR.kind() == Kind.QUOTE || handled.contains(mR)) {
          continue;
        }
        Map<Mark, Integer> hits = new IdentityHashMap<>();
        for (int j : inside(rawR, mR.span())) {
          int a = diff.originalOf(j);
          if (a < 0) {
            continue;
          }
          for (Mark mO : marksO) {
            if (mO.extracted() && mO.kind() == mR.kind() && mO.span().overlaps(rawO[a])) {
              MapValues.count(hits, mO);
            }
          }
        }
        Mark mO = null;
        for (Map.Entry<Mark, Integer> e : hits.entrySet()) {
          if (mO == null || e.getValue() > hits.get(mO)) {
            mO = e.getKey();
          }
        }
        // values read differently from the same words (a line break the extractor stopped at, a
        // pronoun resolved from other context) are not the reprint's change
        if (mO == null || !changedWithin(mO.span(), mR.span())) {
          continue;
        }
        String before = value(mO.claim());
        String after = value(mR.claim());
        if (!Objects.equals(before, after) && !unchanged(mO.claim(), mR.claim())) {
          changes.add(new Change(mR.kind(), label(mR) + " changed", mR.span(),
              rawO(mO.span()) + " (" + before + ")", rawR(mR.span()) + " (" + after + ")", null,
              List.of(mR.claim(), mO.claim())));
        }
      }
    }

    /**
     * The extracted claim of the same kind on the other side that shares unchanged words with a
     * mark ("March 11" and "11 March" share "11"), or null.
     */
    private Mark counterpart(Mark m, boolean inOriginal) {
      Span[] own = inOriginal ? rawR : rawO;
      Span[] other = inOriginal ? rawO : rawR;
      List<Mark> candidates = inOriginal ? marksO : marksR;
      for (int k = 0; k < own.length; k++) {
        if (!m.span().overlaps(own[k])) {
          continue;
        }
        int j = inOriginal ? diff.originalOf(k) : reprintOf(k);
        if (j < 0) {
          continue;
        }
        for (Mark c : candidates) {
          if (c.extracted() && c.kind() == m.kind() && c.span().overlaps(other[j])) {
            return c;
          }
        }
      }
      return null;
    }

    /** The reprint's word an original word was kept as, or -1. */
    private int reprintOf(int a) {
      for (int j = 0; j < rawR.length; j++) {
        if (diff.originalOf(j) == a) {
          return j;
        }
      }
      return -1;
    }

    /** Whether a hunk touches the original's words in {@code o} or the reprint's in {@code r}. */
    private boolean changedWithin(Span o, Span r) {
      for (WordDiff.Hunk h : diff.hunks()) {
        if (ClaimMarks.touches(o, range(rawO, h.aStart(), h.aEnd()))
            || ClaimMarks.touches(r, range(rawR, h.bStart(), h.bEnd()))) {
          return true;
        }
      }
      return false;
    }

    /** Whether a hunk lies outside the original's quote {@code o} or the reprint's {@code r}. */
    private boolean changedOutside(Span o, Span r) {
      for (WordDiff.Hunk h : diff.hunks()) {
        Span a = range(rawO, h.aStart(), h.aEnd());
        Span b = range(rawR, h.bStart(), h.bEnd());
        if ((a.length() > 0 && !o.contains(a)) || (b.length() > 0 && !r.contains(b))) {
          return true;
        }
      }
      return false;
    }

    private Mark best(List<Mark> marks, Kind kind) {
      Mark best = null;
      for (Mark m : marks) {
        if (m.kind() == kind && (best == null || Mark.precedence(m) < Mark.precedence(best))) {
          best = m;
        }
      }
      return best;
    }
  }

  /**
   * Whether a reprint's claim states what the original's does, through the comparisons date and
   * role matching make: a date of the same days at the same precision, each read against its own
   * article's date ({@link DateComparison}); a role of the same person that the comparison finds
   * the same, or one that only leaves out or adds a party or state beside an office that does not
   * contradict ({@link RoleComparison}).
   */
  static boolean unchanged(Claim original, Claim reprint) {
    if (original instanceof DateClaim a && reprint instanceof DateClaim b) {
      return a.precision() == b.precision() && a.shape() == b.shape()
          && DateComparison.same(a, b);
    }
    if (original instanceof RoleClaim a && reprint instanceof RoleClaim b) {
      if (!NameKeys.samePerson(a.person(), b.person())) {
        return false;
      }
      RoleComparison.Result r = RoleComparison.compare(a, b);
      if (r.relation() == RoleComparison.Relation.SAME) {
        return a.time().equals(b.time());
      }
      boolean partyOnly = a.office() == null || b.office() == null
          || Offices.party(a.office()) != null || Offices.party(b.office()) != null;
      return r.relation() == RoleComparison.Relation.COMPATIBLE && partyOnly;
    }
    return false;
  }

  /** What a claim states, in words that are equal exactly when the claims agree. */
  static String value(Claim c) {
    if (c instanceof NumericClaim n) {
      return n.qualifier() + " " + number(n.low()) + ".." + number(n.high());
    }
    if (c instanceof DateClaim d) {
      return String.valueOf(d.value());
    }
    if (c instanceof RoleClaim r) {
      return ClaimMarks.lower(r.person() + ", " + r.role());
    }
    return c.text();
  }

  private static String number(java.math.BigDecimal d) {
    return d == null ? "" : d.stripTrailingZeros().toPlainString();
  }

  private static Span[] raw(Document d, List<Word> tokens) {
    Span[] out = new Span[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = d.sourceSpan(tokens.get(i).span());
    }
    return out;
  }

  /** The raw span of words {@code [from, to)}, or the empty span where they would stand. */
  private static Span range(Span[] words, int from, int to) {
    if (from < to) {
      return new Span(words[from].start(), words[to - 1].end());
    }
    if (from < words.length) {
      return new Span(words[from].start(), words[from].start());
    }
    int end = words.length == 0 ? 0 : words[words.length - 1].end();
    return new Span(end, end);
  }

  private static Span cover(Span a, Span b) {
    if (a.length() == 0) {
      return b;
    }
    return new Span(Math.min(a.start(), b.start()), Math.max(a.end(), b.end()));
  }

  private static List<Integer> inside(Span[] words, Span mark) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      if (mark.overlaps(words[i])) {
        out.add(i);
      }
    }
    return out;
  }

  private static List<Word> pick(List<Word> tokens, List<Integer> which) {
    List<Word> out = new ArrayList<>(which.size());
    for (int i : which) {
      out.add(tokens.get(i));
    }
    return out;
  }

  /** The words as they stand in their text. */
  private static List<String> shown(List<Word> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (Word t : tokens) {
      out.add(t.text());
    }
    return out;
  }

  private static List<String> keys(List<Word> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (Word t : tokens) {
      out.add(t.key());
    }
    return out;
  }

  /**
   * Changes in the order of their places. A class rather than a lambda: a lambda's call site is
   * linked at its first run, about a tenth of a millisecond of a cold start.
   */
  private static final java.util.Comparator<Change> BY_PLACE = new java.util.Comparator<>() {
    @Override
    public int compare(Change a, Change b) {
      return a.at().compareTo(b.at());
    }
  };
}
