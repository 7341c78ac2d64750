package dev.factx.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.bundle.Article;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Page shapes of our own making: the rules hold beyond the seed outlets. */
class BoilerplateCleanerTest {
  @Test
  void newsletterTeaserBoxShareBarAndMostReadGoWhileAShortSentenceStays() {
    Article page = Pages.article("flood", null, """
        Sign up for The Morning Brief, our free daily newsletter

        Flood waters rose overnight across the river valley, forcing more than 2,000 residents \
        from their homes and closing every road into the two largest towns, the regional \
        governor said on Tuesday at a news conference in the capital.

        Rescue crews worked through the night to reach villages cut off by the water, using \
        boats borrowed from fishermen and a single army helicopter.

        Read more:
        Dam Failure Raises Questions About Maintenance
        Farmers Count the Cost of a Wet Spring

        He declined to comment.

        The governor said emergency shelters in three towns had room for another 5,000 people.

        Share this article
        Facebook Twitter Email

        Most Read
        Council Approves New Budget
        Local Team Wins Cup Final""");
    CleanedArticle c = BoilerplateCleaner.clean(page);
    assertThat(Pages.removedLines(c)).containsExactly(1, 7, 8, 9, 15, 16, 18, 19, 20);
    assertThat(c.removed()).extracting(RemovedLine::reason).containsExactly(
        "newsletter prompt", "other-story teaser", "title-like line", "title-like line",
        "share widget", "share widget", "other-story teaser", "page tail", "page tail");
    assertThat(c.storyBody()).contains("He declined to comment.")
        .endsWith("room for another 5,000 people.");
  }

  @Test
  void oneAdLineInsertedMidStoryDoesNotEndTheStory() {
    Article page = Pages.article("bridge", null, """
        The old bridge closed on Tuesday after engineers found cracks in two of its pillars.

        Subscribe to our newsletter

        "It will reopen once every pillar has been checked," the mayor said on Wednesday.""");
    CleanedArticle c = BoilerplateCleaner.clean(page);
    assertThat(Pages.removedLines(c)).containsExactly(3);
    assertThat(c.storyBody()).endsWith("the mayor said on Wednesday.");
  }

