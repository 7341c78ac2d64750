package dev.factx.align;

import dev.factx.CrossReferencer;
import dev.factx.Report;
import dev.factx.analysis.Document;
import dev.factx.analysis.People;
import dev.factx.bundle.Article;
import dev.factx.bundle.Bundle;
import dev.factx.bundle.BundleInputs;
import dev.factx.bundle.InputFormat;
import dev.factx.bundle.Location;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

/**
 * Prints every alignment of a bundle as JSON, for measuring the stage against labelled items (a
 * tool, not a test): {@code AlignmentDump BUNDLE [STATEMENT_THRESHOLD FIGURE_THRESHOLD PARTNERS]}.
 * Every pair of statements of two articles is asked, so it is quadratic: for small bundles only.
 */
public final class AlignmentDump {
  private AlignmentDump() {}

  public static void main(String[] args) throws Exception {
    Bundle bundle = BundleInputs.readAll(List.of(args[0]), InputFormat.AUTO,
        new ByteArrayInputStream(new byte[0]), note -> {});
    Report extracted = CrossReferencer.extract(bundle.story(), bundle.articles());
    List<Document> docs = extracted.documents();
    if (args.length > 2 && args[1].equals("terms")) {
      People people = People.of(docs);
      for (Document d : docs) {
        for (Statement st : new StatementAligner().align(docs, people, extracted.claims())
            .statements(d.article().id())) {
          String text = st.source().of(d.article().body());
          if (text.contains(args[2])) {
            var tk = d.tokens();
            int from = tk.firstAtOrAfter(st.span().start());
            int to = from;
            while (to < tk.size() && tk.end(to) <= st.span().end()) {
              to++;
            }
            System.out.println(d.article().id() + ": " + text + "\n   "
                + Terms.of(d, people, from, to, -1, List.of()));
          }
        }
      }
      return;
    }
    StatementAligner aligner = args.length > 3
        ? new StatementAligner(Double.parseDouble(args[1]), Double.parseDouble(args[2]),
            Integer.parseInt(args[3]))
        : new StatementAligner();
    Alignment alignment = aligner.align(docs, People.of(docs), extracted.claims());
    StringBuilder out = new StringBuilder("{\"statements\": {");
    for (int i = 0; i < docs.size(); i++) {
      Article a = docs.get(i).article();
      out.append(i == 0 ? "" : ", ").append('"').append(a.id()).append("\": [");
      List<Statement> list = alignment.statements(a.id());
      for (int k = 0; k < list.size(); k++) {
        Location loc = a.sourceMap().locate(list.get(k).source());
        out.append(k == 0 ? "" : ", ").append('[').append(loc.line()).append(", ")
            .append(loc.column()).append(", ").append(loc.length()).append(']');
      }
      out.append(']');
    }
    out.append("}, \"links\": [");
    boolean first = true;
    for (int i = 0; i < docs.size(); i++) {
      for (int j = i + 1; j < docs.size(); j++) {
        for (Statement x : alignment.statements(docs.get(i).article().id())) {
          for (Statement y : alignment.statements(docs.get(j).article().id())) {
            Link l = alignment.link(x, y);
            Link f = alignment.figureLink(x, y);
            for (Link k : new Link[] {l, f}) {
              if (k == null) {
                continue;
              }
              out.append(first ? "" : ",\n  ").append(String.format(Locale.ROOT,
                  "[\"%s\", %d, \"%s\", %d, \"%s\", %s]", x.articleId(), x.index(),
                  y.articleId(), y.index(), k.basis().label(), k.score().toPlainString()));
              first = false;
            }
          }
        }
      }
    }
    out.append("]}");
    System.out.println(out);
  }
}
