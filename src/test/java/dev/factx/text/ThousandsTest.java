package dev.factx.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Thousands writes what String.format(Locale.ROOT, "%,d", n) writes, for any whole number. */
class ThousandsTest {
  @Property(tries = 2000)
  void aLongIsGroupedAsTheFormatterGroupsIt(@ForAll long n) {
    assertThat(Thousands.of(n)).isEqualTo(String.format(Locale.ROOT, "%,d", n));
  }

  @Property(tries = 2000)
  void aBigIntegerIsGroupedAsTheFormatterGroupsIt(@ForAll BigInteger n) {
    assertThat(Thousands.of(n)).isEqualTo(String.format(Locale.ROOT, "%,d", n));
  }

  @Test
  void groupsOfThreeFromTheRight() {
    assertThat(Thousands.of(0)).isEqualTo("0");
    assertThat(Thousands.of(999)).isEqualTo("999");
    assertThat(Thousands.of(1000)).isEqualTo("1,000");
    assertThat(Thousands.of(-1000)).isEqualTo("-1,000");
    assertThat(Thousands.of(-999)).isEqualTo("-999");
    assertThat(Thousands.of(123456789)).isEqualTo("123,456,789");
    assertThat(Thousands.of(Long.MIN_VALUE)).isEqualTo("-9,223,372,036,854,775,808");
    assertThat(Thousands.of(new BigInteger("-12345678901234567890123")))
        .isEqualTo("-12,345,678,901,234,567,890,123");
  }
}
