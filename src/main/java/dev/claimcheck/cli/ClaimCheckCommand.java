package dev.claimcheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code claimcheck}: the top-level command; its subcommands do the work. */
@Command(name = "claimcheck", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Checks health articles against a curated database of health claims.",
    subcommands = {CheckCommand.class, SentencesCommand.class, DbCommand.class, CommandLine.HelpCommand.class})
public final class ClaimCheckCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** A command line with claimcheck's error handling: one line on stderr and exit 2, never a stack trace. */
  public static CommandLine newCommandLine() {
    return newCommandLine(CommandLine.defaultFactory());
  }

  /**
   * A command line for running {@code args}: as {@link #newCommandLine()}, but a check starts
   * loading its models before the arguments are parsed (see {@link ModelPreloading}).
   */
  public static CommandLine newCommandLine(String[] args) {
    return newCommandLine(ModelPreloading.forArguments(args));
  }

  /** The same, with commands made by {@code factory} (tests share one set of models this way). */
  static CommandLine newCommandLine(CommandLine.IFactory factory) {
    CommandLine cmd = new CommandLine(new ClaimCheckCommand(), factory);
    cmd.setExecutionExceptionHandler(new UserErrorHandler());
    cmd.setExitCodeExceptionMapper(e -> ExitCodes.USAGE_OR_INPUT);
    return cmd;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand (check, sentences, db)");
  }
}
