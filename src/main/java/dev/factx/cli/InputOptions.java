package dev.factx.cli;

import dev.factx.bundle.Bundle;
import dev.factx.bundle.BundleInputs;
import dev.factx.bundle.InputFormat;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs every subcommand reads, and how to read them. */
final class InputOptions {
  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Bundle (.bundle, or any name), JSON Lines (.jsonl, .ndjson), a directory of"
          + " .txt/.md articles, or - for standard input. Several inputs are read as one bundle.")
  List<String> inputs;

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      description = "auto, bundle or jsonl (default: ${DEFAULT-VALUE}: by name, and - by its first"
          + " character)")
  InputFormat format = InputFormat.AUTO;

  @Option(names = "--debug", description = "Show stack traces of errors.")
  boolean debug;

  Bundle read(java.io.PrintWriter err) {
    return BundleInputs.readAll(inputs, format, System.in, note -> err.println(note));
  }
}
