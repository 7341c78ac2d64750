package dev.factx.bundle;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules every header obeys, whether it came from a bundle, a directory file or JSON Lines. */
final class Headers {
  /** A header key as the format defines it. */
  static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  private static final Pattern LINE = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*):(.*)");
  private static final Pattern DATE =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})?)?");

  /** Keys that name fields of the JSON Lines form, so a header may not use them. */
  static final Set<String> RESERVED = Set.of("id", "text", "bundle");

  private Headers() {}

  /** One parsed {@code key: value} line, key lowercase and value trimmed. */
  record Entry(String key, String value) {}

  /** The header on this line, or null when the line is not {@code key: value}. */
  static Entry parse(String line) {
    Matcher m = LINE.matcher(line);
    if (!m.matches()) {
      return null;
    }
    return new Entry(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
  }

  /** Whether a line is blank: empty or only spaces and tabs. */
  static boolean isBlank(CharSequence line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks a header about to be added to {@code headers}.
   *
   * @return what is wrong and what to do, or null when the header is fine
   */
  static String check(String key, String value, Map<String, String> headers) {
    if (RESERVED.contains(key)) {
      return key.equals("id")
          ? "'id' is not a header; write the id on the '===' line, as '=== ID'"
          : "'" + key + "' is a reserved word and not a header key; rename the header";
    }
    if (headers.containsKey(key)) {
      return "header '" + key + "' is given twice; keep one of them";
    }
    if (key.equals("date") && !isDate(value)) {
      return "date '" + value + "' is not an ISO 8601 date; write 2024-12-17, 2024-12-17T06:33"
          + " or 2024-12-17T13:46+05:30";
    }
    if (key.equals("role") && !value.equals("reference") && !value.equals("reprint")) {
      return "role '" + value + "' is unknown; write 'role: reference' for the original,"
          + " 'role: reprint' for a copy, or leave the header out for a peer report";
    }
    return null;
  }

  /**
   * Whether a value is one of the date forms the format allows: a real day, a real time of day
   * (00:00 to 23:59:59) and an offset of at most 18 hours, as {@code LocalDate.parse},
   * {@code LocalDateTime.parse} and {@code OffsetDateTime.parse} accept them. The fields are checked
   * by the factories ({@code LocalDate.of} and the like) rather than by those parsers: the first
   * parse sets up java.time's formatters, some 10 ms of a cold start for the seed bundle's headers.
   */
  static boolean isDate(String value) {
    Matcher m = DATE.matcher(value);
    if (!m.matches()) {
      return false;
    }
    try {
      day(value);
      if (m.group(1) != null) {
        LocalTime.of(digits(value, 11), digits(value, 14),
            m.group(2) == null ? 0 : digits(value, 17));
        String offset = m.group(3);
        if (offset != null && !offset.equals("Z")) {
          int sign = offset.charAt(0) == '-' ? -1 : 1;
          ZoneOffset.ofHoursMinutes(sign * digits(offset, 1), sign * digits(offset, 4));
        }
      }
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /**
   * The day that {@code value} starts with, {@code yyyy-MM-dd} in ASCII digits, as
   * {@code LocalDate.parse} reads those ten characters.
   *
   * @throws DateTimeException when they are not a real day in that form
   */
  static LocalDate day(String value) {
    if (value.length() < 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
      throw new DateTimeException("not yyyy-MM-dd: " + value);
    }
    return LocalDate.of(digits(value, 0) * 100 + digits(value, 2), digits(value, 5),
        digits(value, 8));
  }

  /** The two ASCII digits at {@code at} as a number. */
  private static int digits(String s, int at) {
    char a = s.charAt(at);
    char b = s.charAt(at + 1);
    if (a < '0' || a > '9' || b < '0' || b > '9') {
      throw new DateTimeException("not two digits at " + at + ": " + s);
    }
    return (a - '0') * 10 + (b - '0');
  }

  /** Quotes a line for an error message, shortened so the message stays one readable line. */
  static String quote(String line) {
    String s = line.length() > 60 ? line.substring(0, 57) + "..." : line;
    return "'" + s + "'";
  }
}
