package dev.factx.cli;

import dev.factx.bundle.Article;
import dev.factx.bundle.ArticleStream;
import dev.factx.bundle.DelimitedBundleWriter;
import dev.factx.clean.BoilerplateCleaner;
import dev.factx.clean.CleanedArticle;
import dev.factx.clean.RemovedLine;
import dev.factx.report.SafeText;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code factx clean}: removes page furniture from articles. */
final class CleanCommand implements Callable<Integer> {
  private final CommandSpec spec;
  private final InputOptions input;
  private final OutputOption output;

  private CleanCommand(InputStream stdin) {
    spec = Specs.command("clean", this, "Remove page furniture (menus, newsletter and donation"
        + " prompts, teasers, credits, bylines, contacts, the page tail) and write the articles"
        + " back as a bundle.");
    input = new InputOptions(spec, stdin);
    spec.addOption(Specs.flag(
        "Instead of the bundle, list each removed line as FILE:LINE: reason: text.",
        "--show-removed"));
    output = new OutputOption(spec);
    Specs.standardHelp(spec);
  }

  /** The command, reading {@code stdin} for {@code -}. */
  static CommandSpec spec(InputStream stdin) {
    return new CleanCommand(stdin).spec;
  }

  @Override
  public Integer call() throws IOException {
    List<Article> articles;
    Map<String, String> headers;
    // all articles first: a line repeated across them is furniture
    try (ArticleStream stream = input.open(spec.commandLine().getErr())) {
      articles = stream.readAll();
      headers = stream.commonHeaders();
    }
    List<CleanedArticle> cleaned = BoilerplateCleaner.clean(articles);
    // a class rather than a lambda: a lambda's call site is linked at its first use, a tenth of
    // a millisecond of a cold start
    return output.write(new OutputOption.Body() {
      @Override
      public int write(PrintWriter out) throws IOException {
        if (Specs.<Boolean>value(spec, "--show-removed")) {
          for (CleanedArticle c : cleaned) {
            for (RemovedLine r : c.removed()) {
              // for a person: file name and line shown safe, wherever they go
              out.print(SafeText.file(c.article().file()) + ":" + r.line() + ": " + r.reason()
                  + ": " + SafeText.line(r.text()) + "\n");
            }
          }
          return 0;
        }
        // byte for byte into a pipe or a file; shown safe at a terminal
        Writer data = output.forData(out);
        DelimitedBundleWriter writer = new DelimitedBundleWriter(data);
        writer.begin(headers);
        for (CleanedArticle c : cleaned) {
          writer.write(c.storyArticle());
        }
        data.flush();
        return 0;
      }
    });
  }
}
