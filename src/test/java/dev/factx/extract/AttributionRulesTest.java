package dev.factx.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.extract.QuoteCases.Marked;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The attribution rules added beside the phrase tables ({@link AttributionPhrasesTest}):
 * each general rule of {@link Speakers}, {@link Clauses} and {@link Terms} with positive and
 * negative rows of our own writing. Rows as in {@link QuoteCases} ({@code [[...]]} the quoted
 * words the row is about, {@code ¶} a paragraph break); CSV quoting is off.
 */
class AttributionRulesTest {
  // --- who speaks -------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
      # a participle hangs on the clause it follows when the sentence's subject names nobody
      It came after Tom Ash chided the council on Friday, accusing it of "[[wasting another week]]." | Tom Ash
      # a speech word used as a noun does not take the subject before it
      Anna Berg wrote in a Facebook post on Friday that the council should "[[try a little honesty]]." | Anna Berg
      Anna Berg spoke on Monday. ¶ Berg later apologized for her earlier post, writing "[[I judged the council too quickly.]]" | Anna Berg
      # the speaker after a verb set off by commas
      The ferry is safe again, said Anna Berg, and is thus "[[fit for service]]" this summer. | Anna Berg
      # a possessive name a few nouns before a speech word used as a noun: the words are that person's
      Tom Ash asked whether Anna Berg's pledge to "[[fix every road]]" still stood. | Anna Berg
      # a name set off by commas after a common noun with a determiner or a possessive: the
      # noun is the name's, whatever noun it is
      The city's treasurer, Anna Berg, said: "[[The accounts are in order.]]"              | Anna Berg
      "[[The accounts are in order]]," the union's treasurer, Anna Berg, said.             | Anna Berg
      Ohio's state auditor, Tom Ash, told The Daily Post that the claims were "[[a storm in a teacup]]." | Tom Ash
      Her longtime bookkeeper, Dan Ito, said the figures were "[[beyond reproach]]."       | Dan Ito
      # a speech word after a possessive is a noun ("the council's claims"): the verb before it speaks
      Tom Ash told The Daily Post that the council's claims were "[[a storm in a teacup]]." | Tom Ash
      Ohio's state auditor, Tom Ash, said the voters' complaints were "[[fair but late]]." | Tom Ash
      # "she's" is "she has", no possessive: she speaks
      Anna Berg spoke on Monday. ¶ She's claimed the vote was "[[rigged from the start]]." | Anna Berg
      # a preposition other than for, to, with: the name may still speak
      A statement from Anna Berg said the plan was "[[a disgrace]]."                      | Anna Berg
      # a preposition inside a title before the name: the name speaks
      Deputy Secretary for Public Security Anna Berg said the depot was "[[never at risk]]." | Anna Berg
      "[[The borders are shut]]," Minister for Foreign Affairs Tom Ash said.               | Tom Ash
      "[[The clinics stay open]]," Minister for Health Tom Ash said.                       | Tom Ash
      # the object of a preposition in an earlier clause does not stop the subject speaking
      After a meeting with Tom Ash, Anna Berg said: "[[We agreed on nothing.]]"           | Anna Berg
      # a participle after a document its subject issued: the subject speaks
      Anna Berg issued a statement saying the plan was "[[a disgrace]]."                    | Anna Berg
      Anna Berg posted a message on Friday saying: "[[The plan is a disgrace.]]"           | Anna Berg
      # a compound title before the name
      "[[We stand by the story]]," said Editor-in-Chief Lena Park.                         | Lena Park
      # a pronoun stands for a subject before an object, and for the last speaker before an object
      "It is a new day," President Tom Ash said. ¶ The crowd cheered as he spoke, joined on stage by Governor Dan Ito. ¶ "[[Nobody will be forgotten]]," he said. | Tom Ash
      "It is a new day," Tom Ash said. ¶ The hall was full for the speech. ¶ The band played on, along with Mayor Dan Ito. ¶ "[[Nobody will be forgotten]]," he said. | Tom Ash
      # a title says a gender, unless the article keeps using the other gender's pronoun
      Spokeswoman Pat Ryder spoke first. ¶ "The depot was hit," Ryder said. He said the crews were safe. He said, "[[We will know more tomorrow.]]" | Pat Ryder
      # a quote in an aside between dashes or in brackets is not what the sentence's subject says
      Councilwoman Lena Park spoke on Monday. ¶ Mayor Anna Berg met the press. Asked about Park's "rough talk" - the new councilwoman had vowed to "shut the mill down," speaking of its owners - Anna Berg said it was a matter of taste. ¶ "[[I am not the language police]]," she told a radio host. | Anna Berg
      Councilwoman Lena Park spoke on Monday. ¶ Mayor Anna Berg met the press. Asked about Park's "rough talk" (the new councilwoman had vowed to "shut the mill down") Anna Berg said it was a matter of taste. ¶ "[[I am not the language police]]," she told a radio host. | Anna Berg
      Councilwoman Lena Park spoke on Monday. ¶ Park had vowed to "shut the mill down," and Mayor Anna Berg said it was a matter of taste. ¶ "[[We will shut it]]," she told a radio host. | Lena Park
      # a vice president is no president
      President Tom Ash and Vice President Anna Berg arrived. "[[We are ready]]," the vice president said. | Anna Berg
      President Tom Ash and Vice President Anna Berg arrived. "[[We are ready]]," the president said. | Tom Ash
      """)
  void speaks(String row, String speaker) {
    AttributionPhrasesTest.assertSpeaker(row, speaker);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
      # a possessive name before an organisation's head: the organisation speaks, not the person
      Anna Berg's campaign denied the story, calling it "[[pure fiction]]."                 | Anna Berg's campaign
      "[[The story is pure fiction]]," the Berg campaign said.                              | Berg campaign
      Tom Ash runs for mayor. ¶ Ash's campaign issued a statement saying the report is "[[baseless]]" and false. | Ash's campaign
      # a possessive of a name ending in s, with the apostrophe alone
      Tom Jones runs for mayor. ¶ "[[The report is baseless]]," Jones' campaign said on Friday. | Jones' campaign
      Tom Jones runs for mayor. ¶ "[[It is silly]]," Tom Jones’ campaign said.          | Tom Jones' campaign
      """)
  void organisationsSpeak(String row, String organisation) {
    Marked m = QuoteCases.parse(row);
    List<Quote> quotes = QuoteCases.directQuotes(m.body());
    for (int k = 0; k < m.marks().size(); k++) {
      for (Quote q : QuoteCases.foundFor(quotes, "a", m, k)) {
        assertThat(q.speaker()).isEqualTo(organisation);
        assertThat(q.organisation()).as("an organisation").isTrue();
        assertThat(q.person()).as("no person of the index").isEqualTo(-1);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
      # a country is no organisation that speaks: attributed, to nobody
      According to the United States, the dam is "[[safe]]".
      # a role of another party, or a role nobody holds
      Governor Tom Ash spoke. "[[We will appeal]]," the vice president said.
      # a noun set off by commas with no name in the group: nobody named
      The city's treasurer, who took office in May, said the accounts were "[[in order]]."
      # a name set off by commas after a verb or a preposition is no appositive of a subject
      Having warned the council, Anna Berg said she would wait. Speaking after Tom Ash, the treasurer said the figures were "[[beyond reproach]]."
      # a possessive speech noun with no speech verb before it: nobody named
      The council's claims were "[[pure invention]]," the report found.
      # a document the subject received or read says nothing of its author
      Anna Berg received a letter saying the plan was "[[a disgrace]]."
      Tom Ash saw a post on Friday saying the plan was "[[a disgrace]]."
      # the lawyer of people named in a plural possessive is nobody named, not the last speaker
      "The vote was fair," Anna Berg said. ¶ The Parkers' lawyer said the count was "[[a farce]]."
      # a single capitalized word the article never gives a title or a full name
      "[[We will appeal]]," Riverside said.
      # a name after "for", "to" or "with" is the object of the preposition, not the subject
      "[[We have nothing to add]]," a spokeswoman for Anna Berg said on Tuesday.
      An aide to Senator Tom Ash told reporters: "[[He is not running.]]"
      Lawyers for Dan Ito said the charges were "[[baseless]]."
      A source close to Mayor Lena Park said the deal was "[[all but done]]."
      "[[We will appeal]]," said a lawyer for Dan Ito.
      """)
  void nobodyNamed(String row) {
    AttributionPhrasesTest.assertSpeaker(row, null);
  }

  /** Roles read across the bundle: the last subject the bundle gives the role speaks. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
      # article a                              | article b                                                                                  | speaker in b
      Tom Ash, the Blue nominee, spoke first.   | Mia Lee, the Green nominee, spoke on Monday. Tom Ash attacked Mia Lee on Tuesday. "[[We will win]]," the nominee said. | Tom Ash
      """)
  void rolesAcrossArticles(String a, String row, String speaker) {
    AttributionPhrasesTest.assertSpeakerInB(a, row, speaker);
  }

  // --- terms ------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
      # a title-case name before the noun it names
      Crowds wore "[[Build The Bridge]]" hats at the rally.
      The "[[River Talk]]" tape came out in May.
      """)
  void termsMakeNoClaim(String row) {
    AttributionPhrasesTest.assertNoQuoteClaim(row);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
      # a title-case phrase someone is said to say stays a quote
      "[[Build The Bridge]]," Anna Berg shouted at the rally.                               | Anna Berg
      Anna Berg called the plan "[[A Bridge For Everyone]]" on Monday.                      | Anna Berg
      """)
  void titleCaseWordsSomeoneSaysStayQuotes(String row, String speaker) {
    AttributionPhrasesTest.assertSpeaker(row, speaker);
  }
}
