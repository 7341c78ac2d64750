package dev.factx.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code factx bundle}: reads inputs and writes them back as one bundle or as JSON Lines. */
@Command(name = "bundle", mixinStandardHelpOptions = true,
    description = "Read articles and write them out as one canonical bundle or as JSON Lines.")
final class BundleCommand implements Callable<Integer> {
  @Mixin InputOptions input;

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("comes with issue 2");
  }
}
