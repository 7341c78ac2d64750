package dev.factx.cli;

import dev.factx.report.JsonReportWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code factx schema}: prints the JSON Schema of the JSON report, for validators in CI. */
final class SchemaCommand implements Callable<Integer> {
  /** The schema as the jar ships it, beside the writer whose output it describes. */
  static final String RESOURCE = "report.schema.json";

  private final CommandSpec spec;
  private final OutputOption output;

  private SchemaCommand() {
    spec = Specs.command("schema", this, "Print the JSON Schema (draft 2020-12) of the report"
        + " that 'compare --format json' and 'verify --format json' write.");
    output = new OutputOption(spec);
    Specs.standardHelp(spec);
  }

  /** The command; it reads no input. */
  static CommandSpec spec(InputStream stdin) {
    return new SchemaCommand().spec;
  }

  /** The schema's text. */
  static String schema() throws IOException {
    try (InputStream in = JsonReportWriter.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("the report schema is missing from the jar; rebuild factx");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Override
  public Integer call() throws IOException {
    String schema = schema();
    // a class rather than a lambda: a lambda's call site is linked at its first use, a tenth of
    // a millisecond of a cold start
    return output.write(new OutputOption.Body() {
      @Override
      public int write(PrintWriter out) throws IOException {
        out.write(schema);
        out.flush();
        return 0;
      }
    });
  }
}
