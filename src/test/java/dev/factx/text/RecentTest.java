package dev.factx.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentTest {
  @Test
  void computesAKeyOnceWhileItIsKeptAndDropsTheLeastRecentlyUsed() {
    Recent<String, Integer> recent = new Recent<>(2);
    List<String> computed = new ArrayList<>();
    java.util.function.Function<String, Integer> length =
        s -> {
          computed.add(s);
          return s.length();
        };
    assertThat(recent.get("harbour", length)).isEqualTo(7);
    assertThat(recent.get("pier", length)).isEqualTo(4);
    assertThat(recent.get("harbour", length)).isEqualTo(7); // kept; now the most recent
    assertThat(recent.get("ferry", length)).isEqualTo(5); // drops "pier"
    assertThat(recent.get("harbour", length)).isEqualTo(7);
    assertThat(recent.get("pier", length)).isEqualTo(4);
    assertThat(computed).containsExactly("harbour", "pier", "ferry", "pier");
  }

  @Test
  void knownAndKeepDoWhatGetDoes() {
    Recent<String, Integer> recent = new Recent<>(2);
    assertThat(recent.known("harbour")).isNull();
    recent.keep("harbour", 7);
    recent.keep("pier", 4);
    assertThat(recent.known("harbour")).isEqualTo(7); // now the most recent
    recent.keep("ferry", 5); // drops "pier"
    assertThat(recent.known("pier")).isNull();
    assertThat(recent.get("ferry", s -> -1)).isEqualTo(5);
    assertThatThrownBy(() -> recent.keep("a", null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void refusesNoRoomAndNullValues() {
    assertThatThrownBy(() -> new Recent<String, String>(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Recent<String, String>(1).get("a", k -> null))
        .isInstanceOf(NullPointerException.class);
  }
}
