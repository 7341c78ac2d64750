package dev.factx.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.clean.Document;
import dev.factx.clean.DocumentBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The name and role patterns found line by line (and kept for repeated lines) give what a scan of
 * the whole text gives.
 */
class LineScanTest {
  @Property(tries = 1000)
  void eachLineHoldsTheMatchesOfTheWholeText(@ForAll("texts") String text) {
    for (Pattern p : Stream.concat(PersonNames.CERTAIN.stream(), RoleExtractor.PHRASES.stream())
        .toList()) {
      assertThat(byLine(p, text)).isEqualTo(whole(p, text));
    }
  }

  @Test
  void aRepeatedParagraphGivesItsRolesWhereverItStands() {
    String paragraph = "Harbour Authority spokeswoman Ines Kowalczyk said the pier would reopen.";
    Document first = DocumentBuilder.build(SeedArticles.article("a", paragraph + "\n"));
    String before = "Ferries stopped on Tuesday, the operator said.\n\n";
    Document second =
        DocumentBuilder.build(SeedArticles.article("b", before + paragraph + "\n"));
    RoleClaim one = new RoleExtractor().extract(first).get(0);
    RoleClaim two = new RoleExtractor().extract(second).get(0);
    assertThat(one.text()).isEqualTo("Harbour Authority spokeswoman Ines Kowalczyk");
    assertThat(two.text()).isEqualTo(one.text());
    assertThat(two.span().start()).isEqualTo(one.span().start() + before.length());
    assertThat(PersonNames.in(second).names()).containsExactly("Ines Kowalczyk");
  }

  @Test
  void namesKeepTheOrderOfPatternsBeforeTheOrderOfLines() {
    String text = "Tomas Berg said the bridge held.\nMayor Lena Ostrova visited.\n";
    assertThat(PersonNames.of(List.of(text)).names())
        .containsExactly("Lena Ostrova", "Tomas Berg");
  }

  private static List<String> whole(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.start() + "-" + m.end() + ":" + m.group(1));
    }
    return out;
  }

  private static List<String> byLine(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (String line : text.split("\n", -1)) {
      Matcher m = p.matcher(line);
      while (m.find()) {
        out.add((start + m.start()) + "-" + (start + m.end()) + ":" + m.group(1));
      }
      start += line.length() + 1;
    }
    return out;
  }

  /** Names, titles, ranks, organisations and speech verbs with spaces and line ends between. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> word =
        Arbitraries.of(
            "Pat", "Ryder", "O'Brien", "Ines", "Kowalczyk-Nowak", "de", "J.", "Major General",
            "spokesperson", "Spokesman", "defense minister", "Minister", "former", "the", "a",
            "Pentagon", "Ukraine's", "Ministry", "of", "for", "said", "told", "also", "'s", ",",
            ".", "The", "According", "US", "press secretary", "army", "chief");
    Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", "\n", "\n\n", ", ", " \n ");
    return Joined.texts(word, gap, 30);
  }
}
