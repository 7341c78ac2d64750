package dev.factx.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The claims of a bundle with their equal strings shared: one string for every "said", "killed",
 * "Pentagon" or syndicated sentence that thousands of claims keep (their texts, speakers, the
 * words matching compares), not one per claim. Each claim is rebuilt equal to the one given;
 * nothing compares strings by identity, so what matching and the reports do is unchanged, and a
 * bundle of 10,000 articles keeps about 50 MB less while it is matched. Safe for the extractors'
 * tasks side by side; one per bundle, let go after extraction.
 */
public final class SharedStrings {
  private final ConcurrentHashMap<String, String> kept = new ConcurrentHashMap<>();

  /** The claims, in order, each rebuilt with its strings shared. */
  public List<Claim> all(List<? extends Claim> claims) {
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      out.add(claim(c));
    }
    return out;
  }

  /** A claim equal to {@code c}, its strings shared. */
  public Claim claim(Claim c) {
    if (c instanceof Quote q) {
      return new Quote(q.id(), q.articleId(), q.span(), s(q.text()), s(q.speaker()),
          q.indirect(), passage(q.passage()), q.organisation(), q.person(), q.partOf());
    }
    if (c instanceof NumericClaim n) {
      return new NumericClaim(n.id(), n.articleId(), n.span(), s(n.text()), n.low(), n.high(),
          s(n.qualifier()), s(n.unit()), s(n.outcome()), s(n.subject()), s(n.sourceCited()),
          context(n.context()), counted(n.counted()));
    }
    if (c instanceof DateClaim d) {
      return new DateClaim(d.id(), d.articleId(), d.span(), s(d.text()), d.low(), d.high(),
          d.anchor(), d.relative(), event(d.event()), d.precision(), d.shape(), d.resolution());
    }
    RoleClaim r = (RoleClaim) c;
    return new RoleClaim(r.id(), r.articleId(), r.span(), s(r.text()), s(r.person()),
        s(r.role()), s(r.organisation()), s(r.rank()), s(r.gender()), s(r.pronouns()),
        set(r.organisationWords()), s(r.office()), list(r.modifiers()), s(r.party()),
        s(r.jurisdiction()), s(r.relativeTo()));
  }

  /** The kept string equal to {@code s} (null for null). */
  String s(String s) {
    if (s == null) {
      return null;
    }
    // most strings are kept already: a get reads without locking, putIfAbsent locks the bin
    String k = kept.get(s);
    if (k != null) {
      return k;
    }
    k = kept.putIfAbsent(s, s);
    return k == null ? s : k;
  }

  private List<String> list(List<String> strings) {
    List<String> out = new ArrayList<>(strings.size());
    for (String x : strings) {
      out.add(s(x));
    }
    return out;
  }

  /**
   * The set with its strings shared, iterating in the same order as the set given, or that set
   * itself when no set of the shared strings does: an unmodifiable set's order depends on the
   * order it was made in, which a rebuilt one cannot always repeat, and though nothing should
   * read meaning into a set's order, a claim must come back the same in every way.
   */
  private Set<String> set(Set<String> strings) {
    List<String> order = list(new ArrayList<>(strings));
    Set<String> out = Set.copyOf(order);
    if (!sameOrder(out, strings)) {
      java.util.Collections.reverse(order);
      out = Set.copyOf(order);
    }
    return sameOrder(out, strings) ? out : strings;
  }

  private static boolean sameOrder(Collection<String> a, Collection<String> b) {
    return new ArrayList<>(a).equals(new ArrayList<>(b));
  }

  private QuotePassage passage(QuotePassage p) {
    if (p == null) {
      return null;
    }
    List<QuotePassage.Piece> pieces = new ArrayList<>(p.pieces().size());
    for (QuotePassage.Piece piece : p.pieces()) {
      pieces.add(new QuotePassage.Piece(s(piece.text()), list(piece.words())));
    }
    return new QuotePassage(s(p.text()), list(p.words()), pieces);
  }

  private FigureContext context(FigureContext c) {
    if (c == null || c == FigureContext.NONE) {
      return c;
    }
    return new FigureContext(s(c.figure()), s(c.who()), s(c.bearer()), s(c.place()), c.later());
  }

  private Counted counted(Counted c) {
    if (c == null) {
      return null;
    }
    return new Counted(s(c.measure()), s(c.noun()), s(c.thing()), s(c.about()), s(c.relation()),
        s(c.verb()), s(c.outcome()), s(c.holder()));
  }

  private DateEvent event(DateEvent e) {
    if (e == null) {
      return null;
    }
    return new DateEvent(s(e.subject()), s(e.verb()), s(e.action()), s(e.person()),
        set(e.words()), s(e.lemma()), s(e.eventClass()), list(e.participants()),
        e.attribution(), e.tense(), e.rescheduled(), set(e.context()));
  }
}
