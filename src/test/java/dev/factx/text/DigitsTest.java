package dev.factx.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Digits groups what String.format(Locale.ROOT, "%,d", n) groups, for any whole number. */
class DigitsTest {
  @Property(tries = 2000)
  void aLongIsGroupedAsTheFormatterGroupsIt(@ForAll long n) {
    assertThat(Digits.grouped(n)).isEqualTo(String.format(Locale.ROOT, "%,d", n));
  }

  @Property(tries = 2000)
  void aBigIntegerIsGroupedAsTheFormatterGroupsIt(@ForAll BigInteger n) {
    assertThat(Digits.grouped(n)).isEqualTo(String.format(Locale.ROOT, "%,d", n));
  }

  @Test
  void groupsOfThreeFromTheRight() {
    assertThat(Digits.grouped(0)).isEqualTo("0");
    assertThat(Digits.grouped(999)).isEqualTo("999");
    assertThat(Digits.grouped(1000)).isEqualTo("1,000");
    assertThat(Digits.grouped(-1000)).isEqualTo("-1,000");
    assertThat(Digits.grouped(-999)).isEqualTo("-999");
    assertThat(Digits.grouped(123456789)).isEqualTo("123,456,789");
    assertThat(Digits.grouped(Long.MIN_VALUE)).isEqualTo("-9,223,372,036,854,775,808");
    assertThat(Digits.grouped(new BigInteger("-12345678901234567890123")))
        .isEqualTo("-12,345,678,901,234,567,890,123");
  }

  @Property(tries = 1000)
  void aDigitIsFoundAsCharacterIsDigitFindsIt(@ForAll String s) {
    assertThat(Digits.in(s)).isEqualTo(s.chars().anyMatch(Character::isDigit));
  }

  @Test
  void digitsOfAnyScriptCount() {
    assertThat(Digits.in("")).isFalse();
    assertThat(Digits.in("Feb.")).isFalse();
    assertThat(Digits.in("1990s")).isTrue();
    assertThat(Digits.in("\u0664\u0662")).isTrue(); // Arabic-Indic digits
  }
}
