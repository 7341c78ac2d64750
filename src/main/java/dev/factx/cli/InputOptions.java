package dev.factx.cli;

import dev.factx.bundle.ArticleStream;
import dev.factx.bundle.Bundle;
import dev.factx.bundle.BundleInputs;
import dev.factx.bundle.InputFormat;
import dev.factx.report.SafeText;
import java.io.File;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
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
    // File, not String: the completion script then completes file names
    spec.addPositional(PositionalParamSpec.builder().arity("1..*").required(true).paramLabel("INPUT")
        .type(List.class).auxiliaryTypes(File.class)
        .description("Bundle (.bundle, or any name), JSON Lines (.jsonl, .ndjson), one .txt/.md"
            + " article (no article line '=== ID') or saved web page (.html, .htm) or a directory"
            + " of them, or - for standard input. Several inputs are read as one bundle.")
        .build());
    spec.addOption(OptionSpec.builder("--input-format").paramLabel("KIND").type(InputFormat.class)
        .defaultValue("auto")
        .completionCandidates(List.of("auto", "bundle", "jsonl", "html", "text"))
        .description(
        "(default: ${DEFAULT-VALUE}) auto, bundle, jsonl, html or text (the whole input is one"
            + " article); auto goes by the name, else by the first non-blank character ('{' means"
            + " JSON Lines, '<' a web page), and standard input that starts like none of these is"
            + " text").build());
    spec.addOption(Specs.flag("Show stack traces of errors.", "--debug"));
  }

  /** The inputs as given. */
  List<String> inputs() {
    List<File> files = spec.positionalParameters().get(0).getValue();
    List<String> out = new ArrayList<>(files.size());
    for (File f : files) {
      out.add(f.getPath());
    }
    return List.copyOf(out);
  }

  /** How to read them. */
  private InputFormat format() {
    return Specs.value(spec, "--input-format");
  }

  /**
   * Reads all inputs at once, counting articles on {@code progress}, which also prints notes;
   * notes start with a file name and are shown safe, so a hostile name cannot start a line.
   */
  Bundle read(ProgressLine progress) {
    return read(inputs(), progress);
  }

  /** Reads another input ({@code verify --reference}) as the inputs are read. */
  Bundle readOther(String input, ProgressLine progress) {
    return read(List.of(input), progress);
  }

  private Bundle read(List<String> inputs, ProgressLine progress) {
    try (ArticleStream s = BundleInputs.open(inputs, format(), stdin, new Notes(progress))) {
      Bundle bundle = new Bundle(s.headers(), s.readAll(new Runnable() {
        @Override
        public void run() {
          progress.articleRead();
        }
      }));
      progress.readDone();
      return bundle;
    }
  }

  /**
   * Prints the readers' notes on the progress line's terminal. This and the counter above are
   * classes rather than lambdas: a lambda's call site is linked at its first use, a tenth of a
   * millisecond of a cold start apiece.
   */
  private static final class Notes implements Consumer<String> {
    private final ProgressLine progress;

    Notes(ProgressLine progress) {
      this.progress = progress;
    }

    @Override
    public void accept(String note) {
      progress.println(SafeText.file(note));
    }
  }

  /** Opens the inputs to read their articles one at a time. */
  ArticleStream open(PrintWriter err) {
    return BundleInputs.open(inputs(), format(), stdin, new Consumer<String>() {
      @Override
      public void accept(String note) {
        err.println(SafeText.file(note));
      }
    });
  }
}