  @Test
  void cookieBannerBylineBlockCaptionAndCreditGoWhileALabelIntroducingStoryStays() {
    Article page = Pages.article("port", null, """
        We use cookies to improve your experience. By using this site you agree to our Privacy Policy.
        Accept all

        Port Strike Enters Second Week
        By Jane Doe and Sam Roe
        Published 10:42 AM EST, March 3, 2025
        Updated 2 hours ago

        ROTTERDAM, Netherlands - Dock workers extended their strike into a second week on Monday, \
        leaving hundreds of containers stranded on the quays, union leaders said.

        Background:

        The union wants a 6.5% raise over two years; the port authority has offered 4%.

        Containers are stacked along the quay in Rotterdam on Monday. (Ana Lopes/Reuters)

        "We are not going back until they listen," said union spokesman Piet Vos.

        Talks resume Friday.

        (Reporting by Jane Doe; Editing by Sam Roe)""");
    CleanedArticle c = BoilerplateCleaner.clean(page);
    assertThat(c.removed()).extracting(RemovedLine::line, RemovedLine::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1, "cookie banner"),
        org.assertj.core.groups.Tuple.tuple(2, "cookie banner"),
        org.assertj.core.groups.Tuple.tuple(4, "title-like line"),
        org.assertj.core.groups.Tuple.tuple(5, "byline or dateline"),
        org.assertj.core.groups.Tuple.tuple(6, "byline or dateline"),
        org.assertj.core.groups.Tuple.tuple(7, "byline or dateline"),
        org.assertj.core.groups.Tuple.tuple(15, "credit"),
        org.assertj.core.groups.Tuple.tuple(21, "credit"));
    assertThat(c.storyBody()).contains("Background:\n\nThe union wants")
        .endsWith("Talks resume Friday.");
  }

  @Test
  void hardWrappedParagraphsStayWholeAndAMembershipAppealWithContactsGoes() {
    Article page = Pages.article("bridge", null, """
        The city council voted on Tuesday to close the old bridge to
        heavy trucks after engineers found cracks in two of its main
        supports, the mayor's office said.

        Repairs will cost about 1.2 million euros and take until spring,
        according to the engineers' report. Buses will still be allowed.

        Become a member today and support our local reporting. Every
        contribution helps us cover the stories that matter to you.

        Copyright 2025 Riverside Gazette. All rights reserved.
        Contact the newsroom: news@riverside-gazette.example""");
    CleanedArticle c = BoilerplateCleaner.clean(page);
    assertThat(c.removed()).extracting(RemovedLine::line, RemovedLine::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple(8, "donation prompt"),
        org.assertj.core.groups.Tuple.tuple(9, "donation prompt"),
        org.assertj.core.groups.Tuple.tuple(11, "copyright"),
        org.assertj.core.groups.Tuple.tuple(12, "contact"));
    dev.factx.analysis.Document d = dev.factx.analysis.Analyzer.analyze(page);
    assertThat(d.sentences()).extracting(s -> s.of(d.text().value())).containsExactly(
        "The city council voted on Tuesday to close the old bridge to heavy trucks after engineers"
            + " found cracks in two of its main supports, the mayor's office said.",
        "Repairs will cost about 1.2 million euros and take until spring, according to the"
            + " engineers' report.",
        "Buses will still be allowed.");
  }

  @Test
  void aLineRepeatedAcrossArticlesIsFurnitureUnlessItIsAStorySentence() {
    String wire = "The central bank raised its main interest rate by half a point on Thursday, the"
        + " third increase this year.";
    String stamp = "Produced with the support of the Local News Fund";
    // a label that introduces story stays even though both articles have it
    Article a = Pages.article("a", null, wire + "\n\n" + stamp + "\n\nContext:\n\n"
        + "Analysts had expected a smaller move after inflation slowed in the spring.");
    Article b = Pages.article("b", null, wire + "\n\n" + stamp + "\n\nContext:\n\n"
        + "Shares in the largest lenders rose after the announcement.");
    assertThat(Pages.removedLines(BoilerplateCleaner.clean(a))).isEmpty();
    List<CleanedArticle> both = BoilerplateCleaner.clean(List.of(a, b));
    assertThat(both).allSatisfy(c -> assertThat(c.removed())
        .extracting(RemovedLine::line, RemovedLine::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "repeated line")));
  }

  @Test
  void aPullQuoteRepeatingAStorySentenceGoesTheSecondTime() {
    Article page = Pages.article("pull", "Mayor Quits", """
        Mayor Quits

        The mayor resigned on Friday after six years in office.

        "I have done what I came to do," she told reporters outside city hall.

        "I have done what I came to do," she told reporters outside city hall.

        An election will be held in March.""");
    CleanedArticle c = BoilerplateCleaner.clean(page);
    assertThat(c.removed()).extracting(RemovedLine::line, RemovedLine::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1, "title repeat"),
        org.assertj.core.groups.Tuple.tuple(7, "repeated line"));
  }

  /** Lines after a story: a short line running into a sentence, and a list flowed into lines. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # what                    | lines (\\n: line end)                                  | first line's verdict | paragraphs
      # positive: the lines read as one paragraph, judged as one
      short line running on     | The ferry crew\\nsailed at noon. It was calm.           | story                | 1
      list flowed into lines    | More headlines from today: * Rail strike called off for now *\\n* Port of Calder reopens after the long storm * Tram fares to\\nrise next spring, operator says | list of headlines | 1
      # negative: lines that stay apart
      widget before lowercase   | Follow us\\non the ferry pages.                         | share widget         | 2
      bullets one to a line     | * Rail strike called off for the time being by the union\\n* Port of Calder reopens after the long storm on Monday | story | 2
      """)
  void linesAfterAStoryAreJudgedAsTheParagraphTheyMake(String what, String lines,
      String verdict, int paragraphs) {
    String story = "The bridge reopened on Monday after three months of repairs that cost the city"
        + " far more than planned, officials said at a briefing.";
    Article page = Pages.article("after", null, story + "\n\n" + story.replace("Monday", "Friday")
        + "\n\n" + lines.replace("\\n", "\n"));
    CleanedArticle c = BoilerplateCleaner.clean(page);
    List<BodyLine> after = c.lines().subList(4, c.lines().size());
    assertThat(after.get(0).kept() ? "story" : after.get(0).reason()).isEqualTo(verdict);
    assertThat(after.stream().map(BodyLine::paragraph).distinct().count()).isEqualTo(paragraphs);
  }

  /** A line in the middle of a story: what the cleaner calls it ("story" when it stays). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # positive: furniture wherever it stands
      Subscribe to our newsletter                                        | newsletter prompt
      Get the best of our reporting in your inbox every morning.         | newsletter prompt
      Please consider a donation to keep our newsroom going.             | donation prompt
      Read also: Prices Climb Again                                      | other-story teaser
      Related stories                                                    | other-story teaser
      Follow us on Telegram                                              | share widget
      Photo: Jan Novak                                                   | credit
      Image Credit: Wikimedia Commons                                    | credit
      (Reporting by Ana Silva; editing by Tom Hale)                      | credit
      Email: desk@example.org                                            | contact
      www.example.org/tips                                               | contact
      © 2025 Example Media Group                                         | copyright
      By Maria Lopez                                                     | byline or dateline
      5 min read                                                         | byline or dateline
      Listen to this article                                             | audio notice
      3:15 p.m. EST                                                      | timestamp
      • Europe                                                           | short bullet
      Advertisement                                                      | short line
      Top News * Markets Rally * Oil Slips * Gold Steady                 | list of headlines
      Home / World / Business / Sport                                    | navigation
      # negative: story sentences that merely use the words
      The newsletter, which has 40,000 subscribers, was founded in 2019.  | story
      "Subscribe to our channel," the group wrote on Telegram.            | story
      Donations to the fund fell by a third last year, the charity said.  | story
      He declined to comment.                                             | story
      Prices rose 2.4% in May.                                            | story
      Officials said the talks would share costs between the two towns.   | story
      The paper moved its archive behind a paywall in 2018.               | story
      Source: the defence ministry, speaking on condition of anonymity    | story
      """)
  void judgesALineInTheMiddleOfAStory(String line, String expected) {
    String story = "The bridge reopened on Monday after three months of repairs that cost the city"
        + " far more than planned, officials said at a briefing.";
    Article page = Pages.article("mid", null, story + "\n\n" + line + "\n\n" + story.replace(
        "Monday", "Tuesday") + "\n\n" + story.replace("Monday", "Friday"));
    CleanedArticle c = BoilerplateCleaner.clean(page);
    String verdict = c.lines().get(2).kept() ? "story" : c.lines().get(2).reason();
    assertThat(verdict).isEqualTo(expected);
    assertThat(c.removed()).hasSize(expected.equals("story") ? 0 : 1);
  }
}
