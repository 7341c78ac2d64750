package dev.factx.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LexiconPackTest {
  @Test
  void theBuiltPackHoldsEveryListAsItsFileReads() throws IOException {
    byte[] pack;
    try (InputStream in = WordList.class.getResourceAsStream("lexicon.pack")) {
      assertThat(in).as("the build's lexicon.pack").isNotNull();
      pack = in.readAllBytes();
    }
    Map<String, String> lists = LexiconPack.lists(pack);
    assertThat(lists.keySet()).containsExactlyInAnyOrderElementsOf(LexiconTest.lists());
    for (String name : LexiconTest.lists()) {
      String file = Files.readString(LexiconTest.DIR.resolve(name + ".txt"), StandardCharsets.UTF_8);
      assertThat(lists.get(name)).as(name).isEqualTo(LexiconPack.entryLines(file));
      // what a run reads is what the file says
      assertThat(WordList.load(name).groups()).as(name)
          .isEqualTo(WordList.parse(name, file).groups());
    }
  }

  @Test
  void packsInNameOrderOnlyTheLinesThatHoldEntries(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("b.txt"), "  two | 2 \n\n# note\n  # indented note\n\\#3\n");
    Files.writeString(dir.resolve("a.txt"), "one"); // no line end after the last line
    Files.writeString(dir.resolve("c.txt"), "");
    Files.writeString(dir.resolve("d.txt"), "euro | \u20ac\ncaf\u00e9\n");
    Files.writeString(dir.resolve("notes.md"), "not a list");
    byte[] pack = LexiconPack.pack(dir);
    // each list's length counts its UTF-8 bytes; a marks an ASCII text, u any other
    assertThat(new String(pack, StandardCharsets.UTF_8)).isEqualTo("\u0001a 4 a\none\n"
        + "\u0001b 12 a\ntwo | 2\n\\#3\n\u0001c 0 a\n"
        + "\u0001d 17 u\neuro | \u20ac\ncaf\u00e9\n");
    assertThat(LexiconPack.lists(pack))
        .containsOnly(Map.entry("a", "one\n"), Map.entry("b", "two | 2\n\\#3\n"),
            Map.entry("c", ""), Map.entry("d", "euro | \u20ac\ncaf\u00e9\n"));
    // what a run reads of a list is what its file says
    assertThat(WordList.parse("b", LexiconPack.lists(pack).get("b")).groups())
        .isEqualTo(WordList.parse("b", Files.readString(dir.resolve("b.txt"))).groups())
        .containsExactly(java.util.List.of("two", "2"), java.util.List.of("#3"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"one\n", "\u0001a\none\n", "\u0001a 9 a\none\n", "\u0001a x a\none\n",
      "\u0001a 4 z\none\n", "\u0001a 4 a", "\u0001 4 a\none\n", "\u0001a 4 a\none\none\n"})
  void refusesAMalformedPackNamingTheByte(String pack) {
    assertThatThrownBy(() -> LexiconPack.lists(pack.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lexicon pack is malformed at byte");
  }

  @Test
  void refusesAListHoldingTheMark(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("odd.txt"), "a\u0001b\n");
    assertThatThrownBy(() -> LexiconPack.pack(dir)).hasMessageContaining("odd.txt")
        .hasMessageContaining("U+0001");
  }

  @Test
  void mainWritesThePackFile(@TempDir Path dir) throws IOException {
    Path lists = Files.createDirectory(dir.resolve("lexicon"));
    Files.writeString(lists.resolve("x.txt"), "ex\n");
    Path out = dir.resolve("out").resolve("lexicon.pack");
    LexiconPack.main(new String[] {lists.toString(), out.toString()});
    assertThat(Files.readString(out)).isEqualTo("\u0001x 3 a\nex\n");
  }
}
