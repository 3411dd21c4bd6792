package dev.claimcheck.suppress;

/** A baseline file that cannot be used; the message is one line naming the file. */
public final class BaselineException extends Exception {
  private static final long serialVersionUID = 1L;

  BaselineException(String message, Throwable cause) {
    super(message, cause);
  }
}
