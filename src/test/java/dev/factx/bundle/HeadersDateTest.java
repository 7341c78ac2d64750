package dev.factx.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The date header takes the ISO 8601 forms the bundle format names, and only real days and times. */
class HeadersDateTest {
  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource({
    "2024-12-17, true",
    "2024-12-17T06:33, true",
    "2024-12-17T06:33:59, true",
    "2024-12-17T13:46+05:30, true",
    "2024-12-17T06:33:00-02:00, true",
    "2024-12-17T06:33Z, true",
    "2024-02-29, true",
    "2025-02-29, false",
    "2024-13-01, false",
    "2024-00-10, false",
    "2024-04-31, false",
    "2024-12-17T24:00, false",
    "2024-12-17T23:60, false",
    "2024-12-17T23:59:60, false",
    "2024-12-17T10:00+18:00, true",
    "2024-12-17T10:00+18:01, false",
    "2024-12-17T10:00+05:60, false",
    "2024-12-17T10:00-00:00, true",
    "17.12.2024, false",
    "2024-12-17 06:33, false",
    "2024-12-17T6:33, false",
  })
  void acceptsTheFormsTheFormatAllows(String value, boolean date) {
    assertThat(Headers.isDate(value)).isEqualTo(date);
  }

  /**
   * isDate checks the fields without java.time's parsers; it must accept exactly what they accept,
   * over every two-digit value of each field (and the years at the edges).
   */
  @Test
  void acceptsWhatTheJavaTimeParsersAccept() {
    List<String> values = new ArrayList<>();
    for (String year : List.of("0000", "0001", "1900", "2000", "2023", "2024", "2100", "9999")) {
      for (int month = 0; month < 100; month++) {
        for (int day = 0; day < 100; day++) {
          values.add(String.format("%s-%02d-%02d", year, month, day));
        }
      }
    }
    for (int hour = 0; hour < 100; hour++) {
      for (int minute = 0; minute < 100; minute++) {
        values.add(String.format("2024-12-17T%02d:%02d", hour, minute));
        values.add(String.format("2024-12-17T10:00+%02d:%02d", hour, minute));
        values.add(String.format("2024-12-17T10:00-%02d:%02d", hour, minute));
      }
    }
    for (int second = 0; second < 100; second++) {
      values.add(String.format("2024-12-17T23:59:%02d", second));
      values.add(String.format("2024-12-17T23:59:%02dZ", second));
    }
    for (String value : values) {
      assertThat(Headers.isDate(value)).as(value).isEqualTo(parses(value));
    }
  }

  /** The day of a date header is the one LocalDate.parse reads from its first ten characters. */
  @Test
  void theAnchorDayIsTheOneLocalDateParseReads() {
    for (String value : List.of("2024-12-17", "2024-12-17T06:33+05:30", "0000-01-01",
        "2024-02-29", "2025-02-29", "2024-1-17", "20241217", "2024-12-1x", "2024/12/17")) {
      LocalDate expected;
      try {
        expected = LocalDate.parse(value.substring(0, Math.min(10, value.length())));
      } catch (DateTimeException e) {
        expected = null;
      }
      LocalDate day;
      try {
        day = Headers.day(value);
      } catch (DateTimeException e) {
        day = null;
      }
      assertThat(day).as(value).isEqualTo(expected);
    }
  }

  private static boolean parses(String value) {
    try {
      if (value.length() == 10) {
        LocalDate.parse(value);
      } else if (value.endsWith("Z") || value.lastIndexOf('+') > 0 || value.lastIndexOf('-') > 9) {
        OffsetDateTime.parse(value);
      } else {
        LocalDateTime.parse(value);
      }
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
