package dev.factx.report;

import dev.factx.analysis.WordDiff;
import dev.factx.analysis.WordDiff.Segment;
import dev.factx.match.Finding;
import dev.factx.match.Finding.AspectConflict;
import dev.factx.match.Finding.Changed;
import dev.factx.match.Finding.DateText;
import dev.factx.match.Finding.Dated;
import dev.factx.match.Finding.FigureAlone;
import dev.factx.match.Finding.FigureText;
import dev.factx.match.Finding.FiguresCompared;
import dev.factx.match.Finding.GenderConflict;
import dev.factx.match.Finding.QuoteCarried;
import dev.factx.match.Finding.RoleProblem;
import dev.factx.match.Finding.RolesGiven;
import dev.factx.match.Finding.Written;
import dev.factx.match.QuoteRelation;
import dev.factx.match.Relation;
import dev.factx.match.Variant;
import dev.factx.match.Verdict;
import dev.factx.text.MapValues;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The English wording of every finding's message, in one place: phrase tables and the sentences
 * built from a finding's data ({@link Finding#detail()}). Every report format writes these
 * messages; matchers and verify only say what they found.
 */
public final class Messages {
  /**
   * How a quote finding counts its variants, in the order the message names them: the phrase for
   * one, then for several.
   */
  private static final Map<QuoteRelation, List<String>> QUOTE_VARIANTS = quoteVariants();

  private static Map<QuoteRelation, List<String>> quoteVariants() {
    Map<QuoteRelation, List<String>> m = new java.util.LinkedHashMap<>();
    m.put(QuoteRelation.EXTENDED, List.of("quotes a longer form", "quote a longer form"));
    m.put(QuoteRelation.TRUNCATED, List.of("quotes a shorter form", "quote a shorter form"));
    m.put(QuoteRelation.ELIDED,
        List.of("leaves words out at an ellipsis", "leave words out at an ellipsis"));
    m.put(QuoteRelation.NORMALIZED,
        List.of("differs only in punctuation or case", "differ only in punctuation or case"));
    m.put(QuoteRelation.ALTERED, List.of("changes the wording", "change the wording"));
    m.put(QuoteRelation.MISATTRIBUTED, List.of("names another speaker", "name another speaker"));
    m.put(QuoteRelation.PARAPHRASE, List.of("paraphrases it", "paraphrase it"));
    return java.util.Collections.unmodifiableMap(m);
  }

  /** The phrases of a date finding, by relation. */
  private static final Map<Relation, String> DATES = Map.of(
      Relation.CONFLICT, "the dates cannot both hold: ",
      Relation.DIFFERS, "one date is a range that holds the other: ");

  /** verify shortens the words of a change to this many characters. */
  private static final int LONGEST = 160;

  private Messages() {}

  /** The finding's message: one sentence for people. */
  public static String of(Finding f) {
    Finding.Detail d = f.detail();
    if (d instanceof QuoteCarried q) {
      return quote(q, f.variants());
    }
    if (d instanceof FigureAlone a) {
      return "only " + a.article() + " gives \"" + a.figure() + "\" for " + f.subject()
          + (a.source() == null ? "" : " (" + a.source() + ")");
    }
    if (d instanceof FiguresCompared c) {
      List<String> parts = new ArrayList<>();
      for (List<FigureText> same : c.classes()) {
        parts.add(figures(same));
      }
      return f.verdict() == Verdict.AGREE
          ? c.articles() + " articles give this figure: " + String.join(", ", parts)
          : String.join(" against ", parts)
              + (c.changed() ? ": a count that changed between days" : "");
    }
    if (d instanceof Dated dated) {
      return date(f, dated);
    }
    if (d instanceof RolesGiven r) {
      return role(f, r);
    }
    Changed c = (Changed) d;
    return change(c.what(), c.original(), c.reprint(), c.diff());
  }

  /** "4 articles carry this quote; 2 quote a longer form; 1 paraphrases it". */
  private static String quote(QuoteCarried q, List<Variant> variants) {
    StringBuilder sb = new StringBuilder();
    if (q.articles().size() < 2) {
      sb.append("only ").append(q.articles().get(0)).append(" carries this quote");
    } else {
      sb.append(q.articles().size()).append(" articles carry this quote");
    }
    Map<QuoteRelation, Integer> counts = new EnumMap<>(QuoteRelation.class);
    for (Variant v : variants) {
      MapValues.count(counts, v.relation());
    }
    for (Map.Entry<QuoteRelation, List<String>> p : QUOTE_VARIANTS.entrySet()) {
      Integer c = counts.get(p.getKey());
      if (c != null) {
        sb.append("; ").append(c).append(' ').append(p.getValue().get(c == 1 ? 0 : 1));
      }
    }
    return sb.toString();
  }

