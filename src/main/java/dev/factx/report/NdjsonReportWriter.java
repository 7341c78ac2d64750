package dev.factx.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.factx.Report;
import dev.factx.match.Finding;
import java.io.IOException;
import java.io.Writer;

/**
 * One finding a line, every finding (unique claims too), its claims inlined as the JSON report's
 * claim objects plus their {@code file}: for {@code jq} and {@code grep}.
 */
public final class NdjsonReportWriter implements ReportWriter {
  @Override
  public void write(Report report, Writer out) throws IOException {
    ReportIndex index = new ReportIndex(report);
    for (Finding f : report.findings()) {
      try (JsonGenerator g = JsonReportWriter.FACTORY.createGenerator(out)) {
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        JsonReportWriter.writeFinding(g, f, index);
      }
      out.write('\n');
    }
    out.flush();
  }
}
