package dev.factx.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code factx clean}: removes page furniture from articles. */
@Command(name = "clean", mixinStandardHelpOptions = true,
    description = "Remove page furniture (menus, newsletter prompts, teasers, credits, contacts).")
final class CleanCommand implements Callable<Integer> {
  @Mixin InputOptions input;

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("comes with issue 3");
  }
}
