package dev.factx.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.analysis.Document;
import dev.factx.analysis.People;
import dev.factx.analysis.Tokens;
import dev.factx.extract.Docs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-document memo answers as the static tests it stands for, in any order of asking. */
class TermsMemoTest {
  private static final String TEXT = "On Tuesday, March 4, the Tarrow council's 12 members voted"
      + " 7-5 to spend $4.2bn (2.4bn euros) on three bridges and 1,250 homes; Ms. Okafor said"
      + " the vote's margin was thin. Forty-two residents, the 30s crowd, met on the 14th of May"
      + " at 9 a.m. and again in June. \"It is done,\" she said, \"and 2 more will follow.\" The"
      + " council's budget rose 12.37 million to 1,000,000 on Monday.";

  @Test
  void answersAsTheStaticTestsDo() {
    Document d = Docs.doc("m1", "2025-03-12", TEXT);
    Tokens tk = d.tokens();
    for (boolean backwards : new boolean[] {false, true}) {
      Terms.Memo memo = new Terms.Memo(tk);
      for (int n = 0; n < tk.size(); n++) {
        int i = backwards ? tk.size() - 1 - n : n;
        for (int to : new int[] {i + 1, Math.min(tk.size(), i + 2), tk.size()}) {
          assertThat(memo.isNumber(i, to)).as("isNumber %s to %d", tk.text(i), to)
              .isEqualTo(Terms.isNumber(tk, i, to));
          // asked twice: the remembered answer is the same
          assertThat(memo.isNumber(i, to)).isEqualTo(Terms.isNumber(tk, i, to));
        }
        assertThat(memo.content(i)).as("content %s", tk.text(i))
            .isEqualTo(Terms.content(tk, i));
        assertThat(memo.dateWord(i)).as("dateWord %s", tk.text(i))
            .isEqualTo(Terms.dateWord(tk, i));
        assertThat(memo.dateWord(i)).isEqualTo(Terms.dateWord(tk, i));
      }
    }
  }

  @Test
  void givesTheTermsOfAFreshMemoWhateverWasAskedBefore() {
    Document d = Docs.doc("m2", "2025-03-12", TEXT);
    People people = People.of(List.of(d));
    Tokens tk = d.tokens();
    Terms.Memo shared = new Terms.Memo(tk);
    // windows read again what statements read: every stretch through one memo
    for (int from = 0; from < tk.size(); from += 3) {
      for (int to = from; to <= Math.min(tk.size(), from + 17); to += 4) {
        assertThat(Terms.of(shared, d, people, from, to, 0, List.of("2025-03-04")))
            .as("tokens %d to %d", from, to)
            .isEqualTo(Terms.of(d, people, from, to, 0, List.of("2025-03-04")));
      }
    }
    assertThat(Terms.of(shared, d, people, 0, tk.size(), 0, List.of())).extracting(Terms.Term::key)
        .contains("w:bridg", "#4200000000", "w:okafor", "@tue");
  }
}
