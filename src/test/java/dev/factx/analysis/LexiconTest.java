package dev.factx.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LexiconTest {
  static final Path DIR = Path.of("src", "main", "resources", "dev", "factx", "analysis", "lexicon");

  /** Lists whose entries are written as they stand in text, capitals included. */
  private static final List<String> CASED = List.of("ranks", "currencies");

  static List<String> lists() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - 4))
          .sorted()
          .toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void everyListLoadsHoldsEachEntryOnceAndIsLowerCase(String name) {
    WordList list = WordList.load(name);
    assertThat(list.entries()).as(name).isNotEmpty();
    assertThat(list.repeated()).as(name + ": entries written twice").isEmpty();
    if (!CASED.contains(name)) {
      assertThat(list.entries()).as(name)
          .allSatisfy(e -> assertThat(e).isEqualTo(e.toLowerCase(Locale.ROOT)));
    }
  }

  @Test
  void readsCommentsGroupsAndEscapedHashes() {
    WordList list = WordList.parse("t", """
        # a comment
        september | sept | sep

          may  \n\
        \\#
        """);
    assertThat(list.groups()).containsExactly(List.of("september", "sept", "sep"),
        List.of("may"), List.of("#"));
    assertThat(list.canonical()).containsEntry("sept", "september").containsEntry("#", "#");
  }

  @Test
  void readsWindowsLineEndsAndALastLineWithoutEnd() {
    WordList list = WordList.parse("t", "# c\r\nmr | mister\r\n\r\nmrs");
    assertThat(list.groups()).containsExactly(List.of("mr", "mister"), List.of("mrs"));
  }

  @Test
  void aSpeechVerbStandsInOneOfItsTwoFilesOnly() {
    assertThat(WordList.load("speech-verbs").set())
        .doesNotContainAnyElementsOf(Lexicon.SPEECH_VERBS_BEFORE_SPEAKER);
    assertThat(Lexicon.SPEECH_VERBS).contains("said", "told", "warned", "wrote");
  }

  @Test
  void derivedListsHoldWhatTheirReadersNeed() {
    assertThat(Lexicon.month("Sept.")).isEqualTo(9);
    assertThat(Lexicon.month("december")).isEqualTo(12);
    assertThat(Lexicon.month("Monday")).isZero();
    assertThat(Lexicon.MONTH_NAMES).hasSize(12).startsWith("january");
    assertThat(Lexicon.WEEKDAY_NAMES).hasSize(7).startsWith("monday");
    assertThat(Lexicon.NEVER_END_SENTENCE).contains("mr", "gen", "lt", "st", "vs", "atty");
    assertThat(Lexicon.BEFORE_NUMBERS).contains("dec", "no", "sept").doesNotContain("may");
    assertThat(Lexicon.RANK_ABBREVIATIONS).containsEntry("gen.", "general")
        .containsEntry("sgt.", "sergeant");
    assertThat(Lexicon.TITLE_WORDS).contains("spokesperson", "judge", "mr.", "maj", "former");
    assertThat(Lexicon.NUMBER_WORDS).containsEntry("twelve", 12).containsEntry("ninety", 90);
    assertThat(Lexicon.PRONOUN_GENDER).containsEntry("her", "female").containsEntry("him", "male");
  }
}
