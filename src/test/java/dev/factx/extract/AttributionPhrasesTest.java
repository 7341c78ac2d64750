package dev.factx.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.extract.QuoteCases.Marked;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who said a quote, as a careful reader of the article would name them: the attribution rules of
 * issue 15, each with positive and negative rows of our own writing.
 *
 * <p>A row is an article body (see {@link QuoteCases}: {@code [[...]]} marks the quoted words the
 * row is about, {@code ¶} a paragraph break); every marked quote must be found as a quote claim and
 * carry the expected speaker: the person's full name as the article (or the bundle) gives it,
 * titles and honorifics left off, so "Mr. Ash" after "Tom Ash" is Tom Ash. An organisation that
 * speaks is named as the text names it, without "the". The rows go through the whole pipeline
 * ({@link dev.factx.CrossReferencer#extract}), so they hold whatever the analysis looks like
 * inside.
 *
 * <p>CSV quoting is off ({@code quoteCharacter} is a sign no row uses), since rows begin with quote
 * marks and apostrophes.
 */
class AttributionPhrasesTest {
  /** Every marked quote of the row's one article is found and spoken by {@code speaker}. */
  static void assertSpeaker(String row, String speaker) {
    Marked m = QuoteCases.parse(row);
    assertSpeakers(QuoteCases.directQuotes(m.body()), "a", m, speaker);
  }

  /** Every marked quote of article b (after article a) is found and spoken by {@code speaker}. */
  static void assertSpeakerInB(String a, String row, String speaker) {
    Marked m = QuoteCases.parse(row);
    assertSpeakers(QuoteCases.directQuotes(a, m.body()), "b", m, speaker);
  }

  private static void assertSpeakers(List<Quote> quotes, String article, Marked m,
      String speaker) {
    for (int k = 0; k < m.marks().size(); k++) {
      for (Quote q : QuoteCases.foundFor(quotes, article, m, k)) {
        assertThat(q.speaker()).as("speaker of \"%s\"", q.text()).isEqualTo(speaker);
      }
    }
  }

  /** No quote claim lies over a marked passage of the row's one article: it is a term. */
  static void assertNoQuoteClaim(String row) {
    Marked m = QuoteCases.parse(row);
    List<Quote> quotes = QuoteCases.directQuotes(m.body());
    for (int k = 0; k < m.marks().size(); k++) {
      assertThat(QuoteCases.over(quotes, "a", m.marks().get(k)))
          .as("quote claims over the term [[%s]]", m.text(k))
          .isEmpty();
    }
  }

  // --- rule 1: speech verbs before or after the quote, the speaker before or after the verb -----

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
      # "...," NAME said / "...," said NAME / NAME said: "..."
      "[[The bridge will open in May]]," Anna Berg said.                                   | Anna Berg
      "[[The bridge will open in May]]," said Anna Berg.                                   | Anna Berg
      "[[The bridge will open in May]]," Anna Berg says.                                   | Anna Berg
      Anna Berg said: "[[The bridge will open in May.]]"                                   | Anna Berg
      Anna Berg said, "[[The bridge will open in May.]]"                                   | Anna Berg
      # the verb with an object or circumstances before the quote or after it
      "[[The bridge will open in May]]," Anna Berg told reporters on Tuesday.              | Anna Berg
      "[[The bridge will open in May]]," Anna Berg told the council.                       | Anna Berg
      Anna Berg told reporters that "[[the bridge will open in May]]."                     | Anna Berg
      "[[The bridge will open in May]]," Anna Berg said in a statement.                    | Anna Berg
      In a statement, Anna Berg said: "[[The bridge will open in May.]]"                   | Anna Berg
      Anna Berg said in a statement on Friday: "[[The bridge will open in May.]]"          | Anna Berg
      "[[The bridge will open in May]]," Anna Berg said in an interview on local radio on Friday. | Anna Berg
      # a title before the name after the verb
      "[[My client was nowhere near the bridge]]," said defence lawyer Carla Menon.        | Carla Menon
      "[[My client was nowhere near the bridge]]," said Carla Menon, the defence lawyer.   | Carla Menon
      # according to
      According to Anna Berg, "[[the bridge will open in May]]."                           | Anna Berg
      The bridge "[[will open in May]]," according to Anna Berg.                           | Anna Berg
      # writing and posting
      Anna Berg wrote on Twitter: "[[The bridge will open in May.]]"                       | Anna Berg
      "[[The bridge will open in May]]," Anna Berg wrote on Twitter.                       | Anna Berg
      "[[The bridge will open in May!]]" Anna Berg tweeted.                                | Anna Berg
      Anna Berg posted on Facebook: "[[The bridge will open in May.]]"                     | Anna Berg
      # verbs and verb phrases beyond said
      "[[The bridge will open in May]]," Anna Berg insisted.                               | Anna Berg
      "[[The bridge will open in May]]," Anna Berg went on to say.                         | Anna Berg
      Anna Berg was quick to reply: "[[The bridge will open in May.]]"                     | Anna Berg
      Anna Berg nevertheless said the bridge would open "[[before the first snow]]."       | Anna Berg
      Anna Berg herself said on Friday that the delay was "[[a scandal]]."                 | Anna Berg
      Anna Berg pleaded with residents not to "[[lose faith in the council]]."             | Anna Berg
      Anna Berg warned Dan Ito would "[[lose the vote]]" if he waited.                     | Anna Berg
      # participles and relative clauses speak for the subject of their sentence
      Anna Berg defended the plan, saying: "[[The bridge will open in May.]]"              | Anna Berg
      Anna Berg defended the plan on Monday, saying on Twitter that "[[the bridge will open in May]]." | Anna Berg
      Anna Berg answered on Monday, telling the council: "[[The bridge will open in May.]]" | Anna Berg
      Anna Berg answered quickly, telling a radio host it was "[[far too early to judge]]." | Anna Berg
      Anna Berg apologized later, writing "[[I judged the council too quickly]]."          | Anna Berg
      Anna Berg rejected the report, accusing the council of "[[wasting a whole year]]."   | Anna Berg
      Anna Berg praised the engineers, calling the work "[[a small miracle]]."             | Anna Berg
      The plan drew criticism even from Anna Berg, who said "[[the bridge is years late]]." | Anna Berg
      # names beyond ASCII, with initials, hyphens and suffixes
      "[[The bridge will open in May]]," Marta Calderón told reporters.                    | Marta Calderón
      "[[The bridge will open in May]]," said Iñigo Núñez.                                 | Iñigo Núñez
      "[[The bridge will open in May]]," Олена Коваль said.                                | Олена Коваль
      "[[The bridge will open in May]]," Ana M. Ruiz told reporters.                       | Ana M. Ruiz
      "[[The bridge will open in May]]," Tom Ash Jr. said in a statement.                  | Tom Ash Jr.
      "[[The bridge will open in May]]," said Anne-Marie O'Neill.                          | Anne-Marie O'Neill
      """)
  void speechVerbs(String row, String speaker) {
    assertSpeaker(row, speaker);
  }

  // --- rule 2: titles and appositives around the name --------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
      # a title or rank before the name
      Judge Helen Ward said: "[[The hearing will resume on Monday.]]"                      | Helen Ward
      "[[The hearing will resume on Monday]]," Judge Helen Ward said.                      | Helen Ward
      "[[The hearing will resume on Monday]]," said Prosecutor Dan Ito.                    | Dan Ito
      "[[We will appeal]]," Sen. Maria Lopez told reporters.                               | Maria Lopez
      "[[We will appeal]]," Rep. Tom Ash said.                                             | Tom Ash
      "[[The strike hit a depot]]," Maj. Gen. Pat Ryder told reporters.                    | Pat Ryder
      "[[The strike hit a depot]]," Pentagon press secretary Maj. Gen. Pat Ryder said.     | Pat Ryder
      "[[The strike hit a depot]]," said Lt. Col. Ana Ruiz, a spokeswoman for the brigade. | Ana Ruiz
      "[[The wound was shallow]]," Dr. Lena Park said.                                     | Lena Park
      # a place, party or body after the name is not the speaker
      Senator Maria Lopez of Ohio said: "[[We will appeal.]]"                              | Maria Lopez
      "[[We will appeal]]," Senator Maria Lopez of Ohio said.                              | Maria Lopez
      "[[We will appeal]]," said Governor Tom Ash of New Mexico.                           | Tom Ash
      "[[We will appeal]]," said Sen. Maria Lopez, D-Ohio.                                 | Maria Lopez
      "[[We will appeal]]," said Sen. Maria Lopez (D-Ohio).                                | Maria Lopez
      "[[We will appeal]]," said Anna Berg of the Riverside Tenants Union.                 | Anna Berg
      "[[We will appeal]]," Senator Maria Lopez of Ohio, the party's leader, said, adding that the court should wait "[[until the facts are in]]." | Maria Lopez
      # an appositive between the name and the verb
      Dan Ito, the acting deputy chief of staff, said: "[[The review is finished.]]"       | Dan Ito
      "[[The review is finished]]," said Dan Ito, the acting deputy chief of staff.        | Dan Ito
      The Pentagon's spokesman, Maj. Gen. Pat Ryder, said: "[[The strike hit a depot.]]"   | Pat Ryder
      Rep. Tom Ash, R-Texas, who chairs the panel, said in a statement: "[[The review is finished.]]" | Tom Ash
      Former Mayor Tom Ash, who led the city from 2001 to 2009, said: "[[The review is finished.]]" | Tom Ash
      The aide, Lena Park, 31, who worked for the mayor for six years, wrote that the council should "[[try a little honesty]]." | Lena Park
      # honorifics and surnames resolve to the full name the article gives
      Anna Berg runs the tenants union. ¶ "[[The review is finished]]," Ms. Berg said.      | Anna Berg
      Tom Ash chairs the panel. ¶ "[[The review is finished]]," Mr. Ash said.               | Tom Ash
      Tom Ash chairs the panel. ¶ "[[The review is finished]]," Ash said.                   | Tom Ash
      Tom Ash chairs the panel. ¶ "[[I will not resign]]," said Mr. Ash, who spoke for ten minutes. | Tom Ash
      Tom Ash and his sister, Mia Ash, run the firm. ¶ "[[The review is finished]]," Mr. Ash said. | Tom Ash
      Tom Ash and his sister, Mia Ash, run the firm. ¶ "[[The review is finished]]," Ms. Ash said. | Mia Ash
      """)
  void titlesAndAppositives(String row, String speaker) {
    assertSpeaker(row, speaker);
  }

  // --- rule 3: quotes that continue a speaker; a split quote is one quote ----------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
      # a further quote in the paragraph of an attributed one
      "The bridge will open in May," Anna Berg said. "[[The money is already there.]]"     | Anna Berg
      "The bridge will open in May," Anna Berg said on Friday. "[[The money is there. We only need the permits.]]" | Anna Berg
      "The bridge will open in May," Anna Berg told reporters after the vote. "[[The money is there.]]" | Anna Berg
      "Is it safe? Yes," Anna Berg said. "The money is there. [[And it will stay there.]]" | Anna Berg
      # He added: after an attributed paragraph
      "The bridge will open in May," Tom Ash said. ¶ He added: "[[The money is already there.]]" | Tom Ash
      "The bridge will open in May," Tom Ash said. ¶ He continued: "[[The money is already there.]]" | Tom Ash
      # a paragraph that is only a quote carries on the speaker before it
      "The bridge will open in May," Tom Ash said. ¶ "[[The money is already there.]]"      | Tom Ash
      "The bridge will open in May," Tom Ash said. ¶ "The money is already there." ¶ "[[We only need the permits.]]" | Tom Ash
      # ... and so does a paragraph that introduces it
      Tom Ash answered on Facebook: ¶ "[[The bridge will open in May.]]"                   | Tom Ash
      Tom Ash went further on Thursday, tweeting: ¶ "[[The bridge will open in May.]]"     | Tom Ash
      # a quote left open at a paragraph end goes on in the next paragraph
      Anna Berg said: "The storm took the bridge. ¶ "[[We will rebuild it before winter.]]" | Anna Berg
      Anna Berg said: "[[The storm took the bridge.]] ¶ "We will rebuild it before winter." | Anna Berg
      # a quote split by its attribution: both parts have the speaker
      "[[We will rebuild]]," Anna Berg said, "and we will do it this year."                | Anna Berg
      "We will rebuild," Anna Berg said, "[[and we will do it this year.]]"                | Anna Berg
      Tom Ash spoke last. ¶ "[[This town]]," he declared, "[[deserves a new bridge.]]"      | Tom Ash
      # one attribution for a list of fragments
      Anna Berg wrote that the council should "[[stop the delays]]," "[[publish the costs]]" and "[[listen to residents]]." | Anna Berg
      # a new attribution wins over the speaker before
      "The bridge will open in May," Tom Ash said. ¶ "[[It will not]]," Anna Berg replied.  | Anna Berg
      "The bridge will open in May," Tom Ash said. "[[It will not]]," Anna Berg replied.   | Anna Berg
      """)
  void continuation(String row, String speaker) {
    assertSpeaker(row, speaker);
  }

  // --- rule 4: pronouns and role nouns, resolved to the nearest compatible person ---------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
      # the nearest person before, in this sentence, an earlier one or an earlier paragraph
      Anna Berg opened the meeting. "[[The bridge will open in May]]," she said.           | Anna Berg
      Tom Ash led the inquiry. The report runs to 300 pages. "[[Nobody read it]]," he said. | Tom Ash
      Tom Ash led the inquiry. ¶ "[[Nobody read it]]," he said.                            | Tom Ash
      Tom Ash led the inquiry. ¶ The report runs to 300 pages and took two years. ¶ "[[Nobody read it]]," he said. | Tom Ash
      # compatible in gender, as honorifics, gendered titles and pronouns show it
      Ms. Anna Berg met Tom Ash on Monday. "[[Nobody read it]]," he said.                  | Tom Ash
      Tom Ash met the spokeswoman, Lena Park, on Monday. "[[Nobody read it]]," she said.   | Lena Park
      Anna Berg thanked Tom Ash for his report. "[[Nobody read it]]," she said.            | Anna Berg
      # the subject of the sentence before, not a person it mentions
      Tom Ash criticized Dan Ito's report on Monday. "[[Nobody read it]]," he said.        | Tom Ash
      Tom Ash, for his part, doubts that Dan Ito can finish the job. "[[Nobody read it]]," he said. | Tom Ash
      Tom Ash spoke after the governor, Dan Ito. He was brief. "[[Nobody read it]]," he said. | Tom Ash
      "The report is late," Anna Berg told radio host Lena Park. ¶ "[[Nobody read it]]," she concluded. | Anna Berg
      Anna Berg criticized the Ash administration for its secrecy. "[[Nobody read it]]," she said. | Anna Berg
      # never a person named inside the quote
      Tom Ash spoke first. "[[Anna Berg has done nothing for this town]]," he said.        | Tom Ash
      Ms. Anna Berg spoke next. "[[I have known Tom Ash for years, and he is wrong]]," she said. | Anna Berg
      Anna Berg spoke first. "[[I told Lena Park the report was late]]," she said.         | Anna Berg
      "I trust Dan Ito," Tom Ash said. ¶ "[[He knows the river]]," he added.               | Tom Ash
      # role nouns name the nearest person who holds the role
      Tom Ash, the governor, signed the bill. "[[It is a good day]]," the governor said.   | Tom Ash
      Governor Tom Ash signed the bill. Mayor Anna Berg was there. "[[It is a good day]]," the governor said. | Tom Ash
      Senator Maria Lopez of Ohio voted against. ¶ "[[It is a bad day]]," the senator said. | Maria Lopez
      Spokeswoman Lena Park took questions. "[[The review is finished]]," the spokeswoman said. | Lena Park
      President Tom Ash endorsed Anna Berg on Monday. "[[She is ready]]," the president said. | Tom Ash
      Tom Ash, the party's nominee, spoke on Friday. ¶ "[[We will win]]," the nominee said. | Tom Ash
      # a statement speaks for its author
      Dan Ito released a statement on Monday. ¶ "[[We will appeal]]," the statement said. | Dan Ito
      "We will appeal," Dan Ito said in a statement. ¶ "[[The ruling is wrong]]," the statement continued. | Dan Ito
      # a byline or a photo credit is never the antecedent
      By Dan Ito ¶ Tom Ash led the inquiry. ¶ "[[Nobody read it]]," he said.               | Tom Ash
      Tom Ash led the inquiry. ¶ Photo: Dan Ito/City News ¶ "[[Nobody read it]]," he said. | Tom Ash
      """)
  void pronounsAndRoleNouns(String row, String speaker) {
    assertSpeaker(row, speaker);
  }

  // --- rule 5: organisations speak as organisations ----------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
      "[[The talks will go on]]," the White House said.                                    | White House
      The Kremlin said in a statement: "[[The talks will go on.]]"                         | Kremlin
      "[[The talks will go on]]," the State Department said in a statement.                | State Department
      According to the Pentagon, "[[the strike hit a depot]]."                             | Pentagon
      "[[Two men were arrested]]," the Riverside Police Department said.                   | Riverside Police Department
      The Interior Ministry closed the roads on Monday. In a statement, the ministry said "[[the roads will reopen on Friday]]." | Interior Ministry
      "[[We will win this county]]," the Ash campaign said in a statement.                 | Ash campaign
      """)
  void organisations(String row, String speaker) {
    assertSpeaker(row, speaker);
  }

  // --- rule 6: quote forms of real copy ----------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
      # '' as a closing mark, `` as an opening one
      "[[The bridge will open in May,]]'' Anna Berg said.                                  | Anna Berg
      ``[[The bridge will open in May,]]'' Anna Berg said.                                 | Anna Berg
      # curly and straight marks mixed
      “[[The bridge will open in May,]]" Anna Berg said.                                   | Anna Berg
      "[[The bridge will open in May,]]” Anna Berg said.                                   | Anna Berg
      # a mark glued to the next word
      "[[The bridge will open in May,]]"Anna Berg said.                                    | Anna Berg
      Anna Berg said:"[[The bridge will open in May.]]"                                    | Anna Berg
      Anna Berg said,“[[The bridge will open in May.]]”                                    | Anna Berg
      # single quotes in headline style
      Berg vows '[[we will rebuild the bridge]]' after flood ¶ Mayor Anna Berg spoke on Monday. | Anna Berg
      Berg: '[[We will rebuild the bridge]]' ¶ Mayor Anna Berg spoke on Monday.             | Anna Berg
      # quotes inside quotes
      Anna Berg said: "[[They called it 'a farce' at the hearing, and they were wrong.]]"  | Anna Berg
      Tom Ash wrote: “[[Anna Berg apologized for using the “worst word” on air.]]”         | Tom Ash
      # a closing mark left out before the attribution
      "[[Dan Ito has made claims nobody can check]], Anna Berg said. "He is wrong."        | Anna Berg
      """)
  void quoteForms(String row, String speaker) {
    assertSpeaker(row, speaker);
  }

  // --- rule 7: a fragment someone said is a quote with its speaker -----------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
      Anna Berg called the plan "[[a disgrace]]".                                          | Anna Berg
      Anna Berg spoke on Monday. She called the plan "[[a disgrace]]".                     | Anna Berg
      Anna Berg described the site as "[[unsafe for children]]".                           | Anna Berg
      Tom Ash referred to one reporter as a "[[clown]]".                                   | Tom Ash
      Tom Ash vowed to "[[fight for every job]]" in the county.                            | Tom Ash
      Tom Ash lashed out at what he called "[[a rigged process]]".                         | Tom Ash
      Anna Berg said the talks were "[[going nowhere]]".                                   | Anna Berg
      Tom Ash said he was seeking "[[a fresh start]]".                                     | Tom Ash
      Anna Berg accused the council of "[[wasting a whole year]]" and "[[hiding the costs]]". | Anna Berg
      """)
  void fragments(String row, String speaker) {
    assertSpeaker(row, speaker);
  }

  // --- the bundle's people: a surname resolves through every article --------------------------

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
      # article a                                 | article b                                           | speaker in b
      Mayor Anna Berg spoke on Monday.             | "[[The bridge will open in May]]," Berg said.        | Anna Berg
      Mayor Anna Berg spoke on Monday.             | "[[The bridge will open in May]]," Ms. Berg said.    | Anna Berg
      "It will open," said Judge Helen Ward.       | "[[The hearing will resume]]," the judge said.       | Helen Ward
      """)
  void acrossArticles(String a, String row, String speaker) {
    assertSpeakerInB(a, row, speaker);
  }

  // --- negative: no speaker where the text names none -------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
      # nobody is named (rule 1)
      "[[The bridge will open in May]]," a city official said.
      "[[The bridge will open in May]]," one resident said.
      "[[The bridge will open in May]]," officials said.
      "[[The bridge will open in May]]," said a source close to the council.
      "[[We will appeal]]," said the senator from Ohio.
      # no person before the pronoun or role noun, or none compatible (rule 4)
      "[[Nobody read it]]," he said.
      Ms. Anna Berg opened the meeting. "[[Nobody read it]]," he said.
      "[[It is a good day]]," the governor said.
      By Dan Ito ¶ "[[Nobody read it]]," he said.
      Photo: Dan Ito/City News ¶ "[[Nobody read it]]," he said.
      # narration between an attributed quote and a quote paragraph ends the speech (rule 3)
      "The bridge will open in May," Tom Ash said. ¶ The council met on Monday. ¶ "[[The money is there.]]"
      The town has waited ten years for a bridge. ¶ "[[The money is there.]]"
      # an unnamed organisation (rule 5)
      "[[The roads will reopen]]," the ministry said.
      """)
  void noSpeaker(String row) {
    assertSpeaker(row, null);
  }

  // --- negative: a person the text names is not the speaker -------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
      # the person is the one spoken for or about (rule 1)
      "[[The bridge will open in May]]," Anna Berg's lawyer said.                          | Anna Berg
      "[[The bridge will open in May]]," said a spokesman for Anna Berg.                   | Anna Berg
      "[[The bridge will open in May]]," Anna Berg was told.                               | Anna Berg
      Asked directly, "[[Will the bridge open in May?]]" Anna Berg replied, "We will see." | Anna Berg
      Anna Berg warned Dan Ito would "[[lose the vote]]" if he waited.                     | Dan Ito
      # the place after a senator's name (rule 2)
      Senator Maria Lopez of Ohio said: "[[We will appeal.]]"                              | Ohio
      "[[We will appeal]]," Senator Maria Lopez of Ohio, the party's leader, said.         | Ohio
      # a person named in the quote, or a role that does not fit (rule 4)
      Tom Ash spoke first. "[[Anna Berg has done nothing for this town]]," he said.        | Anna Berg
      "I met Dan Ito on Monday," Tom Ash said. "[[He has no plan at all]]," he said.       | Dan Ito
      Tom Ash, the mayor, opened the meeting. "[[It is a good day]]," the governor said.   | Tom Ash
      # an organisation named after a person, or a person working for one (rule 5)
      Tom Ash runs the campaign. "[[We will win this county]]," the Ash campaign said.     | Tom Ash
      Anna Berg works at the White House. "[[The talks will go on]]," the White House said. | Anna Berg
      # words of another person that the speaker echoes (rule 7)
      Tom Ash said Anna Berg's promise of "[[more buses]]" had not been kept.              | Tom Ash
      """)
  void notSpokenBy(String row, String person) {
    Marked m = QuoteCases.parse(row);
    List<Quote> quotes = QuoteCases.directQuotes(m.body());
    String surname = person.substring(person.lastIndexOf(' ') + 1);
    for (int k = 0; k < m.marks().size(); k++) {
      for (Quote q : QuoteCases.foundFor(quotes, "a", m, k)) {
        assertThat(q.speaker()).as("speaker of \"%s\"", q.text()).isNotIn(person, surname);
      }
    }
  }

  // --- negative: scare quotes and quoted terms are not statements (rule 7) ----------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
      # a term the writer marks, with no speaker and no speech verb
      Residents left the so-called "[[red zone]]" on Friday.
      The word "[[resilience]]" appears 40 times in the report.
      The operation, code-named "[[Clear Water]]", began at dawn.
      Known locally as "[[the Steps]]", the old bridge was closed in May.
      The town's "[[temporary]]" ferry has now run for six years.
      # titles of works and programmes
      The council's report, titled "[[A Bridge Too Late]]", came out on Monday.
      The film "[[River of Light]]" opens on Friday.
      Anna Berg told Channel 4's "[[River Talk]]" on Sunday that the bridge would open in May.
      """)
  void notAStatement(String row) {
    assertNoQuoteClaim(row);
  }
}
