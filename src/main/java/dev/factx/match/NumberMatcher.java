package dev.factx.match;

import dev.factx.analysis.WordKeys;
import dev.factx.extract.FigureContext;
import dev.factx.extract.Kind;
import dev.factx.extract.NumericClaim;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups number claims that count the same thing and says whether their figures agree.
 *
 * <p>Figures are blocked by a measure key (what kind of people or thing, and what happened to
 * it) and then by whose figure it is, so matching stays linear in the number of claims; only the
 * distinct values of a group are compared with each other. "Killed or wounded", "killed and
 * wounded" and "casualties" are one measure (both wordings are read as the total of killed plus
 * wounded, so they alone never make a discrepancy); "killed", "wounded", "missing" and
 * "evacuated" are measures of their own and are never compared with it. A figure whose unit and
 * outcome are both unknown only joins figures with the same value, so it can agree but never
 * make a discrepancy.
 */
public final class NumberMatcher implements ClaimMatcher<NumericClaim> {
  /** A claim with its context and keys. */
  private record Item(NumericClaim claim, FigureContext context, String base, String who) {}

  @Override
  public List<Finding> match(List<NumericClaim> claims) {
    // block by measure, then by whose figure it is
    Map<String, Map<String, List<Item>>> blocks = new LinkedHashMap<>();
    for (NumericClaim c : claims) {
      FigureContext ctx = c.context() == null ? FigureContext.NONE : c.context();
      Item item = new Item(c, ctx, baseKey(c, ctx), stem(ctx.who()));
      blocks.computeIfAbsent(item.base(), k -> new LinkedHashMap<>())
          .computeIfAbsent(item.who(), k -> new ArrayList<>())
          .add(item);
    }
    List<Finding> out = new ArrayList<>();
    for (Map<String, List<Item>> byWho : blocks.values()) {
      // a figure that names no group joins the block's only named group
      List<Item> unnamed = byWho.remove("");
      if (unnamed != null) {
        if (byWho.size() == 1) {
          byWho.values().iterator().next().addAll(unnamed);
        } else {
          byWho.put("", unnamed);
        }
      }
      for (List<Item> group : byWho.values()) {
        out.addAll(findings(group));
      }
    }
    return out;
  }

  private static List<Finding> findings(List<Item> group) {
    Set<String> arts = new LinkedHashSet<>();
    group.forEach(i -> arts.add(i.claim().articleId()));
    if (arts.size() == 1) {
      // one article only: each distinct value is a unique finding
      Map<String, List<Item>> byValue = new LinkedHashMap<>();
      for (Item i : group) {
        byValue.computeIfAbsent(valueKey(i.claim()), k -> new ArrayList<>()).add(i);
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
    group.forEach(i -> distinct.putIfAbsent(valueKey(i.claim()), i.claim()));
    List<NumericClaim> values = new ArrayList<>(distinct.values());
    Relation relation = Relation.SAME;
    for (int a = 0; a < values.size(); a++) {
      for (int b = a + 1; b < values.size(); b++) {
        relation = Relation.worse(relation, FigureRelation.of(values.get(a), values.get(b)));
      }
    }
    List<List<Item>> classes = new ArrayList<>();
    for (Item i : group) {
      List<Item> home = null;
      for (List<Item> c : classes) {
        if (FigureRelation.of(c.get(0).claim(), i.claim()) == Relation.SAME) {
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
    List<List<Finding.FigureText>> texts = new ArrayList<>();
    classes.forEach(c -> texts.add(variants(c)));
    Verdict verdict = relation == Relation.SAME ? Verdict.AGREE : Verdict.DISCREPANCY;
    return List.of(new Finding(null, Kind.NUMBER, verdict, relation, subject(group), ids(group),
        List.of(), new Finding.FiguresCompared(arts.size(), texts)));
  }

  /** Each way a class of figures is written, with its articles and sources. */
  private static List<Finding.FigureText> variants(List<Item> items) {
    Map<String, List<Item>> byText = new LinkedHashMap<>();
    for (Item i : items) {
      byText.computeIfAbsent(display(i), k -> new ArrayList<>()).add(i);
    }
    List<Finding.FigureText> out = new ArrayList<>();
    byText.forEach((text, list) -> {
      Set<String> arts = new LinkedHashSet<>();
      Set<String> sources = new LinkedHashSet<>();
      boolean later = false;
      for (Item i : list) {
        arts.add(i.claim().articleId());
        if (i.claim().sourceCited() != null) {
          sources.add(i.claim().sourceCited());
        }
        later |= i.context().later();
      }
      out.add(new Finding.FigureText(text, List.copyOf(arts), List.copyOf(sources), later));
    });
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
      case "range", "about" -> lo + "-" + hi;
      default -> lo;
    };
  }

  private static String plain(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  /** "North Korean casualties in Kursk": the group, the measure, the place most named. */
  private static String subject(List<Item> items) {
    String who = mostCommon(items, i -> i.context().who());
    String place = mostCommon(items, i -> i.context().place());
    NumericClaim first = items.get(0).claim();
    String measure = measure(first.unit(), first.outcome());
    String what;
    if (measure.equals("casualties")) {
      what = "casualties";
    } else if (first.unit() == null || isLoss(first.unit())) {
      what = first.outcome() == null ? measure : "people " + first.outcome();
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

  private static String mostCommon(List<Item> items, java.util.function.Function<Item, String> f) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Item i : items) {
      String v = f.apply(i);
      if (v != null) {
        counts.merge(v, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private static List<String> ids(List<Item> items) {
    return items.stream().map(i -> i.claim().id()).toList();
  }

  private static String valueKey(NumericClaim c) {
    return c.qualifier() + "|" + c.low() + "|" + c.high();
  }

  /**
   * The measure key: what kind of people or thing is counted and what happened to it. Figures
   * with neither a unit nor an outcome get a key of their own value.
   */
  static String baseKey(NumericClaim c, FigureContext ctx) {
    String measure = measure(c.unit(), c.outcome());
    String kind;
    if (ctx.bearer() != null) {
      kind = ctx.bearer();
    } else if (c.unit() == null) {
      kind = null;
    } else if (c.unit().equals("percent") || c.unit().equals(c.unit().toUpperCase(Locale.ROOT))) {
      // shares and money need what they are of: "30 percent of voters", "$5 million in aid"
      kind = c.subject() == null ? null : c.unit() + ":" + stem(lastWord(c.subject()));
    } else {
      kind = stem(c.unit());
    }
    if (kind == null) {
      return "value:" + c.unit() + "|" + measure + "|" + valueKey(c);
    }
    return kind + "|" + measure;
  }

  /** casualties, killed, wounded, missing, ... or count. */
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

  private static String lastWord(String s) {
    int sp = s.lastIndexOf(' ');
    return sp < 0 ? s : s.substring(sp + 1);
  }

  /** A crude stem ({@link WordKeys#stem}). */
  static String stem(String s) {
    return WordKeys.stem(s);
  }
}
