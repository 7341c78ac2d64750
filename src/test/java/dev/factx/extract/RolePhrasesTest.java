package dev.factx.extract;

import static dev.factx.extract.PhraseArticles.at;
import static dev.factx.extract.PhraseArticles.mark;
import static dev.factx.extract.PhraseArticles.strip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.match.Finding;
import dev.factx.match.Verdict;
import dev.factx.verify.Change;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * People's roles on real news, as phrase tables of our own writing (issue 16): titles before and
 * after the name and in appositives, with their modifiers ("former", "acting", "deputy"), party and
 * state tags, occupations and family relations; what is no role of a person; the gender a role
 * claim carries; which titles of one person in two articles agree or conflict; and that
 * {@code verify} compares roles the same way.
 *
 * <p>Many rows fail on the code of main d7baaae; the research note
 * (notes/issue-16-dates-roles-research.md) lists them and the rule each needs. A row is the
 * expected behaviour: never weaken one to make it pass.
 */
@Tag("issue-16")
class RolePhrasesTest {
  /** Not asserted: a part the claim has no field for yet (party, state, whose relative). */
  private static final String ANY = "*";

  private static final String DATE = "2025-03-12";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock = """
          # sentence                                                         | person          | role                         | organisation
          # abbreviated titles before the name
          [[Sen. Maria Lopez]] voted against the bill.                        | Maria Lopez     | Sen.                         | -
          [[Rep. Jane Doe]] spoke first.                                      | Jane Doe        | Rep.                         | -
          [[Gov. Paul Arden]] signed the order.                               | Paul Arden      | Gov.                         | -
          [[Vermont Gov. Lena Ortiz]] signed the order.                       | Lena Ortiz      | Gov.                         | Vermont
          [[Lt. Gov. Ann Ruiz]] presided over the Senate.                     | Ann Ruiz        | Lt. Gov.                     | -
          [[Lt. Governor Ann Ruiz]] presided over the Senate.                 | Ann Ruiz        | Lt. Governor                 | -
          Voters know [[Reps. Tom Lee]], Ada Voss and Carl Dale well.         | Tom Lee         | Reps.                        | -
          The prayer was led by the [[Rev. Ada Banks]].                       | Ada Banks       | Rev.                         | -
          # judges, prosecutors and lawyers
          [[Chief Justice Mark Olsen]] swore him in.                          | Mark Olsen      | Chief Justice                | -
          [[U.S. District Judge Rosa Kim]] accepted the plea.                 | Rosa Kim        | U.S. District Judge          | *
          [[Judge Ana Ruiz]] denied the motion.                               | Ana Ruiz        | Judge                        | -
          [[prosecutor Leah Stone]] asked for a delay.                        | Leah Stone      | prosecutor                   | -
          [[U.S. Attorney Omar Haddad]] announced the charges.                | Omar Haddad     | U.S. Attorney                | *
          [[Deputy Attorney General Ron Pike]] received the letter.           | Ron Pike        | Deputy Attorney General      | -
          [[U.S. Deputy Attorney General Ron Pike]] received the letter.      | Ron Pike        | Deputy Attorney General      | U.S.
          [[Attorney General Ruth Sandler]] replied.                          | Ruth Sandler    | Attorney General             | -
          [[Special Counsel Mark Olsen]] finished his report.                 | Mark Olsen      | Special Counsel              | -
          # leaders of a chamber: the chamber is the organisation, the post is the title
          [[Senate Majority Leader Tom Wiley]] scheduled the vote.            | Tom Wiley       | Majority Leader              | Senate
          [[State House Minority Leader Ken Voss]] objected.                  | Ken Voss        | Minority Leader              | State House
          [[House Speaker Joan Pratt]] praised him.                           | Joan Pratt      | Speaker                      | House
          [[Senate President Ed Blaine]] disagreed.                           | Ed Blaine       | President                    | Senate
          # former, acting, deputy and late stay with the title, whatever their case
          [[Former Rep. Tom Reyes]] pleaded guilty.                           | Tom Reyes       | Former Rep.                  | -
          The court heard [[former FBI Director Amy Cole]] on Monday.         | Amy Cole        | former Director              | FBI
          [[Former FBI Director Amy Cole]] testified on Monday.               | Amy Cole        | Former Director              | FBI
          [[Former Mexican President Luis Varga]] criticized the visit.       | Luis Varga      | Former President             | Mexican
          [[acting Director Dana Wells]] closed the office.                   | Dana Wells      | acting Director              | -
          The [[late Sen. Ted Moss]] asked for an interim successor.          | Ted Moss        | late Sen.                    | -
          [[deputy chief of staff Dan Ito]] resigned.                         | Dan Ito         | deputy chief of staff        | -
          # party and state tags belong to the mention
          [[Rep. Jane Doe (D-Ohio)]] said no.                                 | Jane Doe        | Rep.                         | *
          [[Sen. John Roe, R-Texas]], said no.                                | John Roe        | Sen.                         | *
          [[Sen. Ada Voss (R-S.C.)]] was appointed in December.               | Ada Voss        | Sen.                         | *
          [[House Speaker Joan Pratt, D-Calif.]], praised him.                | Joan Pratt      | Speaker                      | House
          [[Vermont Gov. Lena Ortiz (D)]] named her aide.                     | Lena Ortiz      | Gov.                         | Vermont
          [[state Rep. Cal Moss (D)]] received the message.                   | Cal Moss        | state Rep.                   | *
          # titles after the name, in appositives
          [[Dan Ito, the acting deputy chief of staff]], resigned.            | Dan Ito         | acting deputy chief of staff | -
          [[Tom Reyes, the former mayor of Bayside]], spoke.                  | Tom Reyes       | former mayor                 | Bayside
          [[Omar Haddad, the United States attorney for the Northern District of Ohio]], said so. | Omar Haddad | United States attorney | Northern District of Ohio
          [[Lena Ortiz, the embattled Democratic governor of Vermont]], said so. | Lena Ortiz   | governor                     | Vermont
          [[Jo Park, a Democrat]], won the seat.                              | Jo Park         | Democrat                     | -
          [[John Roe, Republican of Texas]], said no.                         | John Roe        | Republican                   | *
          [[Jane Doe, Democrat of Ohio]], said no.                            | Jane Doe        | Democrat                     | *
          [[Mark Olsen, the special counsel]], finished his report.           | Mark Olsen      | special counsel              | -
          [[Ana Lind, chief executive of Acme]], resigned.                    | Ana Lind        | chief executive              | Acme
          [[Iker Soto, the goalkeeper]], saved a penalty.                     | Iker Soto       | goalkeeper                   | -
          Gov. Paul Arden signed it. [[Mr. Arden, the state's first Latino governor]], smiled. | Paul Arden | governor            | *
          # the title, a comma, then the name
          The [[minority leader, Kenneth Voss]], objected.                    | Kenneth Voss    | minority leader              | -
          The [[gunman, Carl Dorsey]], was killed by police.                  | Carl Dorsey     | gunman                       | -
          The [[federal judge in the case, Rosa Kim]], set a date.            | Rosa Kim        | federal judge                | -
          [[Mr. Reyes's lawyer, Gregory Lamb]], replied.                      | Gregory Lamb    | lawyer                       | *
          [[Reyes's attorney, Gregory Lamb]], wrote to the court.             | Gregory Lamb    | attorney                     | *
          [[Gregory Lamb, a lawyer for Mr. Reyes]], declined to comment.      | Gregory Lamb    | lawyer                       | *
          # occupations and positions before the name
          [[goalkeeper Iker Soto]] saved two shots.                           | Iker Soto       | goalkeeper                   | -
          [[coach Dana Wells]] praised the team.                              | Dana Wells      | coach                        | -
          [[Acme chief executive Ana Lind]] resigned.                         | Ana Lind        | chief executive              | Acme
          # occupations before the name, after it, and set off by a comma
          A [[forklift driver, Tom Reyes]], saw the smoke first.              | Tom Reyes       | forklift driver              | -
          [[Tom Reyes, a truck driver]], saw the smoke first.                 | Tom Reyes       | truck driver                 | -
          [[firefighter Ana Lind]] carried him out.                           | Ana Lind        | firefighter                  | -
          [[Dr. Ana Lind, a surgeon]] at the clinic, treated him.             | Ana Lind        | surgeon                      | -
          [[Democrat Lisa Grant]] won the seat.                               | Lisa Grant      | Democrat                     | -
          [[Republican presidential nominee Tom Reyes]] spoke.                | Tom Reyes       | presidential nominee         | *
          [[Ana Lind remains a candidate]] for mayor.                          | Ana Lind        | candidate                    | -
          # a title after a list of people is of the next name only; a comma alone ends no list
          Gov. Lena Ortiz and [[Senate Majority Leader Tom Reyes]] met.       | Tom Reyes       | Majority Leader              | Senate
          Sen. Al Brandt (D-Ohio) and [[House Speaker Ken Voss]] spoke.       | Ken Voss        | Speaker                      | House
          Ana Lind, Jo Park, and [[Acme chief executive Dan Ito]] met.        | Dan Ito         | chief executive              | Acme
          The [[spokesman for Mr. Ito, Dan Reyes]], declined to comment.      | Dan Reyes       | spokesman                    | -
          [[Ways and Means Committee Chairman Tom Reyes]] spoke.              | Tom Reyes       | Chairman                     | Ways and Means Committee
          Sen. Ana Lind and [[Ways and Means Committee Chairman Tom Reyes]] met. | Tom Reyes    | Chairman                     | Ways and Means Committee
          # family
          Rep. Tom Reyes and [[his wife, Margaret]], were charged.            | Margaret        | wife                         | *
          [[Mr. Reyes's wife, Stacey]], attended the hearing.                 | Stacey          | wife                         | *
          Reyes pleaded guilty. [[His wife, Sandra Reyes]], did too.          | Sandra Reyes    | wife                         | *
          She arrived with [[her husband, Paul Grant]].                       | Paul Grant      | husband                      | *
          [[Mr. Reyes's father, the Rev. Jesse Reyes]], attended.             | Jesse Reyes     | father                       | *
          Ito and [[wife Mara]] live in Dover.                                | Mara            | wife                         | *
          """)
  void readsTheRole(String marked, String person, String role, String organisation) {
    List<RoleClaim> claims = PhraseArticles.extract(RoleClaim.class, DATE, strip(marked));
    RoleClaim c = at(claims, "a", mark(marked), marked);
    assertThat(c.person()).as("person").isEqualTo(person);
    assertThat(c.role()).as("role").isEqualToIgnoringCase(role);
    if (!ANY.equals(organisation)) {
      assertThat(c.organisation()).as("organisation").isEqualTo(organisation);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock = """
          # sentence                                                     | surname | title not theirs
          # organisations, places and holidays named after an office hold no person
          The Office of the Governor issued a statement.                  | -       | -
          The President's office declined to comment.                     | -       | -
          The Senate Judiciary Committee met on Monday.                   | -       | -
          Crowds gathered on Martin Luther King Jr. Day.                  | -       | -
          She opened a bakery on King Street.                             | -       | -
          The governor's spokesman declined to comment.                   | -       | -
          # a title of someone else in the same sentence
          The former co-chairman of President Lee's campaign, Tom Reyes, resigned. | Lee | chairman
          It was, in the words of the governor Ortiz served under, a disgrace. | Ortiz | governor
          Jane Hill, the mayor's daughter, spoke first.                   | Hill    | mayor
          Ana Ruiz, Tom Lee and the mayor met on Monday.                  | Ruiz    | mayor
          Ana Ruiz, Tom Lee and the mayor met on Monday.                  | Lee     | mayor
          Tom Reyes thanked the judge.                                    | Reyes   | judge
          Mayor Tom Reyes's chief of staff, Dan Ito, quit.                | Reyes   | chief of staff
          Democratic leaders met with Ana Lind.                           | Lind    | leader
          He told Judge Rosa Kim's clerk, Ben Ode, that he would appeal.  | Ode     | judge
          # a surname that is an occupation's word is no occupation
          Adam Driver said the film would open in May.                    | Driver  | driver
          # a candidate's noun after a verb with no article is no title
          Ana Lind remains hopeful that the bill will pass.               | Lind    | hopeful
          Tom Reyes is rival to nobody in the county.                     | Reyes   | rival
          """)
  void givesNoRole(String sentence, String surname, String title) {
    List<RoleClaim> claims = PhraseArticles.extract(RoleClaim.class, DATE, sentence);
    if (surname == null) {
      assertThat(claims).extracting(RoleClaim::text).isEmpty();
      return;
    }
    assertThat(claims)
        .filteredOn(c -> c.person().contains(surname) && c.role() != null
            && c.role().toLowerCase(Locale.ROOT).contains(title))
        .extracting(RoleClaim::text).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock = """
          # text                                                                      | person     | gender
          Committee chairwoman Ada Voss opened the hearing.                            | Ada Voss   | female
          Senator Al Brandt subpoenaed Kay Lund. He hopes she will testify.            | Al Brandt  | male
          Assistant Majority Leader Mia Roth spoke after the vote. She said it would pass. | Mia Roth | female
          Representative Dev Noor questioned the witness, and she answered him calmly. | Dev Noor   | male
          Mayor Jo Park spoke.                                                         | Jo Park    | -
          # a pronoun of an office named without a name is not the subject's
          Press secretary Ana Lind, traveling with the president on his trip, spoke.   | Ana Lind   | -
          Mayor Jo Park met the governor. She said the talks went well.                | Jo Park    | female
          Senator Ana Lind spoke of her years as the chairman, and then she left.      | Ana Lind   | female
          """)
  void takesGenderFromThePronounsThatStandForThePerson(String text, String person,
      String gender) {
    assertThat(PhraseArticles.extract(RoleClaim.class, DATE, text))
        .filteredOn(c -> c.person().equals(person))
        .singleElement()
        .extracting(RoleClaim::gender)
        .isEqualTo(gender);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          # article A                                                    | article B                                                         | verdict
          # titles that can both hold agree
          [[Senator Maria Lopez]] spoke.                                  | [[Senate majority whip Maria Lopez]] spoke.                        | agree
          [[Sen. Maria Lopez]] voted no.                                  | [[Maria Lopez, Republican of Ohio]], voted no.                     | agree
          [[Rep. Jane Doe (D-Ohio)]] spoke.                               | [[Jane Doe, Democrat of Ohio]], spoke.                             | agree
          [[Navy spokesman Tom Hale]] spoke.                              | [[Navy spokesperson Tom Hale]] spoke.                              | agree
          [[Representative Al Brandt]] opened the hearing.                | [[Chairman Al Brandt]] opened the hearing.                         | agree
          [[Representative Ken Voss]] objected.                           | [[House Minority Leader Ken Voss]] objected.                       | agree
          [[Senator Maria Lopez]], who chairs the Finance Committee, spoke. | [[Finance Committee chairwoman Maria Lopez]] spoke.              | agree
          [[Deputy Attorney General Ron Pike]] got the letter.            | [[Ron Pike, the deputy attorney general]], got the letter.         | agree
          [[U.S. Deputy Attorney General Ron Pike]] got the letter.       | [[Ron Pike, the deputy attorney general]], got the letter.         | agree
          # one office at two times agrees
          [[former Governor Lena Ortiz]] ran for the seat.                | [[Senator Lena Ortiz]] ran for the seat.                           | agree
          [[former President Jo Park]] left the capital.                  | [[President Jo Park]] left the capital.                            | agree
          [[Former FBI Director Amy Cole]] testified.                      | Then came [[former FBI Director Amy Cole]].                        | agree
          [[Former Mexican President Luis Varga]] spoke.                  | [[Luis Varga, Mexico's president]] from 2000 to 2006, spoke.       | agree
          newly confirmed [[Secretary of State Ann Lowe]] left her seat.  | [[Sen. Ann Lowe]] was confirmed as secretary of state.             | agree
          # one person under two spellings
          The [[minority leader, Kenneth Voss]], objected.                | [[House Minority Leader Ken Voss]] objected.                       | agree
          Tom Ito arrived with [[his wife, Stacey]], on Monday.           | Tom Ito arrived with [[his wife, Stacy]], on Monday.               | agree
          # a generic title does not clash with the pronouns
          [[Chairman Ada Voss]] opened the hearing. She thanked the panel. | [[Chairwoman Ada Voss]] opened the hearing.                      | agree
          # offices that exclude each other, another party or state, a gendered title against pronouns
          [[Governor Lena Ortiz]] spoke.                                  | [[Senator Lena Ortiz]] spoke.                                      | discrepancy
          [[Attorney General Ron Pike]] replied.                          | [[Deputy Attorney General Ron Pike]] replied.                      | discrepancy
          [[Rep. Jane Doe (D-Ohio)]] spoke.                               | [[Rep. Jane Doe (R-Ohio)]] spoke.                                  | discrepancy
          [[Rep. Jane Doe (D-Ohio)]] spoke.                               | [[Jane Doe, Democrat of Iowa]], spoke.                             | discrepancy
          Judge Carl Dale retired. [[Dale, then an assistant district attorney]], met her in 1979. | Judge Carl Dale retired. [[Dale, then a district attorney]], met her in 1979. | discrepancy
          [[Navy spokeswoman Pat Lee]] briefed reporters.                 | [[Navy spokesperson Pat Lee]] said he expected more ships.         | discrepancy
          # one organisation with or without the periods of its initials, or spelt out
          [[Ana Ruiz, the president of the N.A.A.C.P.]], spoke.          | [[NAACP President Ana Ruiz]] spoke.                                | agree
          [[FBI Director Amy Cole]] testified.                            | [[Amy Cole, the director of the Federal Bureau of Investigation]], testified. | agree
          [[NAACP President Ana Ruiz]] spoke.                             | [[NRA President Ana Ruiz]] spoke.                                  | discrepancy
          # a representative for a group holds no seat; one for a state or district does
          [[Sen. Al Brandt]] spoke.                                       | [[Al Brandt, the representative for Senate Democrats]], spoke.      | apart-or-agree
          [[Sen. Al Brandt]] spoke.                                       | [[Al Brandt, the representative for Ohio]], spoke.                 | discrepancy
          # one occupation, before the name and after it
          [[Tom Reyes, a forklift driver]], escaped.                      | A [[forklift driver, Tom Reyes]], escaped.                        | agree
          # different people stay apart
          The [[gunman, Omar Ali Haddad]], was killed.                    | [[His father, Ali Haddad]], spoke to reporters.                    | apart
          """)
  void comparesTheRolesOfOnePerson(String markedA, String markedB, String verdict) {
    PhraseArticles.Pair<RoleClaim> p =
        PhraseArticles.pair(RoleClaim.class, DATE, markedA, DATE, markedB);
    if (verdict.equals("apart")) {
      assertThat(p.both()).as("one finding for two people").isEmpty();
      return;
    }
    if (verdict.equals("apart-or-agree")) {
      assertThat(p.report().findings()).as("no discrepancy")
          .noneMatch(f -> f.verdict() == Verdict.DISCREPANCY);
      return;
    }
    assertThat(p.both()).as("one finding holding %s and %s; findings: %s", p.a().text(),
            p.b().text(), p.report().findings()).singleElement()
        .extracting(Finding::verdict)
        .isEqualTo(Verdict.valueOf(verdict.toUpperCase(Locale.ROOT)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          # original                                         | reprint                                                | role changed
          # one office in other words is no change
          Rep. Jane Doe said the plant would close.           | Representative Jane Doe said the plant would close.   | no
          Navy spokesman Tom Hale said the ships had sailed.  | Navy spokesperson Tom Hale said the ships had sailed. | no
          Sen. Maria Lopez (R-Ohio) voted against the bill.   | Maria Lopez, Republican of Ohio, voted against the bill. | no
          # another office, party or time is
          Sen. Maria Lopez voted against the bill.            | Gov. Maria Lopez voted against the bill.              | yes
          Rep. Jane Doe (D-Ohio) said the plant would close.  | Rep. Jane Doe (R-Ohio) said the plant would close.    | yes
          Deputy Attorney General Ron Pike got the letter.    | Attorney General Ron Pike got the letter.             | yes
          """)
  void verifyComparesRolesByTheirOffice(String original, String reprint, String changed) {
    List<Change> roles = PhraseArticles.changes("role", DATE, original, DATE, reprint);
    if (changed.equals("yes")) {
      assertThat(roles).as("role changes").isNotEmpty();
    } else {
      assertThat(roles).as("role changes").isEmpty();
    }
  }
}
