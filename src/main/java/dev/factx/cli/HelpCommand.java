package dev.factx.cli;

import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/** {@code factx help [COMMAND]}: the help of factx, or of one of its commands. */
final class HelpCommand implements Callable<Integer> {
  private final CommandSpec spec;

  private HelpCommand() {
    spec = Specs.command("help", this, "Show the help of factx, or of COMMAND.");
    spec.addPositional(PositionalParamSpec.builder().arity("0..1").paramLabel("COMMAND")
        .type(String.class).completionCandidates(FactxCommand.names())
        .description("The command to show the help of.").build());
    spec.helpCommand(true);
    Specs.standardHelp(spec);
  }

  /** The command; it reads no input. */
  static CommandSpec spec(InputStream stdin) {
    return new HelpCommand().spec;
  }

  @Override
  public Integer call() {
    CommandLine parent = spec.parent().commandLine();
    String name = spec.positionalParameters().get(0).getValue();
    if (name == null) {
      parent.usage(spec.commandLine().getOut());
      return 0;
    }
    CommandLine command = parent.getSubcommands().get(name);
    if (command == null) {
      throw new ParameterException(parent,
          Suggestions.unknownCommand(name, parent.getCommandSpec()));
    }
    command.usage(spec.commandLine().getOut());
    return 0;
  }
}
