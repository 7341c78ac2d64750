package dev.factx.cli;

import dev.factx.bundle.ArticleStream;
import dev.factx.bundle.ArticleWriter;
import dev.factx.bundle.DelimitedBundleWriter;
import dev.factx.bundle.JsonLinesWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code factx bundle}: reads inputs and writes them back as one bundle or as JSON Lines. */
@Command(name = "bundle", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Read articles and write them out as one canonical bundle or as JSON Lines,"
        + " one article at a time.")
final class BundleCommand implements Callable<Integer> {
  /** The output forms. */
  enum Target { bundle, jsonl }

  @Spec CommandSpec spec;
  @Mixin InputOptions input;

  @Option(names = "--to", paramLabel = "FORM",
      description = "bundle or jsonl (default: ${DEFAULT-VALUE})")
  Target to = Target.bundle;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleStream articles = input.open(spec.commandLine().getErr())) {
      ArticleWriter writer =
          to == Target.jsonl ? new JsonLinesWriter(out) : new DelimitedBundleWriter(out);
      writer.begin(articles.commonHeaders());
      while (articles.hasNext()) {
        writer.write(articles.next());
      }
    }
    return 0;
  }
}
