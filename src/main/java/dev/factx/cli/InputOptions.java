package dev.factx.cli;

import dev.factx.bundle.ArticleStream;
import dev.factx.bundle.Bundle;
import dev.factx.bundle.BundleInputs;
import dev.factx.bundle.InputFormat;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The inputs every subcommand reads, and how to read them. */
final class InputOptions {
  private final CommandSpec spec;
  /** What {@code -} reads; {@link Main} gives it so tests can give their own. */
  private final InputStream stdin;

  /** Declares the inputs and their options on {@code spec}, first in its help. */
  InputOptions(CommandSpec spec, InputStream stdin) {
    this.spec = spec;
    this.stdin = stdin;
    spec.addPositional(PositionalParamSpec.builder().arity("1..*").required(true).paramLabel("INPUT")
        .type(List.class).auxiliaryTypes(String.class)
        .description("Bundle (.bundle, or any name), JSON Lines (.jsonl, .ndjson), one .txt/.md"
            + " article (no line starts with ===) or saved web page (.html, .htm) or a directory"
            + " of them, or - for standard input. Several inputs are read as one bundle.")
        .build());
    spec.addOption(Specs.option("--input-format", "FORMAT", InputFormat.class, "AUTO",
        "auto, bundle, jsonl or html (default: ${DEFAULT-VALUE}: by name, else by the first"
            + " non-blank character, '{' meaning JSON Lines and '<' a web page)"));
    spec.addOption(Specs.flag("Show stack traces of errors.", "--debug"));
  }

  /** The inputs as given. */
  List<String> inputs() {
    return spec.positionalParameters().get(0).getValue();
  }

  /** How to read them. */
  private InputFormat format() {
    return Specs.value(spec, "--input-format");
  }

  /** Reads all inputs at once; notes on skipped files go to {@code err}. */
  Bundle read(PrintWriter err) {
    return BundleInputs.readAll(inputs(), format(), stdin, err::println);
  }

  /** Reads another input ({@code verify --reference}) as the inputs are read. */
  Bundle readOther(String input, PrintWriter err) {
    return BundleInputs.readAll(List.of(input), format(), stdin, err::println);
  }

  /** Opens the inputs to read their articles one at a time. */
  ArticleStream open(PrintWriter err) {
    return BundleInputs.open(inputs(), format(), stdin, err::println);
  }
}
