package dev.factx.cli;

import dev.factx.bundle.Article;
import dev.factx.bundle.ArticleStream;
import dev.factx.bundle.DelimitedBundleWriter;
import dev.factx.clean.BoilerplateCleaner;
import dev.factx.clean.CleanedArticle;
import dev.factx.clean.RemovedLine;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code factx clean}: removes page furniture from articles. */
@Command(name = "clean", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Remove page furniture (menus, newsletter and donation prompts, teasers,"
        + " credits, bylines, contacts, the page tail) and write the articles back as a bundle.")
final class CleanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin InputOptions input;

  @Option(names = "--show-removed",
      description = "Instead of the bundle, list each removed line as FILE:LINE: reason: text.")
  boolean showRemoved;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<Article> articles = new ArrayList<>();
    Map<String, String> headers;
    // all articles first: a line repeated across them is furniture
    try (ArticleStream stream = input.open(spec.commandLine().getErr())) {
      stream.forEachRemaining(articles::add);
      headers = stream.commonHeaders();
    }
    List<CleanedArticle> cleaned = BoilerplateCleaner.clean(articles);
    if (showRemoved) {
      for (CleanedArticle c : cleaned) {
        for (RemovedLine r : c.removed()) {
          out.print(c.article().file() + ":" + r.line() + ": " + r.reason() + ": " + r.text()
              + "\n");
        }
      }
      return 0;
    }
    DelimitedBundleWriter writer = new DelimitedBundleWriter(out);
    writer.begin(headers);
    for (CleanedArticle c : cleaned) {
      writer.write(c.storyArticle());
    }
    return 0;
  }
}
