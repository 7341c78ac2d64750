package dev.factx.cli;

import dev.factx.bundle.InputException;
import dev.factx.bundle.Limits;
import dev.factx.bundle.Problem;
import dev.factx.report.SafeText;
import java.io.InputStream;
import java.io.PrintWriter;
import dev.factx.text.Plural;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/** The entry point: runs the factx command and exits with its status. */
public final class Main {
  /** Usage errors and unreadable or malformed input: exit 2, as {@code diff} does. */
  static final int EXIT_TROUBLE = 2;

  /**
   * picocli's system property naming the value types whose converters it does not register. By
   * default every CommandLine registers converters for java.sql, java.time and java.nio.file types
   * through reflection (loading some 40 classes, java.sql's driver manager among them: about 10 ms
   * of a cold start before the input is read); factx's options take none of those types (enums,
   * strings, flags and files). A value the user sets is kept.
   */
  static final String CONVERTERS_EXCLUDED = "picocli.converters.excludes";

  /**
   * The types of {@link #CONVERTERS_EXCLUDED}, a regular expression on class names: all of them.
   * The property reaches only the converters picocli registers through reflection, which are those
   * for java.sql, java.time and java.nio.file types, and picocli compiles the expression anew for
   * each of them (21 in picocli 4.7), in the interpreter: the shortest expression costs least.
   */
  static final String NOT_CONVERTED = ".*";

