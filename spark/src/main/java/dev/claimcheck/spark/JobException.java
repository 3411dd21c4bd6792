package dev.claimcheck.spark;

/**
 * A problem with the job's input or options (a missing column, an output that already exists):
 * the message is one line for the user, and the job exits 2 without a stack trace.
 */
public final class JobException extends Exception {
  private static final long serialVersionUID = 1L;

  public JobException(String message) {
    super(message);
  }
}
