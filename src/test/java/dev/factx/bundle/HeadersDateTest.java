package dev.factx.bundle;

import static org.assertj.core.api.Assertions.assertThat;

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
}