  /**
   * {@code "at least 30" (pravda, outlet-b; HUR), "some 30" (outlet-c; CNN)}; a changing count
   * with its days: {@code "12" (a; "on Tuesday" = 2025-03-11)}.
   */
  private static String figures(List<FigureText> same) {
    List<String> out = new ArrayList<>();
    for (FigureText t : same) {
      StringBuilder sb = new StringBuilder("\"" + t.figure() + "\" ("
          + String.join(", ", t.articles()));
      if (!t.days().isEmpty()) {
        sb.append("; ").append(String.join(", ", t.days()));
      }
      if (!t.sources().isEmpty()) {
        sb.append("; ").append(String.join(", ", t.sources()));
      }
      if (t.later()) {
        sb.append("; given as a later phase");
      }
      out.add(sb.append(')').toString());
    }
    return String.join(", ", out);
  }

  private static String date(Finding f, Dated d) {
    String dates = dates(d.dates());
    if (f.verdict() == Verdict.UNIQUE) {
      return "only " + d.articles().get(0) + " dates this: " + dates;
    }
    if (f.relation() == Relation.SAME) {
      return d.articles().size() + " articles give " + d.value() + ": " + dates;
    }
    return DATES.get(f.relation()) + dates;
  }

  /** {@code "on Dec. 16" (kyiv-independent) = 2024-12-16; ...}. */
  private static String dates(List<DateText> dates) {
    List<String> parts = new ArrayList<>();
    for (DateText t : dates) {
      parts.add("\"" + t.text() + "\" (" + t.article() + ") = "
          + (t.value() == null ? "unresolved" : t.value()));
    }
    return String.join("; ", parts);
  }

  private static String role(Finding f, RolesGiven r) {
    if (!r.problems().isEmpty()) {
      List<String> problems = new ArrayList<>();
      for (RoleProblem p : r.problems()) {
        problems.add(problem(p));
      }
      return r.person() + ": " + String.join("; ", problems);
    }
    if (r.articles().size() < 2) {
      return "only " + r.articles().get(0) + " gives " + r.person() + " as " + r.title();
    }
    List<String> parts = new ArrayList<>();
    for (Written w : r.claims()) {
      parts.add(written(w));
    }
    return r.articles().size() + " articles give " + r.person()
        + (r.oneOffice() ? " the same title: " : " titles that can both hold: ")
        + String.join(", ", parts);
  }

  private static String problem(RoleProblem p) {
    if (p instanceof AspectConflict a) {
      List<String> parts = new ArrayList<>();
      for (Written w : a.values()) {
        parts.add(written(w));
      }
      return a.aspect() + " " + String.join(" against ", parts);
    }
    GenderConflict g = (GenderConflict) p;
    StringBuilder sb = new StringBuilder("gender: ")
        .append(String.join(", ", each(g.female())))
        .append(" against ")
        .append(String.join(", ", each(g.male())));
    for (Written w : g.others()) {
      sb.append("; ").append(written(w));
    }
    return sb.toString();
  }

  private static List<String> each(List<Written> ws) {
    List<String> out = new ArrayList<>();
    for (Written w : ws) {
      out.add(written(w));
    }
    return out;
  }

  /** {@code "spokesperson" (pravda, devdiscourse)}. */
  private static String written(Written w) {
    return "\"" + w.text() + "\" (" + String.join(", ", w.articles()) + ")";
  }

  /**
   * One change of a reprint, as {@code factx verify} writes it: {@code what: "original" ->
   * "reprint"}, with the word diff for quotes; long words shortened.
   */
  public static String change(String what, String original, String reprint,
      List<Segment> diff) {
    StringBuilder b = new StringBuilder(what).append(": ");
    b.append(original == null ? "(none)" : quoted(original)).append(" -> ");
    b.append(reprint == null ? "(cut)" : quoted(reprint));
    if (diff != null) {
      b.append(" [").append(shorten(WordDiff.render(diff))).append(']');
    }
    return b.toString();
  }

  private static String quoted(String s) {
    return '"' + shorten(s.replaceAll("\\s+", " ").strip()) + '"';
  }

  private static String shorten(String s) {
    return s.length() <= LONGEST ? s : s.substring(0, LONGEST - 3) + "...";
  }
}
