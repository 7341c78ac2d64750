package dev.factx.cli;

import dev.factx.bundle.ArticleStream;
import dev.factx.bundle.Bundle;
import dev.factx.bundle.BundleInputs;
import dev.factx.bundle.InputFormat;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs every subcommand reads, and how to read them. */
final class InputOptions {
  /** What {@code -} reads; {@link Main} sets it so tests can give their own. */
  private final InputStream stdin;

  InputOptions() {
    this(System.in);
  }

  InputOptions(InputStream stdin) {
    this.stdin = stdin;
  }

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Bundle (.bundle, or any name), JSON Lines (.jsonl, .ndjson), one .txt/.md"
          + " article (no line starts with ===) or a directory of them, or - for standard input."
          + " Several inputs are read as one bundle.")
  List<String> inputs;

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      description = "auto, bundle or jsonl (default: ${DEFAULT-VALUE}: by name, else by the first"
          + " non-blank character, '{' meaning JSON Lines)")
  InputFormat format = InputFormat.AUTO;

  @Option(names = "--debug", description = "Show stack traces of errors.")
  boolean debug;

  /** Reads all inputs at once; notes on skipped files go to {@code err}. */
  Bundle read(PrintWriter err) {
    return BundleInputs.readAll(inputs, format, stdin, err::println);
  }

  /** Opens the inputs to read their articles one at a time. */
  ArticleStream open(PrintWriter err) {
    return BundleInputs.open(inputs, format, stdin, err::println);
  }
}