  /** Input problems printed before "and N more". */
  static final int SHOWN_PROBLEMS = 20;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, StandardOutput.stdout(),
        new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8)));
  }

  /** Runs factx with the given writers and returns the exit status. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, System.in, out, err);
  }

  /** Runs factx with {@code in} as standard input and returns the exit status. */
  public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    // the pipeline's lexicons and patterns load on a second thread while picocli starts and the
    // input is read
    Preload.start(args.length > 0 ? args[0] : null);
    boolean debug = Arrays.asList(args).contains("--debug");
    CommandLine cli = commandLine(debug, in, args.length > 0 ? args[0] : null);
    cli.setOut(out);
    cli.setErr(err);
    int status;
    try {
      status = cli.execute(args);
    } catch (OutOfMemoryError e) {
      // picocli handles exceptions only; an error must still end in one line and exit 2. The
      // readers refuse what is too big (Limits); whatever still runs out of heap is a limit too
      err.println("factx: error: " + Limits.outOfMemory());
      status = EXIT_TROUBLE;
    } catch (StackOverflowError e) {
      err.println("factx: internal error: " + e
          + "; this is a bug, please report it with the input");
      status = EXIT_TROUBLE;
    }
    out.flush();
    if (out.checkError()) {
      status = writeFailed(out, err, status);
    }
    err.flush();
    return status;
  }

  /**
   * After standard output failed: a reader that went away ({@code | head}) ends the run quietly
   * with its status; any other failure (a full disk, a closed descriptor) is one line and exit 2.
   * A plain PrintWriter given by a caller keeps no cause: the caller sees its error state itself.
   */
  private static int writeFailed(PrintWriter out, PrintWriter err, int status) {
    if (!(out instanceof StandardOutput recorded) || recorded.readerWentAway()) {
      return status;
    }
    java.io.IOException why = recorded.failure();
    err.println("factx: error: cannot write to standard output"
        + (why == null || why.getMessage() == null ? ""
            : " (" + SafeText.line(lower(why.getMessage())) + ")")
        + "; check the disk or the file it goes to");
    return EXIT_TROUBLE;
  }

  /** The configured command line, with factx's exit codes and error handling. */
  static CommandLine commandLine(boolean debug) {
    return commandLine(debug, System.in);
  }

  /** The configured command line whose {@code -} inputs read {@code in}. */
  static CommandLine commandLine(boolean debug, InputStream in) {
    return commandLine(debug, in, null);
  }

  /**
   * The configured command line whose {@code -} inputs read {@code in}, with only the subcommand
   * {@code first} when that names one, else with all.
   */
  static CommandLine commandLine(boolean debug, InputStream in, String first) {
    if (System.getProperty(CONVERTERS_EXCLUDED) == null) {
      System.setProperty(CONVERTERS_EXCLUDED, NOT_CONVERTED);
    }
    CommandLine cli = new CommandLine(FactxCommand.spec());
    // help names another command, so it needs them all
    boolean named = first != null && !first.equals("help") && FactxCommand.names().contains(first);
    for (String name : FactxCommand.names()) {
      if (!named || name.equals(first)) {
        // before the settings below, which reach registered subcommands only
        cli.addSubcommand(name, new CommandLine(FactxCommand.declare(name, in)));
      }
    }
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    Handlers handlers = new Handlers(debug);
    cli.setExitCodeExceptionMapper(handlers);
    cli.setParameterExceptionHandler(handlers);
    cli.setExecutionExceptionHandler(handlers);
    return cli;
  }

  /**
   * What picocli calls on a bad command line or a failed run. A class rather than lambdas:
   * picocli's interfaces are Java 5 class files, and a lambda for one is spun anew at every start
   * (the class-data archive cannot hold it), a millisecond or so apiece.
   */
  private static final class Handlers implements CommandLine.IExitCodeExceptionMapper,
      CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {
    private final boolean debug;

    Handlers(boolean debug) {
      this.debug = debug;
    }

    @Override
    public int getExitCode(Throwable e) {
      return EXIT_TROUBLE;
    }

    // Every line below that holds input text (file names, ids, values, arguments) shows it safe:
    // one line, no control character, never starting with "::" (a GitHub workflow command)
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
      PrintWriter err = ex.getCommandLine().getErr();
      err.println("factx: " + SafeText.line(Suggestions.message(ex)));
      String name = ex.getCommandLine().getCommandSpec().qualifiedName();
      err.println("try '" + name + " --help' for usage");
      return EXIT_TROUBLE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine,
        CommandLine.ParseResult parseResult) {
      PrintWriter err = commandLine.getErr();
      if (ex instanceof InputException ie) {
        printProblems(ie, err);
        if (debug) {
          printStackTrace(ex, err);
        }
        return EXIT_TROUBLE;
      }
      if (ex instanceof java.io.UncheckedIOException || ex instanceof java.io.IOException) {
        err.println("factx: error: "
            + SafeText.line(lower(withoutSource(String.valueOf(ex.getMessage())))));
      } else {
        err.println("factx: internal error: " + SafeText.line(String.valueOf(ex))
            + "; this is a bug, please report it with the input (--debug shows the stack trace)");
      }
      if (debug) {
        printStackTrace(ex, err);
      }
      return EXIT_TROUBLE;
    }
  }

  /**
   * The first {@link #SHOWN_PROBLEMS} problems, one a line, then how many more there are: a file
   * with thousands of bad lines shows its first ones, not a screenful of errors.
   */
  private static void printProblems(InputException e, PrintWriter err) {
    List<Problem> problems = e.problems();
    int shown = Math.min(problems.size(), SHOWN_PROBLEMS);
    for (Problem p : problems.subList(0, shown)) {
      err.println(SafeText.file(p.toString())); // the line starts with the file name
    }
    long more = e.more() + problems.size() - shown;
    if (more > 0) {
      String file = e.moreIn() != null ? e.moreIn() : problems.get(shown).file();
      err.println(SafeText.file(file + ": and " + Plural.of(more, "more problem", "more problems")
          + " not shown; fix these and run again"));
    }
  }

  /**
   * A stack trace whose messages are shown safe, each on its line: exception messages quote the
   * input too (and an InputException's holds one line per problem).
   */
  private static void printStackTrace(Throwable ex, PrintWriter err) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      err.println((t == ex ? "" : "Caused by: ") + SafeText.line(t.toString()));
      for (StackTraceElement frame : t.getStackTrace()) {
        err.println("\tat " + frame);
      }
    }
  }

  /**
   * A message without the location suffix Jackson appends to its own ({@code \n at [Source:
   * REDACTED ...; line: 1, column: 5]}), which names the library's internals, not the input's.
   */
  static String withoutSource(String message) {
    return message.replaceFirst("(?s)\\s*at \\[Source: .*$", "");
  }

  /** A message with its first letter lowercase, as factx writes messages. */
  static String lower(String message) {
    if (message == null || message.isEmpty()) {
      return "";
    }
    return Character.toLowerCase(message.charAt(0)) + message.substring(1);
  }
}
