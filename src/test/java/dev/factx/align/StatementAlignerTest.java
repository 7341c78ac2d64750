package dev.factx.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.analysis.Document;
import dev.factx.analysis.People;
import dev.factx.extract.Claim;
import dev.factx.extract.DateExtractor;
import dev.factx.extract.Docs;
import dev.factx.extract.NumberExtractor;
import dev.factx.extract.NumericClaim;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The alignment stage on articles of our own writing. */
class StatementAlignerTest {
  private static final String DATE = "2025-03-12";

  /** The alignment of some documents read as one bundle, with their figures and dates. */
  private static Alignment align(Document... docs) {
    return align(new StatementAligner(), List.of(docs));
  }

  private static Alignment align(StatementAligner aligner, List<Document> docs) {
    List<Claim> claims = new ArrayList<>();
    claims.addAll(Docs.extract(new NumberExtractor(), docs));
    claims.addAll(Docs.extract(new DateExtractor(), docs));
    return aligner.align(docs, People.of(docs), claims);
  }

  private static Statement statement(Alignment a, Document d, String words) {
    for (Statement s : a.statements(d.article().id())) {
      if (s.source().of(d.article().body()).contains(words)) {
        return s;
      }
    }
    throw new AssertionError("no statement holds: " + words);
  }

  private static NumericClaim figure(Document d, String text) {
    return Docs.extract(new NumberExtractor(), d).stream()
        .filter(c -> c.text().contains(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no figure " + text));
  }

  @Test
  void alignsTheStatementsThatReportTheSameThingInOtherWords() {
    Document a = Docs.doc("a", DATE, "A fire at the Kessler paint depot in Alder Bay killed twelve"
        + " workers on Tuesday, police said. The town council meets every second week.");
    Document b = Docs.doc("b", DATE, "Twelve workers died when fire tore through the Kessler"
        + " depot in Alder Bay on March 11. Rain is expected on the coast by the weekend.");
    Alignment al = align(a, b);
    Link l = al.link(statement(al, a, "Kessler paint depot"), statement(al, b, "tore through"));
    assertThat(l).isNotNull();
    assertThat(l.basis()).isEqualTo(Link.Basis.WORDS);
    assertThat(l.score()).isBetween(new java.math.BigDecimal("0.2"), java.math.BigDecimal.ONE);
    assertThat(al.link(statement(al, a, "council meets"), statement(al, b, "Rain is expected")))
        .isNull();
    assertThat(al.link(statement(al, a, "Kessler paint depot"), statement(al, b, "Rain")))
        .isNull();
  }

  @Test
  void aCopyIsACopyAndACopyWithAFigureChangedIsOneToo() {
    String text = "The regional water board approved a budget of 4.2 million euros for the new"
        + " treatment plant on the river.";
    Document a = Docs.doc("a", DATE, text);
    Document b = Docs.doc("b", DATE, text);
    Document c = Docs.doc("c", DATE, text.replace("4.2", "5.2"));
    Alignment al = align(a, b, c);
    Link same = al.link(statement(al, a, "water board"), statement(al, b, "water board"));
    assertThat(same.basis()).isEqualTo(Link.Basis.COPY);
    assertThat(same.score()).isEqualByComparingTo("1");
    Link changed = al.link(statement(al, a, "water board"), statement(al, c, "water board"));
    assertThat(changed.basis()).isEqualTo(Link.Basis.COPY);
    assertThat(changed.score()).isEqualByComparingTo("0.9");
    assertThat(al.aligned(figure(a, "4.2"), figure(c, "5.2"))).isTrue();
  }

  @Test
  void cutsSentencesIntoClausesAtWhichAndSemicolons() {
    Document d = Docs.doc("a", DATE, "The plant near the harbour closed in June, which cost the"
        + " town about 300 jobs; the mayor called an emergency meeting of the council.");
    Alignment al = align(d);
    assertThat(al.statements("a")).extracting(s -> s.source().of(d.article().body()))
        .containsExactly("The plant near the harbour closed in June",
            "which cost the town about 300 jobs",
            "the mayor called an emergency meeting of the council.");
  }

  @Test
  void aShortPieceIsNotCutOff() {
    Document d = Docs.doc("a", DATE, "Prices rose, which hurt; they said so.");
    assertThat(align(d).statements("a")).hasSize(1);
  }

  @Test
  void aListOfSumsIsOneStatementASum() {
    Document d = Docs.doc("a", DATE, "The filing lists $4,100.50 on a cruise, $2,306.08 at a theme"
        + " park and more than $900 at a steakhouse.");
    assertThat(align(d).statements("a")).extracting(s -> s.source().of(d.article().body()))
        .containsExactly("The filing lists $4,100.50 on a cruise", "$2,306.08 at a theme park",
            "more than $900 at a steakhouse.");
  }

  @Test
  void theWordsAroundTwoFiguresAloneMayAlignThemForAnAgreementOnly() {
    // the sentences share little beyond "residents were evacuated from their farms"; at a
    // statement threshold they do not reach, only the figures' windows align
    Document a = Docs.doc("a", DATE, "Inspectors from the state environment agency took samples"
        + " along the valley orchards and the ferry landing on Sunday as about 2,300 residents were"
        + " evacuated from their farms.");
    Document b = Docs.doc("b", DATE, "Some 2,300 residents were evacuated from their farms by"
        + " buses that volunteers drove through the night, and the Red Cross opened shelters in"
        + " three school gyms.");
    Alignment al = align(new StatementAligner(0.6, StatementAligner.FIGURE_THRESHOLD, 0),
        List.of(a, b));
    NumericClaim x = figure(a, "2,300");
    NumericClaim y = figure(b, "2,300");
    Link l = al.link(x, y);
    assertThat(l).isNotNull();
    assertThat(l.basis()).isEqualTo(Link.Basis.FIGURE);
    assertThat(l.statements()).isFalse();
    assertThat(al.aligned(x, y)).as("a discrepancy may not rest on it").isFalse();
    assertThat(al.link(al.statementOf(x), al.statementOf(y))).isNull();
  }

  @Test
  void aClaimStandsInOneStatementAndClaimsOfOneArticleAreNeverLinked() {
    Document a = Docs.doc("a", DATE, "The ferry carried 212 passengers, which was the most it"
        + " had carried this year. It left the port at dawn with nine crew members on board.");
    Alignment al = align(a);
    NumericClaim passengers = figure(a, "212");
    NumericClaim crew = figure(a, "nine");
    assertThat(al.statementOf(passengers).source().of(a.article().body()))
        .isEqualTo("The ferry carried 212 passengers");
    assertThat(al.statementOf(crew).index()).isEqualTo(2);
    assertThat(al.link(passengers, crew)).isNull();
  }

  @Test
  void aPersonIsOneTermHoweverTheArticlesNameThem() {
    Document a = Docs.doc("a", DATE, "Senator Dana Whitcombe said on Monday that the harbour bill"
        + " would pass.");
    Document b = Docs.doc("b", DATE, "Ms. Whitcombe told reporters the harbour bill would pass.");
    List<Document> docs = List.of(a, b);
    People people = People.of(docs);
    List<String> ta = keys(a, people);
    List<String> tb = keys(b, people);
    assertThat(ta).filteredOn(k -> k.startsWith("p:")).hasSize(1);
    assertThat(tb).filteredOn(k -> k.startsWith("p:")).isEqualTo(
        ta.stream().filter(k -> k.startsWith("p:")).toList());
  }

  @Test
  void figuresAreTermsByValueAndByValueRoundedToTwoDigits() {
    Document a = Docs.doc("a", DATE, "The firm finished a $12.37 million expansion last year.");
    Document b = Docs.doc("b", DATE, "The firm finished a $12.4 million expansion last year.");
    People people = People.of(List.of(a, b));
    assertThat(keys(a, people)).contains("#12370000", "~12000000").doesNotContain("#12400000");
    assertThat(keys(b, people)).contains("#12400000", "~12000000");
    Document c = Docs.doc("c", DATE, "In his 30s he ran the 14th precinct for four years.");
    assertThat(keys(c, People.of(List.of(c)))).contains("#14th", "#4").doesNotContain("#30");
  }

  @Test
  void theBasisOfAGroupTiesEachClaimToAnEarlierOne() {
    String s = "The storm flooded the low streets of Marlow overnight and cut power to";
    Document a = Docs.doc("a", DATE, s + " 3,000 homes.");
    Document b = Docs.doc("b", DATE, s + " 3,000 homes, the utility said.");
    Document c = Docs.doc("c", DATE, "Bakers in the old town sold 3,000 loaves.");
    Alignment al = align(a, b, c);
    List<Link> basis = al.basis(List.of(figure(a, "3,000"), figure(b, "3,000"),
        figure(c, "3,000")));
    assertThat(basis).singleElement().satisfies(l -> {
      assertThat(l.a().articleId()).isEqualTo("a");
      assertThat(l.b().articleId()).isEqualTo("b");
    });
  }

  // ---------------------------------------------------------------------------------------------
  // linear, and no pair lost because the bundle grows

  /** Article {@code i} of a story many outlets tell in their own words, one figure shared. */
  private static Document outlet(int i) {
    String[] verbs = {"killed", "left dead", "claimed the lives of", "took the lives of"};
    String[] places = {"the grain silo", "the silo", "the grain store", "the old silo"};
    return Docs.doc("o" + i, DATE, "A blast at " + places[i % 4] + " outside Tarrow "
        + verbs[(i / 4) % 4] + " four workers on Tuesday, outlet " + i + " of " + (i * 7 + 3)
        + " reported in its edition number " + (i * 13 + 1) + ". Other news of day " + i
        + " followed in section " + (i * 3 + 2) + ".");
  }

  private static List<Document> outlets(int n) {
    List<Document> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(outlet(i));
    }
    return out;
  }

  @Test
  void aPairAlignedStaysAlignedWithItsScoreWhenArticlesAreAdded() {
    Alignment before = align(new StatementAligner(), outlets(8));
    Alignment after = align(new StatementAligner(), outlets(400));
    int links = 0;
    for (int i = 0; i < 8; i++) {
      for (int j = i + 1; j < 8; j++) {
        for (Statement x : before.statements("o" + i)) {
          for (Statement y : before.statements("o" + j)) {
            Link l = before.link(x, y);
            if (l != null) {
              links++;
              Link still = after.link(after.statements("o" + i).get(x.index()),
                  after.statements("o" + j).get(y.index()));
              assertThat(still).as("o%d ~ o%d", i, j).isNotNull();
              assertThat(still.score()).isEqualTo(l.score());
            }
          }
        }
      }
    }
    assertThat(links).as("the eight outlets tell one story").isGreaterThanOrEqualTo(20);
  }

  @Test
  void theWorkPerStatementDoesNotGrowWithTheBundle() {
    StatementAligner atN = new StatementAligner();
    align(atN, outlets(200));
    StatementAligner at4N = new StatementAligner();
    align(at4N, outlets(800));
    assertThat(at4N.visitedPerNode).isLessThanOrEqualTo(1.1 * atN.visitedPerNode + 1);
    assertThat(at4N.visitedPerNode).isLessThanOrEqualTo(30.0 * NodeIndex.WINDOW);
  }

  private static List<String> keys(Document d, People people) {
    var tk = d.tokens();
    return Terms.of(d, people, 0, tk.size(), 0, List.of()).stream().map(Terms.Term::key).toList();
  }
}
