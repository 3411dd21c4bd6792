package dev.claimcheck.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code claimcheck}: the top-level command; its subcommands do the work. */
@Command(name = "claimcheck", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Checks health articles against a curated database of health claims.")
public final class ClaimCheckCommand implements Runnable {
  /**
   * The subcommands, in the order usage lists them. A run that names one is given only that one:
   * picocli reads every option of every command it is given, by reflection, and for the commands a
   * run does not use that cost a cold start about 20 ms.
   */
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(CheckCommand.class, AnalyzeCommand.class, SentencesCommand.class, DbCommand.class, ServeCommand.class,
          CommandLine.HelpCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** A command line with claimcheck's error handling: one line on stderr and exit 2, never a stack trace. */
  public static CommandLine newCommandLine() {
    return newCommandLine(CommandLine.defaultFactory());
  }

  /**
   * A command line for running {@code args}: as {@link #newCommandLine()}, but with only the
   * subcommand that {@code args} name, if they name one (help needs them all), and a check starts
   * loading its models before the arguments are parsed (see {@link ModelPreloading}).
   */
  public static CommandLine newCommandLine(String[] args) {
    String first = args.length > 0 ? args[0] : "";
    List<Class<?>> named = SUBCOMMANDS.stream()
        .filter(c -> c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(first))
        .toList();
    return newCommandLine(ModelPreloading.forArguments(args), named.isEmpty() ? SUBCOMMANDS : named);
  }

  /** The same, with commands made by {@code factory} (tests share one set of models this way). */
  static CommandLine newCommandLine(CommandLine.IFactory factory) {
    return newCommandLine(factory, SUBCOMMANDS);
  }

  private static CommandLine newCommandLine(CommandLine.IFactory factory, List<Class<?>> subcommands) {
    CommandLine cmd = new CommandLine(new ClaimCheckCommand(), factory);
    for (Class<?> subcommand : subcommands) {
      cmd.addSubcommand(new CommandLine(subcommand, factory));
    }
    cmd.setExecutionExceptionHandler(new UserErrorHandler());
    cmd.setExitCodeExceptionMapper(e -> ExitCodes.USAGE_OR_INPUT);
    return cmd;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand (check, analyze, sentences, db, serve)");
  }
}
