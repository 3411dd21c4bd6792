package dev.claimcheck.cli;

import dev.claimcheck.report.TerminalText;
import picocli.CommandLine;

/**
 * Turns an unexpected exception into one line on stderr and exit code 2; the stack trace appears
 * only with {@code --verbose}. Bad input never shows a stack trace.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
    String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    cmd.getErr().println(TerminalText.safe("claimcheck: " + message.lines().findFirst().orElse(message)));
    if (parsed != null && parsed.expandedArgs().contains("--verbose")) {
      ex.printStackTrace(cmd.getErr());
    }
    cmd.getErr().flush();
    return ExitCodes.USAGE_OR_INPUT;
  }
}
