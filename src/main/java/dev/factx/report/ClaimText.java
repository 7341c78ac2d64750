package dev.factx.report;

import dev.factx.extract.Claim;
import dev.factx.extract.DateClaim;
import dev.factx.extract.NumericClaim;
import dev.factx.extract.Quote;
import dev.factx.extract.RoleClaim;
import dev.factx.text.Digits;
import java.util.ArrayList;
import java.util.List;

/** What a claim says besides its words, in a few words for people: speaker, figure, date, role. */
final class ClaimText {
  private ClaimText() {}

  /** The claim's words on one line: line ends and space runs folded to one space. */
  static String words(Claim c) {
    return c.text().replaceAll("[\\h\\v]+", " ").strip();
  }

  /** The claim's words in quote marks and its reading: {@code "on Friday" = 2025-03-07}. */
  static String line(Claim c) {
    return "\"" + words(c) + "\"" + (c instanceof Quote ? " - " : " = ") + detail(c);
  }

  /** The claim's reading: "Ana Ruiz", "at least 12 people (hurt), per police", "2025-03-07". */
  static String detail(Claim c) {
    if (c instanceof Quote q) {
      String who = q.speaker() == null ? "unattributed" : q.speaker();
      return q.indirect() ? who + " (reported speech)" : who;
    }
    if (c instanceof NumericClaim n) {
      StringBuilder b = new StringBuilder(figure(n));
      if (n.unit() != null) {
        b.append(' ').append(n.unit());
      }
      if (n.outcome() != null) {
        b.append(" (").append(n.outcome()).append(')');
      }
      if (n.sourceCited() != null) {
        b.append(", per ").append(n.sourceCited());
      }
      return b.toString();
    }
    if (c instanceof DateClaim d) {
      StringBuilder b = new StringBuilder(d.value() == null ? "unresolved date" : d.value());
      if (d.relative() && d.anchor() != null) {
        b.append(" (counted from ").append(d.anchor()).append(')');
      }
      if (d.event() != null) {
        b.append(": ").append(d.event().text());
      }
      return b.toString();
    }
    RoleClaim r = (RoleClaim) c;
    List<String> parts = new ArrayList<>();
    for (String s : new String[] {r.rank(), r.role(), r.organisation(), r.gender()}) {
      if (s != null) {
        parts.add(s);
      }
    }
    return r.person() + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
  }

  /** The interval a figure's wording allows, as words: "at least 30", "30-40", "up to 250". */
  static String figure(NumericClaim n) {
    String low = number(n.low());
    String high = number(n.high());
    if (n.low() == null && n.high() == null) {
      return "unresolved figure";
    }
    if (n.high() == null) {
      return "at least " + low;
    }
    if (n.low() == null) {
      return "up to " + high;
    }
    if ("score".equals(n.qualifier())) {
      return low + "-" + high;
    }
    if ("ordinal".equals(n.qualifier())) {
      return "No. " + low;
    }
    if (n.low().compareTo(n.high()) == 0) {
      return "about".equals(n.qualifier()) ? "about " + low : low;
    }
    return low + "-" + high;
  }

  /** An exact decimal with thousands separators and no trailing zeros: "1,250", "0.3". */
  static String number(java.math.BigDecimal v) {
    if (v == null) {
      return "";
    }
    java.math.BigDecimal d = v.stripTrailingZeros();
    if (d.scale() <= 0) {
      return Digits.grouped(d.toBigInteger());
    }
    java.math.BigDecimal whole = new java.math.BigDecimal(d.toBigInteger());
    String fraction = d.subtract(whole).abs().toPlainString().substring(1);
    return (d.signum() < 0 && whole.signum() == 0 ? "-" : "") + Digits.grouped(whole.toBigInteger())
        + fraction;
  }
}
