package dev.factx.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.bundle.Article;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The furniture of the five seed pages, line by line, decided by reading them. */
class SeedCleaningTest {
  static final Path SEED = Path.of("testdata/kursk-2024-12-16.bundle");
  static List<CleanedArticle> cleaned;

  @BeforeAll
  static void clean() throws Exception {
    cleaned = BoilerplateCleaner.clean(Pages.readBundle(SEED));
  }

  private static CleanedArticle article(String id) {
    return cleaned.stream().filter(c -> c.article().id().equals(id)).findFirst().orElseThrow();
  }

  /** The non-blank file lines from {@code first} to {@code last}. */
  private static List<Integer> nonBlank(CleanedArticle c, int first, int last) {
    Map<Integer, String> text = c.lines().stream().filter(l -> !l.blank()).collect(
        Collectors.toMap(l -> c.article().sourceMap().locate(l.span()).line(),
            l -> l.span().of(c.article().body())));
    return IntStream.rangeClosed(first, last).filter(text::containsKey).boxed()
        .collect(Collectors.toList());
  }

  private static List<Integer> range(int first, int last) {
    return IntStream.rangeClosed(first, last).boxed().collect(Collectors.toList());
  }

  private static List<Integer> concat(List<Integer> a, List<Integer> b) {
    List<Integer> out = new java.util.ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  @Test
  void peerReportsWithoutFurnitureLoseNothing() {
    assertThat(Pages.removedLines(article("pravda"))).isEmpty();
    assertThat(Pages.removedLines(article("outlet-c"))).isEmpty();
    assertThat(article("outlet-b").removed())
        .extracting(RemovedLine::line, RemovedLine::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(56, "Related:"));
  }

  @Test
  void kyivIndependentLosesAppealsNavigationBylineCaptionAndTheWholeTail() {
    CleanedArticle c = article("kyiv-independent");
    List<Integer> expected = new java.util.ArrayList<>(List.of(
        80, // Stand behind Ukrainian independent journalism ... reach 20,000 members.
        82, // Skip to content
        83, // Edit post
        85, // the title again
        87, // by Abbey Fenbert December 17, 2024 6:33 AM 2 min read
        88, // photo caption with (Celal Gunes/Anadolu via Getty Images), holds "June 3, 2024"
        89)); // This audio is created with AI assistance
    // from "Ukraine war latest: ..." to the end: appeals, news feed, teaser, subscribe widgets
    expected.addAll(List.of(115, 116, 118, 119, 121, 123, 125, 127, 129, 131, 133, 134, 136));
    expected.addAll(range(138, 151));
    expected.add(153);
    expected.addAll(range(155, 163));
    assertThat(expected).containsExactlyElementsOf(
        concat(List.of(80, 82, 83, 85, 87, 88, 89), nonBlank(c, 115, 163)));
    assertThat(Pages.removedLines(c)).containsExactlyElementsOf(expected);
    assertThat(expected).hasSize(44);
  }

  @Test
  void devdiscourseLosesMenuTitlesDatelineCreditBulletsAndTheWholeTail() {
    CleanedArticle c = article("devdiscourse");
    List<Integer> expected = new java.util.ArrayList<>(List.of(
        169, // Left Menu
        171, // the title
        175, // Devdiscourse News Desk | Updated: ... | Created: ...
        176, // the title again
        177, // ... (Image Credit: YouTube/USDepartmentofState). Image Credit: ANI
        178, // • Country:
        179)); // • United States
    // "(With inputs from agencies.)", TRENDING and its headlines, opinion, links, contacts, ©
    expected.addAll(List.of(187, 189, 191, 192, 194, 196, 197, 198, 200, 202, 203, 204, 206, 208,
        209, 210, 212, 214, 216, 218, 220, 222, 224, 226, 228, 230, 232, 233, 234, 236, 238, 240,
        242, 244, 246, 248, 249, 251, 253));
    assertThat(expected).containsExactlyElementsOf(
        concat(List.of(169, 171, 175, 176, 177, 178, 179), nonBlank(c, 187, 253)));
    assertThat(Pages.removedLines(c)).containsExactlyElementsOf(expected);
    assertThat(expected).hasSize(46);
  }

  @Test
  void reasonsNameWhatTheLineIs() {
    Map<Integer, String> reasons = article("kyiv-independent").removed().stream()
        .collect(Collectors.toMap(RemovedLine::line, RemovedLine::reason));
    assertThat(reasons).containsEntry(80, "donation prompt").containsEntry(82, "navigation")
        .containsEntry(85, "title repeat").containsEntry(87, "byline or dateline")
        .containsEntry(88, "credit").containsEntry(89, "audio notice")
        .containsEntry(116, "list of headlines").containsEntry(129, "timestamp")
        .containsEntry(140, "newsletter prompt").containsEntry(121, "page tail");
    Map<Integer, String> dev = article("devdiscourse").removed().stream()
        .collect(Collectors.toMap(RemovedLine::line, RemovedLine::reason));
    assertThat(dev).containsEntry(175, "byline or dateline").containsEntry(176, "title repeat")
        .containsEntry(178, "short bullet").containsEntry(187, "credit")
        .containsEntry(189, "other-story teaser").containsEntry(192, "repeated line")
        .containsEntry(248, "contact").containsEntry(249, "contact")
        .containsEntry(253, "copyright");
  }

  @Test
  void theStoryTextHoldsNoneOfTheNotClaims() {
    List<String> notClaims = List.of("20,000 members", "2 min read", "December 17, 2024 6:33 AM",
        "June 3, 2024", "fully occupy 4 Ukrainian regions in 2025", "Key developments on Dec. 16",
        "7:04 PM", "14th Chervona Kalyna Brigade", "Updated: 17-12-2024 13:46 IST",
        "+91-720-6444012", "Copyright 2024");
    for (CleanedArticle c : cleaned) {
      String story = c.storyBody();
      assertThat(notClaims).allSatisfy(s -> assertThat(story).doesNotContain(s));
    }
  }

  @Test
  void storyLinesStayVerbatim() {
    Article kyiv = article("kyiv-independent").article();
    String story = article("kyiv-independent").storyBody();
    assertThat(story).startsWith("North Korean soldiers fighting alongside Russian forces")
        .endsWith("in the event of an attack.");
    assertThat(kyiv.body()).contains(story.substring(0, 200));
    assertThat(article("outlet-c").storyBody()).isEqualTo(article("outlet-c").article().body());
  }
}
