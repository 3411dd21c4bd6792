package dev.claimcheck;

import dev.claimcheck.cli.ClaimCheckCommand;

/** Entry point: hands the arguments to picocli and exits with the command's code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(ClaimCheckCommand.newCommandLine(args).execute(args));
  }
}
