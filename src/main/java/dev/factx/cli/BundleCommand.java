package dev.factx.cli;

import dev.factx.bundle.ArticleStream;
import dev.factx.bundle.ArticleWriter;
import dev.factx.bundle.DelimitedBundleWriter;
import dev.factx.bundle.JsonLinesWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code factx bundle}: reads inputs and writes them back as one bundle or as JSON Lines. */
final class BundleCommand implements Callable<Integer> {
  /** The output forms. */
  enum Target { bundle, jsonl }

  private final CommandSpec spec;
  private final InputOptions input;
  private final OutputOption output;

  private BundleCommand(InputStream stdin) {
    spec = Specs.command("bundle", this, "Read articles and write them out as one canonical"
        + " bundle or as JSON Lines, one article at a time.");
    input = new InputOptions(spec, stdin);
    spec.addOption(Specs.option("--to", "FORM", Target.class, "bundle",
        "bundle or jsonl (default: ${DEFAULT-VALUE})"));
    output = new OutputOption(spec);
    Specs.standardHelp(spec);
  }

  /** The command, reading {@code stdin} for {@code -}. */
  static CommandSpec spec(InputStream stdin) {
    return new BundleCommand(stdin).spec;
  }

  @Override
  public Integer call() throws IOException {
    Target to = Specs.value(spec, "--to");
    try (ArticleStream articles = input.open(spec.commandLine().getErr())) {
      // a class rather than a lambda: a lambda's call site is linked at its first use, a tenth of
      // a millisecond of a cold start
      return output.write(new OutputOption.Body() {
        @Override
        public int write(PrintWriter out) throws IOException {
          // byte for byte into a pipe or a file; shown safe at a terminal
          Writer data = output.forData(out);
          ArticleWriter writer =
              to == Target.jsonl ? new JsonLinesWriter(data) : new DelimitedBundleWriter(data);
          writer.begin(articles.commonHeaders());
          while (articles.hasNext()) {
            writer.write(articles.next());
          }
          data.flush();
          return 0;
        }
      });
    }
  }
}
