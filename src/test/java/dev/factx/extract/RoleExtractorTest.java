package dev.factx.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.analysis.Document;
import dev.factx.analysis.People;
import dev.factx.analysis.Person;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleExtractorTest {
  private final RoleExtractor extractor = new RoleExtractor();

  /** {@code [[...]]} marks the claim's span; "-" stands for null. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock = """
          # [ORG] TITLE [RANK] NAME
          [[State Department spokesperson Matthew Miller]] said so.           | Matthew Miller | spokesperson   | State Department       | -
          [[Pentagon spokesperson Major General Pat Ryder]] confirmed it.     | Pat Ryder      | spokesperson   | Pentagon               | Major General
          As per [[President Volodymyr Zelenskyy]]'s statement, it began.      | Volodymyr Zelenskyy | President | -                      | -
          [[Defense Minister Rustem Umerov]] visited the front.               | Rustem Umerov  | Defense Minister | -                    | -
          [[Russian Defence Minister Andrei Belousov]] replied.               | Andrei Belousov | Defence Minister | Russian              | -
          [[Ukraine's Foreign Minister Andrii Sybiha]] spoke.                 | Andrii Sybiha  | Foreign Minister | Ukraine's            | -
          [[US Department of State spokesman Matthew Miller]] told reporters. | Matthew Miller | spokesman      | US Department of State | -
          Earlier, [[White House spokeswoman Karine Jean-Pierre]] said no.     | Karine Jean-Pierre | spokeswoman | White House          | -
          [[Secretary of State Antony Blinken]] flew to Kyiv.                 | Antony Blinken | Secretary of State | -                  | -
          The [[former President Donald Trump]] said so.                      | Donald Trump   | former President | -                    | -
          [[Army chief Gen. Oleksandr Syrskyi]] said so.                      | Oleksandr Syrskyi | chief       | Army                   | Gen.
          [[Governor Kathy Hochul]] signed it.                                | Kathy Hochul   | Governor       | -                      | -
          [[President Biden]] spoke.                                          | Biden          | President      | -                      | -
          [[Prime Minister Keir Starmer]] spoke.                              | Keir Starmer   | Prime Minister | -                      | -
          # NAME, TITLE of|for [the] ORG
          Source: [[Matthew Miller, spokesperson for the US Department of State]], during a briefing | Matthew Miller | spokesperson | US Department of State | -
          [[Jens Stoltenberg, secretary general of NATO]], said so.           | Jens Stoltenberg | secretary general | NATO               | -
          [[John Kirby, the White House national security spokesman]], said it. | John Kirby   | spokesman      | White House            | -
          [[Maria Zakharova, spokeswoman for the Russian Foreign Ministry]], denied it. | Maria Zakharova | spokeswoman | Russian Foreign Ministry | -
          [[Ana Ruiz, a professor at Oxford]], disagreed.                     | Ana Ruiz       | professor      | Oxford                 | -
          [[Ivan Petrov, the mayor]], resigned.                               | Ivan Petrov    | mayor          | -                      | -
          """)
  void findsRoles(String marked, String person, String role, String org, String rank) {
    String text = marked.replace("[[", "").replace("]]", "");
    assertThat(Docs.extract(extractor, Docs.doc("a", "2024-12-17", text)))
        .singleElement()
        .satisfies(c -> {
          assertThat(c.text())
              .isEqualTo(marked.substring(marked.indexOf("[[") + 2, marked.indexOf("]]")));
          assertThat(c.person()).isEqualTo(person);
          assertThat(c.role()).isEqualTo(role);
          assertThat(c.organisation()).isEqualTo(org);
          assertThat(c.rank()).isEqualTo(rank);
        });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          # a title without a name, a name without a title
          Key developments: Russia sets a goal, Defense Minister says.
          Matthew Miller said the troops were targets.
          The spokesperson declined to comment.
          # a title before words that are no name
          The president of the company spoke.
          The Pentagon spokesperson's office replied.
          North Korea, the leader of the bloc, replied.
          """)
  void findsNoRoleIn(String text) {
    assertThat(Docs.extract(extractor, Docs.doc("a", "2024-12-17", text))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock = """
          # the title says it
          Pentagon spokeswoman Sabrina Singh spoke. He left.           | female
          # else the pronouns of the article, outside quotes
          Pentagon spokesperson Pat Ryder spoke. He said "she is wrong". | male
          Council leader Ana Ruiz spoke. Later she left.               | female
          Council leader Ana Ruiz spoke.                               | -
          """)
  void takesGenderFromTitleElsePronouns(String text, String gender) {
    assertThat(Docs.extract(extractor, Docs.doc("a", "2024-12-17", text)))
        .first()
        .extracting(RoleClaim::gender)
        .isEqualTo(gender);
  }

  @Test
  void aRepeatedParagraphGivesItsRolesWhereverItStands() {
    String paragraph = "Harbour Authority spokeswoman Ines Kowalczyk said the pier would reopen.";
    Document first = Docs.doc(SeedArticles.article("a", paragraph + "\n"));
    String before = "Ferries stopped on Tuesday, the operator said.\n\n";
    Document second = Docs.doc(SeedArticles.article("b", before + paragraph + "\n"));
    RoleClaim one = Docs.extract(extractor, first).get(0);
    RoleClaim two = Docs.extract(extractor, second).get(0);
    assertThat(one.text()).isEqualTo("Harbour Authority spokeswoman Ines Kowalczyk");
    assertThat(two.text()).isEqualTo(one.text());
    assertThat(two.span().start()).isEqualTo(one.span().start() + before.length());
    assertThat(People.of(List.of(second)).persons()).extracting(Person::name)
        .containsExactly("Ines Kowalczyk");
  }
}
