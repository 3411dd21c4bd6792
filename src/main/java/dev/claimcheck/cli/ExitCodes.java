package dev.claimcheck.cli;

/** The exit codes fixed by the design: never a count, never negative. */
final class ExitCodes {
  /** No finding at or above --fail-on. */
  static final int OK = 0;

  /** At least one finding at or above --fail-on. */
  static final int FINDINGS = 1;

  /** Usage error, unreadable input or invalid database. */
  static final int USAGE_OR_INPUT = 2;

  private ExitCodes() {}
}
