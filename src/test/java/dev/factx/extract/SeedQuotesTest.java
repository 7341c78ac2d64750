package dev.factx.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.factx.bundle.Article;
import dev.factx.analysis.Document;
import dev.factx.analysis.Analyzer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Every quote of the five seed articles, with its speaker, written out by hand and checked whole. */
class SeedQuotesTest {
  @Test
  void everySeedQuoteIsFoundWithItsSpeaker() {
    Map<String, List<Tuple>> expected = new LinkedHashMap<>();
    expected.put(
        "pravda",
        List.of(
              tuple("North Korean soldiers who were deployed to Kursk are already legitimate targets", "Matthew Miller", false),
              tuple("They entered a war, and they are, as such, combatants and are legitimate targets for the Ukrainian military.", "Matthew Miller", false),
              tuple("he had seen North Korean soldiers who had been killed in action on the battlefield in Russia", "Matthew Miller", true),
              tuple("And if they were to cross the border into Ukraine, that would be yet another escalation by the Government of Russia and also an escalation by the Government of North Korea to send North Korean troops to prosecute a war of aggression against an independent, sovereign nation inside that nation\u2019s borders.", "Matthew Miller", false),
              tuple("this would be an absolute escalation on the part of the North Korean government", "Matthew Miller", true),
              tuple("in the context of these events, the United States had been taking steps to strengthen Ukraine's defence capabilities in recent weeks", "Matthew Miller", true),
              tuple("And we will continue to do so.", "Matthew Miller", false),
              tuple("North Korean troops had engaged in combat on Russia\u2019s side for the first time in Kursk Oblast and suffered losses", "Pat Ryder", true)));
    expected.put(
        "outlet-b",
        List.of(
              tuple("North Korean soldiers who were deployed to Kursk are already legitimate targets. They entered a war, and they are, as such, combatants and are legitimate targets for the Ukrainian military,", "Matthew Miller", false),
              tuple("North Korean soldiers have been killed in action on the battlefield inside Russia", "Matthew Miller", true),
              tuple("If they were to cross the border into Ukraine, that would be yet another escalation by the Government of Russia and also an escalation by the Government of North Korea to send North Korean troops to prosecute a war of aggression against an independent, sovereign nation inside that nation\u2019s borders,", "Matthew Miller", false)));
    expected.put(
        "outlet-c",
        List.of(
              tuple("legitimate targets", "Matthew Miller", false),
              tuple("legitimate targets", null, false),
              tuple("legitimate targets", "Matthew Miller", false),
              tuple("So, in our view, the North Korean soldiers who were deployed to Kursk are already legitimate targets,", "Matthew Miller", false),
              tuple("the US implemented further sanctions in order to thwart Russian-North Korean military collaboration and promised to keep taking the necessary actions to allay US worries about such cooperation", "Matthew Miller", true),
              tuple("So, you have seen the United States just today impose additional sanctions to disrupt military cooperation between the DPRK and Russia,", "Matthew Miller", false),
              tuple("North Korean troops had been casualtied in Kursk", "Pat Ryder", true),
              tuple("We do assess that North Korean soldiers have engaged in combat in Kursk, with Russia, alongside Russian forces.", "Pat Ryder", false),
              tuple("We do have indications that they have suffered casualties, both killed and wounded.", "Pat Ryder", false),
              tuple("in an infantry role.", "Pat Ryder", false),
              tuple("A little more than a week ago, North Korean troops began actively fighting alongside Russia,", "Pat Ryder", false),
              tuple("As we\u2019ve said all along, those forces are legitimate military targets for the Ukrainians given that they are engaged in active combat ops.", "Pat Ryder", false)));
    expected.put(
        "kyiv-independent",
        List.of(
              tuple("legitimate targets", "Matthew Miller", false),
              tuple("North Korean soldiers who were deployed to Kursk are already legitimate targets,", "Matthew Miller", false),
              tuple("They entered a war, and they are, as such, combatants and are legitimate targets for the Ukrainian military.  We have seen North Korean soldiers who have been killed in action on the battlefield inside Russia.", "Matthew Miller", false),
              tuple("if North Korean personnel crossed the border from Russia into Ukraine and engaged in combat, the U.S. would consider it a significant escalation in the war", "Matthew Miller", true),
              tuple("And if they were to cross the border into Ukraine, that would be yet another escalation by the Government of Russia and also an escalation by the Government of North Korea ... That would absolutely be an escalation,", "Matthew Miller", false),
              tuple("I'm not going to preview that publicly,", "Matthew Miller", false),
              tuple("North Koreans had begun engaging in assault operations with Russian troops fighting against Ukraine in Kursk Oblast", "Volodymyr Zelenskyy", true),
              tuple("Russia has gone to great lengths to hide North Korean losses, including burning soldiers' bodies", "Volodymyr Zelenskyy", true)));
    expected.put(
        "devdiscourse",
        List.of(
              // "The US Department of State has declared ... as 'legitimate targets'"
              tuple("legitimate targets", "US Department of State", false),
              tuple("legitimate targets", null, false),
              tuple("these troops have entered a war, making them combatants subject to Ukrainian military actions", "Matthew Miller", true),
              tuple("North Korean soldiers are actively engaged in combat within Kursk, in collaboration with Russian units", "Pat Ryder", true)));

    Map<String, List<Tuple>> actual = new LinkedHashMap<>();
    List<Document> docs = Analyzer.analyze(SeedArticles.read());
    dev.factx.analysis.People people = dev.factx.analysis.People.of(docs);
    for (Document d : docs) {
      actual.put(
          d.article().id(),
          new QuoteExtractor()
              .extract(d, people).stream()
              .map(q -> tuple(q.text(), q.speaker(), q.indirect()))
              .toList());
    }
    assertThat(actual).containsExactlyEntriesOf(expected);
  }

  @Test
  void spansAndTextsAgreeWithTheRawBody() {
    for (Document d : Analyzer.analyze(SeedArticles.read())) {
      for (Quote q : Docs.extract(new QuoteExtractor(), d)) {
        assertThat(q.span().of(d.article().body())).isEqualTo(q.text());
        assertThat(q.text()).doesNotStartWith("\"").doesNotStartWith("\u201c");
      }
    }
  }

  /**
   * The articles without the Kyiv Independent's news-feed tail (page furniture, whose quotes the
   * cleaner removes; until it runs in DocumentBuilder the test cuts it here).
   */
}
