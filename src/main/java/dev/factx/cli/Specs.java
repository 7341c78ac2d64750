package dev.factx.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * How factx declares its commands: picocli's programmatic model rather than its annotations. Read
 * by reflection, the annotations cost every cold start some 30 ms (one generated proxy class per
 * annotation type, the standard help mixin inspected anew for each command), about a tenth of a
 * whole run on five articles; the model below is the same, so help, completion and the man page are
 * unchanged.
 */
final class Specs {
  private Specs() {}

  /** A command whose {@code call} or {@code run} is {@code command}'s, with its help text. */
  static CommandSpec command(String name, Object command, String... description) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
    spec.usageMessage().description(description).sortOptions(false);
    return spec;
  }

  /**
   * Adds {@code -h/--help} and {@code -V/--version}, last in help, as picocli's standard help
   * options would.
   */
  static void standardHelp(CommandSpec spec) {
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
        .description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
        .description("Print version information and exit.").build());
    spec.versionProvider(VERSION);
  }

  /**
   * {@code factx VERSION}. A class rather than a lambda: picocli's interfaces are Java 5 class
   * files, and a lambda for one is spun anew at every start (the class-data archive cannot hold
   * it).
   */
  private static final CommandLine.IVersionProvider VERSION = new CommandLine.IVersionProvider() {
    @Override
    public String[] getVersion() {
      return new String[] {"factx " + version("(development build)")};
    }
  };

  /** An option taking a value of {@code type}, {@code fallback} when not given. */
  static OptionSpec option(
      String name, String label, Class<?> type, String fallback, String description) {
    OptionSpec.Builder b = OptionSpec.builder(name).paramLabel(label).type(type)
        .description(description);
    return (fallback == null ? b : b.defaultValue(fallback)).build();
  }

  /** An option that is on when given. */
  static OptionSpec flag(String description, String... names) {
    return OptionSpec.builder(names).type(boolean.class).initialValue(false)
        .description(description).build();
  }

  /** The value an option of {@code spec} has after parsing: given, or its fallback. */
  static <T> T value(CommandSpec spec, String name) {
    return spec.findOption(name).getValue();
  }

  /** factx's version from the jar manifest, or {@code otherwise} in a development build. */
  static String version(String otherwise) {
    String v = Specs.class.getPackage().getImplementationVersion();
    return v == null ? otherwise : v;
  }
}
